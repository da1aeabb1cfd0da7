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
