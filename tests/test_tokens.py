"""A letter's words, found once: spans, stems of a stretch, openers, and the body's stems."""

from __future__ import annotations

from composer.backends.base import DraftRequest
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.rules.context import Context
from composer.rules.facts import facts_for
from composer.rules.keywords import letter_stems
from composer.rules.names import names
from composer.rules.text import parse
from composer.rules.tokens import openers, span_stems, words
from composer.rules.wording import normalise


def test_words_carry_their_offsets() -> None:
    assert words("Hi O'Neill, 12,000 docs-as-code.", 10) == [
        (10, "Hi"),
        (13, "O'Neill"),
        (22, "12,000"),
        (29, "docs-as-code"),
    ]
    assert words("a b") == [(0, "a"), (2, "b")]


def test_span_stems_take_the_words_that_begin_in_the_stretch() -> None:
    spans = words("cycling teams adopted kanban")
    # [8, 21) holds "teams" (8) and "adopted" (14); "kanban" begins at 22.
    assert span_stems(spans, 8, 21) == {"team", "adopt"}
    assert span_stems(spans, 0, 1) == {"cycl"}
    assert span_stems(spans, 28, 40) == set()


def test_openers_are_the_first_word_after_each_start() -> None:
    plain = "Hello there. Note: Budget first; 'Quoted' word"
    spans = words(plain)
    found = openers(plain, [0, 12], spans)
    # 0 -> "Hello", 12 (the space before "Note") -> "Note", the colon -> "Budget",
    # the opening quote -> "Quoted"; "there", "first" and "word" open nothing.
    assert found == frozenset({0, 13, 19, 34})


LETTER = """Subject: Thank you

Dear Dana,

Thank you for showing me the onboarding dashboards. I enjoyed the cycling story.

Best regards,
Priya Raman
P.S. The accessibility audit sounded exciting.
"""


def test_body_stems_come_from_the_body_and_postscript_only() -> None:
    letter = parse(LETTER)
    stems = letter.body_stems()
    assert stems == letter_stems(letter.body_text)
    assert {"onboard", "dashboard", "cycl", "accessibility", "audit"} <= stems
    assert "dana" not in stems and "priya" not in stems and "subject" not in stems


def test_body_stems_keep_the_pieces_of_an_address_in_the_body() -> None:
    letter = parse(LETTER.replace("cycling story", "write-up at www.example.com/cycling"))
    stems = letter.body_stems()
    # The address is blanked from the letter's words, but the body's stems read it as text.
    assert {"www", "exampl", "com", "cycl"} <= stems
    assert stems == letter_stems(letter.body_text)


def test_normalise_replaces_every_special_character_wherever_it_occurs() -> None:
    text = "‘Quoted’ it’s ʼx\u00a0a\u2007b\u2009c\u200ad\u202fe co‐op re‑do ‘again’"
    assert normalise(text) == "'Quoted' it's 'x a b c d e co-op re-do 'again'"


def test_one_parsed_letter_is_checked_against_each_notes_anew(warm_notes: Notes) -> None:
    # The rules keep what they work out for a letter (`memo`): what depends on the notes must
    # not carry over to a check of the same ParsedLetter against other notes.
    [person] = warm_notes.interviewers
    text = OfflineBackend().draft(DraftRequest(notes=warm_notes, interviewer=person)).text
    surname = person.name.split()[-1]
    misspelt = surname[:-2] + surname[-1] + surname[-2]  # two letters swapped
    letter = parse(text.replace(surname, misspelt))
    renamed_person = person.model_copy(update={"name": f"Dana {misspelt}"})
    renamed = warm_notes.model_copy(update={"interviewers": [renamed_person]})
    first = names(letter, Context(facts_for(warm_notes), facts_for(warm_notes).people[0]))
    assert [v.rule for v in first] and {v.rule for v in first} == {"names"}
    assert names(letter, Context(facts_for(renamed), facts_for(renamed).people[0])) == []
    assert names(letter, Context(facts_for(warm_notes), facts_for(warm_notes).people[0])) == first
