"""The LinkedIn note's sentences from the notes pass the same last gate as a letter's
(`flagged.say_gated`): a line whose sentence still reads as a note is left out of the note and
listed, so compose asks for it. And a letter whose every wording is clean but too short keeps
the wording that says the most (`backend`). Expected sentences written by hand."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from composer import compose
from composer.models import Notes, with_channel
from composer.offline import backend
from composer.offline.flagged import say_gated
from composer.offline.linkedin import NoteWriter
from composer.offline.writer import Written
from composer.rules.report import Report, Violation


def _reader_only(notes: Notes, rapport: list[str], topics: list[str] | None = None) -> Notes:
    """`notes` as a LinkedIn note whose reader has these personal notes (and topics), and no
    point of the candidate's: the note can only say the reader's own lines."""
    person = notes.interviewers[0].model_copy(update={"rapport": rapport, "topics": topics or []})
    plain = notes.model_copy(
        update={"interviewers": [person], "qualifications": [], "highlights": []}
    )
    return with_channel(plain, "linkedin", None)


def test_a_personal_note_that_reads_as_a_note_is_left_out_of_the_linkedin_note_and_listed(
    warm_notes: Notes,
) -> None:
    # rapport30 now says "both Navy vets" well ("we are both Navy veterans"); the gate is what
    # stops the wording the LinkedIn note had before, whichever reader writes it
    notes = _reader_only(warm_notes, ["both Navy vets - he was a corpsman"])
    notices: list[str] = []
    broken = ["I enjoyed discovering that we both Navy vets."]
    assert say_gated(broken, "rapport", notes, 0, notices) == []
    assert len(notices) == 1
    assert "interviewers[0].rapport[0]" in notices[0] and "still read as a note" in notices[0]
    writer = NoteWriter(notes, 0)
    assert "we both Navy vets" not in writer.write().text


def test_a_personal_note_that_reads_well_is_still_said_in_the_linkedin_note(
    warm_notes: Notes,
) -> None:
    notes = _reader_only(warm_notes, ["we both studied law at Exeter"])
    writer = NoteWriter(notes, 0)
    said = "I enjoyed discovering that we both studied law at Exeter."
    assert writer.personal() == [[said]]
    assert said in writer.write().text
    assert not any("rapport[0]" in notice for notice in writer.write().notices)


def test_the_gate_keeps_the_wordings_that_read_well_and_lists_a_line_none_of_whose_do(
    warm_notes: Notes,
) -> None:
    notes = _reader_only(warm_notes, [], topics=["15 vs 20 min consults", "the CPD budget"])
    notices: list[str] = []
    broken = [
        "I enjoyed our conversation about the versus 20 minutes consults.",
        "Thanks for discussing the versus 20 minutes consults.",
    ]
    assert say_gated(broken, "topic", notes, 0, notices) == []
    assert len(notices) == 1 and "interviewers[0].topics[0]" in notices[0]
    mixed = ["I enjoyed hearing about the CPD budget.", "Thanks for the versus CPD budget."]
    assert say_gated(mixed, "topic", notes, 0, notices) == [
        "I enjoyed hearing about the CPD budget."
    ]
    assert len(notices) == 1  # a line with a wording that reads well is not listed
    say_gated(broken, "topic", notes, 0, notices)
    assert len(notices) == 1  # listed once


def test_compose_lists_the_left_out_personal_note_of_a_linkedin_note(warm_notes: Notes) -> None:
    # "we both did nights in first year": the ordinal has no determiner; the gate stops it
    notes = _reader_only(warm_notes, ["both did nights in first year"])
    (letter,) = compose(notes)
    assert "nights" not in letter.text
    assert any("both did nights in first year" in notice for notice in letter.notices)


_TEXTS = {0: "Thank you. I hold PCQI.", 2: "Thank you. I hold PCQI. I enjoyed SQF prep."}


class _Wordings:
    """A stand-in `Writer`: wording `salt` is `_TEXTS[salt]` (else the first)."""

    def __init__(self, notes: Notes, index: int, *, salt: int = 0, **_: object) -> None:
        self.salt = salt

    def write(self) -> Written:
        return Written(_TEXTS.get(self.salt, _TEXTS[0]))


def _checked_as(rule: str, words: int) -> Callable[..., Report]:
    def check(text: str, notes: Notes, to: str) -> Report:
        found = Violation(rule=rule, severity="error", message="broken")
        return Report(to=to, words=words, violations=(found,))

    return check


@pytest.mark.parametrize(
    ("rule", "words", "kept"),
    [
        # only [length], too short: the wording that says the most
        ("length", 50, "Thank you. I hold PCQI. I enjoyed SQF prep."),
        # too long: the first, as before
        ("length", 400, "Thank you. I hold PCQI."),
        # another rule broken: the first, as before
        ("grounding", 50, "Thank you. I hold PCQI."),
    ],
)
def test_a_letter_whose_every_wording_is_too_short_keeps_the_one_that_says_most(
    warm_notes: Notes, monkeypatch: pytest.MonkeyPatch, rule: str, words: int, kept: str
) -> None:
    monkeypatch.setattr(backend, "Writer", _Wordings)
    monkeypatch.setattr(backend, "check_letter", _checked_as(rule, words))
    written = backend.OfflineBackend()._best(warm_notes, 0, None, [])
    assert written.text == kept
