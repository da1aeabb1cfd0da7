"""The pieces typed around a figure in a note line, each read or refused, for `figurelines`.

When ("Q2-Q3": "between Q2 and Q3"; "in first yr": "in my first year"), who ("(my team)", "(ward)":
"on my ward"), how ("w/ preventive maint plan": "with a preventive maintenance plan"; "by
batching orders") and where ("on my shift"). A piece no table reads gives None: the line is
then left to the other readers."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import countnouns, lexicon
from composer.offline.words import MONTH_NAMES, SMALL_NUMBERS

_MONTHS = {name[:3]: said for name, said in MONTH_NAMES.items()}  # "jun": "June"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*"
_PERIOD = rf"(?:Q[1-4]|H[12]|FY ?\d\d(?:\d\d)?|{_MONTH}|(?:19|20)\d\d)"
_SPAN = re.compile(
    rf"(?i)^(?P<a>{_PERIOD})(?: (?P<ay>(?:19|20)\d\d))? ?(?:-|–|to) ?(?P<b>{_PERIOD})"
    r"(?: (?P<y>(?:19|20)\d\d))?$"
)
_UNITS = r"(?:years?|months?|weeks?|days?|seasons?|quarters?)"
_WHEN = re.compile(
    rf"(?i)^(?:in (?:my )?(?P<ord>first|second)(?: (?P<on>\w+|\d+))? (?P<ounit>{_UNITS})"
    rf"|in (?P<n>\w+|\d+) (?P<unit>{_UNITS})|(?P<last>last|this) (?P<lunit>{_UNITS})"
    r"|(?:in )?(?P<year>(?:19|20)\d\d)|since (?P<since>(?:19|20)\d\d))$"
)
_WHO = re.compile(
    r"(?i)^(?:(?:my|our|the|whole|all)(?: whole)? )?(?P<who>team|crew|shift|ward|unit|store|shop"
    r"|site|branch|department|dept|floor|line|region|territory|clinic|school|restaurant)$"
)
_TEAMS = ("team", "crew")
_ON = ("shift", "ward", "floor", "line", "site", "unit")
_MINE = re.compile(r"(?i)^(?:me|mine|just me|myself|solo|own|on my own)$")


def words(figure: str) -> str:
    """ "4" -> "four": a small count said in words, as a letter says it."""
    return SMALL_NUMBERS[int(figure) - 1] if figure.isdigit() and 0 < int(figure) < 10 else figure


def when(text: str) -> str | None:
    """A time typed after a figure or in brackets, said ("Q2-Q3": "between Q2 and Q3")."""
    text = text.strip()
    span = _SPAN.match(text)
    if span:
        a, b = _period(span["a"]), _period(span["b"])
        first = f"{a} {span['ay']}" if span["ay"] else a
        year = f" {span['y']}" if span["y"] else ""
        if year and not re.match(r"(?i)[a-z]{3}", a):  # "Q2-Q3 2024": "between Q2 and Q3 of 2024"
            year = f" of{year}"
        return f"between {first} and {b}{year}"
    found = _WHEN.match(text)
    one = re.fullmatch(
        rf"(?i)(?P<p>Q[1-4]|H[12]|FY ?\d\d(?:\d\d)?|{_MONTH})(?: (?P<y>(?:19|20)\d\d))?", text
    )
    if one and not found:
        return f"in {_period(one['p'])}" + (f" {one['y']}" if one["y"] else "")
    if not found:
        return None
    if found["n"]:
        return f"in {words(found['n'])} {found['unit']}"
    if found["ord"]:
        count = f" {words(found['on'])}" if found["on"] else ""
        return f"in my {found['ord'].lower()}{count} {found['ounit']}"
    if found["last"]:
        return f"{found['last'].lower()} {found['lunit']}"
    if found["since"]:
        return f"since {found['since']}"
    return f"in {found['year']}"


def _period(word: str) -> str:
    low = word.lower()
    if low[:3] in _MONTHS and re.fullmatch(_MONTH, low):
        return _MONTHS[low[:3]]
    return re.sub(r"(?i)^fy ?", "FY", word) if low.startswith("fy") else word.upper()


def asides(text: str) -> tuple[str, list[str]]:
    """The line without its brackets, and each bracket's parts (split at commas)."""
    parts: list[str] = []
    for inner in re.findall(r"\(([^()]*)\)", text):
        parts.extend(p.strip() for p in re.split(r",|;", inner) if p.strip())
    return re.sub(r"\s*\([^()]*\)", "", text).strip(), parts


def tails(rest: str) -> tuple[list[str], str | None, str | None] | None:
    """What follows a figure: its times, how it was done ("with X", "by doing X", to the end of
    the line) and where ("on my shift"), each read; None when a piece is unread."""
    said: list[str] = []
    means = where = None
    how = re.search(r"(?i)(?:^|\s)(?P<word>with|after|through|by)\s+(?P<what>.+)$", rest)
    if how:
        rest, what = rest[: how.start()], how["what"].strip()
        if how["word"].lower() == "by":
            if not re.match(r"(?i)[\w-]+ing\b", what) or not re.fullmatch(r"(?i)[a-z' -]+", what):
                return None
            means = f"by {what}"
        else:
            means = with_means(what)
            if means is None:
                return None
    pieces = re.split(r"(?i)\s+(?=(?:in|on|between|since|last|this|across)\b)", rest)
    for piece in (p.strip(" ,") for p in pieces):
        if not piece:
            continue
        time = when(piece)
        if time:
            said.append(time)
        elif re.match(r"(?i)^(?:on|across|in) (?:my|our|the|all|every|both) ", piece):
            if where is not None or not re.fullmatch(r"(?i)[a-z' -]+", piece):
                return None
            where = piece
        else:
            return None
    return said, means, where


def with_means(means: str) -> str | None:
    """ "preventive maintenance plan": "with a preventive maintenance plan"."""
    words = means.split()
    if not words or not all(re.fullmatch(r"[\w'-]+", w) for w in words):
        return None
    if words[0].lower() in ("a", "an", "the", "my", "our", "new") and len(words) > 1:
        lead = "a" if words[0].lower() == "new" else ""
        return " ".join(filter(None, ("with", lead and lexicon.article(means), *words)))
    head = words[-1].lower()
    counted = countnouns.counted(head) or (
        len(lexicon.noun_plurals(head)) > 1 and not head.endswith("ing")
    )
    if counted and not lexicon.is_plural_noun(head) and lexicon.is_noun(head):
        return f"with {lexicon.article(means)} {means}"
    return f"with {means}"


def who(parts: list[str]) -> tuple[str, list[str]] | None:
    """Who did it by the bracket's parts ("my team", "whole team"; "me"), and the times left."""
    doer, times = "I", []
    for part in parts:
        team = _WHO.match(part)
        if team:
            noun = {"dept": "department"}.get(team["who"].lower(), team["who"].lower())
            if noun in _TEAMS:
                doer = f"my {noun}"
            else:
                times.append(f"{'on' if noun in _ON else 'in'} my {noun}")
            continue
        mine = re.fullmatch(r"(?i)my (?P<noun>[a-z]+)", part)
        if mine and lexicon.is_noun(mine["noun"]) and not lexicon.is_plural_noun(mine["noun"]):
            noun = mine["noun"].lower()  # "(my kitchen, 2023)": in my kitchen
            times.append(f"{'on' if noun in _ON else 'in'} my {noun}")
            continue
        if _MINE.match(part):
            continue
        said = when(part)
        if said is None:
            return None
        times.append(said)
    return doer, times
