"""A sentence whose own shape is broken, whatever note it came from: it ends on a word that
cannot end an English sentence, its marks clash, "which" has nothing to point back to, or a
common word keeps the capital a note's line gave it. The last gate (`flagged.stopped`) asks
`dangling` of every sentence said from the notes, after the checks that read notes-speak.

    dangling("I valued the time we spent on fatigue management with.")
    # "it ends on 'with', which needs its object"

Each check reads a class of shapes, not a line: a preposition after a noun at the very end
("management with.") has lost its object, while one left at the end of a relative clause is
English ("the part I was most curious about.", "the project you told me about."); a dash and
a comma side by side ("at sea -, the last six") are two notes' marks; "which" straight after
a verb and its preposition ("what you said about which you want") points back at nothing;
an adjective with a capital in mid-sentence, with lower-case words after it ("to contribute
Careful, well-documented practice"), is a line's first word pasted whole.
"""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.words import PREPOSITIONS

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
_WHICH = re.compile(r"\b([a-z]+) (?:about|on|of|with|over) which\b")
# a capital after a word in lower case that is no preposition ("at Ardent, and" is a name)
_CAPITAL = re.compile(r"(?<![\w'’-])([a-z]+) ([A-Z][a-z]{2,})(?=,? [a-z])")


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
    for found in _WHICH.finditer(text):
        verb = found.group(1)
        if _verb_only(verb):
            return f"'which' after '{verb}' points back at nothing"
    for found in _CAPITAL.finditer(text):
        word = found.group(2)
        if found.group(1) not in PREPOSITIONS and _common_describer(word.lower()):
            return f"a common word keeps a line's capital ('{word}')"
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


def _verb_only(word: str) -> bool:
    """A verb form that is no noun: "said", "talked", not "talk" or "report"."""
    found = lexicon.classes(word)
    return "verb" in found and "noun" not in found


def _common_describer(word: str) -> bool:
    """An adjective or adverb with no noun or verb reading ("careful", "quickly"): after a
    word in lower case that is no preposition and before one in lower case, no name's
    capital ("Senior iOS", "Master of" have a noun's), so its capital is a line's."""
    found = set(lexicon.classes(word))
    return bool(found) and found <= {"adj", "adv"}
