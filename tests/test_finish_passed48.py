"""A course said as still to come must finish after the interview: reader 31 read "I am
completing an MSc in Food Science at Aarhus University, finishing in June 2026." in a letter
sent in December 2026 (h229 typed "(finish june 2026)"). Such a sentence is said as done then
("I completed an MSc ... in June 2026."), never as still to come. The notes are made up."""

from __future__ import annotations

import datetime as dt

import pytest

from composer import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.pending import finish_passed

INTERVIEW = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("I am completing an MSc in Food Science, finishing in June 2026.", True),
        ("I am completing a BSc in Nursing, graduating in May 2027.", False),
        ("I am completing a BSc in Nursing, graduating in December 2026.", False),  # this month
        ("I am completing a BSc in Nursing, graduating this month.", False),  # no year said
        ("I ran the June 2026 audit.", False),
    ],
)
def test_a_finish_before_the_interview_is_passed(text: str, passed: bool) -> None:
    assert finish_passed(text, INTERVIEW) is passed


def _letter(qualification: str) -> tuple[str, tuple[str, ...]]:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Ana Petrovic", "email": "ana@example.com"},
            "company": "Nordmejeri Food Lab",
            "role": "Junior Laboratory Technician",
            "interview": {"date": INTERVIEW.isoformat(), "format": "onsite"},
            "interviewers": [
                {"name": "Henrik Bach", "salutation": "Henrik", "topics": ["faster batch release"]}
            ],
            "qualifications": [qualification, "six-month internship in a dairy QC lab"],
            "tone": "warm",
            "channel": "email",
        }
    )
    letter = compose(notes, OfflineBackend(), today=dt.date(2026, 12, 3))[0]
    return letter.text, letter.notices


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # session 51: the finish typed is a date; one the interview came after is said as done
        (
            "MSc Food Science, Aarhus University (finish june 2026)",
            "I completed an MSc in Food Science at Aarhus University in June 2026.",
        ),
        (
            "MA Translation, University of Vienna - graduating july 2026",
            "I completed an MA in Translation at the University of Vienna in July 2026.",
        ),
    ],
)
def test_a_course_whose_finish_has_passed_is_said_as_done(typed: str, said: str) -> None:
    text, notices = _letter(typed)
    assert said in text
    assert "finishing in" not in text and "graduating in" not in text
    assert not any("qualifications[0]" in notice for notice in notices)


def test_a_course_finishing_after_the_interview_is_said() -> None:
    text, _ = _letter("MSc Food Science, Aarhus University (finish june 2027)")
    assert "finishing in June 2027" in text
