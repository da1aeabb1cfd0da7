"""A recommendation with the candidate's own time after it, and a stay they are back from, each
said in its one right sentence (session 47: "told me to read X when i get a chance" was thanked
for "X when I get a chance"; "just back from two weeks in Sicily" was "your trip to two weeks in
Sicily"). Expectations by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

import pytest

from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line

T = TypeVar("T")
DAYS = (dt.date(2026, 12, 3), dt.date(2026, 12, 4))


class _First(Variation):
    """The first wording of every section, so each expectation is one sentence."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "told me to read Braiding Sweetgrass when i get a chance",
            "Thank you for recommending Braiding Sweetgrass; I will read it when I get a chance.",
        ),
        (
            "suggested I visit the Vasa Museum if im ever in Stockholm",
            "Thank you for recommending the Vasa Museum; I will visit it if I am ever in"
            " Stockholm.",
        ),
        ("just back from two weeks in Sicily", "I hope you enjoyed your two weeks in Sicily."),
        ("back from 10 days in Crete", "I hope you enjoyed your 10 days in Crete."),
    ],
)
def test_a_personal_note_is_said_in_its_one_sentence(note: str, said: str) -> None:
    line = rapport_line(note, ["Ruth Okafor", "Ruth"], days=DAYS, variation=_First(""))
    assert line.text == said
