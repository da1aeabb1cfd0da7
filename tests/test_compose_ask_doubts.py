"""Compose also asks about a notes line the letters KEPT when the sentence they say from it may
still read as a note (`offline.doubts`): the gate let it through only because it could not tell
(reader 13: "I also wanted to mention that Wish I'd said ..." was kept, so never asked about).
The questions come in the order of what an answer adds to a letter. Every expected wording here
was written by hand."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from composer.cli import app
from composer.models import Notes
from composer.offline import doubts
from composer.offline.doubts import Doubt, doubted, doubtful_word
from composer.offline.flagged import stopped

runner = CliRunner()
ARGS = ["--backend", "offline", "--today", "2026-12-02"]
READER13 = Path(__file__).parent / "corpus" / "readers" / "reader13"

# Words the notes type in lower case at a clause's start, as a note to self would
TYPED_LOWER = frozenset(["wish", "told", "think", "said", "pip", "asked", "forgot", "level"])


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a note's clause that dropped its subject, pasted with the capital of a line start
        ("I also wanted to add that Told them I would cover weekends.", "Told"),
        ("I would like to add that Think we could trial it in spring.", "Think"),
        ("One more thing: I said no, but Wish I had said yes.", "Wish"),
        # a past tense that is no noun, with no pronoun after it, and after a colon
        ("I would also like to add that Forgot to bring up the rota.", "Forgot"),
        ("A quick addition: Told them about the night shifts.", "Told"),
    ],
)
def test_a_sentence_that_may_still_read_as_a_note_is_doubted(sentence: str, word: str) -> None:
    assert doubtful_word(sentence, TYPED_LOWER, frozenset()) == word


@pytest.mark.parametrize(
    "sentence",
    [
        "I spent six years at tamborine marina.",
        "Our talk about the brenlow yard refit stayed with me.",
    ],
)
def test_a_name_typed_in_lower_case_is_the_gates_to_stop_not_a_doubt(sentence: str) -> None:
    # since session 33 the gate knows a word no dictionary holds: the sentence is stopped (its
    # line left out and asked for as such), so it is never also asked about as a kept sentence
    assert stopped(sentence) != ""
    assert doubtful_word(sentence, TYPED_LOWER, frozenset()) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "I hold a CSCS card.",
        "I hope Pip is settling in well.",  # a name given its capital, no subject after it
        "I trained the night team on the new scanners.",
        "Good luck with the race on Sunday.",
        "On top of that, I have spent six years at Abell Point Marina.",
        "I told them we would start in March.",
        "I found the fault on the outboard in under 20 min.",  # a unit after a figure
        "I rebuilt the gearbox on a Volvo Penta, as Asked by the owner.",  # no pronoun after
        "I look forward to the paid trial on Saturday.",
        # a noun with a capital, no pronoun after it: a name the writer gave its capital
        "I hold a Level 3 certificate in hot work.",
        # a word only Webster's knows is a trade's or good English, no note (session 34)
        "I hope your new corgi puppy is settling in well.",
        "Our exchange about rescue drills in the nacelle is the one I keep returning to.",
        "I would aim to put repair and everyday wear next to the showpieces.",
        "I hold a powerboat Level 2 certificate.",
    ],
)
def test_a_sentence_a_candidate_would_send_is_not_doubted(sentence: str) -> None:
    assert doubtful_word(sentence, TYPED_LOWER, frozenset(["Asked"])) == ""


def test_a_word_the_notes_type_with_a_capital_mid_line_is_no_pasted_start() -> None:
    # "Pip" typed as a name in the notes: a capital the notes gave it, not a line start's
    sentence = "I hope you and Pip have a good weekend, and Pip you will love the beach."
    assert doubtful_word(sentence, TYPED_LOWER, frozenset(["Pip"])) == ""


def _notes(**changes: object) -> Notes:
    data: dict[str, object] = {
        "candidate": {"name": "Ana Reyes"},
        "company": "Harbourside Boats",
        "role": "Marine Mechanic",
        "interview": {"date": "2026-12-01"},
        "interviewers": [{"name": "Gary Pocock", "topics": ["outboard servicing"]}],
        "qualifications": ["cert III marine tech", "6 yrs at tamborine marina"],
        "follow_up": "gary asked re diesels - said a few. wish i'd said happy to do the course",
    }
    data.update(changes)
    return Notes.model_validate(data)


def test_each_doubted_sentence_is_traced_to_the_notes_line_that_holds_its_word() -> None:
    notes = _notes()
    bodies = [
        "Thank you for yesterday. I have spent six years at tamborine marina.\n\n"
        "I also wanted to mention that Wish I'd said happy to do the course. I hope to hear soon.",
        "I have spent six years at tamborine marina, on outboards.",  # the same line again
    ]
    found = doubted(notes, bodies)
    # (the tamborine sentence is the gate's to stop: no doubt of its own)
    assert [(d.field, d.word) for d in found] == [("follow_up", "Wish")]  # once, for its line
    assert found[0].record().said == (
        "I also wanted to mention that Wish I'd said happy to do the course."
    )
    # a doubtful word that is in no notes line is the writer's own: not asked about
    assert doubted(notes, ["We spoke about the kelvor plan."]) == []


# ---- the asking flow, with the doubt given (the signal above is tested on its own)

SAID = "I have two years of experience in QA at Ubisoft QC (contract)."


@pytest.fixture
def raj(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Reader 13's h101, with the letters' one doubt fixed to a qualification they keep."""
    path = tmp_path / "h101.json"
    shutil.copy(READER13 / "h101.json", path)
    notes = Notes.model_validate(json.loads(path.read_text(encoding="utf-8")))
    line = notes.qualifications[0]

    def one_doubt(notes: Notes, bodies: object) -> list[Doubt]:
        kept = notes.qualifications[:1] == [line]
        return [Doubt(SAID, "QC", "qualifications[0]", line)] if kept else []

    monkeypatch.setattr("composer.cli.asked.doubted", one_doubt)
    assert doubts.doubted is not one_doubt  # only the flow's view of it changes
    return path


def _asked(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if " of " in line[:8] and ". " in line]


def test_a_kept_sentence_that_may_read_as_a_note_is_asked_first_and_enter_keeps_it(
    raj: Path,
) -> None:
    result = runner.invoke(app, ["compose", str(raj), *ARGS, "--ask"], input="y\n" + "\n" * 30)
    assert result.exit_code == 0, result.stderr
    assert "1 sentence of the letters may still read as your notes" in result.stderr
    first = _asked(result)[0]
    assert first.startswith("1 of ") and "Your note: " in first
    assert (
        f'   This line may read as a note: "{SAID}" Say it as you would to them, or press Enter '
        "to keep it.\nYour words (Enter keeps it as it is): "
    ) in result.stderr
    # Enter keeps it: the line is marked in the new notes as the candidate's own, so the
    # letters written again say it and no longer doubt it (nor any later compose of them)
    saved = json.loads(raj.with_name("h101-2.json").read_text(encoding="utf-8"))
    assert saved["qualifications"][0] == "2 yrs QA at ubisoft qc (contract)"
    assert {"field": "qualifications[0]", "text": "2 yrs QA at ubisoft qc (contract)"} in saved[
        "answered"
    ]


def test_an_answer_to_a_kept_sentence_replaces_the_answer_in_the_notes(raj: Path) -> None:
    typed = "I spent two years as a contract QA tester at Ubisoft Quebec"
    result = runner.invoke(
        app, ["compose", str(raj), *ARGS, "--ask"], input="\n".join(["y", typed, *[""] * 30])
    )
    assert result.exit_code == 0, result.stderr
    saved = json.loads(raj.with_name("h101-2.json").read_text(encoding="utf-8"))
    # the candidate's words replace the line, the other lines stay as typed
    assert saved["qualifications"][0] == typed
    assert saved["qualifications"][1] == "ISTQB foundation"


def test_a_run_nobody_is_at_names_the_kept_sentence(raj: Path) -> None:
    result = runner.invoke(app, ["compose", str(raj), *ARGS])
    assert f'This sentence may still read as your notes: "{SAID}"' in result.stderr
    assert (
        f"1 sentence of the letters may still read as your notes; `thankyou compose {raj}` on "
        "a terminal asks about them."
    ) in result.stderr
