"""A personal event a year or more away ("retiring in 2 yrs") gets no wish now: the letter would
wish a retirement years early. Nearer events and a shared past are said. Notes made up for the
test; expected sentences written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.rapport import rapport_line
from tests.fakes import FirstChoice

DAYS = (dt.date(2026, 12, 1), dt.date(2026, 12, 2))


def said(note: str) -> str | None:
    return rapport_line(note, ["Nell Price", "Nell"], variation=FirstChoice(""), days=DAYS).text


@pytest.mark.parametrize(
    "note",
    [
        "she's retiring in 2 yrs, wants someone to take over the herd",
        "retiring in 18 months",
        "moving to portugal in a couple of years",
        "getting married in three years",
    ],
)
def test_an_event_a_year_or_more_away_is_left_out(note: str) -> None:
    assert said(note) is None


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("running a marathon in 3 weeks", "Good luck with the marathon in three weeks."),
        (
            "we both finished the apprenticeship in 3 years",
            "It was a nice surprise to find that we both finished the apprenticeship in three"
            " years.",
        ),
    ],
)
def test_a_near_event_or_a_shared_past_is_still_said(note: str, expected: str) -> None:
    assert said(note) == expected
