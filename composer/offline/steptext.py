"""A next step as typed, made plain before it is read (`nextsteps` reads it): shorthand, hedges
("prob", "maybe"), who passed it on, short days and months.
"""

from __future__ import annotations

import re

from composer.english import spell_out_dates
from composer.offline.heard import days_spelled, months_spelled
from composer.offline.shorthand import expand

_END_OF = re.compile(
    r"\bby end of\b|(?<!\bby )(?<!\bthe )\bend of(?= (?:the )?(?:month|week|next|year))", re.I
)
_THE_MONTH = re.compile(r"\bby the end of (month|week|year)\b", re.IGNORECASE)

_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


_SMALL_NUMBER = re.compile(
    r"\b([1-9])\s+((?:working\s+|business\s+)?(?:days?|weeks?|months?))\b", re.IGNORECASE
)


# A weekday with no word of time before it: "call Monday" -> "call on Monday".
_BARE_DAY = re.compile(
    r"(?<!\bon )(?<!\bby )(?<!\bbefore )(?<!\buntil )(?<!\bnext )(?<!\bthis )(?<!\bafter )"
    r"(?<!\bfrom )(?<!\blast )(?<!\bof )(?<!\bthe )\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)

# "date tbc", "time to be confirmed": the step's detail not yet known, left unsaid.
_TBC = re.compile(
    r"(?i),?\s+(?:the\s+)?(?:date|time|day|details?)\s+(?:tbc|tba|tbd|to\s+be\s+confirmed)\.?$"
)
# "prob next week" after a comma: the time is hoped for, said without the hedge.
_HEDGED_TIME = re.compile(
    r"(?i)(?:,|\s[-–—])\s*(?:possibly|maybe|perhaps|probably|prob|poss\.?|likely|hopefully)\s+"
    r"(?P<time>(?:next|this|by|in|on|before|within|early|mid|late|around)\b[^,;]*)$"
)
_A_TIME = re.compile(
    r"(?i)\b(?:by|on|next|this|before|within|until|in)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
)


def _hedged_time(found: re.Match[str]) -> str:
    """ "by fri, maybe early next wk": a second time is the other one it may be ("or"); a
    first one is the time itself."""
    before = found.string[: found.start()]
    return f" or {found['time']}" if _A_TIME.search(before) else f" {found['time']}"


# "possibly a 2nd stage presentation", "maybe": a guess of the candidate's, not a step.
_MAYBE = re.compile(
    r"(?:,|\s[-–—])\s*(?:possibly|maybe|perhaps|probably|prob|poss\.?|likely|hopefully|tbc)\b"
    r".*$|\s+(?:possibly|maybe|perhaps|probably|prob|poss\.?|likely|hopefully|tbc)[.!]*$",
    re.IGNORECASE,
)
# A hedge inside the step: "2nd interview probably next week w/ the ops lead".
_HEDGE = re.compile(
    r"\s+(?:possibly|maybe|perhaps|probably|prob|likely|hopefully)\b(?=\s+\S)", re.I
)
# "Rick said", "HR said that", "she mentioned": who passed the step on is not the step.
_SAID_SO = re.compile(
    r"^(?:[A-Za-z][\w'.-]*(?:\s+[A-Za-z][\w'.-]*)?|the\s+\w+)\s+(?:said|says"
    r"|mentioned|told\s+me)\s+(?:that\s+)?(?=\S+\s+\S)",
)
# A part of a month with no word before it: "decision mid-Dec" -> "decision in mid-December".
_IN_PART = re.compile(
    r"(?<!\bin )(?<!\bby )(?<!\buntil )(?<!\bbefore )(?<!\bthe )\b(?:early|mid|late)[- ]"
    r"(?=January|February|March|April|May|June|July|August|September|October|November"
    r"|December)",
    re.IGNORECASE,
)

_RE_TAIL = re.compile(r"\s+re:?\s+.*$", re.IGNORECASE)  # note-speak: "in touch re offer"


def plain_step(value: str) -> tuple[str, bool]:
    """The next step as typed, made plain for reading, and whether the step itself is hedged.

    Shorthand is expanded, who passed it on ("Rick said") and the candidate's guesses are taken
    out, days and months are spelled out: "Rick said they'll call by fri" -> "they'll call by
    Friday"; "2nd interview probably next week" -> ("second interview next week", True).
    """
    value = _SAID_SO.sub("", expand(" ".join(value.split())))  # "Rick said they'll call by fri"
    value = re.sub(r"(?i)\bw/in\b", "within", value)
    value = re.sub(r"\bof ops\b", "of operations", value)  # "the director of ops"
    value = _MAYBE.sub(
        "", _HEDGED_TIME.sub(_hedged_time, _TBC.sub("", value))
    )  # ", possibly a 2nd stage": a guess after the step
    # "2nd interview probably next week": the step is hoped for, the hedge not pasted
    value, hedged = _HEDGE.sub("", value), bool(_HEDGE.search(value))
    value = _IN_PART.sub(r"in \g<0>", spell_out_dates(months_spelled(days_spelled(value))))
    value = _RE_TAIL.sub("", _END_OF.sub("by the end of", value))
    value = _THE_MONTH.sub(r"by the end of the \1", value)  # "end of month"
    value = _SMALL_NUMBER.sub(lambda m: f"{_NUMBER_WORDS[int(m[1])]} {m[2]}", value)
    return _BARE_DAY.sub(r"on \g<0>", value), hedged
