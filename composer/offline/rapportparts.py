"""A personal note typed as two parts with a comma, whose whole cannot be said: the first part
on its own when the second is an aside about the same thing ("loves wild swimming, does the lake
every sat" -> "loves wild swimming").

Only a note of exactly two parts of two words or more is split, never one about a sad or
private matter ("her dog died, got a new puppy"), and never one whose second part speaks of the
candidate ("big into bouldering, i mentioned ..."): that part is no aside.
"""

from __future__ import annotations

import re

from composer.offline.rapportpatterns import SAD

__all__ = ["first_part"]

_MINE = re.compile(r"(?i)\b(?:i|i'[a-z]+|me|my|we|we're|us|our)\b")


def first_part(note: str) -> str | None:
    """The first part of a note typed "A, B" whose B is an aside, or None."""
    if SAD.search(note):
        return None
    split = [part.strip(" .!") for part in re.split(r",\s+", " ".join(note.split()))]
    if len(split) != 2 or any(len(part.split(" ")) < 2 for part in split):
        return None
    return None if _MINE.search(split[1]) else split[0]
