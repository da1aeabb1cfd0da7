"""Dates in a next step typed without their month: "fri 11th" is said "Friday 11 December".

The month is the one in which that day of the month, from the interview on, falls on the
weekday typed; when none does within two months the note is left as typed (a slip is never
turned into a wrong date).
"""

from __future__ import annotations

import datetime as dt
import re

from composer.offline.heard import DAY_NAMES, MONTHS

# A weekday with the day of the month and no month: "fri 11th", "Thursday 10".
_DAY_OF_MONTH = re.compile(
    r"(?i)\b(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+"
    r"(?P<n>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)?\b"
    r"(?!\s*(?:[/:.]\d|am\b|pm\b|of\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
_WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")


def _dated(found: re.Match[str], met: dt.date) -> str:
    """ "fri 11th" typed on 30 November -> "Friday 11 December": the first such day from the
    interview on whose weekday is the one typed; the text as typed when none is (a slip)."""
    weekday, n = _WEEKDAYS.index(found["wd"][:2].lower()), int(found["n"])
    for ahead in range(62):
        day = met + dt.timedelta(days=ahead)
        if day.day == n:
            if day.weekday() != weekday:
                return found[0]
            return f"{DAY_NAMES[weekday]} {n} {MONTHS[day.month - 1]}"
    return found[0]


def with_month(value: str, met: dt.date) -> str:
    """ "decision by fri 11th", met 30 November 2026 -> "decision by Friday 11 December"."""
    return _DAY_OF_MONTH.sub(lambda found: _dated(found, met), value)
