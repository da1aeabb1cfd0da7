"""How sure the writer is of a sentence it printed from a notes line: the last gate (`flagged.
gated`) has let it pass, but the writer knows how it said it, and a few ways of saying a note
are guesses. `compose --ask` asks about the few sentences it is least sure of (after the lines
left out), each shown as printed: Enter keeps it, a sentence typed replaces it, "-" drops it.

Each signal is a property of the sentence beside the line it was said from, not a list of the
words seen in the corpus:
- a clause the notes typed as the candidate's own ("i only mentioned xpress", "i hesitated"),
  kept as typed: the note's "i" in lower case is a note, and the writer put it in a frame
  unread ("You asked about election software I only mentioned Xpress.");
- a note's first word taken for the verb although it is a noun too, with an article the
  writer added after it ("wound care champion cert": "I wound the care champion certificate");
- a run of the note's words kept as typed that holds a word no English table or dictionary
  knows (a name or a product typed in lower case, a clipped word: "DCP ingest", "exocad");
- a run of four or more of a shorthand line's words kept as typed with no verb among them, at
  the end of a frame ("our talk about tunnel washer downtime mondays").
The weights order the sentences (the least sure first); a sentence with no signal is sure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from composer.offline import lexicon
from composer.offline.dictionary import in_dictionary
from composer.offline.notewords import english
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, PREPOSITIONS

__all__ = ["Guess", "guess_in"]


@dataclass(frozen=True)
class Guess:
    """Why the writer is unsure of a sentence, and how unsure (more is less sure)."""

    why: str
    weight: int


_WORD = re.compile(r"[A-Za-z0-9][\w'’&/+.-]*[\w%]|[A-Za-z0-9]")
# A line typed as a note, not with care: it starts in lower case, or holds a note's marks.
_NOTE_MARKS = re.compile(r"^[a-z]|[+~&@/]|->|\s[-–—]\s|\bw/|\b(?:i|im|ive|id)\b")


def _words(text: str) -> list[str]:
    return [w.rstrip(".") for w in _WORD.findall(text)]


def _runs(sentence: list[str], line: list[str]) -> list[tuple[int, int]]:
    """The runs of `line`'s words that `sentence` keeps as typed (case aside), as (start, end)
    in `line`, longest first; runs of two words or more."""
    said = [w.lower() for w in sentence]
    typed = [w.lower() for w in line]
    found: list[tuple[int, int]] = []
    for start in range(len(typed)):
        for at in range(len(said)):
            length = 0
            while (
                start + length < len(typed)
                and at + length < len(said)
                and typed[start + length] == said[at + length]
            ):
                length += 1
            if length >= 2:
                found.append((start, start + length))
    return sorted(set(found), key=lambda run: run[0] - run[1])


def _guessed_verb(sentence: list[str], line: list[str]) -> Guess | None:
    """The line's first word said as the candidate's verb with an article the writer put after
    it, when that word is a noun too: "wound care" said "I wound the care"."""
    if len(line) < 2 or not line[0].islower():
        return None
    first, second = line[0], line[1].lower()
    if not lexicon.is_noun(first) or not lexicon.is_noun(second):
        return None
    said = [w.lower() for w in sentence]
    for at in range(len(said) - 3):
        if (
            said[at] == "i"
            and said[at + 1] == first
            and said[at + 2] in DETERMINERS
            and said[at + 3] == second
        ):
            return Guess(f"a note's word taken for a verb ('{first} {second}')", 3)
    return None


def _unknown(word: str) -> bool:
    """A word in lower case that no English table or dictionary knows (a name or a product
    typed in lower case, a word cut short)."""
    plain = word.strip("'’").lower()
    return (
        word.islower()
        and plain.isalpha()
        and len(plain) >= 3
        and not english(plain)
        and not in_dictionary(plain)
    )


def _unknown_kept(sentence: list[str], line: list[str], typed: str) -> Guess | None:
    """A run of a shorthand line's words kept as typed that holds a word no table knows (a
    careful line's word is the candidate's: "handloom", "colourway")."""
    if not _NOTE_MARKS.search(typed):
        return None
    said = set(sentence)  # as printed: a name given its capital is read
    for start, end in _runs(sentence, line):
        for word in line[start:end]:
            if word in said and _unknown(word):
                return Guess(f"a word of the notes no dictionary knows, kept ('{word}')", 2)
    return None


# A bracket and what it holds: "(preschool, RTÉjr)", "(NALA)".
_ASIDE = re.compile(r"\((?P<inside>[^()]+)\)")


def _aside_kept(sentence: str, line: str) -> Guess | None:
    """A bracket the notes typed, kept in the sentence as typed: a note's aside ("boarded 6 eps
    of Puddle & Pip (preschool, RTÉjr)"), which a sentence would say in words or leave out."""
    for found in _ASIDE.finditer(sentence):
        inside = found.group("inside").strip()
        if f"({inside})" in line and not inside[:1].isdigit():  # "(2023)": a year
            return Guess(f"a bracket of the notes kept as typed ('({inside})')", 2)
    return None


def _verbless(word: str) -> bool:
    low = word.lower()
    return not (
        lexicon.is_past(low)
        or lexicon.is_base_verb(low)
        or lexicon.is_third_person(low)
        or lexicon.is_gerund(low)
    ) or lexicon.is_noun(low)


def _bare_run(sentence: list[str], line: list[str], typed: str) -> Guess | None:
    """Four or more of a shorthand line's words kept as typed at the sentence's end, no verb
    and no small word among them: the note's noun run put in a frame unread."""
    if not _NOTE_MARKS.search(typed):
        return None
    said = [w.lower() for w in sentence]
    for start, end in _runs(sentence, line):
        kept = [w.lower() for w in line[start:end]]
        if (
            len(kept) >= 4
            and said[-len(kept) :] == kept
            and all(_verbless(w) for w in kept)
            and not set(kept) & (DETERMINERS | PREPOSITIONS | FUNCTION_WORDS)
        ):
            return Guess(f"the note's words kept as typed ('{' '.join(kept)}')", 1)
    return None


# Where a topic typed as a note ends its head: a dash, a comma, a colon, a bracket, an arrow.
_HEAD_END = re.compile(r"\s[-–—]+\s|,|:|\(|->|;")


def _topic_as_typed(sentence: str, line: str) -> Guess | None:
    """A topic typed as a note ("farm call outs, ute w/ full fitout"), its head said as typed
    after a frame's preposition with no article ("our talk about farm call outs"): the topic
    readers found nothing to turn, and the writer could not tell a thing from a doing."""
    if not line[:1].islower():
        return None
    head = _HEAD_END.split(line, maxsplit=1)[0].strip()
    words = head.split()
    if len(words) < 2 or words[0].lower() in DETERMINERS:
        return None
    found = re.search(rf"(?i)\b(\w+) {re.escape(head)}\b", sentence)
    if found is None or found.group(1).lower() not in PREPOSITIONS:
        return None
    return Guess(f"a topic said as typed ('{head}')", 1)


def guess_in(sentence: str, line: str, topic: bool = False) -> Guess | None:
    """Why the writer is unsure of `sentence`, said from the notes `line` (a reader's topic when
    `topic`), or None (sure): the strongest signal found."""
    said, typed = _words(sentence), _words(line)
    found = [
        _topic_as_typed(sentence, line) if topic else None,
        _guessed_verb(said, typed),
        _unknown_kept(said, typed, line),
        _aside_kept(sentence, line),
        _bare_run(said, typed, line),
    ]
    doubts = [d for d in found if d is not None]
    return max(doubts, key=lambda d: d.weight) if doubts else None
