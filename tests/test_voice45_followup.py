"""A follow-up that adds to what was said in the room is said, not reported (reader 24's h189:
"I also wanted to mention that I said the Kisii PF1 was over-fired and I would add ...").
Expectations written by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import load_notes
from composer.compose import compose
from composer.offline import phrasebook
from composer.offline.followup import follow_up_line
from composer.offline.phrasebook import Variation

READER24 = Path(__file__).parent / "corpus" / "readers" / "reader24"

# (the note, the sentence a person writes)
SAID_NOT_REPORTED = [
    (
        "I said the Kisii PF1 was over-fired; I would add that its infusion was also slightly "
        "dull, which usually means the leaf was held too long before firing.",
        "On the Kisii PF1: I said it was over-fired, and I would add that its infusion was "
        "slightly dull, which usually means the leaf was held too long before firing.",
    ),
    (
        "I said the north wall was load-bearing; I would add that the 1998 survey confirms it.",
        "On the north wall: I said it was load-bearing, and I would add that the 1998 survey "
        "confirms it.",
    ),
    (
        "I said I hadn't run a night shift; I'd add that I covered 20 nights as a deputy last "
        "winter.",
        "I said I had not run a night shift, and I would add that I covered 20 nights as a "
        "deputy last winter.",
    ),
    (
        "I mentioned my caseload was 30 families; I should add that I also supervised two "
        "students.",
        "I mentioned my caseload was 30 families, and I would add that I supervised two students.",
    ),
    (
        "when she asked about the VAT threshold I said it was £85,000; in fact it rose to "
        "£90,000 in April",
        "One correction on the VAT threshold: I said it was £85,000, but in fact it rose to "
        "£90,000 in April.",
    ),
    (
        "I said I had covered nights, but I should have said that I ran the night team for a year.",
        "I said I had covered nights, and I would add that I ran the night team for a year.",
    ),
    (
        "I quoted the churn rate as 6%; it was actually 4.5% last quarter.",
        "One correction: I quoted the churn rate as 6%, but it was actually 4.5% last quarter.",
    ),
]


@pytest.mark.parametrize(("note", "expected"), SAID_NOT_REPORTED)
def test_a_follow_up_that_adds_to_what_was_said_is_said(note: str, expected: str) -> None:
    line = follow_up_line(note, frozenset(), "warm", "email", Variation("voice45"))
    assert line == expected


# (the note, the question's subject, the addition), said as an addition to that answer
ADDED_TO_AN_ANSWER = [
    (
        "When he asked about rostering I only mentioned the app; I would add that I build the "
        "rota four weeks ahead.",
        "rostering",
        "I build the rota four weeks ahead",
    ),
    (
        "When she asked about stocktakes I only said we do them monthly; I would add that I "
        "cut the variance to under 1%.",
        "stocktakes",
        "I cut the variance to under 1%",
    ),
]


@pytest.mark.parametrize(("note", "topic", "clause"), ADDED_TO_AN_ANSWER)
def test_an_addition_to_a_named_answer_is_said_to_that_answer(
    note: str, topic: str, clause: str
) -> None:
    line = follow_up_line(note, frozenset(), "warm", "email", Variation("voice45"))
    options = phrasebook.wordings("follow_up_answer", "warm", "email")
    assert line in {o.format(topic=topic, clause=clause) for o in options}


def test_h189_letter_says_the_follow_up_without_reporting_it() -> None:
    notes = load_notes(READER24 / "h189.json")
    [letter] = compose(notes, today=dt.date(2026, 12, 4))
    assert "On the Kisii PF1: I said it was over-fired, and I would add that" in letter.text
    assert "wanted to mention that I said" not in letter.text
