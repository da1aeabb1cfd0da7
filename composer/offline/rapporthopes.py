"""A hope or plan of theirs, wished: "she wants to go back for the Feria de las Flores" -> "I
hope you get to go back for the Feria de las Flores."; "he plans to walk the Camino next summer"
-> "I hope you get to walk the Camino next summer.". The clause is already said to them ("you
want to ..."); `rapport` reads it when no other kind fits. A plan about work ("wants to hire two
more nurses") is no personal note, and one a wish cannot honestly follow ("to be", "to have",
"to stop") is left to the other readers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from composer import regexes as re
from composer.offline import lexicon

__all__ = ["hoped", "or_last_hope"]

_HOPE_VERBS = (
    r"(?:really\s+)?(?:want|hope|plan|intend|aim|mean|would\s+(?:love|like)|are\s+(?:planning"
    r"|hoping|aiming|keen)|have\s+always\s+wanted|dream\s+of\s+going)"
)
_HOPE = re.compile(rf"^you {_HOPE_VERBS} to (?P<what>(?P<verb>[a-z]+)\b.+)$")
# The verbs a personal wish cannot follow: work plans, and states a wish would presume.
_NOT_PERSONAL = frozenset({
    "hire", "recruit", "fill", "find", "expand", "grow", "open", "close", "cut", "reduce", "move",
    "restructure", "merge", "build", "launch", "sell", "buy", "replace", "be", "have", "stop",
    "quit", "leave", "retire", "lose", "get", "make", "start", "finish",
})  # fmt: skip
# The last clause of a longer note, when it is their hope: "..., she wants to go back for X".
_LAST = re.compile(
    r"(?:,|\band\b|\bbut\b|;)\s*(?P<clause>(?:she|he|they)\s+(?:really\s+)?(?:wants|hopes|plans"
    r"|intends|would\s+(?:love|like)|is\s+(?:planning|hoping)|are\s+(?:planning|hoping))\s+to\s+"
    r"[^,;]+?)[.!]*$",
    re.IGNORECASE,
)


def hoped(clause: str) -> tuple[str, dict[str, str]] | None:
    """The phrasebook section and values of a wish for a hope of theirs ("you want to go back
    for the Feria"), or None when `clause` is no such hope or one a wish cannot follow."""
    found = _HOPE.match(clause.strip().rstrip(".!"))
    if found is None or found["verb"] in _NOT_PERSONAL:
        return None
    if not lexicon.is_base_verb(found["verb"]):
        return None
    if re.search(r"\b(?:my|me|I|our|us|the team|the company|the role|the job)\b", found["what"]):
        return None  # the candidate or the work in it: not a wish of theirs to say back
    if re.fullmatch(r"(?:go|come|visit|travel)(?: there)?(?: (?:next|this|in|one|some)\b.*)?",
                    found["what"]):  # fmt: skip
        return None  # "he want to go next year": where to, the note said before, unsaid here
    return "wish_hope", {"what": found["what"]}


# The last clause of a longer note, when it is an event their side will host: "... and that the
# company will host a public exhibition for its anniversary in October".
_HOSTING = re.compile(
    r"(?:,|;|\band|\bsaid|\bmentioned)\s+(?:that\s+)?(?:the\s+(?:company|museum|firm|team|club|school|centre|center)"
    r"|they|(?:his|her|their)\s+team)\s+(?:will|is\s+going\s+to|are\s+going\s+to)\s+"
    r"(?P<verb>host|hold|stage|run)\s+(?P<what>(?:a|an|the|its|their)\s[^,;]+?)[.!]*$",
    re.IGNORECASE,
)
_AHEAD = re.compile(
    r"\b(?:in [A-Z][a-z]+|next (?:week|month|year|spring|summer|autumn|fall|winter)"
    r"|this (?:week|month|spring|summer|autumn|fall|winter))$"
)
_HOSTING_SAID = {"host": "hosting", "hold": "holding", "stage": "staging", "run": "running"}


def last_hope(note: str) -> str | None:
    """The clause of a longer note that is their hope ("She was in Medellín last year and loved
    it, she wants to go back for the Feria" -> "she wants to go back for the Feria"), or an event
    their side will host, said as hosted ("..., and that the company will host a public
    exhibition for its anniversary in October" -> "they are hosting a public exhibition for the
    anniversary in October"); None for any other note."""
    note = " ".join(note.split())
    found = _LAST.search(note)
    if found:
        return _placed(found["clause"], note[: found.start()])
    hosting = _HOSTING.search(note)
    if hosting is None or not _AHEAD.search(hosting["what"]):
        return None  # "... a farewell event for the families": no time to wish it for
    what = re.sub(r"\b(?:its|their) (?=anniversary|centenary|jubilee)", "the ", hosting["what"])
    return f"they are {_HOSTING_SAID[hosting['verb'].lower()]} {what}"


# A hope to go with no place ("he wants to go next year") after the place was named ("he has
# never visited Greece yet"): the place said in the hope.
_GO_NOWHERE = re.compile(
    r"^(?P<hope>.+?\bto) (?P<verb>go|travel|come)(?: there)?(?P<when> (?:next|this|one|some)\b.*)?$"
)
_PLACE_NAMED = re.compile(
    r"\b(?:visit(?:s|ed)?|been to|gone to|go to|travel(?:led|ed)? to|seen)\s+"
    r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)


def _placed(clause: str, before: str) -> str:
    """`clause` with the place `before` named, when the hope goes nowhere by itself."""
    going, place = _GO_NOWHERE.match(clause), _PLACE_NAMED.search(before)
    if going is None or place is None:
        return clause
    where = "visit" if going["verb"] == "go" else f"{going['verb']} to"
    return f"{going['hope']} {where} {place['place']}{going['when'] or ''}"


class _Said(Protocol):
    @property
    def text(self) -> str | None: ...


Said = TypeVar("Said", bound=_Said)


def or_last_hope(note: str, said: Said, read: Callable[[str], Said]) -> Said:
    """`said` when it says something, else the line `read` from the note's last clause when that
    clause is their hope ("..., she wants to go back for the Feria"), else `said`."""
    hope = None if said.text else last_hope(note)
    return read(hope) if hope else said
