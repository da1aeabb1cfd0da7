"""Session 38 (closing): the next step said with one time, the likelier; sentences by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation

_DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))


def _step(typed: str) -> str:
    return next_steps_line(
        typed, frozenset(), "warm", "email", Variation("one time"), days=_DAYS, month_first=False
    )


@pytest.mark.parametrize(
    "typed, said",
    [
        # "prob"/"likely" marks the likelier time: it replaces the first
        ("she said she'd decide before xmas, prob by the 18th", "by the 18th"),
        ("decision this month, likely by the 20th", "by the 20th"),
        ("outcome early jan, probably mid jan", "in mid-January"),
        # "maybe"/"possibly" marks the less likely: the time first given stands
        ("they'll decide by thurs, maybe early next wk", "by Thursday"),
        ("decision mid jan, possibly end of dec", "in mid-January"),
        # "in touch" is no time of its own
        ("the agency will be in touch, prob by end of next wk", "by the end of next week"),
    ],
)
def test_two_times_said_as_one(typed: str, said: str) -> None:
    line = _step(typed)
    assert line.endswith(said), line
    assert " or " not in line
