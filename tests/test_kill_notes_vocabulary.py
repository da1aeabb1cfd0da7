"""What the proofreader takes from the notes (composer/rules/notes_vocabulary.py): the notes'
words and terms, and which findings are about words the candidate wrote as the notes write them.

The proofreader's own tests reach these helpers only through the real checker (minutes per run);
these call them directly, with values worked out by hand, so a mutant of any of them fails here
(benchmarks/mutation.md, session 28).
"""

from __future__ import annotations

import pytest

from composer.models import Notes
from composer.rules.notes_vocabulary import (
    copied_from_notes,
    in_notes,
    is_acronym,
    is_notes_word,
    notes_terms,
    notes_words,
    term_spans,
    word_form,
)


def _notes(warm_notes: Notes, **changes: object) -> Notes:
    return warm_notes.model_copy(update=changes)


def test_notes_words_are_every_word_of_every_field_as_written(warm_notes: Notes) -> None:
    notes = _notes(
        warm_notes,
        company="Fjord A/S",
        contribution="Okafor's runbooks, day one",
    )
    words = notes_words(notes)
    # Company, role, names, topics, contribution: each word once, with its case and apostrophe.
    assert {"Fjord", "A", "S", "Okafor's", "runbooks", "day", "one"} <= words
    assert {"Senior", "Data", "Engineer", "Dana", "Whitfield", "Lisbon", "40"} <= words
    # Punctuation and the slash are not words; a possessive stays one word.
    assert "A/S" not in words
    assert "Okafor" not in words
    assert "runbooks," not in words


def test_notes_words_compare_accents_composed(warm_notes: Notes) -> None:
    # "Ølstad" typed with a combining ring ("A" + U+030A) is the letter's precomposed "Ålstad".
    notes = _notes(warm_notes, company="A\u030alstad Consulting")
    assert "\u00c5lstad" in notes_words(notes)
    assert "A\u030alstad" not in notes_words(notes)


def test_notes_terms_are_the_words_joined_by_a_slash_or_an_ampersand(warm_notes: Notes) -> None:
    notes = _notes(
        warm_notes,
        company="Fjord A/S",
        contribution="R&D budgets (CI/CD/CT), and a plain word.",
    )
    # Edge punctuation ("(", "),") is cut off; a single word is no term. Email addresses are
    # terms too (words joined by "." and "@").
    emails = {"priya.raman@example.com", "dana.whitfield@northwind.example"}
    assert notes_terms(notes) == frozenset({"A/S", "R&D", "CI/CD/CT", *emails})


def test_a_term_is_found_only_as_a_whole_word_of_the_letter() -> None:
    text = "At Fjord A/S. Also xA/S, A/Sx, .A/S and A/S-based R&D."
    spans = sorted(term_spans(text, frozenset({"A/S", "R&D"})))
    first = text.index("A/S")
    rnd = text.index("R&D")
    assert spans == [(first, first + 3), (rnd, rnd + 3)]
    assert term_spans("No terms here.", frozenset({"A/S"})) == []


@pytest.mark.parametrize(
    ("problem", "kind", "expected"),
    [
        ("Okafor's", "Spelling", True),  # the notes' "Okafor", possessive
        ("Runbooks", "Typo", True),  # a notes word opening a sentence
        ("runbooks", "Grammar", True),
        ("runbooks", "Agreement", False),  # not a finding about one word's form
        ("runbook", "Spelling", False),  # not the notes' form
        ("Okafor runbooks", "Spelling", False),  # two words: a phrase, not one word
        ("", "Spelling", False),
    ],
)
def test_a_finding_about_a_notes_word_as_written_is_the_candidates(
    problem: str, kind: str, expected: bool
) -> None:
    forms = frozenset({"okafor", "runbooks"})
    assert is_notes_word(problem, kind, forms) is expected


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("Okafor's", "okafor"),
        ("Okafor\u2019s", "okafor"),
        ("Jones'", "jones"),
        ("OKAFOR'S", "oKAFOR"),
        ("Runbooks", "runbooks"),
        ("X2K4", "x2K4"),
        ("iPhone", "iPhone"),
        ("", ""),
    ],
)
def test_a_word_is_compared_without_its_possessive_and_its_first_capital(
    word: str, form: str
) -> None:
    assert word_form(word) == form


@pytest.mark.parametrize(
    ("problem", "kind", "expected"),
    [
        ("SDK", "Spelling", True),
        ("QA", "Spelling", True),
        ("ABCDEF", "Spelling", True),  # six capitals: the longest an acronym is taken to be
        ("ABCDEFG", "Spelling", False),
        ("CI/CD", "Spelling", False),  # not letters only (its words are checked as a term)
        ("Sdk", "Spelling", False),
        ("sdk", "Spelling", False),
        ("SDK", "Typo", False),  # only a spelling finding is let off
    ],
)
def test_capitals_only_words_are_acronyms_not_misspellings(
    problem: str, kind: str, expected: bool
) -> None:
    assert is_acronym(problem, kind) is expected


def test_a_phrase_is_in_the_notes_whatever_its_case_and_spacing(warm_notes: Notes) -> None:
    notes = _notes(warm_notes, contribution="a plan for Day  One\nonboarding")
    assert in_notes("day one onboarding", notes)
    assert in_notes("DAY ONE", notes)
    assert in_notes("  nightly   batch jobs ", notes)  # a topic
    assert not in_notes("day two", notes)
    assert not in_notes("dayone", notes)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize(
    ("kind", "text", "part", "written", "expected"),
    [
        # The span is widened to the whole word on both sides: "00m" is part of "900ms".
        ("Spelling", "We cut it to 900ms today.", "00m", "latency under 900ms", True),
        ("Spelling", "We cut it to 900ms today.", "00m", "latency under 900", False),
        # At the letter's first character there is nothing before it to widen over.
        ("Spelling", "900ms at most", "900", "900ms", True),
        ("Spelling", "900ms at most", "900", "900", False),
        # Brackets and a comma around it are not part of the words.
        ("Typo", "kept (900ms), as agreed", "900", "900ms", True),
        # Several words: as written, or with a capital because a sentence starts there.
        ("Spelling", "Day one went well.", "Day one", "ready from day one", True),
        ("Spelling", "Then day one went well.", "day one", "ready from Day one", False),
        # The case of the rest is kept: "x2k4" is a slip for the notes' "X2K4".
        ("Spelling", "the x2k4 tool", "2k", "the X2K4 tool", False),
        ("Spelling", "the X2K4 tool", "2K", "the X2K4 tool", True),
        # Another kind of finding is kept, unless it is on a capitalised name from the notes.
        (
            "Agreement",
            "the Equalities Officer role",
            "Equalities Officer",
            "Equalities Officer",
            True,
        ),
        (
            "Agreement",
            "the equalities officer role",
            "equalities officer",
            "equalities officer",
            False,
        ),
        # The whole word is compared, not the part the finding is on: "900ms" is not the notes'
        # "100ms", though "00ms" is in it; "Xrunbooks" (from its second letter) and "10X" are
        # not the notes' "runbooks" and "10 times".
        ("Spelling", "We cut it to 900ms today.", "00m", "under 100ms", False),
        ("Spelling", "Xrunbooks are ready", "runbook", "our runbooks", False),
        ("Spelling", "at 10X scale", "10", "10 times the volume", False),
        # Punctuation alone is never the notes' wording.
        ("Spelling", "well , fine", ",", "well, fine", False),
    ],
)
def test_a_finding_on_words_copied_from_the_notes_is_dropped(
    kind: str, text: str, part: str, written: str, expected: bool
) -> None:
    start, end = _span(text, part)
    assert copied_from_notes(kind, start, end, text, written) is expected


def test_a_finding_at_the_end_of_the_letter_is_widened_to_its_end() -> None:
    text = "Ready from day one"
    start, end = _span(text, "on")
    assert copied_from_notes("Spelling", start, end, text, "day one")
    assert not copied_from_notes("Spelling", start, end, text, "day on")
