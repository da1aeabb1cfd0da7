"""Next steps the lead found said wrongly in session 47's probe: a weekday after "for" given a
second "on" ("the trial shift offered for on Saturday"), a day of the month after "scheduled
for the" with no "on" ("the site visit the 9th"), and "by 11th" with no article. Expected
sentences written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation

DAYS = (dt.date(2026, 12, 3), dt.date(2026, 12, 4))


def _step(value: str) -> str:
    return next_steps_line(
        value,
        frozenset(),
        "concise",
        "email",
        Variation(1),
        reader=("you", "Lisa"),
        days=DAYS,
        month_first=False,
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("trial shift offered for Sat", "the trial shift offered for Saturday"),
        ("interview set for Tues", "the interview set for Tuesday"),
        ("site visit scheduled for the 9th", "the site visit on the 9th"),
        ("HR email by 11th", "from HR by the 11th"),
    ],
)
def test_the_time_is_said_once_and_whole(typed: str, said: str) -> None:
    line = _step(typed)
    assert said in line, line
    assert " on on " not in line and "for on " not in line


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 29's h226: a clean sentence with its own subject was left out
        (
            "The board will meet on 14 December to confirm the appointment.",
            "after the board meets on 14 December to confirm the appointment",
        ),
        ("the hiring panel will sit next week", "after the hiring panel sits next week"),
    ],
)
def test_a_body_that_will_meet_is_heard_from_after_it_meets(typed: str, said: str) -> None:
    assert said in _step(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "HR will send the offer pack if I am successful.",  # presumes the job
        "They will send the case study if I am shortlisted.",  # was "... if I am shortlisted.."
        # a condition on a later part stays there (the dump: "the chance of a letter in two weeks")
        "letter in 2 wks, course starts march if successful",
    ],
)
def test_a_step_said_with_its_condition_is_never_said_broken(typed: str) -> None:
    line = _step(typed)
    assert ".." not in line and "if I am" not in line and "offer pack" not in line
    assert "chance of a letter" not in line
