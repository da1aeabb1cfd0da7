"""A line of two parts typed with one semicolon between them, each part a different kind of
thing: each read on its own and said as one clause of the candidate's with both verbs.

    "Confident with Reaper and Pro Tools; working knowledge of location recording"
        -> "I am confident with Reaper and Pro Tools and have a working knowledge of location
           recording" (was "... and working knowledge of ...", the second part left verbless)

Two parts said with the same verb ("PRINCE2; ITIL") stay one list, joined by the readers
below; a part the points reader cannot say leaves the line to them too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from composer import regexes as re
from composer.offline import credentials, lexicon
from composer.offline.realise import Clause


def read(item: str, say: Callable[[str], Clause | None]) -> Clause | None:
    """The clause of a line of two parts split by one semicolon whose verbs differ, each part
    said by `say` (the points reader); None for any other line."""
    line = " ".join(item.split()).rstrip(".")
    if line.count(";") != 1:
        return None
    first, second = (part.strip() for part in line.split(";"))
    # "PhD in geophysics, Universidad de Chile; postdoc at GFZ": a degree's school after its comma
    school = "," not in second and credentials.names_degree(first.split(",")[0])
    own = re.match(r"I\s+(?P<verb>[a-z]+)\s+(?P<rest>[^,;]+)$", second)
    if own and first and "," not in first and lexicon.is_past(own["verb"]):
        # "Intermediate Portuguese; I flew one season in Rio Grande do Sul" (round 58, h1524):
        # the first part said, the deed after it with its own verb
        one = say(first)
        if one is not None and not one.whole and one.subject == "I":
            return Clause("I", one.verb, f"{one.rest} and {own['verb']} {own['rest']}")
    if not first or not second or ("," in first and not school) or re.match(r"I\b", second):
        return None  # "Former Safety Officer, Melbourne ...; ...", "...; I raised two puppies"
    if re.match(r"(?:\d+|two|three|four|five|six|all|both|most)\s+(?:now|still)\b", second):
        return None  # "Trained four apprentices; two now run ...": those trained (round 55)
    # "Python, SQL and some MATLAB": the list read without its hedge, which is said again
    hedge = re.search(r"\b(?P<how>some|basic) (?P<what>[A-Z][\w+#-]*)", second)
    plain = second if hedge is None else second.replace(hedge.group(), hedge["what"], 1)
    one, two = say(first), say(plain)
    if two is not None and hedge is not None and f" {hedge['what']}" in f" {two.rest}":
        two = replace(
            two, rest=re.sub(rf"\b{re.escape(hedge['what'])}\b", hedge.group(), two.rest, count=1)
        )
    if one is None or two is None or one.whole or two.whole:
        return None
    if one.subject != "I" or two.subject != "I" or one.verb == two.verb:
        return None
    return Clause("I", one.verb, f"{one.rest} and {two.verb} {two.rest}")
