"""Two credentials typed each with its school in brackets, joined by "and", "+", "&" or a comma
("Mining engineer (Universidad de Antofagasta) and MBA (Universidad Adolfo Ibáñez)", "BA History
(Durham) + MA Archives (UCL)"): each part read on its own and said in one clause of the
candidate's ("I qualified as a mining engineer at the Universidad de Antofagasta and hold an
MBA from the Universidad Adolfo Ibáñez"), never pasted with its brackets.

A post with its school in brackets ("Mining engineer (Universidad de Antofagasta)") is said as
the post the candidate qualified as there. A part no reader can say leaves the line out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from composer import regexes as re
from composer.offline.cvposts import as_post, person
from composer.offline.realise import Clause

__all__ = ["post_school", "read"]

# The join between two parts: after a closing bracket, before a word with a capital.
_JOIN = re.compile(r"(?<=\))\s*(?:,|\band\b|\+|&)\s*(?=[A-Z])")
_POST_SCHOOL = re.compile(r"^(?P<post>[A-Za-z][a-z]*(?: [a-z]+){0,2}) \((?P<school>[A-Z][^()]+)\)$")
# A school's name that is a common noun of its own kind takes "the": "the Universidad de X".
_SCHOOLED = re.compile(r"\([A-Z][^()]*\)$")  # "(Durham)", never "(fluent)"
_THE_AFTER = re.compile(r"\b(from|at) (?=(?:Universi(?:dad|dade|tà|té|ty of)|Instituto)\b)")
_THE = re.compile(r"^(?:Universi\w+|Instituto|Institute|College|School|Academy|Royal)\b")


def _the(school: str) -> str:
    return f"the {school}" if _THE.match(school) else school


def post_school(part: str) -> Clause | None:
    """ "Mining engineer (Universidad de Antofagasta)": the post qualified as at the school."""
    found = _POST_SCHOOL.match(part.strip())
    if found is None or not person(found["post"].split()[-1]):
        return None
    post = found["post"][0].lower() + found["post"][1:]
    return Clause("I", "qualified as", f"{as_post(post)} at {_the(found['school'])}")


def read(item: str, say: Callable[[str], Clause | None]) -> Clause | None:
    """The clause of two bracketed credentials in one line, each said by `say` (the points
    reader) or as a post qualified at its school; None for any other line."""
    line = " ".join(item.split()).rstrip(".")
    parts = _JOIN.split(line)
    if len(parts) != 2 or not all(_SCHOOLED.search(p) for p in parts):
        return None
    said = [post_school(p) or say(p) for p in parts]
    one, two = said
    if one is None or two is None or one.whole or two.whole:
        return None
    if "(" in one.rest or "(" in two.rest or one.subject != "I" or two.subject != "I":
        return None
    one, two = (replace(c, rest=_THE_AFTER.sub(r"\1 the ", c.rest)) for c in (one, two))
    join = ", and" if "," in one.rest else " and"  # "from Durham, with honours, and an MA ..."
    if two.verb == one.verb:
        return Clause("I", one.verb, f"{one.rest}{join} {two.rest}")
    return Clause("I", one.verb, f"{one.rest}{join} {two.verb} {two.rest}")
