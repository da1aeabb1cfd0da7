"""A span of years and what the candidate did in its last ones, typed after a comma: "6 yrs at
scappoose bay nursery, ran propagation the last 3" -> "I have spent six years at Scappoose Bay
Nursery, the last three of them running propagation." The span is read by the points reader;
the deed is a past verb, said as its -ing form. It was "..., ran propagation the last 3." (a
clause with no subject spliced on, which the gate stops: the line was left out). A span with
a record kept in it after a dash or a comma is said with "with": "3 yrs rope access on mine
sites - zero LTIs" -> "I have three years of experience in rope access on mine sites, with zero
LTIs". A thing held before the span is said with it: "CSCS card, 5 yrs groundworks" -> "I hold
a CSCS card and have five years of experience in groundworks"."""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.realise import Clause
from composer.offline.words import SMALL_NUMBERS

_LAST = re.compile(
    r"^(?P<span>[^,]+), (?P<verb>[a-z]+) (?P<what>[^,]+?),? (?:for |over )?the last "
    r"(?P<n>[2-9]|two|three|four|five|six|seven|eight|nine)(?: (?:yrs?|years?))?\.?$"
)
# The span's clause as the points reader says it: "have spent six years at X".
_SPAN_VERBS = frozenset(["have spent", "have"])


# A record kept over the span, after a dash or a comma: "- zero LTIs", ", no lost days".
_RECORD = re.compile(r"^(?P<span>[^,]+?)(?: [-–] |, )(?P<none>zero|no|nil|0) (?P<what>[\w -]+)$")


def read(item: str, point: Callable[[str], Clause | None]) -> Clause | None:
    """The span and its last years' deed (or the record kept in it) in one clause, or None
    when the line is not one."""
    found = _LAST.match(" ".join(item.split()))
    if found is None:
        return _record(" ".join(item.split()), point) or _held(" ".join(item.split()), point)
    if not lexicon.is_past(found["verb"]):
        return None
    base = lexicon.base_of(found["verb"])
    doing = lexicon.verb_forms(base).get("VBG") if base else None
    span = point(found["span"])
    if not doing or span is None or span.whole is not None or span.verb not in _SPAN_VERBS:
        return None
    if not re.search(r"\byears\b", span.rest):
        return None
    n = found["n"]
    count = SMALL_NUMBERS[int(n) - 1] if n.isdigit() else n
    return Clause(
        span.subject, span.verb, f"{span.rest}, the last {count} of them {doing} {found['what']}"
    )


def _record(item: str, point: Callable[[str], Clause | None]) -> Clause | None:
    """ "3 yrs rope access - zero LTIs": the span, "with" the record kept in it; or None."""
    found = _RECORD.match(item)
    if found is None or not re.match(r"(?:\d+|[a-z]+)\+? (?:yrs?|years?|months?) ", found["span"]):
        return None
    span = point(found["span"])
    if span is None or span.whole is not None or span.verb not in _SPAN_VERBS:
        return None
    none = "zero" if found["none"] == "0" else found["none"]
    return Clause(span.subject, span.verb, f"{span.rest}, with {none} {found['what']}")


# A thing held, then a span of work after a comma: "CSCS card, 5 yrs groundworks".
_HELD = re.compile(r"^(?P<held>[^,]+), (?P<span>(?:\d+|[a-z]+)\+? (?:yrs?|years?|months?) [^,]+)$")


def _held(item: str, point: Callable[[str], Clause | None]) -> Clause | None:
    """ "CSCS card, 5 yrs groundworks" -> "I hold a CSCS card and have five years of experience
    in groundworks": the thing held said with its own words (none spelled out another way),
    then the span; or None."""
    found = _HELD.match(item)
    if found is None:
        return None
    held, span = point(found["held"]), point(found["span"])
    if held is None or span is None or held.whole is not None or span.whole is not None:
        return None
    if held.verb != "hold" or span.verb != "have":  # "RGN, 14 yrs ...": `cvrole` says "I am"
        return None
    said = held.rest.lower().split()
    if not all(word.lower() in said for word in found["held"].split()):
        return None  # "Cert CII" said "a Certificate CII": a reading of its own, unsure here
    return Clause(held.subject, held.verb, f"{held.rest} and have {span.rest}")
