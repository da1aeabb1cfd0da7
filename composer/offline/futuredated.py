"""A qualification dated after the interview: one still to come, never said as held (session 55).

New graduates type the month they will graduate as they type any date on a CV: "Master of
Engineering in Architectural Acoustics, Kyushu University (March 2027)". Read as a date gone
by, the letter said "I earned ... in March 2027" in a letter sent that January: a wrong fact.
A month and year after the interview (or a year after the interview's year), at the line's
end, is marked "expected" before any reader sees the line, so the readers of credentials in
progress say it: "I am completing a Master of Engineering ..., graduating in March 2027."
A line that already says its state ("valid to 2029", "renewed 2026", "expires ...") is left as
typed; one marked as still studied for ("(studying)", "(not yet passed)") is marked "(in
progress)", which the same readers say.
"""

from __future__ import annotations

import datetime as dt

from composer import regexes as re
from composer.next_steps import month_number
from composer.offline.words import MONTH_NAMES

__all__ = ["still_to_come"]

# A qualification marked as one still studied for: "Class 2 RPS (studying)", "- studying".
_STUDYING = re.compile(
    r"(?i)\s*(?:\(\s*(?:currently\s+)?(?:studying|ongoing|not\s+yet\s+passed|exam\s+pending)"
    r"\s*\)|\s[-–]\s*(?:currently\s+)?studying)\s*$"
)
_MONTH = "|".join(f"{m[:3]}(?:{m[3:]})?" for m in MONTH_NAMES) + "|Sept"
_DATED = re.compile(rf"(?P<lead>\(|,\s*)(?P<month>(?i:{_MONTH}))?\.?\s*(?P<year>20\d\d)\)?\s*\.?$")
# a state already typed: the date is not the day it is held from
_STATE = re.compile(
    r"(?i)\b(?:expect\w*|due|finish\w*|graduat\w*|complet\w*|progress|pending|valid|until|till"
    r"|exp\w*|renew\w*|since|from|started|starting|start|booked|planned|lapsed)\b"
)


def still_to_come(line: str, day: dt.date) -> str:
    """The line with "expected" before a date at its end that is after `day` (the interview);
    the line as typed when it has none, or already says its state."""
    line = _STUDYING.sub(" (in progress)", line)  # "X (studying)": never said as held
    found = _DATED.search(line)
    if found is None or _STATE.search(line):
        return line
    year = int(found["year"])
    if found["month"]:  # "may" typed small is the month here, before a year
        month = month_number(found["month"].title())
        later = month is not None and dt.date(year, month, 1) > day
    else:
        later = year > day.year
    if not later:
        return line
    at = found.start("month") if found["month"] else found.start("year")
    return f"{line[:at]}expected {line[at:]}"
