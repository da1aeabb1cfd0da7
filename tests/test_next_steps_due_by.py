"""A next step the writer cannot say whole still tells the reader the day its news is due by
(reader 11: 14 of 16 letters dropped a date the notes gave, for steps such as "A decision by
Friday 11 December; Gráinne in HR will call either way"). The lines here are invented for other
jobs; each expected sentence is written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.nextsteps import next_steps_line
from tests.fakes import FirstChoice

# the interview on Tuesday 1 June 2027, the letter out on Wednesday 2 June
DAYS = (dt.date(2027, 6, 1), dt.date(2027, 6, 2))


def _said(line: str, tone: str = "warm") -> str:
    return next_steps_line(line, frozenset(), tone, "email", FirstChoice(""), days=DAYS)


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        (
            # the call is Priya's (session 32: a step done by someone else is welcomed as
            # theirs, reader 12's "HR (dana) will call by thurs 12/10")
            "A decision by Friday 4 June; Priya in HR will ring either way",
            "I look forward to hearing from Priya by Friday 4 June",
        ),
        (
            "Reference checks first, and a decision by Thursday 10 June",
            "I look forward to hearing from you by Thursday 10 June",
        ),
        (
            "2nd trial shift w/ head chef prob next wk, theyll text by fri june 4",
            "I look forward to hearing from you by Friday, June 4",
        ),
    ],
)
def test_the_day_the_news_is_due_by_is_said(line: str, sentence: str) -> None:
    assert _said(line) == sentence


def test_a_note_clause_after_hope_to_hear_is_not_written() -> None:
    # the second wording of "next_hear" ("I hope to hear from you ...") is read like the first
    line = "A decision by Friday 4 June; Priya in HR will ring either way"
    said = next_steps_line(line, frozenset(), "warm", "email", _Second(""), days=DAYS)
    assert said == "I hope to hear from Priya by Friday 4 June"


class _Second(FirstChoice):
    """The second wording of each section where there is one."""

    def pick(self, section: str, options: tuple[str, ...]) -> str:
        return options[1] if len(options) > 1 else options[0]


def test_a_step_said_whole_keeps_its_own_wording() -> None:
    # the fallback is for steps the writer could not say: a plain one is said as before
    assert _said("a decision by June 4") == "I look forward to hearing from you by June 4"


def test_no_day_in_the_step_leaves_the_plain_close() -> None:
    assert _said("she'll let me know") == "I look forward to hearing from you"
