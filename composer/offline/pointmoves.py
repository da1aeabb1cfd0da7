"""A measure moved, typed with a verb that names no direction: "got service wait from 2 wks to
4 days" -> "cut the service wait from two weeks to four days"; "got NPS from 31 to 58" ->
"raised the NPS from 31 to 58". The direction is read from the two figures (in one unit of time
when they are typed in two); when it cannot be read, the line is left as typed.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import ONE_MEASURE, SMALL_NUMBERS

_NUMBER = rf"[£$€]?\d[\d.,]*(?:k|m|bn)?|{'|'.join(SMALL_NUMBERS)}|ten|eleven|twelve"
_UNIT = r"minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?"
_GOT = re.compile(
    r"^got (?:(?P<det>the|our|my|its|their) )?"
    r"(?P<what>[A-Za-z][\w-]*(?: [a-z][\w-]*){0,3}?) (?:down |up )?"
    rf"from (?P<a>{_NUMBER})(?P<pa>%?)(?P<ua> (?:{_UNIT}))? "
    rf"to (?P<b>{_NUMBER})(?P<pb>%?)(?P<ub> (?:{_UNIT}))?(?P<rest>(?: .*)?)$"
)
# Days in each unit of time, by the unit's first letters.
_DAYS = {"min": 1 / 1440, "hr": 1 / 24, "hou": 1 / 24, "day": 1.0, "wk": 7.0, "wee": 7.0}
_DAYS |= {"mon": 30.0, "yr": 365.0, "yea": 365.0}


def moved(text: str) -> str:
    """The line with "got X from A to B" said as the way X moved ("cut"/"raised"), or as typed
    when its figures cannot be compared or X is not a measure."""
    found = _GOT.match(text)
    if found is None or (found["pa"] and not found["pb"]):
        return text
    words = found["what"].split()
    if lexicon.is_past(words[0]) or any(w in ("to", "from") for w in words):
        return text
    a = _size(found["a"], found["ua"] or found["ub"])
    b = _size(found["b"], found["ub"] or found["ua"])
    if a is None or b is None or a == b:
        return text
    verb = "cut" if b < a else "raised"
    head = words[-1]
    det = found["det"]
    if det is None and (head.lower() in ONE_MEASURE or head.isupper()):
        det = "the"  # one measure: "the service wait", "the NPS"
    what = f"{det} {found['what']}" if det else found["what"]
    figures = text[found.start("a") - len("from ") : found.start("rest")]
    return f"{verb} {what} {figures}{found['rest']}"


def _size(number: str, unit: str | None) -> float | None:
    """A figure in days when a unit of time is given, else as a number."""
    value: float | None
    if number in SMALL_NUMBERS:
        value = float(SMALL_NUMBERS.index(number) + 1)
    elif number in ("ten", "eleven", "twelve"):
        value = float(("ten", "eleven", "twelve").index(number) + 10)
    else:
        sized = re.fullmatch(r"[£$€]?(?P<n>\d[\d.,]*)(?P<x>k|m|bn)?", number)
        try:
            value = float(sized["n"].replace(",", "")) if sized else None
        except ValueError:
            value = None
        if value is None or sized is None:
            return None
        value *= {"k": 1e3, "m": 1e6, "bn": 1e9}.get(sized["x"] or "", 1.0)
    if value is None or not unit:
        return value
    scale = next((d for key, d in _DAYS.items() if unit.strip().startswith(key)), None)
    return None if scale is None else value * scale


def timed(a: str, unit_a: str | None, b: str, unit_b: str | None) -> tuple[float, float] | None:
    """Two figures typed each with its unit of time ("2 days", "3 hrs") in days, to be
    compared; None when either has no unit of time."""
    if not unit_a or not unit_b:
        return None
    first, second = _size(a, unit_a), _size(b, unit_b)
    return None if first is None or second is None else (first, second)


# A measure moved by a verb that names its way, typed with no "the": "cut boot time from 14 to
# 3.8 seconds" (a time, a rate, a wait: one measure of one thing).
_BARE = re.compile(
    r"^(?P<verb>(?:I )?(?:cut|reduced|lowered|raised|lifted|increased|improved|halved|doubled)) "
    r"(?P<what>[a-z][\w-]*(?: [a-z][\w-]*){0,2}) "
    rf"(?=from (?:\S*\d|(?:{'|'.join(SMALL_NUMBERS)}|ten|twelve)\b)|by \S*\d)"
)


def measure_the(text: str) -> str:
    """ "cut boot time from 14 to 3.8 seconds" -> "cut the boot time from ..."; a line whose
    measure is no single one ("cut costs by 10%") or has its determiner is as typed."""
    found = _BARE.match(text)
    if found is None:
        return text
    words = found["what"].split()
    if words[-1] not in ONE_MEASURE or any(lexicon.is_past(w) or not _known(w) for w in words):
        return text
    if words[0] in ("the", "a", "an", "my", "our", "their", "its", "his", "her"):
        return text
    return f"{found['verb']} the {found['what']} {text[found.end() :]}"


def _known(word: str) -> bool:
    """A word of the tables, or a hyphened one of their words ("check-in")."""
    return lexicon.known(word) or all(lexicon.known(p) for p in word.split("-") if p)
