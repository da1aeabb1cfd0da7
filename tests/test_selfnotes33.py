"""Notes to self typed in the qualifications and highlights as a wish or a reminder ("wish i'd
said ...", "shld mention ...", "next time lead w/ ..."): only the fact they carry is said, or
the line is left out (compose asks for it); never printed as typed. Lines made up for a bakery
and a haulier; the expected sentences are written by hand."""

from __future__ import annotations

import pytest

from composer.offline import selfnotes
from composer.offline.items import Kind, read_point


@pytest.mark.parametrize(
    "line",
    [
        "shld mention food hygiene level 3",
        "should mention my HGV licence",
        "next time lead w/ the wholesale accounts - grew them from 5 to 12",
        "wish i'd mentioned my forklift licence",
        "forgot to ask abt parking",
        "wish id asked about the night rota",
    ],
)
def test_a_reminder_to_self_with_no_fact_is_left_out(line: str) -> None:
    assert selfnotes.is_note_to_self(line)
    assert read_point(line).kind is Kind.UNSURE


def test_a_wish_gives_the_fact_it_carries() -> None:
    item = read_point("wish i'd said i ran the christmas orders")
    assert item.kind is Kind.NOTE_TO_SELF
    assert item.said is not None and item.said.text() == "I ran the Christmas orders"


@pytest.mark.parametrize(
    "line",
    [
        "ran a 3am shift of 4 bakers",
        "led the next time-critical launch",  # "next time" inside a phrase is no reminder
        "I wish to lead a team",
    ],
)
def test_a_line_of_the_candidates_is_no_note_to_self(line: str) -> None:
    assert not selfnotes.is_note_to_self(line)
