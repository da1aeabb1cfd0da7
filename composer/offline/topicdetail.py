"""What the tail of a typed topic adds to it, when it is of a shape a person writes out in
full: "out-of-hours rota - 1 in four weekends" -> "the out-of-hours rota of one weekend in four".
`topictails` keeps the topic's subject; this module reads what the tail says of it.
"""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.topictails import spelled

# What a tail says of its topic, when it is of a shape a person writes out in full. Anything
# else is the note-taker's reminder and is left out ("they're behind", "wants < 5").
_RATE_HEADS = frozenset(
    ["drop-off", "dropoff", "turnover", "churn", "attrition", "absence", "sickness", "vacancy",
     "vacancies", "conversion", "uptake", "retention", "occupancy", "utilisation", "utilization"]
)  # fmt: skip
_SHARE = re.compile(r"^(?:about|around|roughly|nearly|over) \d+(?:\.\d+)?%(?: (?:at|in|on) .+)?$")
_ONE_IN = re.compile(r"^(?:rota is )?1 in (?P<n>\w+) (?P<unit>weekends|nights|shifts|weeks)$")
_STARTS = re.compile(r"^(?P<what>[\w-]+(?: [\w-]+)?) starts? (?P<when>(?:in )?Q[1-4]|in \w+)$")
_CHANGES = re.compile(
    r"^(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d+) (?P<who>[a-z]+s) "
    r"(?P<how>leaving|joining|starting|retiring)(?P<when> in [A-Z][a-z]+)?$"
)
_FUNDS = re.compile(r"^they(?P<would>'d| would)? (?:pay for|fund|cover) (?P<what>the [\w\s-]+)$")
_NOW_TO = re.compile(
    r"^(?P<now>about [\d,]+ [a-z]+)/(?P<per>day|week|month|hour|shift) now, going to "
    r"(?P<then>[\d,]+)$"
)


def detail_of(text: str, head: str) -> str:
    """What the tail of a typed topic adds to its `head`, said as a person writes it, or "".

    `text` is the topic as typed and cleaned ("out-of-hours rota - 1 in four weekends"):
    " of one weekend in four", " of about 40% at the KYC step", ", with two dispensers leaving
    in January", ", with SuDS retrofits starting in Q2", ", including the ECC certificate you
    pay for". A tail of no such shape says nothing the letter can use.
    """
    bracket = re.search(r"\s*\(([^()]+)\)$", text)
    if bracket:
        tail = bracket.group(1)
    else:
        _, dash, tail = text.partition(" - ")
        if not dash:
            _, comma, tail = text.partition(", ")
            if not comma:
                inline = re.search(r"\s((?:about|around|roughly) \d+(?:\.\d+)?%)$", text)
                tail = inline.group(1) if inline else ""
    tail = tail.strip()
    last = head.split()[-1].lower() if head.split() else ""
    if not tail or ("," in tail and not _NOW_TO.match(tail)):
        return ""
    if last in _RATE_HEADS and _SHARE.match(tail):
        return f" of {tail}"  # "the onboarding drop-off of about 40% at the KYC step"
    found = _ONE_IN.match(tail)
    if found and last == "rota":
        unit = found.group("unit")[:-1]
        return f" of one {unit} in {found.group('n')}"
    found = _STARTS.match(spelled(tail))
    if found:
        when = found.group("when")
        when = when if when.startswith("in ") else f"in {when}"
        return f", with {found.group('what')} starting {when}"
    found = _CHANGES.match(spelled(tail))
    if found and lexicon.is_plural_noun(found.group("who")):
        return f", with {found.group(0)}"
    found = _FUNDS.match(tail)
    if found:
        would = " would" if found.group("would") else ""
        verb = "fund" if "fund" in tail or would else "pay for"
        return f", including {found.group('what').strip()} you{would} {verb}"
    found = _NOW_TO.match(tail)
    if found:
        return (
            f", now {found.group('now')} a {found.group('per')} and going to {found.group('then')}"
        )
    return ""
