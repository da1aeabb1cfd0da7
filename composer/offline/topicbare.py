"""Small facts `topicarticle` asks before it gives a topic "the": whether a noun and "building"
name the doing ("wheel building") or a building ("the school building"); where a clause of the
interviewer's own follows the thing it tells of ("pricing page test you're running"); whether a
noun names only a thing ("bench", not "backwash", which is done as well).
"""

from __future__ import annotations

import re

from composer.offline import lexicon

__all__ = ["building_work", "made_by_er", "only_a_thing", "told_of"]

# What a building is for, before "building" that names one ("the school building"); before it any
# other noun is what is built ("wheel building", "team building", "boat building").
_BUILT_FOR = frozenset(
    ["office", "school", "hospital", "church", "college", "library", "station", "apartment",
     "council", "farm", "factory", "hotel", "museum", "court", "club", "main", "new", "old",
     "listed", "heritage", "campus", "site", "clinic", "ward", "studio", "warehouse", "depot"]
)  # fmt: skip

# A clause with its own subject typed after the thing it tells of: "you're running".
_CONTACT = re.compile(
    r"^(?P<what>[\w-]+(?: [\w-]+)*?) (?P<clause>(?:you're|you are|you have|they're|we're|I'm"
    r"|I am) [a-z]+ing\b.*)$"
)


def building_work(words: list[str]) -> bool:
    """ "wheel building", "team building": a noun and "building" name the doing of it."""
    return len(words) == 2 and words[1] == "building" and words[0].lower() not in _BUILT_FOR


def told_of(text: str) -> tuple[str, str] | None:
    """ "pricing page test you're running" -> ("pricing page test", "you're running"): the
    thing, which takes its own article, and the clause telling of it; None for no such clause."""
    found = _CONTACT.match(text)
    if found is None:
        return None
    return found["what"], found["clause"]


def made_by_er(noun: str) -> bool:
    """ "underpinner", "descaler": a word the tables lack, made of a verb they know and "-er",
    names a tool or a doer, one of them counted ("the new underpinner")."""
    if lexicon.known(noun) or not noun.isalpha() or not noun.islower() or len(noun) < 6:
        return False
    stem = noun[:-2] if noun.endswith(("er", "or")) else ""
    stems = (stem, stem[:-1], stem + "e") if len(stem) > 3 and stem[-1] == stem[-2] else (stem,)
    stems = (*stems, stem + "e")  # "descaler": "descale"
    return bool(stem) and any("verb" in lexicon.classes(s) for s in stems if len(s) > 2)


def only_a_thing(noun: str) -> bool:
    """ "bench", "checklist": a noun the tables know as nothing else (no "filter backwash", which
    is done as well as had), and not made from a verb or a describing word by its ending ("S104
    adoption", "fleet maintenance": a doing, named bare)."""
    return set(lexicon.classes(noun)) == {"noun"} and not noun.endswith(_MADE_NOUN_ENDINGS)


# Endings that make a noun of a doing or a quality: "adoption", "payment", "maintenance".
_MADE_NOUN_ENDINGS = (
    "tion", "sion", "ment", "ance", "ence", "ing", "ure", "al", "ity", "ness", "age", "ery", "cy"
)  # fmt: skip
