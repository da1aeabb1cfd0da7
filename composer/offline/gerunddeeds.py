"""A highlight typed as a doing ("Leading the investigation into the 2022 mooring failure and
introducing a revised inspection regime ..."), told as the deed it was (session 55).

A careful candidate lists highlights as a CV does, each led by a gerund. Read as a skill, the
letter said "I have experience leading the investigation ... and introducing ...": a highlight
is something done, so the gerunds that lead it, and those joined to them by "and", are said in
the past: "I led the investigation into the 2022 mooring failure and introduced a revised
inspection regime ...". A gerund after a comma is the deed's result and stays ("..., increasing
vessel calls by 35%"). A line that says it goes on ("every", "now", "currently"), or typed as a
note ("picking accuracy 97% -> 99.6%": a measure, no deed), is left as typed.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.secondwords import PRESENT_WORDS

__all__ = ["as_deed"]

_LED = re.compile(r"^(?P<ing>[A-Za-z]+ing)\b")
_NOTE = re.compile(r"->|→|~|\+|\bw/|\s/\s")  # a note's marks: its gerund may name a measure
_MEASURE_NEXT = re.compile(r"(?i)^(?:up|down|from|to|of|in|on|at|by|rose|fell|went|\d|~|-|,)")
_AND_ING = re.compile(r"(?<=\s)and (?P<ing>[a-z]+ing)\b")


def _past(ing: str) -> str | None:
    """ "leading" -> "led"; None when the word is no verb's gerund the tables know."""
    base = lexicon.base_of(ing.lower())
    past = lexicon.verb_forms(base).get("VBD") if base and lexicon.is_gerund(ing.lower()) else None
    return past if past and past != ing.lower() else None


def as_deed(line: str) -> str:
    """The highlight led by "I" and its gerunds in the past, else the line as typed."""
    found = _LED.match(line)
    lower = set(re.findall(r"[a-z]+", line.lower()))
    careful = line[:1].isupper() and not _NOTE.search(line)  # "picking accuracy 97% -> ...":
    if found is None or not careful or lower & PRESENT_WORDS or re.search(r"\bI\b", line):
        return line  # "Recruiting through school nurses, I raised ...": a sentence of its own
    after = line[found.end() :].split()[:2]  # "Picking accuracy up from ...": a measure named
    if len(after) == 2 and lexicon.is_noun(after[0].lower()) and _MEASURE_NEXT.match(after[1]):
        return line
    if (past := _past(found["ing"])) is None:
        return line
    head, comma, tail = line[found.end() :].partition(", ")  # ", increasing ...": its result
    head = _AND_ING.sub(lambda m: f"and {_past(m['ing']) or m['ing']}", head)
    return f"I {past}{head}{comma}{tail}"
