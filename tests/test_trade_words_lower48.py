"""A word of a trade's table typed in lower case is no name: "good handovers" and "at handover"
were given capitals ("Good Handovers", "at Handover"), as a given name and surname or a place,
because the name readers asked the word lists but not the trades' table ("handover" is in it).
Found by a helper of session 48 while writing answers; the sentences are written by hand."""

from __future__ import annotations

import pytest

from composer.offline.shorthand import expand


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("patient teaching and good handovers", "patient teaching and good handovers"),
        ("a first-time-fix check at handover", "a first-time-fix check at handover"),
        # names typed in lower case still get their capitals
        ("stocked shelves at lidl", "stocked shelves at Lidl"),
        ("worked in cheltenham", "worked in Cheltenham"),
    ],
)
def test_a_trade_word_keeps_its_case_and_a_name_gets_its_capital(typed: str, said: str) -> None:
    assert expand(typed) == said
