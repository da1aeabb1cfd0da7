"""Two sentences the merge of session 46 broke, found by reading reader 26's letters on it.
Expected sentences by hand."""

from __future__ import annotations

from composer.offline.items import read_point
from composer.offline.slipnotes import slip_said


def test_what_was_said_then_what_was_done_since_stays_two_clauses() -> None:
    # was "Since our interview, I have said I had used R but not Python;, I have started ..."
    typed = (
        "I said I had used R but not Python; since the interview I have started an online "
        "course in Python for data analysis."
    )
    assert slip_said(typed) == (
        "I said I had used R but not Python; since our interview, I have started an online "
        "course in Python for data analysis."
    )


def test_a_degree_completed_in_a_month_is_earned_then() -> None:
    # was "I hold a BSc in Biology from Aarhus University, and I am completed in June 2026"
    read = read_point("A BSc in Biology from Aarhus University, completed in June 2026.")
    assert read.said is not None
    assert read.said.text() == "I earned a BSc in Biology at Aarhus University in June 2026"
