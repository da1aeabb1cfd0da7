"""A span of years with what the candidate did in its last ones, typed after a comma, is said
in one sentence ("I have spent six years at X, the last three of them running Y"); it was a
clause with no subject spliced on, and left out. Lines made up for the test; expected sentences
written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "8 yrs at Lidl, ran the night shift the last 2",
            "I have spent eight years at Lidl, the last two of them running the night shift.",
        ),
        (
            "5 yrs at the depot, led the team for the last 2 yrs",
            "I have spent five years at the depot, the last two of them leading the team.",
        ),
        (
            "10 years in retail, managed stores the last four years",
            "I have spent 10 years in retail, the last four of them managing stores.",
        ),
    ],
)
def test_a_span_and_its_last_years_deed_are_one_sentence(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    "line",
    [
        "8 yrs at Lidl, night shift the last 2",  # no past verb: not this shape
        "CSCS card, renewed the last 3",  # no span of years before it
    ],
)
def test_a_line_of_another_shape_is_not_said_with_its_last_years(line: str) -> None:
    read = read_point(line)
    assert read.said is None or "of them" not in read.sentence()


def test_a_word_after_the_comma_is_no_count_of_the_span() -> None:
    # "left in 2020" was read as a count of the years: "three years at Acme, left of them in 2020"
    read = read_point("3 yrs at Acme, left in 2020")
    assert read.said is None or "of them" not in read.sentence()
    assert read_point("8 years in audit, 3 in-house").sentence() == (
        "I have spent eight years in audit, three of them in-house."
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("8 yrs QA in fintech", "I have eight years of QA experience in fintech."),
        (
            "5 yrs HR in retail, last 3 at Boots",
            "I have five years of HR experience in retail, the last three at Boots.",
        ),
        ("3 yrs IT in the NHS", "I have three years of IT experience in the NHS."),
    ],
)
def test_a_fields_initials_and_where_it_was_done_are_said_as_experience(
    line: str, said: str
) -> None:
    # "6 yrs PMM in B2B SaaS, last 3 at ..." was left out: reader 14's h111, letters NOT READY
    assert read_point(line).sentence() == said
