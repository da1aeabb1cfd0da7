"""Whether a point of the candidate's names what a reader's personal line says already: their
letter would say it twice."""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.models import Interviewer
from composer.offline.words import FUNCTION_WORDS

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
    rapport = " ".join(person.rapport)
    if (_names(point) & _names(rapport)) - common:
        return True
    # typed in lower case in both ("BA fashion buying + merch - leeds beckett" beside "we both
    # did fashion buying + merch at leeds beckett"): two words side by side in each
    return bool({p for p in _pairs(point) & _pairs(rapport) if not set(p) & common})


def _pairs(text: str) -> set[tuple[str, str]]:
    """Two words side by side, neither a small word: ("leeds", "beckett")."""
    words = [w.casefold() for w in re.findall(r"[\w'-]+", text)]
    return {
        (a, b)
        for a, b in itertools.pairwise(words)
        if len(a) > 3 and len(b) > 3 and not {a, b} & FUNCTION_WORDS
    }
