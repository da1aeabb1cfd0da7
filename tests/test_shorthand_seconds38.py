"""Seconds typed short ("4.1s", "30 secs") are spelled out, and a change typed with an arrow
between two times carries its unit on both sides ("14min -> 3min")."""

from __future__ import annotations

import pytest

from composer.offline.shorthand import expand


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "cut mobile PDP load time 4.1s -> 2.2s",
            "cut mobile PDP load time from 4.1 seconds to 2.2 seconds",
        ),
        ("cut build time 14min -> 3min", "cut build time from 14 minutes to three minutes"),
        ("answer every call within 30 secs", "answer every call within 30 seconds"),
        ("page paint under 1 sec", "page paint under 1 second"),
        ("cut TAT 48h -> 24h", "cut TAT from 48 hours to 24 hours"),
    ],
)
def test_seconds_and_a_time_change_are_spelled_out(typed: str, said: str) -> None:
    assert expand(typed) == said


@pytest.mark.parametrize(
    "typed", ["played in bands through the 90s", "answered in 20s", "3s and 4s in the rota"]
)
def test_a_bare_s_after_a_whole_number_is_not_seconds(typed: str) -> None:
    assert expand(typed) == typed
