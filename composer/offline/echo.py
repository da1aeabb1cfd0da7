"""Whether a point of the candidate's names what a reader's personal line says already: their
letter would say it twice."""

from __future__ import annotations

import re

from composer.models import Interviewer

# A name in a note: a capitalised word, not the first of the note nor "I" ("Ohio State").
_NAME = re.compile(r"(?<=\S )[A-Z][\w'-]*\b")


def _names(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _NAME.findall(f"x {text}") if w != "I")


def echoes(point: str, person: Interviewer, field: str = "") -> bool:
    """True when the point names a place or body their personal line says already ("M.Ed,
    Ohio State" beside "we both went to Ohio State"): their letter would say it twice.

    A word of `field` (the role and company) names the work itself, no place or body: "CIoF
    Cert in Fundraising" beside "recommended Fundraising Everywhere podcast" for a fundraising
    manager is said once each."""
    common = {w.casefold() for w in re.findall(r"[\w'-]+", field)}
    return bool((_names(point) & _names(" ".join(person.rapport))) - common)
