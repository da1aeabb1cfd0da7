"""A measure's change typed in shorthand, put in the words `cvresults.change` reads.

Notes type a change with no verb in many ways; each is put as "X up/down by N", "X from A to
B" or "X doubled/halved", with its tail as a phrase:
- a sign: "pick rate +18% on nights" -> "pick rate up 18% on nights" (`resulttails.signed`);
- a multiple: "revenue x2 in 3 yrs", "bookings 3x" -> "revenue doubled in three years";
- a tail typed bare: "sales up 35% yoy" -> "... year on year"; "esc rate 12% -> 5%, 6 mo" ->
  "... in six months"; "from 14 to 5 a yr" keeps "a year" after its figure;

`direction` says which way a move "from A to B" went when its two ends have different units of
time ("from six weeks to 10 days": down), or None when it cannot be told. Nothing here says a
change the line does not: a sign, a multiple or two ends give the way it went, or nothing is
said.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon, measures, resulttails
from composer.offline.words import ONE_MEASURE, SMALL_NUMBERS

# A multiple typed with "x": "x2", "2x", "×3"; said by its verb.
_MULTIPLE = re.compile(
    r"^(?P<what>[A-Za-z][\w&-]*(?: (?!up\b|went\b)[a-z][\w-]*){0,3}) (?:(?:went )?up )?"
    r"(?:[x×] ?(?P<n>[23])|(?P<m>[23]) ?[x×])"
    r"(?P<rest> .+)?$"
)
_MULTIPLES = {"2": "doubled", "3": "tripled"}
# How often and over what, typed bare after a change: "yoy", ", 6 months".
_YEAR_ON_YEAR = re.compile(r"\b(?:yoy|YoY|YOY|y/y|y-o-y)\b")
_SPAN_AFTER_COMMA = re.compile(
    rf", (?P<span>(?:\d+|{'|'.join(SMALL_NUMBERS)}) (?:days|weeks|months|years|quarters))$"
)

_PASSIVE = re.compile(
    r"^(?P<what>[A-Za-z][\w&-]*(?: [a-z][\w-]*){0,3}) (?P<verb>cut|reduced|lowered|raised"
    r"|increased|lifted|boosted) by (?=(?:about )?\d|a third|half|a quarter|two thirds)"
)
_WAYS = {"cut": "down", "reduced": "down", "lowered": "down"} | dict.fromkeys(
    ["raised", "increased", "lifted", "boosted"], "up"
)

# Units of time a move's two ends may be typed in, in days.
_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}


def normal(text: str) -> str:
    """A change typed in shorthand in the words `cvresults.change` reads, or the text as it is:
    "pick rate +18% on nights" -> "pick rate up 18% on nights"; "revenue x2 in three years"
    -> "revenue doubled in three years"; "sales up 35% yoy" -> "... year on year"; "esc rate
    from 12% to 5%, six months" -> "... in six months"."""
    text = _YEAR_ON_YEAR.sub("year on year", text)
    # "backlog cut by two thirds": a measure moved, typed as a passive with no "was"
    text = _PASSIVE.sub(lambda m: f"{m['what']} {_WAYS[m['verb']]} by ", text)
    text = resulttails.signed(text)
    multiple = _MULTIPLE.match(text)
    if multiple:
        verb = _MULTIPLES[multiple["n"] or multiple["m"]]
        text = f"{multiple['what']} {verb}{multiple['rest'] or ''}"
    if re.search(r" (?:up|down|from|doubled|tripled|halved)\b", text):
        text = _SPAN_AFTER_COMMA.sub(r" in \g<span>", text)
    return text


# A change typed before a comma: a move with its way, its ends, a sign or a multiple.
_CHANGED = re.compile(
    r"^[A-Za-z][^,]* (?:(?:went )?(?:up|down) (?:by )?(?:about )?\d|[+-] ?\d[\d.,]*%"
    r"|(?:from )?\d[\d.,]*%? (?:to|->|=>|→) |[x×] ?[23]\b|[23] ?[x×]\b|doubled|tripled|halved)"
)


def early(text: str) -> str:
    """What the item readers must see of a change before any other reading: a passive typed
    with no "was" as the move it is ("waiting list reduced by 40% in two years" -> "waiting list
    down by 40% in two years", never a span of years); the span a change took, typed after a
    comma, with "in" ("call abandonment -12%, nine months" -> "... -12% in nine months")."""
    text = _PASSIVE.sub(lambda m: f"{m['what']} {_WAYS[m['verb']]} by ", text)
    text = measures.placed(_YEAR_ON_YEAR.sub("year on year", text))  # "(X branch)": at
    if _CHANGED.match(text) and text.count(",") == 1:
        return _SPAN_AFTER_COMMA.sub(r" in \g<span>", text)
    return text


# A contribution typed as the change it would make: "agency use down ~25%", "bring agency use
# down about 25%", "direct bookings from 30% to 45%", "complaints down by half inside a yr".
_AIM_WENT = re.compile(
    r"^(?:(?P<verb>bring|get|cut|reduce|raise|lift|push|grow) )?(?P<what>[A-Za-z][\w&-]*"
    r"(?: (?!went\b)[a-z][\w-]*){0,3}) (?:went )?(?P<way>up|down) (?:by )?"
    r"(?P<n>(?:about |around )?\d[\d.,]*%|half|a third|a quarter|two thirds)"
    r"(?P<rest> (?:in|within|inside|over|by|on|across) [^,]+)?$"
)
_AIM_MOVED = re.compile(
    r"^(?:(?P<verb>bring|get|take|move|push) )?(?P<what>[A-Za-z][\w&-]*(?: [a-z][\w-]*){0,3})"
    r" from (?P<a>\d[\d.,]*%?) to (?P<b>\d[\d.,]*%?)(?P<rest> (?:in|within|inside|over|by|on"
    r"|across) [^,]+)?$"
)
_AIM_MULTIPLIED = re.compile(
    r"^(?P<what>[A-Za-z][\w&-]*(?: [a-z][\w-]*){0,3}) (?P<verb>doubled|tripled|halved)"
    r"(?P<rest> (?:in|within|inside|over|by|on|across) [^,]+)?$"
)


def aim(text: str) -> str | None:
    """A contribution typed as a change in a measure, as the candidate's aim: "agency use down
    about 25%" -> "I would aim to bring agency use down by about 25%"; "direct bookings from 30%
    to 45%" -> "I would aim to get direct bookings from 30% to 45%"; "fuel spend -10% in first
    year" -> "I would aim to bring fuel spend down by 10% in my first year"; None for any other
    line. The way it goes is the line's own: a rise stays a rise."""
    text = normal(early(text))
    for pattern in (_AIM_WENT, _AIM_MOVED, _AIM_MULTIPLIED):
        found = pattern.match(text)
        if found:
            break
    else:
        return None
    what = found["what"]
    if any(lexicon.is_past(w) or w in ("I", "i", "we", "my", "our") for w in what.split()):
        return None  # "cut scrap 30%" is a deed done, not an aim
    what = _the(what)
    rest = _RIGHT_WHEN.sub(lambda m: _WHEN[m[1]] + " ", found["rest"] or "")
    rest = re.sub(r" in first (?=year|month|quarter|90 days)", " in my first ", rest)
    if pattern is _AIM_MULTIPLIED:
        return f"I would aim to {_MULTIPLY[found['verb']]} {what}{rest}"
    if pattern is _AIM_MOVED:
        ends = f"from {found['a']} to {found['b']}"
        return f"I would aim to {found['verb'] or 'get'} {what} {ends}{rest}"
    if found["way"] == "up":
        return f"I would aim to {found['verb'] or 'raise'} {what} by {found['n']}{rest}"
    return f"I would aim to {found['verb'] or 'bring'} {what} down by {found['n']}{rest}"


_RIGHT_WHEN = re.compile(r"^ (inside|by) (?=(?:a|one|the|my) )")
_WHEN = {"inside": " within", "by": " by"}
_MULTIPLY = {"doubled": "double", "tripled": "triple", "halved": "halve"}


def _the(what: str) -> str:
    """ "the pick rate", "the backlog": one measure takes "the"; others as typed ("scrap")."""
    head = what.split()[-1].lower()
    first = what.split()[0].lower()
    if head in ONE_MEASURE and first not in ("the", "a", "an", "my", "our"):
        return f"the {what}"
    return what


def changed(text: str) -> bool:
    """True for a line typed as a change in a measure ("staff retention 68% -> 85%")."""
    return bool(_CHANGED.match(normal(early(text))))


def direction(a: str, a_unit: str, b: str, b_unit: str) -> str | None:
    """ "rose" or "fell" for a move from A to B typed with a unit of time on each end ("six
    weeks" to "10 days"), or None when a unit is not one of time or a figure is not read."""
    ends = []
    for figure, unit in ((a, a_unit), (b, b_unit)):
        days = _DAYS.get(unit.strip().removesuffix("s"))
        value = _value(figure)
        if days is None or value is None:
            return None
        ends.append(value * days)
    if ends[0] == ends[1]:
        return None
    return "rose" if ends[1] > ends[0] else "fell"


def _value(figure: str) -> float | None:
    figure = figure.removeprefix("about ").replace(",", "")
    if figure in SMALL_NUMBERS:
        return float(SMALL_NUMBERS.index(figure) + 1)
    try:
        return float(figure)
    except ValueError:
        return None
