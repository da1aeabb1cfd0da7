"""Session 38: clear lines that were left out, now said (reader 17's fault 5): a share of the
candidate's own cases as a subject ("Around 70% of my mediations reached agreement in 2025"), a
tool and the work done with it ("Python scripting with ArcPy"), a field with a hyphen
("e-commerce"), a place's name typed in lower case after "in the" ("in the pilbara"), and a
record kept over a span after a dash ("- zero LTIs"). Expected sentences written by hand; lines
besides reader 17's are of made-up candidates."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Around 70% of my mediations reached agreement in 2025",
            "Around 70% of my mediations reached agreement in 2025.",
        ),
        ("most of our referrals came from GPs", "Most of our referrals came from GPs."),
        (
            "~90% of my candidates stayed past a year",
            "About 90% of my candidates stayed past a year.",
        ),
    ],
)
def test_a_share_of_my_cases_is_a_clause(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Python scripting with ArcPy", "I am skilled in Python scripting with ArcPy."),
        ("SQL reporting in Power BI", "I am skilled in SQL reporting in Power BI."),
        ("Excel modelling", "I am skilled in Excel modelling."),
        ("CNC machining", "I am skilled in CNC machining."),
    ],
)
def test_a_tool_and_its_work_is_a_skill(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


def test_a_course_in_a_tool_is_no_skill_claimed() -> None:
    assert read_point("Python training").sentence() is None


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "6 yrs ecomm, last 3 as sr ecomm specialist at REI",
            "I have six years of experience in e-commerce, the last three as senior e-commerce"
            " specialist at REI.",
        ),
        ("4 yrs ecomm", "I have four years of experience in e-commerce."),
        (
            "5 yrs e-learning, last 2 as lead designer",
            "I have five years of experience in e-learning, the last two as lead designer.",
        ),
    ],
)
def test_a_field_with_a_hyphen(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "3 yrs rope access on mine sites - zero LTIs",
            "I have three years of experience in rope access on mine sites, with zero LTIs.",
        ),
        (
            "8 yrs driving HGVs, no accidents",
            "I have spent eight years driving HGVs, with no accidents.",
        ),
        ("12 yrs scaffolding - zero LTIs", "I have spent 12 years scaffolding, with zero LTIs."),
    ],
)
def test_a_record_kept_over_a_span(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


def test_a_place_typed_in_lower_case_after_in_the() -> None:
    said = read_point("3 yrs rope access on mine sites in the pilbara").sentence()
    assert said == "I have three years of experience in rope access on mine sites in the Pilbara."
    # an acronym typed in lower case is given its capitals (namecase), not left out
    assert read_point("5 yrs hvac service").sentence() == (
        "I have five years of experience in HVAC service."
    )
