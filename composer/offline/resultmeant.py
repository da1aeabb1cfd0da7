"""Results typed as a bare comparison after an action's arrow or dash, said after the action:
"-> fewer disputes at month end" -> ", which meant fewer disputes at month end"; "-> invoicing
3 days faster" -> ", which made invoicing three days faster". What the comparison measures is
the notes' own noun; a line whose words do not read as one is left to the other readers."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import PREPOSITIONS, SMALL_NUMBERS

__all__ = ["compared"]

# "fewer disputes at month end", "less rework on site", "more repeat orders".
_MORE_LESS = re.compile(
    r"(?P<way>fewer|less|more) (?P<what>[a-z][\w-]*(?: [a-z][\w-]*){0,2}?)"
    r"(?P<where> (?:at|on|in|from|across|for|per|each|a) [a-z][\w -]*)?"
)
# "invoicing 3 days faster", "month end close 2 days sooner", "quotes 40% quicker".
_FASTER = re.compile(
    r"(?P<what>(?:the )?[a-z][\w-]*(?: [a-z][\w-]*){0,2}) "
    rf"(?P<n>(?:about )?(?:\d[\d.,]*|{'|'.join(SMALL_NUMBERS)}|ten|twelve)"
    r"(?:%| (?:minutes?|hours?|days?|weeks?|months?)))"
    r" (?P<how>faster|quicker|sooner|earlier|shorter)"
)
# Words that are no measure's own: "more than", "less of the", "fewer of them".
_NOT_HEADS = PREPOSITIONS | frozenset(["than", "the", "a", "an", "of", "and", "or", "than"])


def _nouns(words: str) -> bool:
    """Each word a noun, an adjective or a gerund, the last a noun: a measure's name."""
    parts = words.removeprefix("the ").split()
    if not parts or any(p in _NOT_HEADS for p in parts):
        return False
    last = parts[-1]
    head = lexicon.is_noun(last) or lexicon.is_plural_noun(last) or lexicon.is_gerund(last)
    return head and all(lexicon.known(p) for p in parts)


def compared(text: str) -> str | None:
    """The tail said for a comparison typed as a result, or None for any other text."""
    found = _MORE_LESS.fullmatch(text)
    if found is not None and _nouns(found["what"]):
        return f", which meant {text}"
    found = _FASTER.fullmatch(text)
    if found is not None and _nouns(found["what"]):
        return f", which made {found['what']} {found['n']} {found['how']}"
    return None
