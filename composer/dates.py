"""Dates of a thank-you letter: the day to send it by, and a date as a printed letter writes it;
and `local_today`, the one place the code reads the calendar (the tests set it, so no test
depends on the machine's clock)."""

from __future__ import annotations

import datetime as dt

__all__ = ["letter_date", "local_today", "send_by_date", "send_by_passed"]


def local_today() -> dt.date:
    """The local date: what "today" is when no `--today` or `today=` is given."""
    return dt.date.today()


def send_by_date(interview_date: dt.date) -> dt.date:
    """The day to send the letter: the day after the interview."""
    return interview_date + dt.timedelta(days=1)


def letter_date(day: dt.date, *, month_first: bool = False) -> str:
    """A date as a printed letter writes it: "24 November 2026", or in the United States
    (`month_first`) "November 24, 2026"."""
    if month_first:
        return f"{day:%B} {day.day}, {day.year}"
    return f"{day.day} {day:%B %Y}"


def send_by_passed(send_by: dt.date, today: dt.date | None = None) -> bool:
    """True when `today` is later than the send-by date (send it today, then)."""
    return (today or local_today()) > send_by
