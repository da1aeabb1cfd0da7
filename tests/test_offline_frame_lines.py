"""The letter's frame as reader 5 typed it (h35-h42): next steps, personal lines, the British
sign-off and the close's stock sentences. Expected sentences are written by hand."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from composer import compose, load_notes
from composer.models import Notes
from composer.offline import phrasebook
from composer.offline.envelope import british, sign_off
from composer.offline.nextsteps import next_steps_line, reader_names
from composer.offline.rapport import rapport_line
from tests.fakes import FirstChoice

READERS = Path(__file__).resolve().parent / "corpus" / "readers"


def _step(line: str) -> str:
    reader = reader_names("Sam Taylor", "Manager", None)
    return next_steps_line(line, frozenset(), "warm", "email", FirstChoice(""), reader=reader) + "."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a part that is done already, or what the decision waits on, is no step
        ("they'll ring by fri prob, references already in",
         "I look forward to hearing from you by Friday."),
        ("board sign-off needed, decision mid dec",
         "I look forward to hearing from you in mid-December."),
        # how the news comes, typed as its own part, is not said
        ("outcome by end of the wk, by phone",
         "I look forward to hearing from you by the end of the week."),
        # a guessed span after what they do first: in about that long
        ("decision after they see the other 2 candidates, prob 2 wks",
         "I look forward to hearing from you in about two weeks."),
        ("offer decision once they've interviewed everyone, maybe 3 wks",
         "I look forward to hearing from you in about three weeks."),
    ],
)  # fmt: skip
def test_a_next_step_typed_in_parts_is_heard_at_its_time(line: str, expected: str) -> None:
    assert _step(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # reader 6 (h43): "ring me by fri prob" came out "I look forward to the ring me by Friday."
        ("ring me by fri prob", "I look forward to hearing from you by Friday."),
        ("will email me next wk", "I look forward to hearing from you next week."),
        ("call me mon", "I look forward to hearing from you on Monday."),
    ],
)  # fmt: skip
def test_a_step_typed_as_what_they_will_do_to_me_is_hearing_from_them(
    line: str, expected: str
) -> None:
    assert _step(line) == expected


def test_who_passed_the_step_on_is_not_the_step() -> None:
    # reader 6 (h48): "I look forward to Tanya said onsite in Austin with the CRO week of
    # December 14." from "recruiter (Tanya) said onsite in Austin w/ the CRO prob week of dec 14"
    said = _step("recruiter (Tanya) said onsite in Austin w/ the CRO prob week of dec 14")
    assert "said" not in said and "Tanya" not in said
    assert said.startswith("I look forward to ")


def test_a_round_named_by_its_place_is_the_interview() -> None:
    said = _step("final w/ the CFO next wk if it goes well")
    assert "final interview with the CFO next week" in said
    said = _step("2nd w/ the MD next wk")
    assert said == "I look forward to the second interview with the MD next week."


def _personal(note: str, name: str = "Nadia Hussain", tone: str = "warm") -> str | None:
    names = [name, name.split()[0]]
    met, sent = dt.date(2026, 11, 30), dt.date(2026, 12, 2)
    return rapport_line(note, names, variation=FirstChoice(""), tone=tone, days=(met, sent)).text


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # something both did, typed "used to ... like me", with an aside on how it differed
        ("she used to work at Sky like me, diff site (Leeds)",
         "It was a nice surprise to find that we both worked at Sky."),
        ("he used to teach in Cardiff, same as me",
         "It was a nice surprise to find that we both taught in Cardiff."),
        ("she did the MA at UEA too, diff yrs",
         "It was a nice surprise to find that we both did the MA at UEA."),
        # a degree typed bare after what both did takes "our"
        ("we both did PGCE at Cardiff Met, diff years (he was 2009)",
         "It was a nice surprise to find that we both did our PGCE at Cardiff Met."),
        ("we both did MSc at Leeds", "It was a nice surprise to find that we both did our MSc at "
         "Leeds."),
        # their own work coming out, which the candidate said they would read
        ("his new book on Scottish tapestry out in feb - said I'd read it",
         "I'll make a point of reading your new book on Scottish tapestry when it comes out in "
         "February."),
        ("her documentary on the Tay bridge is out in March, told her I'd watch it",
         "I'll make a point of watching your documentary on the Tay bridge when it comes out in "
         "March."),
        # "rec'd" is recommended; a capitalised "Tomorrow" in a title is no day
        ("rec'd the podcast 'Accounting Tomorrow'",
         "Thank you for recommending the podcast 'Accounting Tomorrow'; I look forward to "
         "listening to it."),
    ],
)  # fmt: skip
def test_a_personal_note_of_reader_5_is_said_by_its_kind(note: str, expected: str) -> None:
    assert _personal(note) == expected


def test_used_to_be_something_like_me_is_left_out_rather_than_misagreed() -> None:
    assert _personal("he used to be a nurse like me") is None  # never "we both was a nurse"


def _notes(**changes: object) -> Notes:
    data: dict[str, object] = {
        "candidate": {"name": "Ailsa Reid"},
        "company": "The Hallward Museum",
        "role": "Curator",
        "interview": {"date": "2026-11-27"},
        "interviewers": [{"name": "Professor Alasdair MacLeod", "title": "Director"}],
        "qualifications": ["PhD in dress history"],
        "tone": "formal",
        "channel": "letter",
    }
    data.update(changes)
    return Notes.model_validate(data)


@pytest.mark.parametrize(
    "changes",
    [
        {"candidate": {"name": "Ailsa Reid", "phone": "+44 131 496 0823"}},
        {"candidate": {"name": "Ailsa Reid", "phone": "07700 900744"}},
        {"candidate": {"name": "Ailsa Reid", "email": "a.reid@example.ac.uk"}},
        {
            "candidate": {
                "name": "Ailsa Reid",
                "address": "14 Marchmont Crescent\nEdinburgh EH9 1HE",
            }
        },
        {"highlights": ["secured £85k from the Art Fund"]},
    ],
)
def test_a_candidate_in_the_uk_signs_a_formal_letter_yours_sincerely(
    changes: dict[str, object],
) -> None:
    notes = _notes(**changes)
    assert british(notes)
    assert sign_off(notes, notes.interviewers[0], FirstChoice("")) == "Yours sincerely,"


def test_a_candidate_with_no_sign_of_the_uk_signs_sincerely() -> None:
    notes = _notes(candidate={"name": "Ailsa Reid", "phone": "+1 (503) 555-0149"})
    assert not british(notes)
    assert sign_off(notes, notes.interviewers[0], FirstChoice("")) == "Sincerely,"


_STOCK_SECTIONS = ("closing", "offer", "interest", "next_none")


def _stock(text: str, tone: str, channel: str) -> list[str]:
    stock = {w for s in _STOCK_SECTIONS for w in phrasebook.wordings(s, tone, channel)}
    said = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    return [s for s in said if s in stock]


@pytest.mark.parametrize(("name", "tone"), [("h39", "warm"), ("h39", "formal"), ("h36", None)])
def test_the_close_never_stacks_stock_sentences(name: str, tone: str | None) -> None:
    notes = load_notes(READERS / f"{name}.json")
    notes = notes.model_copy(update={"tone": tone}) if tone else notes
    for letter in compose(notes, today=dt.date(2026, 12, 2)):
        stock = _stock(letter.text, notes.tone, notes.channel)
        # two at most; a third only when it keeps the letter from breaking its length rule
        assert len(stock) <= 3, stock
        if letter.report.errors:
            assert len(stock) <= 2, stock  # padding that does not rescue the letter is none


def test_a_letter_sent_with_stock_sentences_names_its_next_step() -> None:
    notes = load_notes(READERS / "h39.json")
    (letter,) = compose(notes, today=dt.date(2026, 12, 2))
    assert "final interview with the CFO next week" in letter.text
