"""The date a notes' `next_steps` names ("a decision by December 5"), and working days.

Dates are read relative to the interview date, never to today's date: "next week" in notes
written months ago still means the week after that interview.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt

from composer import regexes as re
from composer.english import SHORT_NAMES

__all__ = [
    "MONTH_WORDS",
    "month_number",
    "next_step_date",
    "working_day_after",
    "working_day_from",
]

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
# Every month's name and short form, longest first ("september" before "sept", "sep")
MONTH_WORDS = tuple(sorted(_MONTHS, key=len, reverse=True))
_MONTH = r"(?P<month>" + "|".join(MONTH_WORDS) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAYS) + r")"
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "two": 2,
    "a few": 3,
    "few": 3,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_COUNT = (
    r"(?P<count>\d{1,2}|"
    + "|".join(re.escape(word) for word in sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")"
)

_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?:the\s+)?{_DAY}\b{_YEAR}", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b{_YEAR}", re.IGNORECASE)
_ORDINAL = re.compile(
    rf"\bthe\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MONTH})", re.IGNORECASE
)
_PART_OF_MONTH = re.compile(
    rf"\b(?P<part>early|mid|middle\s+of|late|end\s+of|the\s+end\s+of)[\s-]+{_MONTH}\b",
    re.IGNORECASE,
)
_IN_MONTH = re.compile(
    rf"\b(?P<prep>in|during|by|before)\s+{_MONTH}\b(?!\s+[0-3]?\d(?:st|nd|rd|th)?\b)", re.I
)
_WEEKDAY_NAMED = re.compile(rf"\b(?P<next>next\s+)?{_WEEKDAY}\b", re.IGNORECASE)
_WEEK = re.compile(r"\b(?:(?P<next>next)|this|the\s+end\s+of\s+the|end\s+of\s+the)\s+week\b", re.I)
_SPAN = re.compile(
    rf"\b(?:in|within|after|over)\s+(?:the\s+next\s+)?{_COUNT}\s+"
    r"(?P<kind>(?:business|working)\s+)?(?P<unit>days?|weeks?)\b",
    re.IGNORECASE,
)
_SPAN_BARE = re.compile(
    rf"(?<!\w)(?:{_COUNT})\s+(?P<kind>(?:business|working)\s+)?(?P<unit>days?|weeks?)\b", re.I
)
_MONTH_END = re.compile(
    r"\b(?:(?:by\s+)?(?:the\s+)?end\s+of\s+(?P<which>this|the|next)\s+month|(?P<next>next)\s+month)\b",
    re.IGNORECASE,
)
_WEEK_OF = re.compile(r"\bweek\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
_TOMORROW = re.compile(r"\btomorrow\b", re.IGNORECASE)
# "interviews finish fri, decision the week after": the week after the day named before it
_WEEK_AFTER = re.compile(r"\bthe\s+week\s+after\b(?!\s+next\b)", re.IGNORECASE)
# A holiday named as a bound ("decision before xmas", "after new year"), read only when the
# timeline names no date of its own: (month, day) of the day it names.
_HOLIDAYS = (
    (re.compile(r"\bbefore\s+(?:christmas|xmas)\b", re.I), (12, 24)),
    (re.compile(r"\b(?:christmas|xmas)\b", re.I), (12, 25)),
    (re.compile(r"\bnew\s+(?:year'?s?|yrs?)\s+eve\b", re.I), (12, 31)),
    (re.compile(r"\b(?:after|in)\s+(?:the\s+)?new\s+year\b", re.I), (1, 8)),
)


def _count(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[" ".join(text.lower().split())]


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _on_or_after(month: int, day: int, start: dt.date, year: int | None = None) -> dt.date | None:
    """The date `month`/`day` in `year`, or the first such date on or after `start`."""
    if year is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    # A month still to come this year, else next year's ("January" said in November); a day
    # earlier in the interview's own month is a slip in the notes, not a date a year away.
    year = start.year if month >= start.month else start.year + 1
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return None
    return candidate if candidate >= start else None


def _add_working_days(start: dt.date, days: int) -> dt.date:
    day = start
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def _friday_of_week(day: dt.date, weeks_ahead: int) -> dt.date:
    monday = day - dt.timedelta(days=day.weekday())
    return monday + dt.timedelta(weeks=weeks_ahead, days=4)


def month_number(text: str) -> int | None:
    """The month `text` names; None for a lower-case "may", which is the verb."""
    if text == "may":
        return None
    return _MONTHS[text.lower().rstrip(".")]


def _dates_in(text: str, start: dt.date) -> list[dt.date]:
    """Every date the timeline text names, read relative to the interview date `start`."""
    found: list[dt.date] = []
    for match in _ISO.finditer(text):
        with contextlib.suppress(ValueError):  # "2026-13-45" is no date
            found.append(dt.date(int(match["year"]), int(match["month"]), int(match["day"])))
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(text):
            year = int(match["year"]) if match["year"] else None
            month = month_number(match["month"])
            day = None if month is None else _on_or_after(month, int(match["day"]), start, year)
            if day is not None and _WEEK_OF.search(text, 0, match.start()):
                day = _friday_of_week(day, 0)  # "the week of December 7": that week's Friday
            if day is not None:
                found.append(day)
    for match in _ORDINAL.finditer(text):
        wanted = int(match["day"])
        month_start = start.replace(day=1)
        for _ in range(3):  # the 31st may skip a month or two
            try:
                day = month_start.replace(day=wanted)
            except ValueError:
                day = None
            if day is not None and day > start:
                found.append(day)
                break
            month_start = (month_start + dt.timedelta(days=32)).replace(day=1)
    for match in _PART_OF_MONTH.finditer(text):
        month = month_number(match["month"])
        first = None if month is None else _on_or_after(month, 1, start.replace(day=1))
        if first is None:
            continue
        part = " ".join(match["part"].lower().split())
        # The last day the phrase can mean: a check-in must not come before the window closes.
        if part == "early":
            found.append(first.replace(day=10))
        elif part in {"mid", "middle of"}:
            found.append(first.replace(day=20))
        else:
            found.append(_last_day(first.year, first.month))
    for match in _IN_MONTH.finditer(text):
        month = month_number(match["month"])
        first = None if month is None else _on_or_after(month, 1, start.replace(day=1))
        if first is None:
            continue
        if match["prep"].lower() in {"by", "before"}:
            found.append(first)
        else:
            found.append(_last_day(first.year, first.month))
    for match in _WEEKDAY_NAMED.finditer(text):
        weekday = _WEEKDAYS[match["weekday"].lower()]
        if match["next"]:
            monday = start - dt.timedelta(days=start.weekday()) + dt.timedelta(weeks=1)
            found.append(monday + dt.timedelta(days=weekday))
        else:
            ahead = (weekday - start.weekday()) % 7 or 7
            found.append(start + dt.timedelta(days=ahead))
    for match in _WEEK.finditer(text):
        friday = _friday_of_week(start, 1 if match["next"] else 0)
        found.append(friday if friday >= start else _friday_of_week(start, 1))
    spans = list(_SPAN.finditer(text)) or list(_SPAN_BARE.finditer(text))
    for match in spans:
        amount = _count(match["count"])
        if match["unit"].lower().startswith("week"):
            found.append(start + dt.timedelta(weeks=amount))
        elif match["kind"]:
            found.append(_add_working_days(start, amount))
        else:
            found.append(start + dt.timedelta(days=amount))
    for match in _MONTH_END.finditer(text):
        if match["next"] or (match["which"] and match["which"].lower() == "next"):
            following = (start.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
            found.append(_last_day(following.year, following.month))
        else:
            found.append(_last_day(start.year, start.month))
    if _TOMORROW.search(text):
        found.append(start + dt.timedelta(days=1))
    if found and _WEEK_AFTER.search(text):
        found.append(_friday_of_week(max(found), 1))
    return found


def _holiday(text: str, start: dt.date) -> dt.date | None:
    """The day a holiday named in the timeline bounds it ("before xmas": 24 December), the
    next such day on or after the interview; None when it names none."""
    for pattern, (month, day) in _HOLIDAYS:
        if pattern.search(text):
            return _on_or_after(month, day, start)
    return None


# How notes type a day or a week ("call mon", "by end of wk", "w/c 14 dec", "tmrw"), said in
# full before the timeline is read; a closed class of note-taking abbreviations.
# "sat" and "sun" are days only after a word of time ("by sat"), never "we sat down".
_SHORT_DAY = re.compile(
    r"\b(?:(?P<lead>by|on|next|this|until|before|after|or|and)\s+)?"
    r"(?P<day>mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\.?(?![\w'’])",
    re.IGNORECASE,
)
_SHORT_WEEK = re.compile(r"\bwk(s?)\b", re.IGNORECASE)
_COMMENCING = re.compile(r"\bw/c\b|\bweek\s+(?:commencing|beginning|starting)\b", re.I)
_END_OF_WEEK = re.compile(r"\bend\s+of\s+(?=week\b)", re.IGNORECASE)
_SHORT_SOON = re.compile(r"\b(?:tmrw|tmw|tomoz|2moro|tmr)\b", re.IGNORECASE)


def _day(found: re.Match[str]) -> str:
    day, lead = found["day"].lower(), found["lead"]
    if day in ("sat", "sun") and not lead:
        return found.group()
    return f"{lead} {SHORT_NAMES[day].lower()}" if lead else SHORT_NAMES[day].lower()


def _plain(text: str) -> str:
    """A timeline with its shorthand days and weeks said in full: "call mon" -> "call monday",
    "w/c 14 dec" -> "week of 14 dec", "by end of wk" -> "by end of the week"."""
    text = _SHORT_DAY.sub(_day, text)
    text = _COMMENCING.sub("week of", _SHORT_WEEK.sub(r"week\1", text))
    text = _END_OF_WEEK.sub("end of the ", text)
    return _SHORT_SOON.sub("tomorrow", text)


def next_step_date(next_steps: str | None, interview_date: dt.date) -> dt.date | None:
    """The date the timeline in `next_steps` names, read relative to the interview; None if none.

    "by December 5" is that day ("January" said in November is next year's; a day already
    past is a slip and names nothing); "on the 9th" the next 9th; "Friday" the next Friday,
    "next Friday" the Friday of the following week; "next week" and "the week of December 7"
    that week's Friday; "in two weeks" fourteen days on; "early", "mid" and "late January" the
    10th, 20th and last of January. When several dates are named, the latest counts: the
    check-in waits until the whole timeline has passed. Days and weeks may be typed short
    ("mon", "thurs", "next wk", "w/c 14 dec", "tmrw"). "The week after" a day named is the
    Friday of the week after it; a holiday ("before xmas") counts only when no date is named.
    """
    if not next_steps:
        return None
    text = _plain(next_steps)  # "they'll call mon", "w/c 14 dec": as notes type them
    dates = [day for day in _dates_in(text, interview_date) if day >= interview_date]
    return max(dates) if dates else _holiday(text, interview_date)


def working_day_after(day: dt.date) -> dt.date:
    """The first Monday-to-Friday day after `day` (public holidays are not known)."""
    return _add_working_days(day, 1)


def working_day_from(day: dt.date) -> dt.date:
    return day if day.weekday() < 5 else working_day_after(day)
