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


@pytest.mark.parametrize(
    "typed, said",
    [
        ("final w/ the board 15th", "the final interview with the board on the 15th"),
        ("panel 15th dec", "the panel on 15 December"),
        ("meeting the team 12 Jan", "meeting the team on 12 January"),
        # a day already placed keeps its words
        ("2nd interview Friday 11 December", "the second interview on Friday 11 December"),
        ("skills test thurs 10th", "the skills test on Thursday 10 December"),
    ],
)
def test_a_day_typed_straight_after_its_step_takes_on(typed: str, said: str) -> None:
    line = next_steps_line(
        typed, frozenset(), "warm", "email", Variation("a"), days=_DAYS, month_first=False
    )
    assert line.endswith(said)


@pytest.mark.parametrize(
    "typed, said",
    [
        (
            "final stage = range presentation task, they'll send the brief by mon 7 dec",
            "I look forward to receiving the brief for the range presentation task by Monday 7 "
            "December",
        ),
        ("HR to send the pack next week", "I look forward to receiving the pack next week"),
    ],
)
def test_material_they_send_is_looked_for_not_heard(typed: str, said: str) -> None:
    line = next_steps_line(
        typed, frozenset(), "formal", "email", Variation("a"), days=_DAYS, month_first=False
    )
    assert line == said


def test_news_they_send_is_still_hearing_from_them() -> None:
    line = next_steps_line(
        "they will send feedback by friday", frozenset(), "formal", "email", Variation("a"),
        days=_DAYS, month_first=False,
    )  # fmt: skip
    assert "receiving" not in line and line.endswith("by Friday")
