"""How a measured result was got, typed in brackets after it, said as the means: "cut p99
latency from 1.2 seconds to 300ms (fixed N+1 queries and caching)" -> "... to 300ms by fixing
N+1 queries and caching". Only after a deed of the candidate's that moved a figure, and only
when the bracket opens with a verb in the past: any other bracket is left to the readers after
(an outcome in brackets, "(won)", has no sure place and leaves the line out)."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon

__all__ = ["said"]

_BRACKET = re.compile(r"\s+\((?P<verb>[a-z]+) (?P<rest>[^()]+)\)$")
# A figure moved: "from 1.2 seconds to 300ms", "by 40%", "to 3 a month".
_MOVED = re.compile(
    r"\bfrom \S+(?: [a-z]+)? to \S|\bby (?:about )?\d[\d.,]*%|\bby (?:half|a third)\b"
)


def said(text: str) -> str:
    """`text` with a bracketed past-tense means said after "by"; else `text` as it is."""
    found = _BRACKET.search(text)
    if found is None or not _MOVED.search(text[: found.start()]):
        return text
    first = text.split(" ", 1)[0]
    base = lexicon.base_of(found["verb"])
    if not lexicon.is_past(first) or base is None or not lexicon.is_past(found["verb"]):
        return text
    if " by " in text[: found.start()].split(" from ")[-1]:
        return text  # "by caching (fixed ...)": a means said already
    doing = lexicon.verb_forms(base)["VBG"]
    return f"{text[: found.start()]} by {doing} {found['rest']}"
