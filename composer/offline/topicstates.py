"""A topic typed as a noun and what it is or is doing, said as the subject it names.

Notes drop the verb "be": "battlecards outdated", "e-bike repairs growing", "deliveries late".
After "our discussion of" or "your view of" such a line reads as a clause with its verb missing
("your view of battlecards outdated"), so `stated` says it as a noun phrase: a describing word
goes before its noun ("outdated battlecards"), a change in number becomes the noun of that change
("the growth in e-bike repairs"), and anything else being done by plural things ("deadlines
slipping") is left out, since no noun phrase says it without guessing. What follows a comma or the
changing word ("since tiktok", ", bosch + shimano steps") is the note-taker's detail.
"""

from __future__ import annotations

from composer.offline import lexicon
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, PREPOSITIONS

__all__ = ["stated"]

# Verbs of a change in amount, and the noun that names the change: "the rise in ...".
_CHANGES = {
    "growing": "growth",
    "rising": "rise",
    "falling": "fall",
    "increasing": "increase",
    "decreasing": "decrease",
    "declining": "decline",
    "dropping": "drop",
    "climbing": "climb",
    "shrinking": "fall",
    "dipping": "dip",
    "spiking": "spike",
}
# Describing words that follow their noun, or mean something else before it ("the people
# involved", "the staff concerned"): never moved.
_AFTER_NOUN = frozenset(
    ["involved", "concerned", "responsible", "present", "available", "required", "needed",
     "aside", "alone", "apart", "galore", "proper", "elect", "general", "ahead", "due"]
)  # fmt: skip


# Particles of a phrasal verb typed after it: "sign off", "follow up", "handed over".
_PARTICLES = frozenset(["off", "on", "out", "up", "down", "over", "in", "back", "away", "through"])


def stated(text: str) -> str | None:
    """ "battlecards outdated" -> "outdated battlecards"; "e-bike repairs growing, bosch + shimano
    steps" -> "the growth in e-bike repairs"; "" when the line is a plural noun and what it is
    doing that no subject names ("deadlines slipping"); None when the line is not that shape."""
    words = text.split(", ", 1)[0].split()
    verb = next((i for i, w in enumerate(words) if i and _state(w)), 0)
    if not verb or not _noun_phrase(words[:verb]):
        return None
    word, noun = words[verb].lower(), " ".join(words[:verb])
    if word in _CHANGES:
        return f"the {_CHANGES[word]} in {noun}"
    if lexicon.is_gerund(word):
        plural = lexicon.is_plural_noun(words[verb - 1].lower())
        alone = all(w.lower() in _PARTICLES for w in words[verb + 1 :])  # "piling up"
        return "" if plural and alone else None
    return f"{word} {noun}" if verb == len(words) - 1 else None


def _state(word: str) -> bool:
    """A word saying what a thing is or is doing: a describing word ("outdated", "late") or a
    verb's "-ing" form ("growing"), in lower case and no noun itself."""
    lower = word.lower()
    if word != lower or lower in _AFTER_NOUN or not lower.isalpha():
        return False
    if lower in PREPOSITIONS or lower in FUNCTION_WORDS or lower in _PARTICLES:
        return False  # "CRS sign off", "support out of hours": a particle, no state
    if lower in _CHANGES:
        return True
    kinds = lexicon.classes(lower)
    if "noun" in kinds:
        return False  # "wheel building", "pricing page test": a compound of nouns
    return "adj" in kinds or lexicon.is_gerund(lower)


def _noun_phrase(words: list[str]) -> bool:
    """A bare run of nouns and their modifiers, typed in lower case, that ends in a noun."""
    if not words or any(w.lower() in DETERMINERS | PREPOSITIONS | FUNCTION_WORDS for w in words):
        return False
    if any(any(ch.isdigit() for ch in w) for w in words):
        return False  # "ISA 315 revised": a name with its number
    last = words[-1].lower()
    # a word the tables lack, typed in a note, is a term of the trade: "battlecards"
    return lexicon.is_noun(last) or lexicon.is_plural_noun(last) or not lexicon.known(last)
