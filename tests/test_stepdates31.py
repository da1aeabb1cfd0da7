"""Dates in the next step as a letter writes them (session 31, reader 11): a date typed in
figures read by the candidate's country, ordinal endings left off, a weekday's comma before
its month, and a body's meeting day kept whole. Expected sentences written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.models import Notes
from composer.offline import stepdates
from composer.offline.nextsteps import next_steps_line
from composer.offline.stepdates import dates_read, dates_written, numeric_dates
from tests.fakes import FirstChoice

MET = dt.date(2026, 12, 1)  # a Tuesday
DAYS = (MET, dt.date(2026, 12, 2))


def _said(line: str, month_first: bool | None, reader: tuple[str, ...] = ()) -> str:
    return next_steps_line(
        line, frozenset(), "warm", "email", FirstChoice(""), reader=reader, days=DAYS,
        month_first=month_first,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "month_first", "said"),
    [
        ("theyll email by 12/8", True, "theyll email by Tuesday December 8"),
        ("theyll email by 8/12", False, "theyll email by Tuesday 8 December"),
        # no country: read, as only one reading (8 December) falls within four months (session 53)
        ("theyll email by 12/8", None, "theyll email by Tuesday December 8"),
        ("theyll email by 3/1", None, "theyll email by 3/1"),  # 3 January or 1 March: not read
        ("decision by 4/1", True, "decision by 4/1"),  # four months on: a slip or another date
        ("decision by 11/20", True, "decision by 11/20"),  # before the interview
        ("2nd round wk of 12/14", True, "2nd round wk of December 14"),
        ("offers by 1/8/27", True, "offers by Friday January 8"),
    ],
)
def test_a_date_in_figures_is_read_by_the_country(
    typed: str, month_first: bool | None, said: str
) -> None:
    assert numeric_dates(typed, MET, month_first) == said


def test_a_weekdays_comma_before_its_month_is_no_part_of_the_step() -> None:
    assert dates_read("meets on Monday, December 7", None, None) == "meets on Monday December 7"


@pytest.mark.parametrize(
    ("line", "month_first", "written"),
    [
        ("by Wednesday 9th December", None, "by Wednesday 9 December"),
        ("by 22nd January", False, "by 22 January"),
        ("by December 4th", True, "by December 4"),
        ("by Friday December 4", None, "by Friday, December 4"),
        ("on Thursday 10 December", True, "on Thursday, December 10"),
        ("on Thursday 10 December", False, "on Thursday 10 December"),
        ("in the week of 14 December", True, "in the week of December 14"),
    ],
)
def test_dates_are_written_as_a_letter_writes_them(
    line: str, month_first: bool | None, written: str
) -> None:
    assert dates_written(line, month_first) == written


def test_a_us_step_typed_in_figures_gives_its_day() -> None:
    line = "onsite 2nd round if moving fwd, theyll email by 12/8"
    assert _said(line, True) == "I look forward to hearing from you by Tuesday, December 8"
    assert _said(line, None) == "I look forward to hearing from you by Tuesday, December 8"


def test_an_ordinal_day_is_written_without_its_ending() -> None:
    line = "hear back by wed 9th dec, then DBS + occ health"
    assert _said(line, False) == "I look forward to hearing from you by Wednesday 9 December"


def test_a_weekday_before_its_month_takes_a_comma() -> None:
    line = "2nd interview w/ ops mgr prob next wk, theyll call by fri dec 4"
    assert _said(line, True) == "I look forward to hearing from you by Friday, December 4"


def test_a_committee_met_with_is_heard_from_after_it_meets() -> None:
    line = "He will share my file with the hiring committee, which meets on Monday, December 7"
    assert _said(line, True) == (
        "I look forward to hearing from you after the hiring committee meets on Monday, December 7"
    )


def test_who_named_the_days_after_a_dash_is_not_said() -> None:
    line = "decision early next wk - gill said prob mon 7th or tue 8th"
    assert _said(line, False, ("Gill Thornton", "Gill")) == (
        "I look forward to hearing from you early next week"
    )


def test_what_the_news_brings_after_its_time_is_not_said() -> None:
    line = "HR will email by 12/11 w/ next steps"
    assert _said(line, True) == "I look forward to hearing from HR by Friday, December 11"


@pytest.mark.parametrize(
    ("phone", "email", "month_first"),
    [
        ("(704) 555-0187", "m@example.com", True),  # North American number
        ("07700 900412", "j@example.co.uk", False),  # British
        ("0412 555 803", "r@example.com.au", False),  # Australian: the day first
        ("087 555 0192", "c@example.ie", False),  # Irish: the day first
        ("087 555 0192", "c@example.com", None),  # no area code starts with 0: not American
        ("0412 555 803", "r@example.com", None),  # the notes do not tell
    ],
)
def test_the_candidates_country_says_how_dates_are_written(
    phone: str, email: str, month_first: bool | None
) -> None:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Sam Taylor", "phone": phone, "email": email},
            "company": "Acme",
            "role": "Analyst",
            "qualifications": ["BSc"],
            "interview": {"date": "2026-12-01"},
            "interviewers": [{"name": "Dana Reyes"}],
        }
    )
    assert stepdates.month_first(notes) is month_first


@pytest.mark.parametrize(
    ("typed", "month_first", "said"),
    [
        # the date in brackets says which Friday: never "by next Friday" alone (scout 45)
        (
            "Robert said they will let everyone know by next Friday (December 11)",
            True,
            "I look forward to hearing from you by Friday, December 11",
        ),
        ("decision by fri (11 dec)", False,
         "I look forward to hearing from you by Friday 11 December"),
        ("decision by fri (11th)", False,
         "I look forward to hearing from you by Friday 11 December"),
    ],
)  # fmt: skip
def test_a_weekday_with_its_date_in_brackets_is_said_with_the_date(
    typed: str, month_first: bool, said: str
) -> None:
    assert _said(typed, month_first) == said
