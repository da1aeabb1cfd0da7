"""News typed as awaited ("final decision expected by Friday") is welcomed as hearing from them,
never logged back ("I look forward to the final decision expected by ..."); sentences by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation

_DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))


@pytest.mark.parametrize(
    "typed, said",
    [
        ("Final decision expected by Friday, December 11", "by Friday, December 11"),
        ("Decision expected next week", "next week"),
        ("feedback is expected by Friday", "by Friday"),
        ("offer due by end of month", "by the end of the month"),
    ],
)
def test_news_awaited_is_hearing_from_them(typed: str, said: str) -> None:
    line = next_steps_line(
        typed, frozenset(), "warm", "email", Variation("expected"), days=_DAYS, month_first=True
    )
    assert line in (f"I look forward to hearing from you {said}", f"I hope to hear from you {said}")
