"""Figures typed short: seconds ("4.1s", "30 secs") spelled out, so a change typed with an arrow
between two times is said with its unit once ("from 4.1 to 2.2 seconds"), a figure the
grounding rule finds in the notes; and "Nk" read as thousands only where it counts ("FDA 510k" is a
name, "did a 5k" a race)."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point
from composer.offline.shorthand import expand


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("load time 4.1s", "load time 4.1 seconds"),
        ("answer every call within 30 secs", "answer every call within 30 seconds"),
        ("page paint under 1 sec", "page paint under 1 second"),
    ],
)
def test_seconds_typed_short_are_spelled_out(typed: str, said: str) -> None:
    assert expand(typed) == said


@pytest.mark.parametrize(
    "typed", ["played in bands through the 90s", "answered in 20s", "3s and 4s in the rota"]
)
def test_a_bare_s_after_a_whole_number_is_not_seconds(typed: str) -> None:
    assert expand(typed) == typed


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        (
            "cut mobile PDP load time 4.1s -> 2.2s",
            "I cut mobile PDP load time from 4.1 to 2.2 seconds.",
        ),
        ("cut response time 90 secs -> 40 secs", "I cut the response time from 90 to 40 seconds."),
    ],
)
def test_a_change_in_seconds_is_said_with_its_unit_once(line: str, sentence: str) -> None:
    point = read_point(line)
    assert point is not None and point.sentence() == sentence


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("FDA 510k submission", "FDA 510k submission"),  # a name after its body's initials
        ("did a 5k", "did a 5k"),  # a race
        ("ran the 10k race", "ran the 10k race"),
        ("raised 25k for charity", "raised 25,000 for charity"),  # counts stay counts
        ("won a 25k grant", "won a 25,000 grant"),
        ("£40k budget", "£40,000 budget"),
    ],
)
def test_a_k_after_initials_or_a_race_is_a_name_not_thousands(typed: str, said: str) -> None:
    assert expand(typed) == said
