"""A sentence whose own shape is broken, whatever note it came from: it ends on a word that
cannot end an English sentence, or its marks clash. The last gate (`flagged.stopped`) asks
`dangling` of every sentence said from the notes, after the checks that read notes-speak
and `pasted` (a piece of a note pasted whole: "which" cut from its noun, a line's capital).

    dangling("I valued the time we spent on fatigue management with.")
    # "it ends on 'with', which needs its object"

Each check reads a class of shapes, not a line: a preposition after a noun at the very end
("management with.") has lost its object, while one left at the end of a relative clause is
English ("the part I was most curious about.", "the project you told me about."); a dash and
a comma side by side ("at sea -, the last six") are two notes' marks.
"""

from __future__ import annotations

import re

from composer.offline import lexicon

__all__ = ["dangling"]

# Words that never end a sentence: articles, possessives, conjunctions.
_NEVER_LAST = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "my", "your", "our", "their", "its", "his"]
)
# Prepositions that need an object after a noun ("management with.").
_NEED_OBJECT = frozenset(
    [
        "with", "of", "for", "from", "at", "by", "into", "onto", "than", "via", "per", "about",
        "to", "between", "among", "without", "within", "toward", "towards",
    ]
)  # fmt: skip
_LAST_TWO = re.compile(r"([A-Za-z][\w'’-]*)\s+([A-Za-z]+)\s*[.!?]?[\"”’)]*\s*$")
# Marks of two notes side by side: " -," "- ," ",," " ," " ." ",." ":."
_CLASH = re.compile(r"\s[-–—],|[-–—]\s,|,,|\s,(?=\s)|\s\.$|,\.|:\.|;\.")


def dangling(text: str) -> str:
    """Why the sentence `text` is broken in its own shape, or ""."""
    last = _LAST_TWO.search(text)
    if last:
        before, word = last.group(1).lower(), last.group(2).lower()
        if word in _NEVER_LAST:
            return f"it ends on '{last.group(2)}'"
        if word in _NEED_OBJECT and _lost_object(before, text):
            return f"it ends on '{last.group(2)}', which needs its object"
    clash = _CLASH.search(text)
    if clash:
        return f"two notes' marks stand side by side ('{clash.group().strip()}')"
    return ""


def _lost_object(before: str, text: str) -> bool:
    """True when a preposition at the end, after the word `before`, has lost its object: after
    a noun that is nothing else ("management with.") or a word no table knows ("rota with."),
    or after a noun that is also a verb ("process for.") unless a relative clause could have
    left it there ("the kind of work I care about."). After a pronoun, an adjective, an adverb
    or a verb it is English ("you told me about.", "curious about.", "part of.")."""
    found = set(lexicon.classes(before))
    if not found:
        return before not in _PRONOUNS and len(before) > 2
    if found == {"noun"}:
        return True
    return found == {"noun", "verb"} and not _RELATIVE.search(text)


_PRONOUNS = frozenset(["me", "it", "us", "him", "her", "them", "you", "one", "up", "so"])
# a relative clause: a noun followed by its clause's subject ("the kind of work I care"), or
# a relative pronoun
_RELATIVE = re.compile(
    r"\b(?:that|which|who|whom)\b|\b(?!thank\b)[a-z]+ (?:I|you|we|they|he|she)\b"
)
