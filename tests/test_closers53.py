"""Closing lines typed as hurried notes (session 53, reader 39: "a clarification or next step
the notes gave is dropped", "I shall look forward to hearing from you after 14."): who gets in
touch, when and about what read in one shape; a day typed with its ordinal dot ("14. december")
never cut; "the 14th" given its month; a topic's note to self never pasted into the topic; the
instruction to oneself set aside from a follow-up. Expected sentences written by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline.topics import read_topic

_NOTES: dict[str, Any] = {
    "candidate": {
        "name": "Aoife Brennan",
        "email": "aoife@example.ie",
        "phone": "+353 87 555 0142",
    },
    "company": "Harbour Freight Ltd",
    "role": "Transport Planner",
    "interview": {"date": "2026-12-03", "format": "onsite"},
    "interviewers": [
        {
            "name": "Ciara Walsh",
            "title": "Operations Manager",
            "salutation": "Ciara",
            "topics": ["night planning for the port runs"],
        }
    ],
    "qualifications": ["CPC transport manager"],
    "highlights": ["cut empty running by 12% on the Dublin port runs"],
    "tone": "warm",
    "channel": "email",
}


def _text(**changes: Any) -> str:
    notes = Notes.model_validate({**_NOTES, **changes})
    (letter,) = compose(notes, today=dt.date(2026, 12, 4))
    assert letter.ok, letter.report
    return letter.text


@pytest.mark.parametrize(
    ("step", "said"),
    [
        (
            "HR (Nomsa) to call by Fri 11/12 re: 2nd round / role play",
            "from Nomsa by Friday 11 December about the second round and the role play.",
        ),
        (
            "ciara to ring me by wed 9/12 re trial day",
            "by Wednesday 9 December about the trial day.",
        ),
        ("declan calls tues re trial shift", "from Declan on Tuesday about the trial shift."),
        ("HR (Jasmine) will email by 9 dec re 3rd rnd w/ MD", "about the third round with the MD."),
        ("hr calls me the 14th", "from HR on the 14th."),
        ("answer after 14. december", "after 14 December."),
        ("Declan will call me on fri 11.12 about second round", "on Friday 11 December about"),
        (
            "they ring my refs next week then medical and police check",
            "you will contact my referees next week, followed by the medical and police checks",
        ),
    ],
)
def test_a_next_step_typed_as_a_hurried_note_is_said_whole(step: str, said: str) -> None:
    assert said in _text(next_steps=step)


@pytest.mark.parametrize(
    ("topic", "subject"),
    [
        ("food cost i said 30 meant 28 percent fix", "food cost"),
        ("pallet counts i said 400 a night real number ~520, clarify", "pallet counts"),
        ("yard layout i said two gates actually three", "the yard layout"),
    ],
)
def test_a_topic_typed_with_a_note_to_self_is_named_without_it(topic: str, subject: str) -> None:
    assert read_topic(topic).text == subject


@pytest.mark.parametrize(
    ("follow_up", "said"),
    [
        (
            "forgot to mention I hold the ADR certificate should mention",
            "I hold the ADR certificate.",
        ),
    ],
)
def test_a_follow_up_says_the_fact_without_the_instruction_to_self(
    follow_up: str, said: str
) -> None:
    text = _text(follow_up=follow_up)
    assert said in text and "should mention" not in text
