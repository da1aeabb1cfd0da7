"""How sure the writer is of a sentence it printed from a notes line: the last gate (`flagged.
gated`) has let it pass, but the writer knows how it said it, and a few ways of saying a note
are guesses. `compose --ask` asks about the few sentences it is least sure of (after the lines
left out), each shown as printed: Enter keeps it, a sentence typed replaces it, "-" drops it.

Each signal is a property of the sentence beside the line it was said from, not a list of the
words seen in the corpus:
- a note's first word taken for the verb although it is a noun too, with an article the
  writer added after it ("wound care champion cert": "I wound the care champion certificate");
- a bracket of the notes kept as typed ("(preschool, RTÉjr)");
- a note's words said as a field of work that end on a plural noun, a thing ("three years of
  experience in freelance boards");
The weights order the sentences (the least sure first); a sentence with no signal is sure. A
word of the notes no dictionary knows is no signal here: the gate stops it (`notewords`).
"""

from __future__ import annotations

from dataclasses import dataclass

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS

__all__ = ["Guess", "guess_in"]


@dataclass(frozen=True)
class Guess:
    """Why the writer is unsure of a sentence, and how unsure (more is less sure)."""

    why: str
    weight: int


_WORD = re.compile(r"[A-Za-z0-9][\w'’&/+.-]*[\w%]|[A-Za-z0-9]")


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


def _field_guessed(sentence: list[str], line: list[str]) -> Guess | None:
    """The note's words said as a field of work ("N years of experience in X") when their last
    word is a plural noun, a thing one counts: "3 yrs freelance boards" said "three years of
    experience in freelance boards" (a field is a doing or a mass: "in dispatch")."""
    said = [w.lower() for w in sentence]
    if not any(said[at : at + 2] == ["experience", "in"] for at in range(len(said) - 1)):
        return None
    for start, end in _runs(sentence, line):
        kept = [w.lower() for w in line[start:end]]
        for at in range(len(said) - len(kept) - 1):
            if said[at : at + 2] != ["experience", "in"]:
                continue
            if said[at + 2 : at + 2 + len(kept)] != kept:
                continue
            if lexicon.is_plural_noun(kept[-1]) and not lexicon.is_gerund(kept[-1]):
                return Guess(f"a thing said as a field of work ('{' '.join(kept)}')", 2)
    return None


def guess_in(sentence: str, line: str) -> Guess | None:
    """Why the writer is unsure of `sentence`, said from the notes `line`, or None (sure): the
    strongest signal found."""
    said, typed = _words(sentence), _words(line)
    found = [
        _guessed_verb(said, typed),
        _aside_kept(sentence, line),
        _field_guessed(said, typed),
    ]
    doubts = [d for d in found if d is not None]
    return max(doubts, key=lambda d: d.weight) if doubts else None
