"""Sentences a letter kept that may still read as the candidate's notes: the sentence gate
passed them, but unsure, so compose asks the candidate about their notes lines too.

The gate stops what it knows reads as a note, a note's line start pasted mid-sentence among
it ("that Wish I'd said", "that Forgot to say": `pasted`); what it cannot tell without the notes
is a word with a capital in the middle of a sentence, a pronoun after it or a past tense that
is no noun, that the notes type in lower case at the start of a clause ("One more thing: Told
him I have done ..."). A letter's sentence holding one is doubtful, and the notes line it was
said from (the line that holds the word, with the most words in common with the sentence) is
asked for again: the candidate sees the sentence and rewords the line, or keeps it.

A word in lower case that no table but Webster's knows is no doubt: measured over the corpus
letters (benchmarks/doubts_branches.py) such words were a trade's or good English ("nacelle",
"corgi", "showpieces", "cutover", "powerboat"), and names typed in lower case that no
dictionary holds are the gate's to stop (`notewords.unknown_word`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from composer.models import Notes
from composer.offline import lexicon
from composer.offline.leftout import LeftOut, doubt_record
from composer.offline.screen import note_lines
from composer.offline.usable import stems

__all__ = ["Doubt", "doubted", "doubtful_word"]

# A word with a capital that is not the sentence's first, nor first after a quote or a bracket
# (where a capital is the writer's), and whether a pronoun follows it: a note's clause that
# dropped its own subject ("wish i'd said", "told them we"), pasted with a capital.
_PRONOUN = r"(?:I|I['’](?:d|m|ve|ll)|me|we|us|you|he|him|she|her|they|them|it)\b"
_CAPITAL = re.compile(rf"(?<=[a-z,;:] )(?P<word>[A-Z][a-z]{{2,}})(?P<pronoun> {_PRONOUN})?")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


@dataclass(frozen=True)
class Doubt:
    """A sentence of a letter, the word that makes it doubtful, and the notes line it came from."""

    sentence: str
    word: str
    field: str
    line: str

    def record(self) -> LeftOut:
        """The notes line as compose asks for it (`leftout.doubt_record`)."""
        return doubt_record(self.field, self.line, self.sentence)


def doubtful_word(sentence: str, notes_lower: frozenset[str], notes_capital: frozenset[str]) -> str:
    """The first word that makes `sentence` doubtful, or "": a common word given a capital
    mid-sentence that the notes type only in lower case (`notes_lower`: words typed in lower
    case at a clause's start; `notes_capital`: words typed with a capital somewhere other than
    a line's start)."""
    for found in _CAPITAL.finditer(sentence):
        word = found.group("word")
        lower = word.lower()
        # the clause's verb, with its subject dropped: a pronoun after it ("Wish I'd said"), or
        # a past tense that is no noun ("Forgot to say")
        if not found.group("pronoun") and (not lexicon.is_past(lower) or lexicon.is_noun(lower)):
            continue
        if word.lower() in notes_lower and word not in notes_capital:
            return word
    return ""


_WORDS = re.compile(r"[A-Za-z][\w'’]*")


# Where a note's clause starts: its line's start, or after a full stop, a semicolon or a dash.
_CLAUSE_START = re.compile(r"(?:^|[.!?;]\s+|\s[-–—]+\s+)$")


def _typed(lines: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words the notes type in lower case at the start of a clause (where a letter's
    sentence would give them a capital: "... XR. wish i'd said"), and the words they type with a
    capital anywhere but at such a start."""
    lower: set[str] = set()
    capital: set[str] = set()
    for line in lines:
        for found in _WORDS.finditer(line):
            word = found.group()
            start = _CLAUSE_START.search(line[: found.start()]) is not None
            if word[0].islower() and start:
                lower.add(word.lower())
            elif word[0].isupper() and not start:
                capital.add(word)
    return frozenset(lower), frozenset(capital)


def doubted(notes: Notes, bodies: Iterable[str]) -> list[Doubt]:
    """The doubtful sentences of the letters' `bodies`, each with the notes line it was said
    from, one per notes line, in the notes' order; a sentence whose word no notes line holds
    (the writer's own words) is not asked about."""
    lines = note_lines(notes)
    names = [notes.candidate.name, notes.company, notes.role]
    names += [str(p.name) for p in notes.interviewers] + [
        str(p.title or "") for p in notes.interviewers
    ]
    lower, capital = _typed([line for _, line in lines])
    capital |= _typed(names)[1] | frozenset(w for n in names for w in _WORDS.findall(str(n)))
    found: dict[str, Doubt] = {}
    for body in bodies:
        for sentence in _SENTENCE.split(body.replace("\n", " ")):
            word = doubtful_word(sentence.strip(), lower, capital)
            if not word:
                continue
            holding = [
                (len(stems(sentence) & stems(line)), field, line)
                for field, line in lines
                if re.search(rf"(?i)(?<!\w){re.escape(word)}(?!\w)", line)
            ]
            if not holding:
                continue
            _, field, line = max(holding, key=lambda item: item[0])
            found.setdefault(field, Doubt(sentence.strip(), word, field, line))
    order = [field for field, _ in lines]
    return sorted(found.values(), key=lambda doubt: order.index(doubt.field))
