"""A point with its scope typed in brackets or after a comma, read by the point's own reader
and said with that scope, for `figurelines`: who uses a thing made now ("built the cheat sheet
(now used by whole floor / ~120 agents)": ", which is now used by the whole floor of about 120
agents"), part of a span ("9 yrs fundraising (4 in major gifts)": ", four of them in major
gifts"), and what is being worked towards ("norwegian B1 (now studying for B2)": ", and I am now
studying for B2"). A scope not read gives None: the line goes on to the other readers."""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import cvposts, figuretails, lexicon
from composer.offline.itemkinds import Item, Kind
from composer.offline.realise import Clause
from composer.offline.shorthand import expand
from composer.offline.words import SMALL_NUMBERS


def read(line: str, reader: Callable[[str], Item]) -> Item | None:
    """The point and its scope, or None."""
    for scoped in (_scoped, _studying, _subspan):
        said = scoped(line, reader)
        if said is not None:
            return Item(line, *said)
    return None


# What a thing made is used by now, typed after it: "(now used by whole floor / ~120 agents)",
# ", now used in 3 warehouses".
_NOW_USED = re.compile(
    r"(?i)^(?P<deed>[^()]+?)(?:,| -| \() ?now (?P<verb>used|run|adopted|rolled out) "
    r"(?P<prep>by|in|on|at|across|for) (?P<scope>[^()]+?)\)?$"
)


def _scoped(line: str, reader: Callable[[str], Item]) -> tuple[Kind, Clause] | None:
    """ "built the call-flow cheat sheet (now used by whole floor / ~120 agents)": "I built the
    call-flow cheat sheet, which is now used by the whole floor, about 120 agents"."""
    found = _NOW_USED.match(" ".join(line.split()))
    if not found:
        return None
    deed = reader(found["deed"].strip()).said
    if deed is None or deed.whole is not None or not lexicon.is_past(deed.verb.split()[-1]):
        return None
    parts = [p.strip() for p in expand(found["scope"]).split("/")]
    if len(parts) > 2 or not all(re.fullmatch(r"(?i)[a-z0-9 ,'-]+", p) for p in parts):
        return None
    scope = [re.sub(r"(?i)^(?:the )?(whole|entire)\b", r"the \1", parts[0])]
    scope += [re.sub(r"^(\d+)\b", lambda m: figuretails.words(m[1]), p) for p in parts[1:]]
    head = deed.rest.split()[-1] if deed.rest.split() else ""
    be = "are" if lexicon.is_plural_noun(head) and not head.endswith("ss") else "is"
    if len(scope) > 1 and not scope[0].startswith("the whole "):
        return None  # "the whole floor / 120 agents": the whole floor of about 120 agents
    said = f", which {be} now {found['verb'].lower()} {found['prep'].lower()} {' of '.join(scope)}"
    return Kind.ACHIEVEMENT, Clause(deed.subject, deed.verb, deed.rest + said)


# What the candidate is now working towards, typed in brackets after what they hold.
_NOW_DOING = re.compile(
    r"(?i)^(?P<held>[^()]+?) \((?:now |currently )?(?P<doing>studying for|doing|working "
    r"(?:towards?|on)|sitting|taking) (?P<what>[^()]+)\)$"
)


def _studying(line: str, reader: Callable[[str], Item]) -> tuple[Kind, Clause] | None:
    """ "norwegian B1 (now studying for B2)": "I speak Norwegian at B1 level and am now studying
    for B2"; "NEBOSH general cert (now doing the diploma)"."""
    found = _NOW_DOING.match(" ".join(line.split()))
    held = reader(found["held"].strip()) if found else None
    if not found or held is None or held.said is None or held.said.whole is not None:
        return None
    what = expand(found["what"]).strip()
    if held.kind not in (Kind.HELD, Kind.SKILL, Kind.DEGREE) or not re.fullmatch(
        r"[\w .&'-]+", what
    ):
        return None
    said, doing = held.said, found["doing"].lower()
    return held.kind, Clause(said.subject, said.verb, f"{said.rest}, and I am now {doing} {what}")


# A span with part of it in brackets: "9 yrs fundraising (4 in major gifts)".
_SUBSPAN = re.compile(
    r"(?i)^(?P<span>[^()]*\b(?:years?|yrs?)\b[^()]*?) ?\((?:the )?(?:last )?(?P<n>\d+|[a-z]+)"
    r" (?:yrs? |years )?(?P<prep>in|as|at|on) (?P<sub>[a-z][a-z '&-]*)\)$"
)


def _subspan(line: str, reader: Callable[[str], Item]) -> tuple[Kind, Clause] | None:
    """ "9 yrs fundraising (4 in major gifts)": "I have nine years of experience in fundraising,
    four of them in major gifts"; "(last 3 as lead)": "the last three as a lead"."""
    found = _SUBSPAN.match(" ".join(line.split()))
    if not found:
        return None
    span = reader(found["span"].strip()).said
    if span is None or span.whole is not None or "year" not in span.rest or "," in span.rest:
        return None
    n = figuretails.words(found["n"]) if found["n"].isdigit() else found["n"].lower()
    if n not in SMALL_NUMBERS and not n.isdigit():
        return None
    sub = expand(found["sub"]).strip()
    if found["prep"].lower() == "as":
        if not cvposts.person(sub.split()[-1]):
            return None
        sub = cvposts.as_post(sub)
    last = "the last " if re.search(r"(?i)\blast\b", line) else ""
    of = f"{last}{n}" if last else f"{n} of them"
    return Kind.SKILL, Clause(
        span.subject, span.verb, f"{span.rest}, {of} {found['prep'].lower()} {sub}"
    )
