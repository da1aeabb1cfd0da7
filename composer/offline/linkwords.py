"""The letter's own link words before a clause ("Beyond that, ", "On that point, ", "In my own
work, "), read from the phrasebook, so the last gate (`wellformed`) judges the clause after one
as a sentence: "Beyond that, RevPAR went up by 11% ..." has a subject and a verb of its own."""

from __future__ import annotations

import functools
from collections.abc import Callable

from composer import regexes as re
from composer.offline.phrasebook import BOOK

# Why a sentence fails when a comma joins two clauses with no word between.
SPLICED = "two sentences are joined by a comma"
_OPENING = re.compile(r"(?P<link>[A-Z][a-z' ]+), \{clause_lower\}")


@functools.cache
def _link_openings() -> re.Pattern[str]:
    """The phrasebook's link words before a clause, as one pattern."""
    openings = {
        found["link"]
        for wordings in BOOK.values()
        for texts in wordings.values()
        for text in texts
        if (found := _OPENING.match(text))
    }
    return re.compile("^(?:" + "|".join(map(re.escape, sorted(openings))) + "), (?=[A-Za-z])")


def linked_clause(text: str) -> str:
    """The clause after one of the phrasebook's link words, given its capital ("Beyond that,
    RevPAR went up ..." -> "RevPAR went up ..."); the sentence as it is when it has none."""
    found = _link_openings().match(text)
    if found is None:
        return text
    clause = text[found.end() :]
    return clause[0].upper() + clause[1:]


def judged(text: str, check: Callable[[str], str], only: str = "") -> str:
    """`check(text)`, the reason a sentence fails, or "" when the clause after a link word of
    the letter's passes it (only for a reason that starts with `only`, when given): the comma
    after "Beyond that" is the link word's, not a splice, and the clause has its own subject."""
    why = check(text)
    if not why or not why.startswith(only):
        return why
    clause = linked_clause(text)
    return why if clause == text or check(clause) else ""
