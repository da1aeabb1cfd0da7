"""Words newer than the word tables that a letter says as typed (session 39, reader 19 h152: a
trading standards officer's "underage vape sales" was left out three times as a note's word,
typed in the notes and twice at `compose --ask`). Expected sentences written by hand."""

from __future__ import annotations

from composer.offline.items import read_point
from composer.offline.lastgate import last_gate


def test_a_result_about_vape_sales_is_said() -> None:
    line = "Led a test-purchasing operation that resulted in three prosecutions for underage vape"
    point = read_point(f"{line} sales.")
    assert point is not None
    said = point.sentence()
    assert said == (
        "I led a test-purchasing operation that resulted in three prosecutions for underage vape "
        "sales."
    )
    assert last_gate(said) == ""
