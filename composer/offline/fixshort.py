"""Corrections typed in the shortest shapes, read to a clause that says what is right.

`saidmeant` reads a correction whose wrong and right parts line up word for word; these are the
shapes where the note types the right thing with less than was said, or with more:

- a figure of a thing with its unit, then the right figure bare: "kettle project - said 6 wks
  downtime, was 5" -> "the downtime was five weeks" (not six);
- years said, and the right years with months or what they are of: "said 14 yrs - actually 13
  yrs 8 months service" -> "I have 13 years and 8 months of service" (not 14 years); "I said 12
  years experience but correct is 11 years" -> "I have eleven years of experience" (not twelve);
- a start date: "can start 1 july not sept" -> "I can start on 1 July" (not in September).

Each gives (the head typed before it, the clause, what was said) or None.
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import spell_out_dates
from composer.offline.cvshares import spelled
from composer.offline.shorthand import expand
from composer.offline.words import MONTH_NAMES

__all__ = ["short_fix"]


def short_fix(text: str) -> tuple[str | None, str, str] | None:
    """(head, clause, old) for a correction of the shapes above in `text` (cleaned of the
    orders to self around it by `saidmeant`), or None."""
    if found := _SIZED.match(text):
        unit = _UNITS[found["unit"].lower().rstrip("s")]
        old, new = _count(found["n"], unit), _count(found["new"], unit)
        old = old.rsplit(" ", 1)[0] if old.split()[-1] == new.split()[-1] else old
        return found["head"], f"the {found['thing']} was {new}", old
    if found := _YEARS.match(text):
        what = found["what"] or found["what2"] or "experience"
        if what.split()[-1] not in ("experience", "service"):
            what = f"{what} experience"  # "14 yrs painting": painting experience
        months = f" and {_count(found['mo'], 'month')}" if found["mo"] else ""
        new, old = _count(found["m"], "year"), _count(found["n"], "year")
        if not months:
            old = old.split()[0]
        return None, f"I have {new}{months} of {what}", old
    if found := _START.match(text):
        new, old = _when(found["new"]), _when(found["old"])
        if new and old:  # "on 1 June, not 1 July"; "on 1 July, not in September"
            return None, f"I can start {new}", old.removeprefix("on ")
    return None


def _count(figure: str, unit: str) -> str:
    """ "5", "week" -> "five weeks"; "13", "year" -> "13 years"."""
    plural = "" if figure == "1" else "s"
    return f"{spelled(figure)} {unit}{plural}"


def _when(typed: str) -> str:
    """ "1 july" -> "on 1 July", "sept" -> "in September", "" when it is no date."""
    words = expand(typed).split()
    month = next(
        (
            MONTH_NAMES.get(w.lower().rstrip("."))
            for w in words
            if w.lower().rstrip(".") in MONTH_NAMES
        ),
        None,
    )
    if month is None or len(words) > 2:
        return ""
    day = [w for w in words if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", w)]
    if len(words) == 2 and not day:
        return ""
    return spell_out_dates(f"on {day[0]} {month}" if day else f"in {month}")


_UNITS = {
    "wk": "week",
    "week": "week",
    "day": "day",
    "month": "month",
    "mth": "month",
    "yr": "year",
    "year": "year",
    "hr": "hour",
    "hour": "hour",
    "min": "minute",
    "minute": "minute",
}
_UNIT = r"(?:wks?|weeks?|days?|months?|mths?|yrs?|years?|hrs?|hours?|mins?|minutes?)"
_SIZED = re.compile(
    rf"(?i)^(?:(?P<head>[^-–:;,]{{2,40}}?)\s*[-–:]\s*)?(?:i\s+)?said\s+(?P<n>\d{{1,3}})\s*"
    rf"(?P<unit>{_UNIT})\s+(?:of\s+)?(?P<thing>[a-z]+(?:\s+[a-z]+)?)\s*(?:,|;|\s[-–])\s*"
    r"(?:but\s+)?(?:it\s+)?was\s+(?:actually\s+|in\s+fact\s+)?(?P<new>\d{1,3})$"
)
_YEARS = re.compile(
    r"(?i)^(?:i\s+)?said\s+(?P<n>\d{1,2})\s*(?:yrs?|years?)(?:\s+(?:of\s+)?(?P<what>[a-z]+"
    r"(?:\s+[a-z]+)?))?\s*(?:,|;|\s[-–]|\s+but)\s*(?:but\s+)?(?:(?:it'?s|its|it\s+is|the\s+)?"
    r"\s*(?:correct(?:\s+is)?|actually|in\s+fact|really)\s+)+(?P<m>\d{1,2})\s*(?:yrs?|years?)"
    r"(?:\s+(?:and\s+)?(?P<mo>\d{1,2})\s*(?:months?|mths?|mos?))?"
    r"(?:\s+(?:of\s+)?(?P<what2>[a-z]+(?:\s+[a-z]+)?))?$"
)
_START = re.compile(
    r"(?i)^(?:i\s+)?can\s+start\s+(?:on\s+|from\s+|in\s+)?(?P<new>[\w ]+?)\s*,?\s+not\s+"
    r"(?:on\s+|in\s+|from\s+)?(?P<old>[\w ]+?)$"
)
