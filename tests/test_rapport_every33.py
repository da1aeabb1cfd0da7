"""An event of theirs held "every <month>" is wished for its next one, "in <Month>" (typed as
"runs the cambridge half every march"); members made up for the test, sentences by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.rapport import rapport_line
from composer.offline.wishes import their_event
from tests.fakes import FirstChoice

_DAYS = (dt.date(2026, 12, 1), dt.date(2026, 12, 2))


def said(note: str) -> str | None:
    return rapport_line(note, ["Sam Taylor", "Sam"], variation=FirstChoice(""), days=_DAYS).text


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("runs the cambridge half every march", "Good luck with the Cambridge half in March."),
        ("running the london marathon every april", "Good luck with the London Marathon in April."),
    ],
)
def test_an_event_every_month_is_wished_for_its_next_one(note: str, expected: str) -> None:
    assert said(note) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the Bath Half every march", "the Bath Half in March"),
        ("a 10k every May", "the 10k in May"),
        ("the fair every year", "the fair every year"),  # no month: left as typed
        ("the fair every marching season", "the fair every marching season"),
    ],
)
def test_their_event(typed: str, expected: str) -> None:
    assert their_event(typed) == expected
