"""Dates in a next step typed without their month: "fri 11th" is said "Friday 11 December".

The month is the one in which that day of the month, from the interview on, falls on the
weekday typed; when none does within two months the note is left as typed (a slip is never
turned into a wrong date).
"""

from __future__ import annotations

import datetime as dt

from composer import regexes as re
from composer.models import Notes
from composer.offline import envelope
from composer.offline.heard import DAY_NAMES, MONTH, MONTHS, WEEKDAY, WEEKDAY_SHORT

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
    """ "decision by fri 11th", met 30 November 2026 -> "decision by Friday 11 December"; "by fri
    wk" (a week on Friday, as British, Irish and Australian notes say it) -> "by Friday 11
    December", the Friday after the coming one."""
    value = _DAY_WEEK.sub(lambda found: _week_on(found, met), value)
    return _DAY_OF_MONTH.sub(lambda found: _dated(found, met), value)


# "fri wk", "Friday week": a week on from the coming Friday (never "mon wk of 14/12").
_DAY_WEEK = re.compile(
    r"(?i)\b(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+(?:wk|week)\b(?!\s+(?:of|commencing))"
)


def _week_on(found: re.Match[str], met: dt.date) -> str:
    weekday = _WEEKDAYS.index(found["wd"][:2].lower())
    ahead = (weekday - met.weekday() - 1) % 7 + 1  # the coming one, after the interview day
    day = met + dt.timedelta(days=ahead + 7)
    return f"{DAY_NAMES[weekday]} {day.day} {MONTHS[day.month - 1]}"


# A date typed in figures: "by 12/8", "wk of 12/14", "on 8/12/26", with the weekday typed
# before it if any ("thurs 12/10"), which the date said in words gives again.
_FIGURES = re.compile(
    r"(?:\b(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?"
    r"|thu(?:rs?)?|fri|sat|sun))\.?,?\s+)?"
    r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])"
)
# "by 18.12.", "11.12.2026": a date typed with dots, day first wherever it is typed so.
_DOTTED = re.compile(
    r"(?<![\d.])(?P<a>[12]\d|3[01]|0?[1-9])\.(?P<b>1[0-2]|0?[1-9])\.(?P<y>\d{4}|\d{2})?(?![\d.])"
)
_DAY_DOTTED = re.compile(
    r"(?i)(\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9]))"
    r"(?![\d.]|\s*(?:h|hrs?|hours?|mins?|minutes?|km|kg|%)\b)"
)
# "Monday, December 7": the comma between a weekday and its month.
_WEEKDAY_COMMA = re.compile(rf"(?<=day),\s+(?={MONTH}\s+\d)")
# A week named by its first day: the day is said without its weekday ("the week of December 14").
_WEEK_OF = re.compile(r"(?i)\b(?:week|wk)\s+of\s*$|\bw/c\s*$")
# How far ahead of the interview a date in figures may fall and still be read as one.
_AHEAD = 120


def dates_read(value: str, met: dt.date | None, month_first: bool | None) -> str:
    """The dates of a typed step made plain for reading: a date in figures said in words
    (`numeric_dates`, given the interview day `met`), and a weekday's comma before its month
    taken out ("Monday, December 7" -> "Monday December 7"), so that it is never read as the
    end of a part of the step; `dates_written` puts it back."""
    value = _WEEKDAY_COMMA.sub(" ", day_dotted(value))  # "14. december": no stop after "14"
    value = _DAY_BRACKETED.sub(r"\g<day> \g<date>", value)
    if met is None:
        return value
    value = _WEEK_OF_NTH.sub(lambda found: _week_of_nth(found, met), value)
    return numeric_dates(value, met, month_first)


# A week named by its day of the month alone: "wk of 14th" (no month typed); "the week of the
# 14th" reads as English already and keeps its words.
_WEEK_OF_NTH = re.compile(
    r"(?i)\b(?P<lead>(?:week|wk)\s+of\s+|w/c\s+)(?!the\b)(?P<n>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b"
    r"(?!\s*(?:[/.]\d|of\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)


def _week_of_nth(found: re.Match[str], met: dt.date) -> str:
    """ "wk of 14th", met 3 December -> "wk of 14 December": the first such day after the
    interview (a week named after it is still to come), as the letter says the month."""
    n = int(found["n"])
    for ahead in range(1, 62):
        day = met + dt.timedelta(days=ahead)
        if day.day == n:
            return f"{found['lead']}{n} {MONTHS[day.month - 1]}"
    return found[0]


# A weekday with its date in brackets: "by next Friday (December 11)", "fri (11th)": the date
# says which Friday, so it is said with it ("by Friday December 11"), never "next Friday" alone.
_DAY_BRACKETED = re.compile(
    rf"(?i)\b(?:next\s+|this\s+)?(?P<day>{WEEKDAY_SHORT}[a-z]*\.?)\s*"
    r"\((?P<date>[^()]*\d[^()]*)\)"
)


def numeric_dates(value: str, met: dt.date, month_first: bool | None) -> str:
    """A date typed in figures, said in words when the candidate's country says which number is
    the month (`month_first`: True in the United States and Canada, False where the day comes
    first, None when unknown): "theyll email by 12/8", met 1 December 2026 in a US file ->
    "theyll email by Tuesday, December 8". A date that falls before the interview or more than
    four months after it is a slip or another reading, and stays as typed (the step reader then
    leaves it out); when the country is unknown, a date only one reading makes is said ("wed
    16/12": 16 December), and one both readings make stays as typed."""
    value = _DAY_DOTTED.sub(r"\g<1>.", value)  # "thurs 10.12": a day's date, its dot left off
    if _DOTTED.search(value):  # "by 18.12.": day first, the month's name says it plainly
        value = _DOTTED.sub(
            lambda m: f"{m['a']}/{m['b']}" + (f"/{m['y']}" if m["y"] else ""), value
        )
        month_first = False

    def _said(found: re.Match[str]) -> str:
        # the country unknown, a date only one reading makes ("wed 16/12": no 16th month; the
        # typed weekday settles "11/12" as the 11th of December on a Friday) is said
        orders = [month_first] if month_first is not None else [True, False]
        read = {_one(found, first) for first in orders} - {found[0]}
        return read.pop() if len(read) == 1 else found[0]

    def _one(found: re.Match[str], month_first: bool) -> str:
        a, b = int(found["a"]), int(found["b"])
        month, day = (a, b) if month_first else (b, a)
        typed = found["y"] or ""
        year = int(typed) + 2000 if len(typed) == 2 else int(typed or 0)
        try:
            when = dt.date(year or met.year, month, day)
            if not year and when < met:
                when = dt.date(met.year + 1, month, day)
        except ValueError:
            return found[0]
        if not 0 <= (when - met).days <= _AHEAD:
            return found[0]
        name = MONTHS[month - 1]
        said = f"{name} {day}" if month_first else f"{day} {name}"
        if _WEEK_OF.search(value[: found.start()]) and not found["wd"]:
            return said  # "wk of 12/14": the week of December 14
        weekday = DAY_NAMES[when.weekday()]
        if found["wd"] and not weekday.lower().startswith(found["wd"][:3].lower()):
            return found[0]  # "thurs 12/11" when the 11th is a Friday: a slip, never a date
        return f"{weekday} {said}"

    return _FIGURES.sub(_said, value)


# "9th December", "December 9th": the day's ordinal ending, which a written date leaves off.
_ORDINAL_DAY = re.compile(
    rf"\b(?P<n>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\s+(?P<month>{MONTH})\b"
    rf"|\b(?P<month2>{MONTH})\s+(?P<n2>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b"
)
# "Friday December 4": a weekday before the month takes a comma ("Friday, December 4").
_WEEKDAY_MONTH = re.compile(rf"\b(?P<wd>{WEEKDAY})\s+(?={MONTH}\s+\d)")
# "Thursday 10 December", "10 December": the day before the month.
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<n>[12]\d|3[01]|[1-9])\s+(?P<month>{MONTH})\b"
)


def dates_written(line: str, month_first: bool | None) -> str:
    """The dates of a welcomed step as a letter writes them: "by Wednesday 9th December" ->
    "by Wednesday 9 December", "by Friday December 4" -> "by Friday, December 4"; in a US or
    Canadian letter (`month_first`) the month comes first: "on Thursday 10 December" -> "on
    Thursday, December 10"."""
    line = _ORDINAL_DAY.sub(
        lambda m: f"{m['n']} {m['month']}" if m["n"] else f"{m['month2']} {m['n2']}", line
    )
    line = _WEEKDAY_MONTH.sub(r"\g<wd>, ", line)
    if month_first:
        line = _DAY_MONTH.sub(
            lambda m: f"{m['wd'] + ', ' if m['wd'] else ''}{m['month']} {m['n']}", line
        )
    return line


def month_first(notes: Notes) -> bool | None:
    """How the candidate writes dates, for reading a date typed in figures: True in the United
    States and Canada (a North American phone number or a ZIP code), False where British
    English says the day comes first, None when the notes do not tell."""
    if envelope.american(notes):
        return True
    return False if envelope.british(notes) else None


# "14. december", "18. Dezember": a day typed with its ordinal dot, as German and Norwegian do.
_ORDINAL_DOT = re.compile(rf"(?i)\b(?P<n>[12]\d|3[01]|0?[1-9])\.\s+(?P<month>{MONTH})\b")


def day_dotted(value: str) -> str:
    """ "answer after 14. december" -> "answer after 14 December": never a stop after "14"."""
    return _ORDINAL_DOT.sub(lambda m: f"{int(m['n'])} {m['month'].capitalize()}", value)
