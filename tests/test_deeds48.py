"""A deed and what came of it (session 48): units glued to figures read as units, one reading of
"A -> B" between figures, and a result typed as a thing with a figure or a participle said after
the deed in one safe frame. Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # units glued to the figures on each side of an arrow, and a tail after the move
        (
            "cut boot time 14s -> 3.8s on the gateway product",
            "I cut the boot time from 14 to 3.8 seconds on the gateway product.",
        ),
        ("cut queue time 2.5h -> 40min", "I cut the queue time from 2.5 hours to 40 minutes."),
        (
            "cut boot time from 14s to 3.8s on the gateway product",
            "I cut the boot time from 14 seconds to 3.8 seconds on the gateway product.",
        ),
        (
            "moved the team to kanban -> lead time 9d -> 4d",
            "I moved the team to Kanban, which cut the lead time from nine days to four days.",
        ),
        # money on both ends of an arrow
        (
            "cut cloud spend £30k -> £18k a year",
            "I cut cloud spend from £30,000 to £18,000 a year.",
        ),
        # both ends of a move in one style of number
        ("cut build time from 40 to 6 minutes", "I cut the build time from 40 to 6 minutes."),
        # a measure halved after the deed's arrow
        (
            "migrated 40 sites to the new CMS -> hosting costs halved",
            "I migrated 40 sites to the new CMS, and hosting costs halved.",
        ),
        # a second effect of the deed
        (
            "set up checks on the feed -> caught 2 bad loads before go-live",
            "I set up checks on the feed, which caught two bad loads before go-live.",
        ),
        # how often a thing made is used
        (
            "built a rota app - used ~50 times a day",
            "I built a rota app, which is used about 50 times a day.",
        ),
        # a counted thing and what was done to it; a count described
        (
            "flagged a pricing error -> $40k in refunds avoided",
            "I flagged a pricing error, with $40,000 in refunds avoided.",
        ),
        (
            "started a running club, 30+ members signed up",
            "I started a running club, with more than 30 members signed up.",
        ),
        (
            "set up weight clinic at prev practice -> ~60 regular patients",
            "I set up a weight clinic at my previous practice, which led to about 60 regular"
            " patients.",
        ),
        (
            "set up a lunch club - 40 regular members",
            "I set up a lunch club, with 40 regular members.",
        ),
        # a measure typed "way down" after the deed; the day typed in brackets said with "on"
        (
            "started weekly supplier statement recons (fridays) -> supplier queries way down",
            "I started weekly supplier statement reconciliations on Fridays, and supplier queries"
            " went down considerably.",
        ),
        (
            "started weekly recons -> supplier queries way down",
            "I started weekly reconciliations, and supplier queries went down considerably.",
        ),
    ],
)
def test_deed_and_what_came_of_it(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("14s -> 3.8s", "14 seconds -> 3.8 seconds"),
        ("6h -> 45min", "6 hours -> 45 minutes"),
        ("12s->2s", "12 seconds -> 2 seconds"),
    ],
)
def test_units_glued_beside_an_arrow(typed: str, spelled: str) -> None:
    from composer.offline.notenumbers import units

    assert units(typed) == spelled
