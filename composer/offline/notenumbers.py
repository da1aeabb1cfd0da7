"""Numbers as notes type them, as a letter says them: "25k docs" -> "25,000 documents", "40M
rows" -> "40 million rows", "by 1/3" -> "by a third", "200 job backlog" -> "200-job backlog",
"the 72 hours window" -> "the 72-hour window" (run by `shorthand.expand`)."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import fields, lexicon
from composer.offline.words import COUNTED_SHORTHAND, FUNCTION_WORDS


def numbers(text: str) -> str:
    """Numbers as notes type them, as a letter says them: "25k docs" -> "25,000 documents",
    "40M rows" -> "40 million rows", "by 1/3" -> "by a third", "200 job backlog" -> "200-job
    backlog", "hired+trained" -> "hired and trained"."""
    # "false alarms ↓ from ~70/wk → ~15/wk" (round 58, h1526): an arrow for the way it went,
    # and a rate typed on both figures said once after them ("from 70 to 15 a week")
    text = re.sub(r"\s*↓\s*(?=from\b)", " down ", re.sub(r"\s*↑\s*(?=from\b)", " up ", text))
    text = _RATE_BOTH.sub(_rate_once, text)
    # "11 yrs LSS @ Parque Marinho do Algarve, last 4 as shift lead" (round 58, h1526): the
    # years in a field named by its initials, the last of them in a post
    text = re.sub(
        r"\b(\d{1,2} (?:yrs?|years?)) (?=[A-Z]{2,6} (?:@|at)\s[^,]+, (?:the )?last \d)",
        r"\1 in ",
        text,
    )
    text = _THOUSANDS.sub(_thousands, text)
    # "no client injuries in 7 seasons apart from 1 sprained wrist" (round 58, h1535): one
    text = re.sub(r"\b(apart from|except for|other than) 1 (?=[a-z]{3,}\b)", r"\1 one ", text)
    text = re.sub(r"(?<![\w.,])(\d[\d,.]*)-?ish\b", r"about \1", text)  # "40ish kids"
    text = _TONNES.sub(_tonnes, text)  # "about 180t of grapes": 180 tonnes
    # "1M+ downloads": more than a million of them
    text = re.sub(r"(?<![\w.$£€])1M\+(?= [a-z]+s\b)", "more than a million", text)
    text = re.sub(r"(?<![\w.$£€])(\d+(?:\.\d+)?)M\+(?= [a-z]+s\b)", r"more than \1 million", text)
    text = re.sub(r"(?<![\w.$£€])(\d+(?:\.\d+)?)M(?= [a-z]+s\b)", r"\1 million", text)  # "40M rows"
    for short, full in _FRACTIONS.items():
        text = re.sub(rf"(?<![\w/.]){short}(?![\w/])", full, text)
    for short, full in COUNTED_SHORTHAND:
        text = re.sub(rf"(?<=\d) {short}\b", f" {full}", text)  # "25,000 docs", "15 pts"
    text = re.sub(r"(?<=[a-z])\+(?=[a-z])", " and ", text)  # "hired+trained"
    text = re.sub(
        r"(?<=\d) ?sq\.? ?ft\.?(?= [A-Za-z])", "-square-foot", text
    )  # "400,000 sq ft job"
    text = re.sub(r"(?<=\d) ?sq\.? ?ft\b\.?", " square feet", text)  # "about 2,000 sq ft"
    # "at a 240 key Marriott", "a 5 star Hilton": a count and its noun before a name
    text = _BEFORE_NAME.sub(_before_name, text)
    text = re.sub(r"(?<![\w.,])(\d{1,2})(yrs?|mths?|wks?)\b", r"\1 \2", text)  # "~7yrs"
    text = _SPAN_FIRST.sub(_span_first, text)  # "3 yr shift leader": three years
    return _COMPOUND.sub(_compound, text)


_RATE_BOTH = re.compile(
    r"(?P<a>~?\d[\d,.]*)\s*/\s*(?P<per>wk|week|day|month|mo|yr|year|shift|hr|hour)\s*(?:→|->|to)\s*"
    r"(?P<b>~?\d[\d,.]*)\s*/\s*(?P=per)\b"
)
_PER = {"wk": "week", "mo": "month", "yr": "year", "hr": "hour"}


def _rate_once(found: re.Match[str]) -> str:
    per = _PER.get(found["per"], found["per"])
    return f"{found['a']} to {found['b']} {'an' if per == 'hour' else 'a'} {per}"


_BEFORE_NAME = re.compile(r"\b(?P<a>a|an|the) (?P<n>\d[\d,]*) (?P<noun>[a-z]+) (?=[A-Z][a-z])")


def _before_name(found: re.Match[str]) -> str:
    noun = found["noun"]
    if not lexicon.is_noun(noun) or lexicon.is_plural_noun(noun) or noun in FUNCTION_WORDS:
        return found.group()
    return f"{found['a']} {found['n']}-{noun} "


_THOUSANDS = re.compile(r"(?<![\w.])([$£€]?)(\d+(?:\.\d)?)[kK](?![\w/])")
# What a resolution typed "4K", "8K" names: "4K scanner", "8K video", "2K projection".
_PICTURE = re.compile(
    r"(?i) (?:scanners?|scans?|scanning|video|resolution|cameras?|displays?|screens?|monitors?"
    r"|tvs?|footage|film|restoration|projectors?|projection|hdr|uhd|masters?|dcps?|streams?)\b"
)
_HEAD_END = frozenset(["in", "at", "on", "for", "with", "by", "from", "under", "over", "of"])
_FRACTIONS = {"1/2": "half", "1/3": "a third", "2/3": "two thirds", "1/4": "a quarter",
              "3/4": "three quarters"}  # fmt: skip
# "200 job backlog", "12 month contract": a count before a singular noun and another noun (never
# a year: "the 1866 turret clock").
_COMPOUND = re.compile(
    r"(?<![\w.,$£€-])(?<![Ll]evel )(?<![Yy]ear )(?<![Bb]and )(?!(?:19|20)\d\d\b)"
    r"(?!(?<=\b[Tt]he )1[5-8]\d\d\b)(\d[\d,]*)"
    r" ([a-z]+) (?=([a-z]+)(?: (\S+)|$))"
)


def _thousands(found: re.Match[str]) -> str:
    before, after = found.string[: found.start()], found.string[found.end() :]
    if not found.group(1) and (
        # "FDA 510k": a name after its body's initials (never a figure moved: "SCC 220k -> 140k")
        (re.search(r"\b[A-Z]{2,} $", before) and not re.match(r" ?(?:->|=>|→)", after))
        or (
            re.search(r"\b(?:a|the|my|their) $", before)
            and re.match(r"(?:$|[,;.)]| run| race)", after)
        )
    ):  # "did a 5k", "ran the 10k race": a race, not a count
        return found.group()
    if not found.group(1) and found[0][-1] == "K" and _PICTURE.match(after):
        return found.group()  # "4K scanner", "8K footage": a picture's resolution, no count
    if not found.group(1) and re.match(r" (?:white |yellow |rose )?gold\b", after):
        return f"{found.group(2)}-carat"  # "18k gold": its carats, never 18,000 of it
    value = float(found.group(2)) * 1000
    return f"{found.group(1)}{value:,.0f}"


_SPAN_BEFORE = re.compile(
    r"(?<![\d,.])\b(?P<n>\d+) (?P<unit>hour|day|week|month|minute)s (?=(?P<noun>[a-z]+)\b)"
)


# Things that last a span, named in the plural after it: "12-hour shifts", "8-week blocks".
_SPANNED = frozenset(
    ["shifts", "days", "nights", "rotations", "contracts", "courses", "sessions", "blocks"]
)


def _span_before(found: re.Match[str]) -> str:
    noun = found["noun"]
    plural = lexicon.is_plural_noun(noun) and noun not in _SPANNED  # "12 hours shifts"
    if noun in FUNCTION_WORDS or not lexicon.is_noun(noun) or plural:
        return found.group()
    if noun in ("running", "straight", "ago", "later", "earlier", "early", "late", "long"):
        return found.group()  # "3 months running": in a row, never "3-month running"
    if "adj" in lexicon.classes(noun):  # "3,500 hours total": no noun measured
        return found.group()
    return f"{found['n']}-{found['unit']} "


def _compound(found: re.Match[str]) -> str:
    noun, after, next_word = found.group(2), found.group(3), found.group(4) or ""
    if _names_a_number(found.string[: found.start()]):  # "issue 9 interpretation guide"
        return found.group()
    singular = lexicon.is_noun(noun) and not lexicon.is_plural_noun(noun)
    # "I train 6 young crew" (round 59, h1545): a describing word before the noun counted,
    # never "a 6-young crew" ("a 10-minute walk": a unit of time)
    if "adj" in lexicon.classes(noun) and noun not in ("minute", "second", "square"):
        return found.group()
    if not singular or noun in _NOT_COUNTED or not lexicon.is_noun(after):
        return found.group()
    if f"{noun} {after}" in _OPEN_PAIRS:  # "2 part time": two of them part-time, no "2-part"
        return found.group()
    if lexicon.is_plural_noun(after) or lexicon.is_gerund(noun) or after.endswith("s"):
        return found.group()  # "25 warehouse pickers", "10 working days"
    if next_word and next_word.lower() not in _HEAD_END:
        return found.group()  # the head is further on: "2 food safety certificate"
    if after in ("of", "and", "or", "in", "at", "on", "for", "to", "with") or noun.endswith("s"):
        return found.group()
    return f"{found.group(1)}-{noun} "


def _names_a_number(before: str) -> bool:
    """True when the word before a figure makes the figure a name, not a count: a name or an
    acronym ("ISO/IEC 17025 surveillance visit", "Route 7 ridership") or a noun that is no verb
    form a note puts before a count ("issue 9 interpretation guide"; "cleared 200 job backlog"
    and "a 40 bed ward" count)."""
    last = before.split()[-1] if before.split() else ""
    if not last or not last[-1].isalpha():
        return False
    if any(c.isupper() for c in last):
        return True
    word = last.lower()
    if word in FUNCTION_WORDS or not lexicon.is_noun(word):
        return False
    return not (lexicon.is_past(word) or lexicon.is_participle(word) or lexicon.is_gerund(word))


# Two words that describe together, after a count of people or years: "2 part time".
_OPEN_PAIRS = frozenset(["part time", "full time"])
# (and words that are nouns but rarely after a count: "8 still work in barrel house", h1409)
_NOT_COUNTED = frozenset(
    [
        "per",
        "percent",
        "hundred",
        "thousand",
        "million",
        "billion",
        "dozen",
        "still",
        "also",
        "now",
        "already",
    ]  # "4 now working on their own" (round 55, h1488)
)


# A line's span typed with its unit in the singular ("3 yr shift leader"): more than one.
_SPAN_FIRST = re.compile(
    r"^(?P<n>(?:about |~ ?)?(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve)) (?P<unit>yr|year|month|mth|week|wk) (?P<what>[a-z][\w -]*?)(?= (?:at|in|on|for"
    r"|with|@)\b|,|$)"
)
_UNIT_WORDS = {"yr": "year", "mth": "month", "wk": "week"}


def _span_first(found: re.Match[str]) -> str:
    """ "3 yr shift leader" -> "3 years shift leader": the span spent in a post (a post ends the
    words after it); "3 year contract" is a thing measured, left as typed."""
    if not fields.is_post(found["what"].split()[-1]):
        return found.group()
    unit = _UNIT_WORDS.get(found["unit"], found["unit"])
    return f"{found['n']} {unit}s {found['what']}"


def compound(text: str) -> str:
    """ "200 job backlog" -> "200-job backlog" (again after shorthand: "6 week window"); "a
    12 week Building Better Relationships group" -> "a 12-week ..." (a span after "a" measures
    the thing named after it, however many words that takes)."""
    text = re.sub(
        r"\b([Aa]n?|[Tt]he) (\d+) (hour|day|week|month|year|minute|session) (?=[A-Za-z])",
        r"\1 \2-\3 ",
        text,
    )
    return _COMPOUND.sub(_compound, text)


def span_before(text: str) -> str:
    """ "the 72 hours window" -> "the 72-hour window": a span before the noun it measures."""
    return _SPAN_BEFORE.sub(_span_before, text)


# A unit typed glued to a figure (or clipped) on either side of an arrow: "14s -> 3.8s", "6h ->
# 45min", "12s->2s". Beside an arrow a bare "s" is seconds, never a decade ("the 20s").
_UNITS = {"s": "second", "sec": "second", "secs": "second",
          "min": "minute", "mins": "minute", "h": "hour", "hr": "hour", "hrs": "hour",
          "d": "day", "wk": "week", "wks": "week", "mth": "month", "mths": "month"}  # fmt: skip
_GLUED = r"(?P<{0}>(?:~ ?)?\d[\d,]*(?:\.\d+)?) ?(?P<{0}u>secs?|s|mins?|hrs?|h|d|wks?|mths?)"
_UNIT_ARROW = re.compile(
    rf"(?<![\w.,$£€]){_GLUED.format('a')} ?(?P<arrow>->|=>|→) ?{_GLUED.format('b')}(?![\w.])"
)

_UNIT_FROM = re.compile(rf"\bfrom {_GLUED.format('a')} to {_GLUED.format('b')}(?![\w.])")


def _unit_said(figure: str, unit: str) -> str:
    word = _UNITS[unit]
    about = "about " if figure.startswith("~") else ""  # "~6h": about six hours
    figure = figure.lstrip("~ ")
    return f"{about}{figure} {word}" + ("" if figure == "1" else "s")


def _unit_arrow(found: re.Match[str]) -> str:
    a = _unit_said(found["a"], found["au"])
    b = _unit_said(found["b"], found["bu"])
    return f"{a} {found['arrow']} {b}"


def units(text: str) -> str:
    """A change typed with its units glued to its figures, the units spelled out as words:
    "14s -> 3.8s" -> "14 seconds -> 3.8 seconds", "6h -> 45min" -> "6 hours -> 45 minutes"
    (the arrow is read by the readers of a move)."""
    text = _UNIT_FROM.sub(
        lambda m: f"from {_unit_said(m['a'], m['au'])} to {_unit_said(m['b'], m['bu'])}", text
    )  # "from 14s to 3.8s"
    return _UNIT_ARROW.sub(_unit_arrow, text)


# A weight typed in tonnes with its "t" glued on ("180t of fruit", "a 12t excavator").
_TONNES = re.compile(r"(?<![\w.,$£€])(?P<n>\d[\d,]*(?:\.\d+)?)t\b(?!['’])")


def _tonnes(found: re.Match[str]) -> str:
    """ "180t in 2025": "180 tonnes"; "a 12t excavator": "a 12-tonne excavator" (before the
    noun it describes)."""
    after = re.match(r" ([a-z]+)\b", found.string[found.end() :])
    if after and after[1] not in FUNCTION_WORDS and lexicon.is_noun(after[1]):
        return f"{found['n']}-tonne"
    return f"{found['n']} tonne{'' if found['n'] == '1' else 's'}"
