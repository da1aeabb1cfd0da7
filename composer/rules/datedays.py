"""Part of `grounding`: a weekday written with a date must be that date's weekday.

"I look forward to hearing from you by Friday 12 December" tells the reader two things, and in
2026 they disagree (12 December is a Saturday). Notes typed in a hurry carry such slips and a
letter copies them; a reader sees the mistake at once. Unless the letter gives the year, the date
is read as the first one from a month before the interview on: a letter speaks of the weeks just
gone and of what comes next.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from composer.rules.context import Context, finding
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter

_WEEKDAY_NAMES = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_WEEKDAY_NAMES.update({name.lower(): number for number, name in enumerate(calendar.day_abbr)})
_WEEKDAY_NAMES.update({"tues": 1, "thur": 3, "thurs": 3})
_MONTH_NAMES = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTH_NAMES.update(
    {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
)
_MONTH_NAMES["sept"] = 9


def _alternatives(names: dict[str, int]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


_WEEKDAY = rf"(?P<weekday>{_alternatives(_WEEKDAY_NAMES)})\.?"
_MONTH = rf"(?:{_alternatives(_MONTH_NAMES)})\.?"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
# "Friday 12 December", "Friday, the 12th of December", "Fri 12 Dec", "Friday, December 12",
# "Friday (December 11)"; a year may follow: "Friday, December 11, 2026".
_DATED_DAY_RE = re.compile(
    rf"\b{_WEEKDAY},?\s+\(?(?:the\s+)?(?:(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})"
    rf"|(?P<month2>{_MONTH})\s+(?:the\s+)?(?P<day2>{_DAY}))(?![\w/])(?:,?\s+(?P<year>20\d\d)\b)?",
    re.IGNORECASE,
)


class DatedDay(NamedTuple):
    """A weekday written with a date that falls on another weekday."""

    offset: int
    quote: str
    said: str  # the weekday as written, its full name
    date: dt.date  # the date as read
    actual: str  # that date's weekday


def _date(match: re.Match[str], interview: dt.date) -> dt.date | None:
    """The date the match names: in its own year, else the first from a month before the
    interview on."""
    day = int(re.sub(r"\D", "", match["day"] or match["day2"]))
    month = _MONTH_NAMES[(match["month"] or match["month2"]).rstrip(".").lower()]
    years = [int(match["year"])] if match["year"] else [interview.year + n for n in (-1, 0, 1)]
    earliest = interview - dt.timedelta(days=31) if not match["year"] else dt.date.min
    for year in years:
        try:
            date = dt.date(year, month, day)
        except ValueError:  # "Friday 31 November", "29 February" in a common year
            continue
        if date >= earliest:
            return date
    return None


def dated_days(text: str, interview: dt.date) -> list[DatedDay]:
    """Every weekday in `text` written with a date it does not fall on."""
    found: list[DatedDay] = []
    for match in _DATED_DAY_RE.finditer(text):
        date = _date(match, interview)
        if date is None:
            continue
        said = _WEEKDAY_NAMES[match["weekday"].lower()]
        if said != date.weekday():
            found.append(
                DatedDay(
                    match.start(),
                    match.group().rstrip().rstrip("."),
                    calendar.day_name[said],
                    date,
                    calendar.day_name[date.weekday()],
                )
            )
    return found


def dated_day_findings(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """`grounding` findings for a weekday and a date that disagree."""
    problems: list[Violation] = []
    for wrong in dated_days(letter.text, ctx.notes.interview.date):
        when = f"{wrong.date.day} {calendar.month_name[wrong.date.month]} {wrong.date.year}"
        problems.append(
            finding(
                "grounding",
                f'line {letter.line_at(wrong.offset)}: "{wrong.quote}" does not add up: {when} '
                f"is a {wrong.actual}, not a {wrong.said}. Write the day or the date that is "
                "right, and correct the notes if they say it too.",
                fix=f'"{wrong.quote}": {when} is a {wrong.actual}; give the weekday or the date '
                "that is right, not both as they stand.",
                quote=wrong.quote,
            )
        )
    return problems
