"""The strength of a note item, which the selection ranks points by: a measured result says
most, then a role or years in a field, then a named degree, then bare initials; an item the
letter cannot say counts nothing."""

from __future__ import annotations

from composer.offline.strength import CREDENTIAL, INITIALS, LEFT_OUT, RESULT, STANDING, strength


def test_a_measured_result_outranks_years_which_outrank_a_degree_which_outranks_initials() -> None:
    result = strength("cut no-shows from 22% to 9% in one year")
    years = strength("approx 8 yrs MSK, last 3 in private practice")
    degree = strength("BA Accounting & Finance, Nottingham Trent 2015")
    initials = strength("HCPC registered")
    assert (result, years, degree, initials) == (RESULT, STANDING, CREDENTIAL, INITIALS)


def test_a_year_in_a_line_is_no_measure() -> None:
    assert strength("practice assessor since 2021") == STANDING


def test_an_item_the_letter_leaves_out_counts_nothing() -> None:
    assert strength("ask about parking??") == LEFT_OUT


def test_a_result_after_an_arrow_is_ranked_not_left_out() -> None:
    # reader 2's auditor: "Excel/IDEA" is a pair of names, not a note's slash
    line = "built Excel/IDEA tests for journals -> cut testing time by roughly a third"
    assert strength(line) > LEFT_OUT
