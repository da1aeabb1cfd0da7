"""A weekday written with a date must be that date's weekday (composer/rules/datedays.py).

Worked out by hand from one fixed point: Friday 4 December 2026. So 11 December 2026 is a
Friday, 12 December a Saturday, 6 December a Sunday, 9 December a Wednesday; 1 January 2027 is
a Friday, so 4 January 2027 is a Monday; 16 November 2026 is a Monday, 8 December 2027 a
Wednesday; 12 December 2025 was a Friday (a year of 365 days moves
a date back one weekday).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer.notes_file import load_notes
from composer.rules import check_letter
from composer.rules.datedays import dated_days

ROOT = Path(__file__).resolve().parent.parent
INTERVIEW = dt.date(2026, 12, 3)  # a Thursday

WRONG = [
    # (text, the quote, the weekday written, the weekday the date falls on)
    ("We hope to decide by Friday 12 December.", "Friday 12 December", "Friday", "Saturday"),
    ("A decision by Friday, December 12.", "Friday, December 12", "Friday", "Saturday"),
    (
        "Call on Thursday the 12th of December",
        "Thursday the 12th of December",
        "Thursday",
        "Saturday",
    ),
    ("panel on Fri 12 Dec", "Fri 12 Dec", "Friday", "Saturday"),
    ("by Tues 8 December 2027", "Tues 8 December 2027", "Tuesday", "Wednesday"),
    ("starting Friday 4 January", "Friday 4 January", "Friday", "Monday"),
]

RIGHT = [
    "We hope to decide by Friday 11 December.",
    "A decision by Friday, December 11.",
    "by next Friday (December 11)",
    "her first marathon on Sunday 6 December",
    "a trial shift on Wed 9 Dec",
    "by Saturday 12 December",
    "back on Monday 4 January",
    "as agreed on Friday 12 December 2025",  # its own year: 2025, a Friday
    "since Monday 16 November",  # 17 days before the interview: 2026, a Monday
    "by Friday and again on 12 December",  # no date joined to the weekday
    "on Friday 31 November",  # no such date: nothing to compare
]


@pytest.mark.parametrize(("text", "quote", "said", "actual"), WRONG)
def test_a_weekday_that_the_date_contradicts_is_found(
    text: str, quote: str, said: str, actual: str
) -> None:
    found = dated_days(text, INTERVIEW)
    assert [(d.quote, d.said, d.actual) for d in found] == [(quote, said, actual)]
    assert found[0].offset == text.index(quote)


@pytest.mark.parametrize("text", RIGHT)
def test_a_weekday_that_fits_its_date_or_has_none_is_left_alone(text: str) -> None:
    assert dated_days(text, INTERVIEW) == []


def test_the_year_is_the_first_from_a_month_before_the_interview() -> None:
    # Notes of a June interview: "Friday 12 December" is December of that year: in 2025 a Friday.
    assert dated_days("by Friday 12 December", dt.date(2025, 6, 2)) == []
    found = dated_days("by Friday 12 December", dt.date(2026, 6, 2))
    assert [(d.date, d.actual) for d in found] == [(dt.date(2026, 12, 12), "Saturday")]


def _letter(closing: str) -> str:
    return (
        "Subject: Thank you for the Senior Data Engineer interview\n\n"
        "Dear Ms. Whitfield,\n\n"
        "Thank you for yesterday's video call about the Senior Data Engineer position at "
        "Northwind Analytics. I have spent six years running Airflow and Kafka in production.\n\n"
        f"{closing}\n\nBest regards,\nPriya Raman\n"
    )


def test_grounding_reports_it_with_the_right_weekday() -> None:
    notes = load_notes(ROOT / "examples" / "warm_email.json")  # interview Tuesday 24 November 2026
    person = notes.interviewers[0].name
    wrong = check_letter(_letter("I hope to hear from you by Friday 5 December."), notes, to=person)
    messages = [v.message for v in wrong.violations if v.rule == "grounding"]
    assert len(messages) == 1
    assert '"Friday 5 December" does not add up: 5 December 2026 is a Saturday' in messages[0]
    right = check_letter(
        _letter("I hope to hear from you by Saturday 5 December."), notes, to=person
    )
    assert [v for v in right.violations if v.rule == "grounding"] == []
