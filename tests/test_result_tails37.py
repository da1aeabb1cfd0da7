"""A result typed after an action's dash with how often, "avg", a count-unit compound or a
verb in the present (`resulttails`), said after the action (census 16: "set up TCC clinic in
sligo - healing time down from 14 to 8 wks avg" and reader 16's "saves ~6 hrs/wk" and "3 month
retention up 15%" were left out). Expected sentences written by hand; the lines besides the
census's and reader 16's are of made-up candidates (a ferry purser, a food bank lead)."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point
from composer.offline.lastgate import last_gate
from composer.offline.resulttails import present, trailed


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "set up TCC clinic in sligo - healing time down from 14 to 8 wks avg",
            "I set up a TCC clinic in Sligo, which cut the healing time from 14 to 8 weeks"
            " on average.",
        ),
        (
            "started a 6 wk new member programme - 3 month retention up 15%",
            "I started a 6-week new member programme, which raised three-month retention by 15%.",
        ),
        (
            "set up a new rota - overtime down from 300 to 120 hrs a month",
            "I set up a new rota, which cut overtime from 300 to 120 hours a month.",
        ),
        (
            "built a booking spreadsheet - saves ~4 hrs/wk",
            "I built a booking spreadsheet, which saves about 4 hours a week.",
        ),
        (
            "rewrote env monitoring SOP - positives down 60% over a yr",
            "I rewrote the environment monitoring SOP, which cut positives by 60% over a year.",
        ),
    ],
)
def test_a_result_after_the_dash_is_said_with_what_trails_it(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("text", "core", "trail"),
    [
        (
            "queue time down from 40 to 15 mins avg",
            "queue time down from 40 to 15 mins",
            " on average",
        ),
        ("parcels up from 200 to 350 a wk", "parcels up from 200 to 350", " a week"),
        ("complaints down 30% over a year", "complaints down 30% over a year", ""),  # "over" it
        ("3 month retention up 15%", "three-month retention up 15%", ""),
    ],
)
def test_what_trails_a_result_is_set_aside(text: str, core: str, trail: str) -> None:
    assert trailed(text) == (core, trail)


def test_a_verb_in_the_present_with_a_figure_is_what_the_thing_still_does() -> None:
    assert present("feeds about 300 families") == ", which feeds about 300 families"
    assert present("families fed") is None  # no verb in the present
    assert present("runs smoothly") is None  # no figure


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "migrated checkout from jQuery to React @ Cartwheel, conversion +8%",
            "I migrated checkout from jQuery to React at Cartwheel, which raised conversion by 8%.",
        ),
        (
            "cut the menu to 20 dishes - waste -30%",
            "I cut the menu to 20 dishes, which cut waste by 30%.",
        ),
        (
            "launched loyalty app - repeat visits +20%",
            "I launched a loyalty app, which raised repeat visits by 20%.",
        ),
    ],
)
def test_a_result_typed_with_a_sign_is_said_with_its_way(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("text", "stopped"),
    [
        ("I moved support to chat, CSAT +0.4.", True),
        ("I migrated checkout, with conversion +8%.", True),
        ("I cut waste -30%.", True),
        ("You can call me on +44 7700 900123.", False),  # a phone number
        ("I worked in temperatures of -20 degrees.", False),  # a temperature
    ],
)
def test_the_gate_stops_a_move_typed_with_a_sign(text: str, stopped: bool) -> None:
    assert ("a move typed with a sign" in last_gate(text)) is stopped
