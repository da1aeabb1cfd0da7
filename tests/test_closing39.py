"""Session 39 (closings): a next step's time typed "~" (about) reaches the letter; sentences by
hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

import pytest

from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation

_DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))
T = TypeVar("T")


class _First(Variation):
    """The first wording of each section, so that a test reads one sentence."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


def _step(typed: str, month_first: bool | None = None) -> str:
    return next_steps_line(
        typed, frozenset(), "warm", "email", _First(""), days=_DAYS, month_first=month_first
    )


@pytest.mark.parametrize(
    "typed, month_first, said",
    [
        # reader 18, h146: the recruiter's date, the letter's most useful fact, was lost
        (
            "recruiter (dana) said feedback by end of next week ~dec 11",
            None,
            "I look forward to hearing from you around December 11",
        ),
        ("feedback ~ dec 11", None, "I look forward to hearing from you around December 11"),
        (
            "decision next wk, ~14 dec",
            False,
            "I look forward to hearing from you around 14 December",
        ),
        (
            "outcome by end of next week ~fri 11th",
            False,
            "I look forward to hearing from you around Friday 11 December",
        ),
    ],
)
def test_a_time_typed_about_a_date_is_said_around_it(
    typed: str, month_first: bool | None, said: str
) -> None:
    assert _step(typed, month_first) == said
