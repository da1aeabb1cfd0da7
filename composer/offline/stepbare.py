"""A next step typed as a time alone ("within 2 weeks", "next wk", "mid-dec", "w/c 14th"): the
time they gave for being in touch, heard from them then ("I look forward to hearing from you
next week"), never dropped for "I look forward to hearing about next steps".

The notes' next-steps field is "the timeline they were given": a time typed with nothing else
is when the candidate will hear. Read after `steptext.plain_step` has spelled it out ("in early
January", "within two weeks", "by the end of the month"); only a note made of time words and
nothing else is read, so a step with a thing or a verb in it is left to the other readings.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.heard import DAY_NAMES, MONTHS

# The words a time is said with once spelled out: where it falls, its units, days and months.
_TIME_WORDS = frozenset(
    [
        "by",
        "before",
        "within",
        "in",
        "on",
        "over",
        "next",
        "this",
        "after",
        "early",
        "mid",
        "late",
        "end",
        "of",
        "the",
        "a",
        "an",
        "around",
        "about",
        "approximately",
        "roughly",
        "or",
        "to",
        "and",
        "week",
        "weeks",
        "month",
        "months",
        "day",
        "days",
        "working",
        "business",
        "fortnight",
        "two-week",
        "couple",
        "few",
        "following",
        "coming",
        "christmas",
        "new",
        "year's",
        "year",
        "easter",
        "weekend",
    ]
) | frozenset(w.lower() for w in (*DAY_NAMES, *MONTHS))
_NUMBER = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)?|\d{4}|one|two|three|four|five|six|seven|eight"
                     r"|nine|ten|eleven|twelve)$")  # fmt: skip
# What a time opens with: it places the news ("next week", "by Friday", "within two weeks").
_OPENS = re.compile(
    r"(?i)^(?:by|before|within|in|on|over|next|this|after|early|mid|late|around|about"
    r"|approximately|roughly|end\s+of)\b"
)


def bare_time(value: str) -> str | None:
    """`value` (a next step as `plain_step` spelled it) when it is a time and nothing else
    ("next week", "in mid-December", "within two weeks"), else None."""
    text = value.strip().rstrip(".!")
    if not text or not _OPENS.match(text):
        return None
    words = re.split(r"[\s-]+", text.lower().replace(",", " "))
    if not any(w in _UNITS or w.capitalize() in (*DAY_NAMES, *MONTHS) for w in words):
        return None  # "by then", "after that": no time said
    if all(w in _TIME_WORDS or _NUMBER.match(w) for w in words if w):
        return text
    return None


# A word that says when: a unit, or (checked apart) a day or a month.
_UNITS = frozenset(
    [
        "week",
        "weeks",
        "month",
        "months",
        "day",
        "days",
        "fortnight",
        "christmas",
        "easter",
        "year",
        "weekend",
    ]
)
