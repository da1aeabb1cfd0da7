"""The writer knows when it put a note's words in a frame without reading them (a frame that is
"grammatical for any phrase" is no proof the phrase fits: `doubts.misread`). Such a sentence is
asked about at `compose --ask` with the sentence as written, and left out when nobody is asked
and the letter can spare it (`flagged.gated`), the report naming it either way. Reader 18's
worst sentences went out unasked. Every expected value here was written by hand."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer.cli import app
from composer.models import Notes
from composer.offline.body import Sentence
from composer.offline.doubts import doubted, misread
from composer.offline.flagged import gated
from composer.offline.leftout import UNSURE, unsure_left_out
from composer.offline.usable import left_out

CENSUS16 = Path(__file__).parent / "corpus" / "census16"
runner = CliRunner()


@pytest.mark.parametrize(
    ("sentence", "line", "why"),
    [
        # reader 18's worst sentences, each with the notes line it was said from
        (
            "I built HIL test rig, 1,200 automated tests nightly.",
            "built HIL test rig, 1,200 automated tests nightly",
            "a piece of the note kept after its comma ('1,200 automated tests nightly')",
        ),
        (
            "I hold a Certificate IV in maint planning.",
            "cert IV maint planning",
            "a word the notes may have cut short ('maint')",
        ),
        (
            "On neonatal transport in winter conditions, I would add that I would like to add "
            "that I completed the air transport safety course in 2024.",
            "She asked about my experience with neonatal transport in winter conditions; I would "
            "like to add that I completed the air transport safety course in 2024",
            "words said twice ('add that')",
        ),
        (
            "To add to my answer on what I would drop from the current show: I would drop from "
            "the current show: I would move the 8.40 celebrity gossip slot to the afternoons.",
            "On what I'd drop from the current show: I'd move the 8.40 celebrity gossip slot to "
            "the afternoons",
            "words said twice ('i would drop from')",
        ),
        (
            "I was glad we had the chance to talk about ratings dip 7-9am since JNLR last year.",
            "ratings dip 7-9am since jnlr last yr",
            "a time typed straight after a noun ('dip 7-9am')",
        ),
        (
            "Our exchange about schedule compliance sitting is the one I keep returning to.",
            "schedule compliance sitting ~60%, wants 85",
            "the note cut before its figure ('compliance sitting')",
        ),
        (
            "I hold Level 4 Diploma in Fire Risk Assessment (NEBOSH).",
            "Level 4 Diploma in Fire Risk Assessment (NEBOSH)",
            "a thing named with no article ('hold level 4 diploma')",
        ),
        (
            "I am leaving current job because the site is closing.",
            "leaving current job - site closing",
            "a thing named with no article ('leaving current job')",
        ),
    ],
)
def test_a_notes_words_put_in_a_frame_unread_are_doubted(
    sentence: str, line: str, why: str
) -> None:
    assert misread(sentence, line) == why


@pytest.mark.parametrize(
    ("sentence", "line"),
    [
        # a part of what was counted, or a clause with its own verb, after the comma
        (
            "I have spent six years in product management, four of them in payments.",
            "Six years in product management, four of them in payments",
        ),
        (
            "I trained four apprentices, two of whom now run their own shops.",
            "Trained four apprentices, two of whom now run their own shops",
        ),
        (
            "I led the group's response to a norovirus outbreak in 2024, working with UKHSA.",
            "Led the group's response to a norovirus outbreak in 2024, working with UKHSA",
        ),
        # adjectives with a comma, and a date's comma
        (
            "I would hope to contribute steady, safe throughput at peak.",
            "steady, safe throughput at peak",
        ),
        ("I look forward to your news by Friday, December 11.", "decision by Friday, December 11"),
        # a figure the sentence says, a year, a name's "-ing"
        (
            "I cut onboarding from eight weeks to four at Fieldnote with a templated kickoff.",
            "cut onboarding 8 wks -> 4 at fieldnote - templated kickoff",
        ),
        (
            "I earned a BSc in Adult Nursing at Leeds in 2019, with honours.",
            "BSc (Hons) Adult Nursing 2019, Leeds",
        ),
        # a compound's clipped part, a word of today's English
        ("I enjoyed discovering that we both came from ed-tech.", "we both came from ed-tech"),
        ("I also enjoyed hearing about ortho-k and atropine.", "ortho-k vs atropine for myopia"),
        # a mass noun, a name's compound, a doing: no article wanted
        (
            "I have five years of experience in external audit, mostly with charities.",
            "5 yrs external audit, mostly charities",
        ),
        (
            "I have continued to reflect on the breach of contract trial you have in May.",
            "the breach of contract trial he has coming up in May",
        ),
        ("I keep coming back to what you said about wheel building.", "wheel building"),
        ("I was glad we had time to talk about workshop turnaround.", "workshop turnaround"),
        ("I hold a practice educator certificate.", "practice educator cert"),
        # a measure said against something after a comma; a deed's small slip (session 39's
        # corpus letters lost a strong result to each)
        (
            "I refinanced USD 600m of debt in 2023, 140 bp below the old margin.",
            "refinanced USD 600m of debt in 2023, 140 bp below the old margin",
        ),
        (
            "I led SD-WAN migration across 38 sites, with no unplanned downtime.",
            "led sd-wan migration 38 sites, 0 unplanned downtime, done 3 wks early",
        ),
    ],
)
def test_a_sentence_a_candidate_would_send_is_not_doubted(sentence: str, line: str) -> None:
    assert misread(sentence, line) == ""


def _notes(**changes: object) -> Notes:
    data: dict[str, object] = {
        "candidate": {"name": "Priyanka Venkataraman"},
        "company": "Tidewell Medical Devices",
        "role": "Senior Firmware Engineer",
        "interview": {"date": "2026-12-02"},
        "interviewers": [{"name": "Jason Liu", "topics": ["IEC 62304 class C"]}],
        "highlights": ["built HIL test rig, 1,200 automated tests nightly", "cut boot time"],
    }
    data.update(changes)
    return Notes.model_validate(data)


HIL = "I built HIL test rig, 1,200 automated tests nightly."
TOPIC = Sentence("topic", 1, "It was good to talk about IEC 62304 class C with you.")
POINT = Sentence("point", 1, HIL)


def test_a_sentence_the_writer_is_unsure_of_is_left_out_when_the_letter_can_spare_it() -> None:
    notices: list[str] = []
    kept = gated([TOPIC, POINT], _notes(), 0, notices, lambda: "", spare=lambda *_: True)
    assert [s.text for s in kept] == [TOPIC.text]
    assert notices == [
        'The notes field highlights[0] ("built HIL test rig, 1,200 automated tests nightly") '
        f'was left out of the letters: {UNSURE}: "{HIL}" Write it as a sentence you would '
        "say to them."
    ]
    # compose asks for it with the sentence as written
    (record,) = left_out(_notes(), notices)
    assert (record.field, record.said) == ("highlights[0]", HIL)
    assert unsure_left_out([("highlights[0]", "x")], notices)[0].text == "x"


def test_a_personal_line_the_writer_is_unsure_of_is_kept_and_asked_about() -> None:
    notes = _notes(
        interviewers=[{"name": "Raj Mehta", "rapport": ["we both did fashion buying + merch"]}]
    )
    said = Sentence(
        "rapport", 2, "I enjoyed discovering that we both did fashion buying and merch."
    )
    notices: list[str] = []
    kept = gated([TOPIC, said], notes, 0, notices, lambda: "", spare=lambda *_: True)
    assert [s.text for s in kept] == [TOPIC.text, said.text] and notices == []
    (doubt,) = doubted(notes, [said.text])
    assert doubt.field == "interviewers[0].rapport[0]"


def test_it_is_kept_when_the_letter_cannot_spare_it_or_the_candidate_kept_it() -> None:
    notices: list[str] = []
    kept = gated([TOPIC, POINT], _notes(), 0, notices, lambda: "", spare=lambda *_: False)
    assert [s.text for s in kept] == [TOPIC.text, HIL] and notices == []
    # then compose asks about it as a kept sentence, and a run nobody is at names it
    (doubt,) = doubted(_notes(), [f"{TOPIC.text} {HIL}"])
    assert (doubt.field, doubt.sentence) == ("highlights[0]", HIL)
    # a line kept at `compose --ask` (marked in the notes) is the candidate's: no doubt
    line = "built HIL test rig, 1,200 automated tests nightly"
    answered = frozenset([line])
    kept = gated([TOPIC, POINT], _notes(), 0, notices, lambda: "", answered, lambda *_: True)
    assert [s.text for s in kept] == [TOPIC.text, HIL] and notices == []
    marked = _notes(answered=[{"field": "highlights[0]", "text": line}])
    assert doubted(marked, [f"{TOPIC.text} {HIL}"]) == []


def test_a_run_nobody_is_at_leaves_the_unsure_follow_up_out_and_names_it(
    tmp_path: Path,
) -> None:
    # census16 f06: "should've said - i've done hearings support too, 2 commissioner hearings"
    # (reader 18's "I hold Level 4 Diploma ..." of h139 is now read right: fragments)
    path = tmp_path / "f06.json"
    shutil.copy(CENSUS16 / "f06.json", path)
    result = runner.invoke(
        app, ["compose", str(path), "--backend", "offline", "--today", "2026-12-03", "--no-ask"]
    )
    assert result.exit_code == 0, result.stderr
    said = (
        "One point I did not mention when we met: I have done hearings support too, two "
        "commissioner hearings."
    )
    assert said not in result.stdout
    assert "The notes field follow_up (\"should've said - i've done hearings" in result.stderr
    assert f'was left out of the letters: {UNSURE}: "{said}"' in result.stderr


def test_at_ask_it_is_asked_with_the_sentence_and_enter_puts_it_back(tmp_path: Path) -> None:
    path = tmp_path / "f06.json"
    shutil.copy(CENSUS16 / "f06.json", path)
    result = runner.invoke(
        app,
        ["compose", str(path), "--backend", "offline", "--today", "2026-12-03", "--ask"],
        input="y\n" + "\n" * 30,
    )
    assert result.exit_code == 0, result.stderr
    said = "On that point, I drafted coastal setback conditions later adopted as council template."
    assert (
        f'   This line may read as a note: "{said}" Say it as you would to them, or press Enter '
        "to keep it."
    ) in result.stderr
    # kept as the candidate asked: the letters to send say it
    assert said in result.stdout
    saved = json.loads(path.with_name("f06-2.json").read_text(encoding="utf-8"))
    assert saved["answered"][0]["field"] == "highlights[1]"
