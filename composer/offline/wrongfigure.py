"""A figure said wrong in the room, read from any field in one general way.

The evening after, candidates put right a figure they gave in the interview in more shapes than a
table of patterns can hold, and in any field: a highlight ("Correction to what I said in the
interview: I told Mrs Grierson that our wash stills are charged with 21,000 litres. The correct
figure is 12,000 litres"), a topic ("guide rosters, how many guides I manage. I said 22 - WRONG.
28 in high season"), a qualification ("I completed 34 surveys last season. In the interview I
said 40, which was wrong"). The other correction readers (`followfix`, `saidmeant`,
`topicfixes`) know the shapes they were written for; this one reads what they leave, by parts:

- a *said* figure: the first figure after a saying verb ("said", "told him", "answered");
- a mark that it was wrong ("wrong", "correct figure", "actually", "not true", "swapped");
- a *right* figure: one given as right ("the correct figure is M", "it's M", "actually M",
  "M, not N"), else the figure of a first-person statement typed before what was said, else the
  first other figure after the mark;

and says it in the first way that holds: what was said with the right figure in its place ("our
wash stills are charged with 12,000 litres, not 21,000"), the candidate's own statement of the
fact ("I completed 34 surveys last season, not 40"), or the figure with what it is about, taken
from the head the line opens on ("On guide rosters, the right figure is 28, not 22"). When none
holds, or the sentence would not read, there is no reading (None) and the line is left as it was.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass

from composer import regexes as re
from composer.next_steps import MONTH_WORDS, month_number
from composer.offline.cvshares import spelled
from composer.offline.words import COUNT_VALUES, FUNCTION_WORDS, MONTH_NAMES

_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_UNITS = {word: value for word, value in COUNT_VALUES.items() if 0 < value < 10}
_WORD_VALUES = (
    COUNT_VALUES
    | _TENS
    | {f"{tens}-{unit}": _TENS[tens] + _UNITS[unit] for tens in _TENS for unit in _UNITS}
)
_NOT_UNITS = "|".join(sorted(FUNCTION_WORDS | {"not", "by", "but", "which", "so"}))
_NUMBER_WORDS = "|".join(sorted(_WORD_VALUES, key=len, reverse=True))
# A figure: digits (with thousands and a decimal part), or a count in words, with what it counts
# when that is a unit typed right after it ("12,000 litres", "14%", "0.3 micron", "nine years").
_MONTH_WORDS = "|".join(MONTH_WORDS)
# A day of a month, either way round ("1 August", "aug 16"): a figure of its own kind.
_DATE = (
    rf"(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:{_MONTH_WORDS})\b\.?|(?:{_MONTH_WORDS})\.?\s+[0-3]?\d"
    r"(?:st|nd|rd|th)?\b)"
)
_AMOUNT = (
    rf"(?:{_DATE}|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_NUMBER_WORDS})(?:\s+thousand)?)\b"
    r"(?!-)"
)
_FIGURE = re.compile(
    rf"(?i)(?<![\w.,/§-])(?P<amount>{_AMOUNT})(?P<unit>%|°[A-Z]?|(?:\s(?!(?:{_NOT_UNITS})\b)"
    r"(?=[^\W\d_]{2}|[^\W\d_][\d²³/])[^\W\d_][\w²³]*(?:/[^\W\d_]+)?)?)(?!\w)"
)
_SAYING = re.compile(
    r"(?i)\b(?:said|say|says|told\s+(?:him|her|them|the\s+panel|[A-Z][\w.]*(?:\s+[A-Z][\w-]+)?)"
    r"|tell\s+(?:him|her|them)|answered|quoted)\b(?:\s+that)?\s*"
)
_WRONG = re.compile(
    r"(?i)\b(?:wrong|incorrect|not\s+(?:right|true|correct)|mistake|slip|swapped|transposed"
    r"|mixed\s+up|correct(?:ion|ed)?|actually|in\s+fact|real\s+(?:number|figure)|right\s+"
    r"(?:number|figure)|true\s+(?:number|figure))\b"
)
# A right figure given as such: "the correct figure is M", "it's M", "actually M", "real number
# is M", "-> M", "=> M".
_RIGHT = re.compile(
    r"(?i)(?:\b(?:correct|right|real|true|actual)\s+(?:figure|number|count|total|date|year)"
    r"\s+(?:is|was)\s+|\b(?:it'?s|it\s+is|it\s+was|its|is|was|actually|really)\s+(?:about\s+|"
    r"around\s+|only\s+|closer\s+to\s+)?|(?:->|=>|→)\s*(?:actually\s+|it'?s\s+|was\s+)?)"
    rf"(?=(?:about\s+|~)?{_AMOUNT})"
)
# "M not N", "M, not N": the right figure before the wrong one.
_RIGHT_NOT = re.compile(
    rf"(?i)(?<![\w.,/-])(?P<right>{_AMOUNT})(?P<mid>[^.;:()]{{0,40}}?),?\s+not\s+"
    rf"(?P<said>{_AMOUNT})"
)
# The head a line opens on, what the figure is about: "moisture - ", "guide rosters, how ...",
# "dehairing yield ->".
_HEAD = re.compile(r"^(?P<head>[A-Za-z][A-Za-z ]{2,40}?)\s*(?:\s[-–]\s|->|→|:|,)\s*")
_LEAD = re.compile(
    r"(?i)^(?:correction|correct|fix|must\s+correct)(?:\s+to\s+what\s+I\s+said(?:\s+in\s+the\s+"
    r"interview)?)?\s*[:!-]+\s*"
)
_FIRST_PERSON = re.compile(r"(?i)^(?:I|we|our|my)\b")
_MONTHS = "|".join(MONTH_NAMES)
# The soonest date the candidate can start, typed beside "earliest".
_EARLIEST = re.compile(
    rf"(?i)(?P<a>{_DATE})\s+(?:is\s+the\s+)?earliest\b|\bearliest\b[^.;]{{0,20}}?\b(?P<b>{_DATE})"
)
# What was said stands, in part: "That is correct for bells above 15 kilograms".
_STANDS = re.compile(r"(?i)\b(?:is|was|that'?s)\s+(?:correct|right|true)\s+(?:for|of|in|when)\b")
# What follows a figure but counts nothing ("2031 were captured").
_NOT_SAID_UNITS = frozenset(["hrs", "wks", "yrs", "mths", "mins", "pcs", "times"])
_HEADS_NOT = re.compile(
    r"(?i)\b(?:I|he|she|they|we|asked|said|told|also|forgot|clarify|fix|correct|why|lol|tell|send)\b"
)


@dataclass(frozen=True)
class WrongFigure:
    """What was said, what is right, and the sentence that puts it right."""

    said: str
    right: str
    line: str
    bare: bool = False  # said only as "the right figure is M, not N", without what it is


def _correction(said: str, right: str, line: str, *, bare: bool = False) -> WrongFigure:
    """The correction, said as the letter says it ("~15 cases": about 15)."""
    line = re.sub(r"~\s*(?=\d)", "about ", line)
    if re.fullmatch(r"[1-9]", said) and re.fullmatch(r"[1-9]", right):  # "three weeks, not two"
        line = re.sub(rf"\b{right}\b", spelled(right), line, count=1)
        line = re.sub(rf"\bnot {said}\b", f"not {spelled(said)}", line)
    line = re.sub(r"\b(yrs|wks|hrs|mths|mins)\b", lambda m: _SHORT_UNITS[m[1]], line)
    line = re.sub(r"(?<=[a-z])/(day|week|wk|month|year|yr|hour|hr)\b", _per, line)
    return WrongFigure(
        said, right, f"One correction to what I said in the interview: {line}.", bare=bare
    )


_PER = {"wk": "week", "yr": "year", "hr": "hour"}
_SHORT_UNITS = {"yrs": "years", "wks": "weeks", "hrs": "hours", "mths": "months", "mins": "minutes"}


def _per(found: re.Match[str]) -> str:
    """ "/day" after what is counted: " a day" ("38 loads a day")."""
    word = _PER.get(found[1], found[1])
    return f" {'an' if word == 'hour' else 'a'} {word}"


def figure_values(text: str) -> frozenset[float]:
    """The values of the figures `text` names, however typed ("thirty-four", "34", "2,300")."""
    return frozenset(v for f in _FIGURE.finditer(text) if (v := _value(f["amount"])) is not None)


def _figures(text: str) -> list[re.Match[str]]:
    return list(_FIGURE.finditer(text))


def _value(amount: str) -> float | None:
    date = _day_month(amount)
    if date is not None:
        return 1000 + date[1] * 100 + date[0]  # never equal to a count typed beside it
    words = amount.lower().split()
    if words and words[0] in _WORD_VALUES:
        return _WORD_VALUES[words[0]] * (1000 if len(words) > 1 else 1)
    try:
        return float(amount.replace(",", ""))
    except ValueError:
        return None


def _kind(amount: str) -> str:
    """ "year" for a year ("2019"), "date" for a day of a month, else "count": each is only
    ever put right by one of its kind."""
    if _day_month(amount) is not None:
        return "date"
    return "year" if re.fullmatch(r"(?:19|20)\d\d", amount) else "count"


def _day_month(amount: str) -> tuple[int, int] | None:
    """ "aug 16", "16th August": (16, 8); None for any other figure."""
    found = re.fullmatch(
        r"(?i)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>[a-z]+)\.?"
        r"|(?P<m2>[a-z]+)\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?",
        amount,
    )
    if found is None:
        return None
    month = month_number(found["m"] or found["m2"])
    return None if month is None else (int(found["d"] or found["d2"]), month)


def _said_date(amount: str) -> str:
    """A date as a letter says it: "aug 16" -> "16 August"."""
    date = _day_month(amount)
    if date is None:
        return amount
    return f"{date[0]} {calendar.month_name[date[1]]}"


def _named(text: str, figure: re.Match[str]) -> bool:
    """Whether the figure is part of a name ("ISO/IEC 17025", "CSWIP 3.2", "Level 2")."""
    before = text[: figure.start()].split()
    return bool(before) and bool(
        re.fullmatch(r"[A-Z][A-Z/&-]+|(?i:level|no\.?|grade|class)", before[-1])
    )


def _fits(text: str, said: re.Match[str], figure: re.Match[str] | None) -> bool:
    """Whether `figure` can be the right one for `said`: another value of the same kind, not a
    name's number, with the same unit when both have one."""
    if (
        figure is None
        or _named(text, figure)
        or _value(figure["amount"]) in (None, _value(said["amount"]))
    ):
        return False
    if _kind(figure["amount"]) != _kind(said["amount"]):
        return False
    if _value(figure["amount"]) in (0, 1) or _value(said["amount"]) == 0:
        return False  # "one" and "0" are too often no figure at all ("one point", "0 LTIs")
    if re.match(r"(?i)[\s-]+and[\s-]+a[\s-]+half\b", text[figure.end("amount") :]):
        return False  # "five and a half months": no figure to put in place
    units = said["unit"].strip().lower(), figure["unit"].strip().lower()
    return not all(units) or units[0] == units[1] or _same_unit(text, said, figure)


def _same_unit(text: str, said: re.Match[str], figure: re.Match[str]) -> bool:
    """Whether what the said figure counts follows `figure` within three words ("1,140 logged
    dives" for "900 dives")."""
    unit = said["unit"].strip().lower()
    after = re.match(
        r"[^\W\d_]*[\w²³/-]*(?:\s+[^\W\d_][\w²³/-]*)?", text[figure.end("amount") :].strip()
    )
    return bool(unit) and after is not None and unit in after[0].lower().split()


# A saying verb after "to" ("forgot to say", "want to tell") says nothing was said.
_TO_SAY = re.compile(r"(?i)\bto\s+$")


def _said(text: str) -> list[tuple[re.Match[str], re.Match[str]]]:
    """Each saying verb with each figure after it in the same sentence (the first twelve words
    on): what may have been said wrong, in the order typed."""
    found = []
    for verb in _SAYING.finditer(text):
        if _TO_SAY.search(text[: verb.start()]):
            continue
        rest = text[verb.end() :]
        stop = re.search(r"[.;!?]\s|[.;!?]$|\s[-–—]\s|->|→|\(", rest)
        span = rest[: stop.start()] if stop else rest
        for figure in _figures(span):
            if not _named(span, figure) and len(span[: figure.start()].split()) <= 12:
                found.append((verb, _FIGURE.match(text, verb.end() + figure.start()) or figure))
    return found


def _right(text: str, said: re.Match[str], at: int) -> tuple[str, str | None] | None:
    """The right figure (its amount, and the statement it stands in when that is the
    candidate's own sentence typed before what was said)."""
    if _kind(said["amount"]) == "date" and (soonest := _EARLIEST.search(text, said.end())):
        figure = _FIGURE.match(text, soonest.start("a") if soonest["a"] else soonest.start("b"))
        if _fits(text, said, figure) and figure is not None:
            return figure["amount"], None  # "so aug 16 earliest", "16 August is the earliest"
    for found in _RIGHT_NOT.finditer(text):
        if _value(found["said"]) == _value(said["amount"]):
            figure = _FIGURE.match(text, found.start("right"))
            if _fits(text, said, figure) and figure is not None:
                return figure["amount"], None
    for found in _RIGHT.finditer(text, said.end()):
        skip = re.match(r"(?i)(?:about\s+|around\s+|approximately\s+|~)?", text[found.end() :])
        figure = _FIGURE.match(text, found.end() + (skip.end() if skip else 0))
        if _fits(text, said, figure) and figure is not None:
            return figure["amount"], None
    unit = said["unit"].strip().lower()
    for figure in _FIGURE.finditer(text, said.end()) if unit and unit != "%" else []:
        if figure["unit"].strip().lower() == unit and _fits(text, said, figure):
            return figure["amount"], None
    mark = _WRONG.search(text, said.end())
    after = list(_FIGURE.finditer(text, mark.end())) if mark else []
    same = [figure for figure in after if _same_unit(text, said, figure)]
    for figure in same or after:  # what it counts named again first ("1,140 logged dives")
        if _fits(text, said, figure):
            return _month_of(text, figure), None
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+", text[:at]) if s.strip()]
    for sentence in sentences[:-1]:
        own = sentence.strip().rstrip(".;!")
        if not _FIRST_PERSON.match(own) or _SAYING.search(own) or _WRONG.search(own):
            continue
        for figure in _figures(own):
            if _fits(own, said, figure) and _counted(figure["unit"].strip()):
                return figure["amount"], own
    return None


# A clause of what is so: its subject, then a verb ("my VCA certificate is from 2023").
_CLAUSE = re.compile(
    r"^(?:(?i:I|we|my|our|the|his|her|their)\b|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}\s+(?=[a-z]))"
    r"(?i:[^,;:]{0,90}?\b(?:is|are|was|were|has|"
    r"have|had|did|took|takes|holds|held|runs|ran|needs|uses|used|serves|lasts|weighs|produces|"
    r"handles|employs|sold|sells|built|grew|fell|rose|spent|won|lost|kept|covers|made|makes|make|"
    r"came|cost|costs|could|can|would|will|[a-z]{3,}ed)\b)"
)


def _right_not(typed: str) -> WrongFigure | None:
    """ "I say wrong year - my VCA certificate is from 2023 not 2021": a clause typed with the
    right figure and the wrong one after "not", said as it stands."""
    for segment in re.split(r"(?<=[.!?;:])\s+|\s+[-–—]+\s+|\s*->\s*", typed):
        found = _RIGHT_NOT.search(segment)
        if found is None or not _CLAUSE.match(segment.strip()):
            continue
        if _SAYING.search(segment[: found.start()]) or _WRONG.search(segment[: found.start()]):
            continue  # "I said that I started in 2011, but in fact ...": not one clause
        clause = segment[: found.end("mid")].strip().rstrip(",")
        clause = re.sub(r"^i\b", "I", clause)
        line = f"{clause}, not {found['said']}"
        return _correction(found["said"], found["right"], line)
    return None


def _statement(said_text: str, at: int, said: str, right: str) -> str | None:
    """What was said, with the right figure in place of the wrong one (typed at `at`); None
    when what follows the saying verb is not a clause of its own."""
    if (
        len(said_text.split()) < 4
        or not _CLAUSE.match(said_text.strip())
        or re.search(r"(?i)\b(?:wrong|correct|actually|not\s+right|but|which)\b", said_text)
    ):
        return None
    before = said_text[:at]
    if " " in right:  # "March 2031" for "February 2030": the month typed goes with its year
        before = re.sub(rf"(?i)\b(?:{_MONTHS})\s+$", "", before)
    if _kind(right) == "date":  # "I could start aug 1": on 16 August
        right = _said_date(right)
        if not re.search(r"(?i)\b(?:on|by|from|until|till|to|after|before)\s*$", before):
            before = before.rstrip() + " on "
    fixed = before + right + said_text[at + len(said) :]
    fixed = re.sub(r"^i\b", "I", fixed.strip())
    # "I said that I had classed ...": what is so now, out of the reported past ("I have"); a
    # deed at a time named is past ("I had completed the course in March 2028": I completed)
    if re.search(r"(?i)\b(?:in|on|during)\s+(?:\w+\s+)?(?:19|20)\d\d\b|\blast\s+\w+", fixed):
        fixed = re.sub(r"^(I|we)\s+had\s+(?=[a-z]+ed\b)", r"\1 ", fixed)
    else:
        fixed = re.sub(r"^(I|we)\s+had\b(?!\s+(?:to|a|an|the)\b)", r"\1 have", fixed)
    sign = "%" if said_text[at + len(said) :].startswith("%") else ""  # "0.6%"
    return f"{fixed.rstrip(' ,.')}, not {_said_date(_thousands(said, right))}{sign}"


def _month_of(text: str, figure: re.Match[str]) -> str:
    """A year with the month typed before it ("issued in March 2027"): "March 2027"."""
    month = re.search(rf"(?i)\b({_MONTHS})\s+$", text[: figure.start()])
    return f"{month[1].capitalize()} {figure['amount']}" if month else figure["amount"]


def _thousands(amount: str, other: str) -> str:
    """ "2.300" typed beside "3.200": a thousands point, said with a comma ("2,300")."""
    if re.fullmatch(r"\d{1,3}\.\d{3}", amount) and re.fullmatch(r"\d{1,3}[.,]\d{3}", other):
        return amount.replace(".", ",")
    return amount


def _in_range(text: str, figure: re.Match[str]) -> bool:
    """Whether the figure is one end of a range typed ("2019 to 2024", "from 9% to 4%")."""
    return bool(
        re.match(r"\s*(?:to|-|–|and|->|→)\s*\d", text[figure.end() :])
        or re.search(r"\d%?\s*(?:to|-|–|->|→)\s*$", text[: figure.start()])
    )


def _named_before(between: str) -> str | None:
    """What a figure is, typed between the saying verb and it: "said Ras Al-Khair pilot
    recovery = 45%" -> "Ras Al-Khair pilot recovery"; None for anything but a short name."""
    found = re.fullmatch(r"(?P<what>[A-Za-z][\w' -]{2,40}?)\s*(?:=|:)\s*(?:about\s+|~)?", between)
    if found is None or _HEADS_NOT.search(found["what"]) or len(found["what"].split()) > 6:
        return None
    return found["what"].strip()


def _counted(unit: str) -> bool:
    """Whether `unit` names what a figure counts, said whole: "%", "percent", a plural noun
    ("vicuñas", "tonnes"), never a verb or a shortening ("were", "fixed", "yrs")."""
    if unit in ("%", "percent", "per cent"):
        return True
    unit = unit.split("/")[0]  # "loads/day": loads
    return (
        len(unit) > 3
        and unit.endswith("s")
        and not unit.endswith(("ss", "us", "is"))
        and unit.lower() not in _NOT_SAID_UNITS
    )


def read(text: str) -> WrongFigure | None:
    """The correction `text` holds, or None when it holds none this reader can say."""
    if not _WRONG.search(text) or _STANDS.search(text):
        return None
    typed = _LEAD.sub("", text.strip())
    typed = re.sub(r"(?<=\d) (?=%)", "", typed)  # "58 %": the sign after the figure
    for verb, figure in _said(typed):
        if _in_range(typed, figure):
            continue  # "the winters 2019 to 2024", "from 9% to 4%": one end of two
        right = _right(typed, figure, verb.start())
        if right is not None:
            return _put_right(typed, verb, figure, *right)
    return _right_not(typed)


def _put_right(
    typed: str, verb: re.Match[str], figure: re.Match[str], amount: str, own: str | None
) -> WrongFigure | None:
    """The sentence that says `amount` in place of the figure said (see the module's note)."""
    said, amount = _thousands(figure["amount"], amount), _thousands(amount, figure["amount"])
    rest = typed[verb.end() :]
    stop = re.search(
        r"[.;!?](?:\s|$)|\s[-–]\s|->|→|\(|\s+but\b|,\s*(?:which|it'?s|its|it\s+is|correct|actually"
        r"|really|in\s+fact|wrong|is\s+wrong)\b",
        rest,
    )
    said_text = rest[: stop.start()] if stop else rest
    said_in = _FIGURE.match(typed, figure.start())
    line = None
    if said_in is not None and figure.start() - verb.end() < len(said_text):
        at = figure.start() - verb.end()
        line = _statement(said_text, at, figure["amount"], amount)
    if line is None and own is not None:
        line = f"{own}, not {said} as I said"
    if line is None:
        head = _HEAD.match(typed)
        unit = "" if _kind(figure["amount"]) == "year" else figure["unit"]
        if (
            head is not None
            and not _HEADS_NOT.search(head["head"])
            and len(typed[head.end() : verb.start()]) < 60
            and not re.search(r"[.;!?]\s", typed[head.end() : verb.start()])
        ):
            about = head["head"].strip()  # "moisture - he asked ..., i said 14%"
            if re.fullmatch(r"[A-Z][a-z]+", about.split()[0]):
                about = about[0].lower() + about[1:]  # "Crowds at Brackenhurst": not a name
            line = f"on {about}, the right figure is {amount}{unit}, not {said}{unit}"
        elif (about := _named_before(typed[verb.end() : figure.start()])) is not None:
            line = f"on {about}, the right figure is {amount}{unit}, not {said}{unit}"
        elif _counted(unit.strip()):
            line = f"the right figure is {amount}{unit}, not {said}{'%' if unit == '%' else ''}"
            return _correction(figure["amount"], amount, line, bare=True)
        else:
            return None
    return _correction(figure["amount"], amount, line)
