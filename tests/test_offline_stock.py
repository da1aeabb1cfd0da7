"""Stock sentences a reader marks as filler, from notes typed the way people type them: a point
that fits no topic said plainly in an email (no "..., and I would bring that with me."), a
hoped-for next step welcomed (never "I would look forward to the chance of ..."), and no
"It was a pleasure to meet you." added to a short letter after thanks for meeting.

Expected sentences are written by hand: what a candidate would send.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import phrasebook
from composer.offline.nextsteps import next_steps_line, reader_names
from tests.fakes import FirstChoice

TAILS = ("bring that", "build on", "put that to work", "prepared me well")


def notes(**changes: Any) -> Notes:
    data = {
        "candidate": {"name": "Ines Carvalho", "email": "ines@example.com"},
        "company": "Larkfield Logistics",
        "role": "Transport Planner",
        "interview": {"date": "2026-11-30", "format": "onsite"},
        "interviewers": [
            {"name": "Tom Reilly", "title": "Ops Manager", "topics": ["the new cross-dock"]}
        ],
        "qualifications": ["fluent in portuguese + spanish"],
        "highlights": [],
        "tone": "warm",
        "channel": "email",
    } | changes
    return Notes.model_validate(data)


def letters(n: Notes) -> list[str]:
    return [letter.text for letter in compose(n, today=dt.date(2026, 12, 1))]


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_a_skill_that_fits_no_topic_is_said_plainly_in_an_email(tone: str) -> None:
    (text,) = letters(notes(tone=tone))
    assert "I am fluent in Portuguese and Spanish." in text
    assert not any(tail in text for tail in TAILS)


def test_years_that_fit_no_topic_take_no_stock_tail() -> None:
    n = notes(qualifications=["9 yrs freight planning, last 3 as shift lead"])
    (text,) = letters(n)
    assert "nine years" in text and "freight planning" in text
    assert not any(tail in text for tail in TAILS)


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_a_step_hoped_for_is_welcomed_not_looked_forward_to_conditionally(tone: str) -> None:
    for wording in phrasebook.wordings("next_hope", tone, "email"):
        assert "would look forward" not in wording
    reader = reader_names("Tom Reilly", "Ops Manager", None)
    line = next_steps_line(
        "final w/ the CFO next wk if it goes well",
        frozenset(),
        tone,
        "email",
        FirstChoice(""),
        reader=reader,
    )
    assert "the final interview with the CFO next week" in line
    assert "would look forward" not in line


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_thanks_again_in_a_short_letter_is_thanks_not_pleased_to_meet(tone: str) -> None:
    for wording in phrasebook.wordings("closing", tone, "email"):
        assert "thank" in wording.lower() or "grateful" in wording or "appreciat" in wording
        assert "to meet you" not in wording


def test_a_topic_named_inside_a_longer_noun_phrase_is_not_said_as_it() -> None:
    # The point names the topic just named, but after "a 40-vehicle": it is part of a longer
    # noun phrase, which "it" cannot stand for ("I ran a 40-vehicle it").
    n = notes(
        role="Logistics Manager",
        interviewers=[
            {
                "name": "Tom Reilly",
                "title": "Ops Manager",
                "topics": ["fleet replacement programme"],
            }
        ],
        qualifications=["CPC transport manager"],
        highlights=["ran a 40-vehicle fleet replacement programme, on budget"],
    )
    (text,) = letters(n)
    assert "I ran a 40-vehicle fleet replacement programme, which came in on budget." in text
    assert "40-vehicle it" not in text
