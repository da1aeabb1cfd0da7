"""A fan of a team who talked about a game of theirs ahead is wished a good result, by the
grammar of the note ("<team> fan, we talked about the <game> <when>"), with no need for the
team's name or its capitals (session 43: "big benfica fan, we talked abt the derby on sat" in
scout43 and "Bears fan, we talked about the game sunday" in the readers' corpus were left out).
Lines made up or the corpora's; expectations written by hand. Interview on Wednesday 2 December
2026, the letter sent on Thursday 3 December.
"""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.rapport import rapport_line

DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))


def _said(note: str) -> str | None:
    return rapport_line(note, ["Rui Monteiro", "Rui"], tone="formal", days=DAYS).text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "big benfica fan, we talked abt the derby on sat",
            "I hope the derby on Saturday goes your way.",
        ),
        ("Bears fan, we talked about the game sunday", "I hope the game on Sunday goes your way."),
        (
            "he's a bulls supporter, we joked abt saturday's game",
            "I hope the game on Saturday goes your way.",
        ),
    ],
)
def test_a_game_ahead_of_their_team_is_wished_their_way(note: str, said: str) -> None:
    assert _said(note) == said


@pytest.mark.parametrize(
    "note",
    [
        "leafs fan, we talked abt the game last night",  # over
        "Bears fan, we argued about the QB",  # no game
    ],
)
def test_a_game_past_or_none_takes_no_wish(note: str) -> None:
    assert _said(note) is None
