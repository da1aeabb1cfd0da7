"""Next steps from scout 45 (session 43): a call "about" something said as news from the caller
at its time, never "I'm looking forward to Nomvula to call ..."; a "re ..." part keeps the time
typed before the next part. Expected sentences written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.nextsteps import next_steps_line
from tests.fakes import FirstChoice

DAYS = (dt.date(2026, 12, 3), dt.date(2026, 12, 4))


def _said(line: str) -> str:
    return next_steps_line(
        line, frozenset(), "warm", "email", FirstChoice(""), reader=("Pieter",), days=DAYS,
        month_first=True,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Thandi to call about the psychometric tests next wk",
         "I look forward to hearing from Thandi next week"),
        ("HR to email about references by fri", "I look forward to hearing from HR by Friday"),
        ("they'll be in touch about next steps by fri",
         "I look forward to hearing from you by Friday"),
        # the time of a "re ..." part stays when another part follows it
        ("HR (Thandi) to call re psychometric tests next wk, offer hopefully b4 shutdown 18 dec",
         "I look forward to hearing from Thandi next week"),
        # reader 23: a condition or "next" after "look forward to" names no thing; the time
        # from the other part is heard instead ("I look forward to after reference checks.")
        ("Dana said they hope to make a decision by Friday 11 December, after references.",
         "I look forward to hearing from you by Friday, December 11"),
        ("final interview next", "I look forward to hearing from you"),
        # a role typed after "w" (with, no slash) takes its "the" as after "with": reader 23
        ("maybe 2nd round w COO, HR will call within 2 wks",
         "I understand I should hear back from HR within two weeks, and I would welcome the "
         "chance of a second round with the COO"),
        # "-ish" after a time: said plainly, never "mid-January-ish"
        ("he will decide after 2 more site visits, mid jan-ish",
         "I look forward to hearing from you in mid-January"),
    ],
)  # fmt: skip
def test_next_steps_from_scout_45(typed: str, said: str) -> None:
    assert _said(typed) == said
