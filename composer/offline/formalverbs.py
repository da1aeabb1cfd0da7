"""Casual verbs and quantities a formal letter says in its own register.

Notes are typed the way people talk ("got a first", "got promoted", "a ton of families"); a
formal letter, or a printed one, says "received a first", "was promoted", "many families". The
changes are a closed set of sure shapes: "got" before an award or a mark it received, "got
promoted", "got X through Y" (saw them through), and a spoken quantity before a plural noun.
Anything else is left as typed. `tone.registered` applies it to a formal letter's sentences.
"""

from __future__ import annotations

from composer import regexes as re

# What one receives: "got a distinction", "got the Smeaton prize", "got top marks".
_AWARDS = (
    r"distinction|merit|prize|award|scholarship|grant|bursary|medal|commendation|marks"
    r"|fellowship|studentship|certificate|first-class\s+honours|honours|2:1|2\.1|high\s+distinction"
)
_GOT_AWARD = re.compile(
    rf"\b(?P<got>[Gg]ot)\s+(?=(?:(?:a|an|the|my|our|top|full|two|three|several)\s+)?"
    rf"(?:[\w'-]+\s+){{0,4}}?(?:{_AWARDS})\b)"
)
# "got a first" (a first-class mark): "first" as a noun, before what it was in or the end.
_GOT_FIRST = re.compile(
    r"\b(?P<got>[Gg]ot)\s+(?=an?\s+(?:first|upper\s+second|2:1|A\*?)(?:\s+(?:in|for|on|and|overall)"
    r"\b|[,.;]|$))"
)
_GOT_PROMOTED = re.compile(r"\b(?P<who>I|[Ss]he|[Hh]e|[Ww]e|[Tt]hey)\s+got\s+promoted\b")
_GOT_THROUGH = re.compile(r"\b[Gg]ot\s+(?P<what>(?:[\w'-]+\s+){1,5}?)through\b")
# A spoken quantity before a plural noun: "a ton of families" -> "many families".
_LOTS = re.compile(
    r"\b(?:a\s+ton\s+of|tons\s+of|loads\s+of|a\s+load\s+of|lots\s+of|a\s+lot\s+of|heaps\s+of)"
    r"\s+(?=(?P<noun>[a-z][a-z-]*s)\b)",
    re.IGNORECASE,
)


def _received(found: re.Match[str]) -> str:
    return "Received " if found["got"][0].isupper() else "received "


def _promoted(found: re.Match[str]) -> str:
    who = found["who"]
    return f"{who} {'were' if who.lower() in ('we', 'they') else 'was'} promoted"


def formal(text: str) -> str:
    """ "My dissertation got a first." -> "My dissertation received a first."; "I got promoted
    to lead" -> "I was promoted to lead"; "got a ton of families through the backlog" -> "saw
    many families through the backlog"."""
    if "got" not in text.lower() and " of " not in text:
        return text
    text = _GOT_FIRST.sub(_received, text)
    text = _GOT_AWARD.sub(_received, text)
    text = _GOT_PROMOTED.sub(_promoted, text)
    text = _LOTS.sub(lambda found: "Many " if found.group()[0].isupper() else "many ", text)
    text = _GOT_THROUGH.sub(
        lambda found: f"{'S' if found.group()[0] == 'G' else 's'}aw {found['what']}through", text
    )
    return text
