"""Next steps, session 32 (after reader 12: "HR (dana) will call by thurs 12/10" was said "by
Thursday", the next day; "a medical and a climb test follow for successful candidates" was
pasted; "take-home writing test sent mon 12/7, due fri 12/11" was flattened). Each shape is
tested on lines invented for other jobs; every expected sentence is written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.nextsteps import next_steps_line, reader_names
from tests.fakes import FirstChoice

# the interview on Tuesday 1 December 2026, the letter out on Wednesday 2 December
DAYS = (dt.date(2026, 12, 1), dt.date(2026, 12, 2))


def _said(line: str, month_first: bool | None, reader: str = "Sam Taylor") -> str:
    return next_steps_line(
        line,
        frozenset(),
        "warm",
        "email",
        FirstChoice(""),
        reader=reader_names(reader, None, None),
        days=DAYS,
        month_first=month_first,
    )


@pytest.mark.parametrize(
    ("line", "month_first", "sentence"),
    [
        # a weekday typed before a date in figures is the date's own: said once, with the date
        # (a bare "Wednesday" sent on a Wednesday would read as today)
        (
            "decision by wed 12/9",
            True,
            "I look forward to hearing from you by Wednesday, December 9",
        ),
        (
            "they'll ring by Thurs 10/12",
            False,
            "I look forward to hearing from you by Thursday 10 December",
        ),
        (
            "decision by friday 12/11",
            True,
            "I look forward to hearing from you by Friday, December 11",
        ),
        # a person named in brackets after a role, typed in lower case, is who gets in touch
        (
            "recruiter (maya) will email by fri 12/4",
            True,
            "I look forward to hearing from Maya by Friday, December 4",
        ),
        (
            "HR (kwame) will ring by mon 7/12",
            False,
            "I look forward to hearing from Kwame by Monday 7 December",
        ),
        # a full stop between two parts of the note parts them, as a comma does
        (
            "they'll call by thurs 12/10. final round w/ the VP if moving fwd",
            True,
            "I look forward to hearing from you by Thursday, December 10, and I would welcome "
            "the chance of a final round with the VP",
        ),
        # what follows for the one chosen is not the reader's step
        (
            "They will ring on Tuesday 8 December; a fitness test follows for successful "
            "candidates",
            False,
            "I look forward to hearing from you on Tuesday 8 December",
        ),
        # "said they'd ...": who passed it on, typed with no name
        ("said theyd be in touch next wk", True, "I look forward to hearing from you next week"),
        # news on a named day, then the round it leads to: heard about, then hoped for
        (
            "Results by Monday 7 December; final interviews in the week of 14 December",
            False,
            "I look forward to hearing from you by Monday 7 December, and I hope to have the "
            "chance of a final interview in the week of 14 December",
        ),
        # a task they send, on the day it comes; the day it is due back is the candidate's own
        (
            "coding exercise sent thurs 12/3, due mon 12/7",
            True,
            "I look forward to the coding exercise on Thursday, December 3",
        ),
    ],
)
def test_a_step_is_welcomed_with_its_day(line: str, month_first: bool, sentence: str) -> None:
    assert _said(line, month_first) == sentence


def test_a_weekday_that_is_not_the_dates_is_never_said_with_it() -> None:
    # "thurs 12/11" when the 11th is a Friday: a slip, so no "Thursday, December 11"
    assert "December 11" not in _said("decision by thurs 12/11", True)


def test_a_word_of_the_language_in_brackets_is_no_name() -> None:
    assert (
        _said("HR (remote) will call next wk", True)
        == "I look forward to hearing from HR next week"
    )


def test_the_dot_of_an_abbreviation_parts_nothing() -> None:
    said = _said("approx. 2 wks for a decision", False)
    assert said == "I look forward to hearing from you in two weeks"


@pytest.mark.parametrize(
    ("line", "month_first", "sentence"),
    [
        # a step only for the one hired assumes the job: left out
        ("staff induction 1/11 if hired", True, "I look forward to hearing from you"),
        # "Tuesday week": a week on from the coming Tuesday (interview on Tuesday 1 December)
        (
            "they will decide by tues wk",
            False,
            "I look forward to hearing from you by Tuesday 15 December",
        ),
        # "either way" after the time is the news, whichever it is: not said
        ("they'll ring by fri either way", False, "I look forward to hearing from you by Friday"),
        # a step booked for a time is one they arranged
        (
            "kim said assessments booked for wk of 7/12",
            False,
            "I look forward to the assessments in the week of 7 December",
        ),
        (
            "site visit scheduled for thurs 12/3",
            True,
            "I look forward to the site visit on Thursday, December 3",
        ),
        # a time of day after the day is left to the reader's diary; a place of theirs gets "the"
        (
            "forklift test @ main depot 12/8 7:30am",
            True,
            "I look forward to the forklift test at the main depot on Tuesday, December 8",
        ),
        # what the one hired starts on is no step of the reader's
        (
            "decision by fri 4/12, training academy starts in feb",
            False,
            "I look forward to hearing from you by Friday 4 December",
        ),
    ],
)
def test_a_step_for_another_job_is_welcomed(line: str, month_first: bool, sentence: str) -> None:
    assert _said(line, month_first) == sentence


def test_the_reader_typed_without_accents_is_you() -> None:
    said = _said("eoin will ring by mon", False, reader="Eóin Brady")
    assert said == "I look forward to hearing from you by Monday"


def test_a_place_with_its_article_keeps_one() -> None:
    said = _said("ride-along at the north depot fri", False)
    assert said == "I look forward to the ride-along at the north depot on Friday"
