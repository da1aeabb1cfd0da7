"""What the proofreader takes from the notes: their words and terms, as written there.

A finding about a word the notes use, written as the notes write it ("Ølstad", "Okafor's",
"runbooks", "A/S"), is the candidate's own wording, not a mistake: these helpers say which
words and spans those are. See `composer.rules.proofread` for how they are used.
"""

from __future__ import annotations

import unicodedata

from composer import regexes as re
from composer.models import Notes, text_values

SPELLING_KINDS = frozenset({"Spelling"})

# Kinds of finding that are about one word's spelling or form; a word the notes use is exempt
# ("runbooks", "Okafor's"). Agreement, articles and repetition are still checked on notes words.
WORD_FORM_KINDS = frozenset(
    {"Spelling", "Typo", "WordChoice", "Capitalization", "BoundaryError", "Nonstandard", "Grammar"}
)  # Grammar: "Equalities Officer" read as a plural mass noun

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)
_TERM_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def notes_words(notes: Notes) -> frozenset[str]:
    """Every word written in the notes: names, company, titles, topics and the rest."""
    return frozenset(
        match.group(0)
        for value in text_values(notes.model_dump())
        for match in _WORD.finditer(unicodedata.normalize("NFC", value))
    )


def notes_terms(notes: Notes) -> frozenset[str]:
    """Notes words that join several words with a slash, an ampersand and such: "A/S"."""
    found: set[str] = set()
    for value in text_values(notes.model_dump()):
        for token in unicodedata.normalize("NFC", value).split():
            term = _TERM_EDGE.sub("", token)
            if len(_WORD.findall(term)) > 1:
                found.add(term)
    return frozenset(found)


def term_spans(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    """Where the letter writes a notes term exactly, not as part of a longer word."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        pattern = rf"(?<![\w/&.-]){re.escape(term)}(?![\w/&-])"
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return spans


def is_notes_word(problem: str, kind: str, notes_forms: frozenset[str]) -> bool:
    """True when a finding about one word's form is about a word the notes use, written so."""
    if kind not in WORD_FORM_KINDS:
        return False
    parts = _WORD.findall(problem)
    return len(parts) == 1 and word_form(parts[0]) in notes_forms


def word_form(word: str) -> str:
    """A word as compared with the notes: no possessive ending, first letter in lower case.

    "Okafor's" is "okafor" and "Runbooks" opening a sentence is "runbooks"; the rest keeps
    its case and digits, so "X2K4" matches only "X2K4" ("x2k4" is a slip).
    """
    word = _POSSESSIVE.sub("", word)
    return word[:1].lower() + word[1:]


def is_acronym(problem: str, kind: str) -> bool:
    # "CI/CD", "SDK", "QA": capitals-only tokens are abbreviations, not misspelled words.
    return kind in SPELLING_KINDS and problem.isalpha() and problem.isupper() and len(problem) <= 6


def in_notes(phrase: str, notes: Notes) -> bool:
    """True when the notes hold `phrase` (any case, any spacing)."""
    wanted = " ".join(phrase.split()).casefold()
    return any(
        wanted in " ".join(value.split()).casefold() for value in text_values(notes.model_dump())
    )


def copied_from_notes(kind: str, start: int, end: int, text: str, written: str) -> bool:
    """True for a word-form finding on words the notes write the same way ("900ms", "day one").

    The span is widened to whole words: the candidate's own wording is theirs to keep. Other
    findings are kept, except on a capitalised name copied from the notes ("Equalities
    Officer" as a job title).
    """
    capitalised = text[start : start + 1].isupper()
    if kind not in WORD_FORM_KINDS and not capitalised:
        return False
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    words = " ".join(text[start:end].strip(".,;:!?()\"'").split())
    # As written, or lower-cased at the start of a sentence; "x2k4" does not match "X2K4".
    return bool(words) and (words in written or words[0].lower() + words[1:] in written)
