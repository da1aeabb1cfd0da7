"""A move typed with "~" on its figures and a tail ("per match") is said as the deed's result
(reader 31's h232: "built auto-tagging for opponent set pieces -> prep ~6h -> ~2h per match" was
left out). The sentences are written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "built auto-tagging for opponent set pieces -> prep ~6h -> ~2h per match",
            "I built auto-tagging for opponent set pieces, which cut the prep from about six to"
            " about two hours per match",
        ),
        (
            "set up a triage rota -> waits from about 40 mins to 15 mins",
            "I set up a triage rota, which cut waits from about 40 minutes to 15 minutes",
        ),
        ("cut exam time ~52 min -> ~38 min", "I cut exam time from about 52 to about 38 minutes"),
    ],
)
def test_a_move_about_its_figures_is_said(line: str, said: str) -> None:
    read = read_point(line)
    assert read.said is not None and read.said.text() == said
