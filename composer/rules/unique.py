"""The `unique` rule: letters to different interviewers of one interview must differ."""

from __future__ import annotations

import functools

from composer import regexes as re
from composer.english import TITLES, WORD_RE
from composer.rules.context import finding
from composer.rules.facts import Facts
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter

SHARED_LIMIT = 0.5
_PUNCTUATION_RE = re.compile(r"[^\w\s<>]+")


def normalised_sentences(letter: ParsedLetter, facts: Facts) -> set[str]:
    """The body sentences with every interviewer's name words replaced by one placeholder."""
    names = _names(facts)
    result = {_normalised(sentence.text, names) for sentence in letter.sentences}
    result.discard("")  # a sentence with no words
    return result


@functools.lru_cache(maxsize=8)
def _names(facts: Facts) -> frozenset[str]:
    """The words that name an interviewer (each name's words and the titles)."""
    return frozenset(token for person in facts.people for token in person.tokens) | TITLES


# A panel's letters are compared with each other many times while its wordings are tried:
# each sentence is normalised once.
@functools.lru_cache(maxsize=2048)
def _normalised(sentence: str, names: frozenset[str]) -> str:
    words = [m.group().casefold() for m in WORD_RE.finditer(sentence)]
    return " ".join("<name>" if w in names or w.removesuffix("'s") in names else w for w in words)


def shared_share(mine: set[str], theirs: set[str]) -> float:
    """The part of the shorter letter's sentences that the other letter has too."""
    if not mine or not theirs:
        return 0.0
    return len(mine & theirs) / min(len(mine), len(theirs))


def unique(letters: list[tuple[str, ParsedLetter]], facts: Facts) -> list[list[Violation]]:
    """For each (to, letter): a violation per other interviewer's letter it mostly repeats."""
    sentence_sets = [normalised_sentences(letter, facts) for _, letter in letters]
    return [
        [
            found
            for j, (to_j, _) in enumerate(letters)
            if i != j and to_i != to_j
            for found in _repeat(to_i, sentence_sets[i], to_j, sentence_sets[j])
        ]
        for i, (to_i, _) in enumerate(letters)
    ]


def repeats(
    to: str, letter: ParsedLetter, earlier: list[tuple[str, ParsedLetter]], facts: Facts
) -> list[Violation]:
    """The `unique` findings of one letter to `to` against the letters written before it."""
    mine = normalised_sentences(letter, facts)
    return [
        found
        for other_to, other in earlier
        if other_to != to
        for found in _repeat(to, mine, other_to, normalised_sentences(other, facts))
    ]


def _repeat(to_i: str, mine: set[str], to_j: str, theirs: set[str]) -> list[Violation]:
    """A violation when the letter to `to_i` mostly repeats the one to `to_j`, else none."""
    share = shared_share(mine, theirs)
    if share <= SHARED_LIMIT:
        return []
    common = len(mine & theirs)
    return [
        finding(
            "unique",
            f"this letter shares {common} of its sentences ({share:.0%}) with the "
            f"letter to {to_j}, apart from the names. Interviewers compare notes: "
            f"write about what {to_i} discussed with you instead.",
            fix=f"Rewrite the letter around what {to_i} discussed; do not reuse the "
            f"sentences of the letter to {to_j}.",
        )
    ]
