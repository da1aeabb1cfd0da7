"""A yes backed by since when it has held ("asked if im DBS checked - yes, since march 2024"),
and an answer typed at --ask with its lead and no comma ("On a night shift I would ..."). Lines
made up for other trades; the expected sentences are written by hand."""

from __future__ import annotations

import pytest

from composer.offline.followup import follow_up_line
from composer.offline.phrasebook import Variation
from composer.offline.verbatim import as_typed


def _line(value: str) -> str | None:
    return follow_up_line(value, frozenset(), "warm", "email", Variation("seed"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "asked if i am NMC registered - yes, since 2018",
            "You asked whether I am NMC registered: I am, and I have been since 2018.",
        ),
        (
            "asked if im DBS checked - yes, since march 2024",
            "You asked whether I am DBS checked: I am, and I have been since March 2024.",
        ),
        (
            "asked if i have a CSCS card - yes, since 2020",
            "You asked whether I have a CSCS card: I do, and I have had it since 2020.",
        ),
    ],
)
def test_a_yes_since_when_is_said_with_the_questions_verb(value: str, expected: str) -> None:
    assert _line(value) == expected


def test_a_since_that_is_no_date_is_left_out() -> None:
    assert _line("asked if im DBS checked - yes, since blah 2024") is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "On a night shift I would also check the alarm log first",
            "On a night shift, I would also check the alarm log first.",
        ),
        ("about nights I am happy to do 1 in 4", "About nights, I am happy to do 1 in 4."),
        ("On call I worked 1 in 5", None),  # no helping verb: where the lead ends is not sure
    ],
)
def test_a_lead_typed_without_its_comma_gets_one(typed: str, expected: str | None) -> None:
    assert as_typed(typed) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "asked how id handle a late delivery - If a delivery is late, I would call the "
            "supplier and move the prep around.",
            "You asked how I would handle a late delivery: if a delivery is late, I would call "
            "the supplier and move the prep around.",
        ),
        (
            "asked how id handle a late delivery - When a delivery is late, I call the supplier.",
            "You asked how I would handle a late delivery: when a delivery is late, I call the "
            "supplier.",
        ),
    ],
)
def test_an_answer_led_by_its_condition_is_said_whole(value: str, expected: str) -> None:
    assert _line(value) == expected
