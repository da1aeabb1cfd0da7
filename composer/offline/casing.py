"""A clause as a sentence, or mid-sentence: its capital and final stop (`sentence`), whether
it can take another after ", and" (`joinable`), one colon to a sentence (`one_colon`), and its
first word lowered when it goes on after link words ("During my vacation work ..." -> "during my
vacation work ...", "As a teacher I ..." -> "as a teacher, I ...", `lower_start`).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import CLAUSE_OPENERS, FUNCTION_WORDS, PREPOSITIONS

_LOWER_STARTS = frozenset(
    ["my", "the", "a", "an", "our", "this", "that", "these", "those", "it", "we", "as"]
)


def sentence(text: str) -> str:
    """Capital first letter, one final stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def joinable(text: str) -> bool:
    """A short plain clause that can take another after ", and"."""
    return len(text.split()) <= 12 and not re.search(r"[,;:]", text) and text.count(" and ") <= 1


# The first words a sentence lowers when it goes mid-sentence (see `lower_start`).
_LOWERED = _LOWER_STARTS | PREPOSITIONS | CLAUSE_OPENERS


def lower_start(text: str) -> str:
    """The text with its first word lowered when it is a determiner, a preposition or a word
    that opens a clause: "My app" -> "my app", "During my vacation work" -> "during ..."."""
    first = text.split(" ", 1)[0]
    lowered = first.lower() in _LOWERED or _opener(text)
    if not (lowered and first[1:].islower()):
        return text
    return _FRONTED.sub(r"\g<front>, I ", text[0].lower() + text[1:], count=1)


# A phrase put before the subject with no comma, as a sentence may open ("As a teacher I set up
# ...", "In 2023 I ran ..."): after a link word it takes its comma ("On top of that, as a teacher,
# I set up ..."), or the clause reads as having no subject of its own.
_FRONTED = re.compile(
    rf"^(?P<front>(?:{'|'.join(sorted(PREPOSITIONS | {'as', 'while'}))}) (?:(?!I\b)[^\s,]+ ){{0,5}}"
    r"(?!I\b)[^\s,]+) I (?=[a-z])",
    re.IGNORECASE,
)


# What may follow a sentence's first word when that word opens its clause: a word in lower case,
# a figure, or the subject "I" ("Last season I ran ...", "Recently I led ...").
_GOES_ON = re.compile(r"^\S+,? (?:[a-z0-9]|I\b)")


def _opener(text: str) -> bool:
    """True when a sentence's first word is an ordinary word opening its clause, read by its
    class: a function word, an adverb or adjective ("Last season I ran", "Recently I led", "Two
    years ago I"), a verb in -ing ("Working nights, I ..."); never a noun or a verb alone, which
    may be a name ("Python", "Excel"), nor a word before another capital ("Northern Rail")."""
    first = text.split(" ", 1)[0].rstrip(",").lower()
    if first in ("i", "i'm", "i've", "i'd") or not _GOES_ON.match(text):
        return False
    kinds = lexicon.classes(first)
    return first in FUNCTION_WORDS or "adv" in kinds or "adj" in kinds or lexicon.is_gerund(first)


def one_colon(text: str) -> str:
    """Each sentence's second colon made a semicolon: a frame's colon ("One further point: ")
    before a line typed with its own ("... our audience: the figure was 38,000") would say two."""
    said = []
    for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
        head, colon, last = part.rpartition(": ")
        if not colon or ": " not in head:
            said.append(part)
        elif _SHORT_LIST.match(last):  # "I know all the finishing: bleaching, blocking, ironing
            end = last[-1] if last[-1] in ".!?" else ""  # and the ribbon" (round 57, h1521)
            said.append(f"{head} ({last.rstrip('.!?')}){end}")
        else:
            said.append(f"{head}; {last}")
    return " ".join(said)


# A list of a few short things, no clause among them: "bleaching, blocking, ironing and the
# ribbon." is said in brackets after the thing it lists, not after a semicolon.
_ITEM = (
    r"(?!(?:I|we|it|they|he|she)\b)[\w'’-]+"
    r"(?:\s+(?!(?:is|are|was|were|has|have|had)\b)[\w'’-]+){0,2}"
)
_SHORT_LIST = re.compile(rf"^{_ITEM}(?:,\s+{_ITEM}){{1,5}},?\s+and\s+{_ITEM}[.!?]?$")
