"""A credential and a span of time typed as one line, joined by "and": each part read on its
own and said as one clause of the candidate's, never "held" together.

    "a forklift licence and three years in a cold store"
        -> "I hold a forklift licence and have spent three years in a cold store"
    "6 yrs on sites and a CSCS card"
        -> "I have spent six years on sites and hold a CSCS card"
    "three years in retail and two in hospitality"
        -> "I have spent three years in retail and two in hospitality" (was "..., and I am two
           in hospitality")

("I hold a forklift licence and three years in a cold store" holds the years.) A part the
points reader cannot say, or a part that is no span when the other is none either, leaves the
line to the other readers.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline.cvresults import NUMBER
from composer.offline.realise import Clause

# A span of time at a part's start: "three years in a cold store", "2 summers of field work".
_SPAN = re.compile(
    rf"^(?i:{NUMBER}|a few|several)\+? (?:yrs?|years?|months?|seasons?|summers?|winters?)\b"
)
# A part that starts with a count is no credential ("two in hospitality").
_COUNTED = re.compile(rf"^(?i:{NUMBER})\b")
# A second span typed without its unit: "and two in hospitality".
_SHORT = re.compile(rf"^(?P<n>{NUMBER}) (?P<rest>(?:in|at|on|as|with) .+)$")
_AND = re.compile(r" (?:and|&) ")
# An award named in full words, first in a line of an award and years after a comma.
_SPELLED_AWARD = re.compile(r"^(?:an? )?(?:Bachelor|Master|Diploma|Certificate|Doctor)\b")


def read(item: str, say: Callable[[str], Clause | None]) -> Clause | None:
    """The clause of a line of a span and a credential joined by one "and", each part said
    by `say` (the points reader), or of two spans, the second typed without its unit; None
    for any other line."""
    line = " ".join(item.split()).rstrip(".")
    comma = re.split(r", (?![^()]*\))", line)  # never inside brackets: "(crowns, bridges)"
    spelled = _SPELLED_AWARD.match(comma[0])  # "Bachelor of X with Honours", never "Cert CII"
    if len(comma) == 2 and ";" not in line and _SPAN.match(comma[1]) and spelled:
        first, second = comma  # "Bachelor of X with Honours, eight years of clinical practice"
    elif "," in line or ";" in line or len(_AND.findall(line)) != 1:  # (a comma in brackets too)
        return None
    else:
        first, second = _AND.split(line)
    if bool(_SPAN.match(first)) == bool(_SPAN.match(second)):
        return None  # two spans, or no span: not this shape
    if _SPAN.match(first) and (short := _SHORT.match(second)):
        return _elided(first, short, say)
    if _COUNTED.match(second if _SPAN.match(first) else first):
        return None
    one, two = say(first), say(second)
    if one is None or two is None or one.whole or two.whole:
        return None
    held = two if _SPAN.match(first) else one
    if one.subject != "I" or two.subject != "I" or held.verb != "hold":
        return None  # the part that is no span is a credential held, else not this shape
        # ("three years of reporting in SQL and Excel"; "four years as a dog handler and
        # trainer with the SPCA": one post)
    return Clause("I", one.verb, f"{one.rest} and {two.verb} {two.rest}")


def _elided(first: str, short: re.Match[str], say: Callable[[str], Clause | None]) -> Clause | None:
    """ "three years in retail and two in hospitality": said so when the second span, its unit
    put back ("two years in hospitality"), is said with the first one's verb."""
    unit = _SPAN.match(first)
    one = say(first)
    two = say(f"{short['n']} {unit.group().split()[-1]} {short['rest']}") if unit else None
    if one is None or two is None or one.whole or two.whole or one.verb != two.verb:
        return None
    count, _unit, *rest = two.rest.split()  # "two years in hospitality": its number as said
    return Clause("I", one.verb, f"{one.rest} and {' '.join([count, *rest])}")
