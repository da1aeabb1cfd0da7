"""Counts and spans of time tie nothing (reader 17: "On that subject, I built an automated ArcPy
workflow that cut floodplain map production from three weeks to four days." after the HR
adviser's hybrid schedule of three days a week in the office)."""

from __future__ import annotations

from composer.offline.ties import Generic, tie

_NONE = Generic(frozenset(), frozenset())


def test_shared_counts_and_time_words_are_no_tie() -> None:
    point = "Built an automated workflow that cut map production from three weeks to four days"
    assert tie(point, "Hybrid schedule with three days a week in the office", _NONE) == 0
    assert (
        tie("Cut call wait from twelve minutes to five", "Twelve-hour shifts, five days", _NONE)
        == 0
    )


def test_a_shared_subject_still_ties() -> None:
    point = "Built an automated workflow that cut map production from three weeks to four days"
    assert tie(point, "The map production backlog", _NONE) > 0


def test_words_of_degree_are_no_tie() -> None:
    # session 39, a chef's notes: "On that point, I cut fish waste by about 20% with better
    # ordering." followed "Our exchange about staff food ..." (the GM wants it better)
    assert tie("cut fish waste ~20% w/ better ordering", "staff food, wants it better", _NONE) == 0
    assert tie("wrote the best-selling cookbook", "the best way to cost a menu", _NONE) == 0
    # a rating named "Good" is a subject: "get Elmfield to Good" meets "the CQC rating of Good"
    assert tie("took Ashgrove Lodge from RI to Good", "CQC rating - wants Good by summer", _NONE)
