"""A next step typed with its time and then the season it falls in ("mid dec before xmas") says
the time once. Steps made up for the test; expected sentences written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.nextsteps import next_steps_line
from tests.fakes import FirstChoice

DAYS = (dt.date(2026, 12, 1), dt.date(2026, 12, 2))


@pytest.mark.parametrize(
    ("step", "said"),
    [
        (
            "decision hopefully mid dec before xmas",
            "I look forward to hearing from you in mid-December",
        ),
        (
            "offers out in january after the holidays",
            "I look forward to hearing from you in January",
        ),
        ("will ring by fri, before the holidays", "I look forward to hearing from you by Friday"),
        # a season on its own is the time: kept
        ("decision before christmas", "I look forward to hearing from you before Christmas"),
    ],
)
def test_a_time_and_its_season_are_said_once(step: str, said: str) -> None:
    assert next_steps_line(step, frozenset(), "warm", "email", FirstChoice(""), days=DAYS) == said
