"""The next-steps line read by its parts (session 42): the time a step gives ends where a clause
of theirs begins ("and telephone me"), and what the news is about is said with "about" and its
article; who acts, the stage and its hedge. Sentences by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation
from composer.offline.steptime import time_said

_DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))


def _said(typed: str, tone: str = "warm", reader: tuple[str, ...] = ()) -> str:
    line = next_steps_line(
        typed,
        frozenset(),
        tone,
        "email",
        Variation("steps42"),
        reader=reader,
        days=_DAYS,
        month_first=False,
    )
    return line.replace("I hope to hear from", "I look forward to hearing from")


@pytest.mark.parametrize(
    "time, said",
    [
        ("by Friday and ring me.", "by Friday"),
        ("within two weeks and then send the paperwork", "within two weeks"),
        (
            "by Monday 7 December about written exercise",
            "by Monday 7 December about the written exercise",
        ),
        ("by Friday for a skills test", "by Friday about a skills test"),
        ("on Monday and Tuesday", "on Monday and Tuesday"),
        ("in about two weeks", "in about two weeks"),
        ("by Friday about references", "by Friday about references"),
    ],
)
def test_the_time_ends_where_their_clause_begins(time: str, said: str) -> None:
    assert time_said(time) == said


@pytest.mark.parametrize(
    "typed, said",
    [
        (
            "Ms. Haines said she would decide by Friday and ring me.",
            "I look forward to hearing from you by Friday",
        ),
        (
            "she'll email by thurs re: written exercise",
            "I look forward to hearing from you by Thursday about the written exercise",
        ),
    ],
)
def test_the_close_hears_the_time_and_its_topic(typed: str, said: str) -> None:
    assert _said(typed) == said
