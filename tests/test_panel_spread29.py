"""Across a panel, each point goes to the letter it serves most, and no letter says a
colleague's point while a colleague holds two (panel29; reader 9: the tigers' injections went
to the rota leader instead of the curator training tigers for blood draws, and the 45,000
calls line was in both the trainer's and the fire liaison's letters).
Each expectation is reasoned as the candidate would want it, never copied from output."""

from __future__ import annotations

import datetime as dt
from typing import Any

from composer import compose
from composer.models import Notes
from composer.offline.select import select
from composer.offline.spread import one_each


def test_of_equal_totals_the_point_goes_to_the_reader_it_serves_most() -> None:
    # Reader 0's topic is about points 0 and 1 alike; point 1 is the stronger. Reader 1 has
    # point 2 of their own; reader 2 has no topic any point is about, so either of the first
    # two serves them as little. Giving reader 0 point 0 and reader 2 point 1 adds up to the
    # same total, but sends the stronger point to someone it is not about.
    weights = [[158, 168, 0], [0, 0, 72], [5, 15, 15]]
    assert one_each(weights) == [1, 2, 0]


def test_equal_totals_still_prefer_the_notes_order_when_nobody_is_served_more() -> None:
    # Two readers, two points, each worth the same to either: the first reader takes the first.
    assert one_each([[10, 10], [10, 10]]) == [0, 1]


def _library(**changes: Any) -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Ruth Amadi", "email": "ruth.amadi@example.co.uk"},
        "company": "Westbridge Libraries",
        "role": "Library Services Manager",
        "interview": {"date": "2026-11-30", "format": "panel"},
        "interviewers": [
            {
                "name": "Alan Pryce",
                "title": "Head of Service",
                "salutation": "Alan",
                "topics": ["summer reading challenge - sign ups down approx 20%"],
            },
            {
                "name": "Nadia Kerr",
                "title": "Digital Services Lead",
                "salutation": "Nadia",
                "topics": ["LMS migration next spring, 9 branches"],
            },
            {
                "name": "Owen Tait",
                "title": "Community Engagement Officer",
                "salutation": "Owen",
                "topics": ["outreach to care homes"],
            },
        ],
        "qualifications": ["LMS admin trained"],
        "highlights": [
            "ran the summer reading challenge at Hartley branch, sign ups up 35%",
            "led the LMS migration at my last authority, 12 branches, on time",
        ],
        "tone": "warm",
        "channel": "email",
    }
    data.update(changes)
    return Notes.model_validate(data)


def _points(notes: Notes, index: int) -> set[str]:
    return {p.source for p in select(notes, index).points}


def test_a_reader_with_nothing_of_their_own_takes_a_colleagues_second_point_not_their_first() -> (
    None
):
    notes = _library()
    # Nadia's topic is the LMS migration: the migration she hears; "LMS admin trained" is
    # about it too, but Owen would otherwise say Alan's summer reading result again.
    assert "led the LMS migration at my last authority, 12 branches, on time" in _points(notes, 1)
    assert _points(notes, 2) == {"LMS admin trained"}
    assert "LMS admin trained" not in _points(notes, 1)
    # The summer reading result is Alan's alone.
    result = "ran the summer reading challenge at Hartley branch, sign ups up 35%"
    assert [result in _points(notes, i) for i in range(3)] == [True, False, False]


def test_the_letters_say_the_summer_reading_result_once() -> None:
    letters = compose(_library(), today=dt.date(2026, 12, 1))
    assert [("35%" in letter.text) for letter in letters] == [True, False, False]


def test_a_colleague_with_one_point_keeps_it_and_the_point_is_shared() -> None:
    # With only the two results, nobody holds a second point: Nadia keeps the migration, and a
    # colleague's result waits in Owen's reserve (panel30: his letter says his own topic more
    # fully first). His email, with one short topic, is under its minimum without it, so it
    # still recalls one of the two results.
    notes = _library(qualifications=[])
    assert "led the LMS migration at my last authority, 12 branches, on time" in _points(notes, 1)
    assert _points(notes, 2) == set()
    assert len(select(notes, 2).reserve) >= 1
    owen = compose(notes, today=dt.date(2026, 12, 1))[2].text
    assert ("35%" in owen) + ("12 branches" in owen) == 1
