"""A printed letter's letterhead and title-case headlines (composer/rules/letterhead.py).

Each test pins, with values worked out by hand, behaviour that a surviving mutant of
letterhead.py showed no other test held: the `-ing` word before a small word, the majority of
capitals that makes a headline title case, where a hidden stretch starts and ends, which line a
word was found on, and where an invented letterhead part starts.
The facts are built inside each test (a fixture), so a change to the code under test reaches them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules.facts import Facts, build_facts
from composer.rules.letterhead import (
    _headline_word_known,
    _title_case,
    from_notes,
    headline_line,
    is_date_line,
    letterhead_line,
    letterhead_lines,
    title_case_headlines,
    unchecked_lines,
)
from composer.rules.text import Line, ParsedLetter, parse

KESTREL_NOTES = Path(__file__).resolve().parent / "corpus" / "notes" / "kestrel_letter.json"

# A short printed letter to Helen Brassington (tests/corpus/notes/kestrel_letter.json). Lines:
# 1 sender, 2 blank, 3 date, 4 blank, 5 Re line, 6 blank, 7 greeting, 8 blank, 9 body,
# 10 blank, 11 sign-off, 12 blank, 13 signature.
LETTER = (
    "Tomás Ó Briain\n"
    "\n"
    "19 November 2026\n"
    "\n"
    "Re: Claims Analyst Interview\n"
    "\n"
    "Dear Ms. Brassington,\n"
    "\n"
    "Thank you for the interview. I enjoyed gardening talk.\n"
    "\n"
    "Yours sincerely,\n"
    "\n"
    "Tomás Ó Briain\n"
)


@pytest.fixture
def notes() -> Notes:
    return load_notes(KESTREL_NOTES)


@pytest.fixture
def facts(notes: Notes) -> Facts:
    return build_facts(notes)


def _line(letter: ParsedLetter, number: int) -> Line:
    (line,) = [line for line in letter.lines if line.number == number]
    return line


# --- date lines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19 November 2026", True),
        ("Date: 19 November 2026", True),
        ("  date : 19/11/2026", True),  # the label in any case, spaces around it
        ("Cork, 19 November 2026", False),  # a word beside the date
        ("Date: 19 November 2026 Cork", False),
        ("Ireland", False),  # no digit at all
        ("Flat 2", False),
    ],
)
def test_a_date_line_holds_only_a_date(text: str, expected: bool) -> None:
    assert is_date_line(Line(1, 0, text)) is expected


# --- title case ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank You for the Interview", True),  # Thank, Interview: 2 of 2
        ("Thanks about Claims work", False),  # Thanks, about, Claims, work: 2 of 4 is no majority
        ("Thanks About Claims work", True),  # 3 of 4
        ("Thanks about claims work", False),  # 1 of 4
        ("Chat with Team", True),  # four-letter words count: Chat, with, Team: 2 of 3
        ("Re: Q3 Ok", False),  # no word of four letters or more
        ("", False),
        ("Ab12 Cd34 good", False),  # digits are no letters: only "good" counts, 0 of 1
    ],
)
def test_title_case_is_most_longer_words_capitalised(text: str, expected: bool) -> None:
    assert _title_case(text) is expected


def test_title_case_headlines_are_the_subject_and_re_lines_in_title_case() -> None:
    letter = parse(
        "Subject: Thank You for the Interview\n\nRE: Claims Analyst Interview\n"
        "re: the claims analyst interview\n\nDear Ms. Brassington,\n\nThank you.\n\n"
        "Yours sincerely,\n\nTomás Ó Briain\n"
    )
    assert [line.number for line in title_case_headlines(letter)] == [1, 3]
    plain = parse("Subject: thank you for the interview\n\nDear Ms. Brassington,\n\nThanks.\n")
    assert title_case_headlines(plain) == []
    no_subject = parse("Re: Claims Analyst Interview\n\nDear Ms. Brassington,\n\nThanks.\n")
    assert [line.text for line in title_case_headlines(no_subject)] == [
        "Re: Claims Analyst Interview"
    ]


# --- words of a headline ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "following", "expected"),
    [
        # a verb form of six letters or more before a small word is no name
        ("Paving", "With", True),
        ("Paving", "the", True),
        ("Paving", "Roads", False),  # not before a small word
        ("Paving", "", False),  # the last word
        ("Swing", "With", False),  # five letters: too short to be read as a verb form
        ("Pavers", "With", False),  # no -ing
        # occasion words, stop words, notes words and the letter's own lower-case words
        ("Interview", "", True),
        ("About", "", True),
        ("Backlogs", "", True),  # the notes' "backlog"
        ("Gardens", "", True),  # the letter's "gardening"
        ("Osprey", "", False),
        # each part of a hyphenated word must be known
        ("Follow-Through", "", True),  # "follow", "through"
        ("Follow-Osprey", "", False),
        ("Osprey-Follow", "", False),
        ("Follow-Paving", "With", True),  # the last part is the -ing word before the small one
    ],
)
def test_which_headline_words_are_known(
    facts: Facts, word: str, following: str, expected: bool
) -> None:
    letter = parse(LETTER)
    assert _headline_word_known(word, following, letter, facts) is expected


def test_a_capitalised_word_in_the_prose_supports_no_headline_word(facts: Facts) -> None:
    letter = parse(LETTER.replace("I enjoyed gardening talk.", "Gardening was fun."))
    assert not _headline_word_known("Gardens", "", letter, facts)
    letter = parse(LETTER.replace("I enjoyed gardening talk.", "I enjoyed gardening2 talk."))
    assert not _headline_word_known("Gardens", "", letter, facts)


HEADLINE = "Re: Osprey Paving With 19 Claims, 600 Interview Falcon"
#           0   4      11     18   23 26      34  38        48


def _headline(facts: Facts) -> tuple[ParsedLetter, Line]:
    letter = parse(LETTER.replace("Re: Claims Analyst Interview", HEADLINE))
    line = _line(letter, 5)
    assert line.text == HEADLINE
    return letter, line


def test_a_headline_line_names_each_unknown_word_and_number_with_its_offset(
    facts: Facts,
) -> None:
    letter, line = _headline(facts)
    start = line.start
    assert headline_line(letter, line, facts, []) == [
        (start + 4, "Osprey", "re word"),
        (start + 23, "19", "number"),  # the interview was on the 18th; 600 is in the notes
        (start + 48, "Falcon", "re word"),  # words after a number are read too
    ]


def test_a_small_word_that_ends_the_headline_still_follows_the_ing_word(facts: Facts) -> None:
    letter = parse(LETTER.replace("Re: Claims Analyst Interview", "Re: Paving With"))
    assert headline_line(letter, _line(letter, 5), facts, []) == []


def test_a_subject_line_word_is_a_subject_word(facts: Facts) -> None:
    letter = parse(LETTER.replace("Re: Claims Analyst Interview", "Subject: Osprey Interview"))
    assert letter.subject is not None
    start = letter.subject.start
    assert headline_line(letter, letter.subject, facts, []) == [
        (start + 9, "Osprey", "subject word")
    ]


@pytest.mark.parametrize(
    ("hidden", "expected"),
    [
        ([(4, 10)], ["19", "Falcon"]),  # exactly "Osprey"
        ([(0, 5)], ["19", "Falcon"]),  # a stretch that ends just after the word's start
        ([(0, 4)], ["Osprey", "19", "Falcon"]),  # ends at the word's start
        ([(5, 10)], ["Osprey", "19", "Falcon"]),  # starts after it
        ([(23, 25)], ["Osprey", "Falcon"]),
        ([(0, 1), (23, 24)], ["Osprey", "Falcon"]),  # any of several
    ],
)
def test_a_hidden_stretch_hides_the_words_starting_in_it(
    facts: Facts, hidden: list[tuple[int, int]], expected: list[str]
) -> None:
    letter, line = _headline(facts)
    moved = [(line.start + a, line.start + b) for a, b in hidden]
    assert [word for _, word, _ in headline_line(letter, line, facts, moved)] == expected


# --- lines other rules own; the letterhead ---------------------------------------------------


def test_unchecked_lines_are_greeting_signoff_signature_and_letterhead_dates() -> None:
    assert unchecked_lines(parse(LETTER)) == {3, 7, 11, 13}
    no_date = parse(LETTER.replace("19 November 2026", "Cork"))
    assert unchecked_lines(no_date) == {7, 11, 13}
    # a date in the body is no letterhead date line
    body = parse("Dear Ms. Brassington,\n\n19 November 2026\n\nThanks.\n\nBest,\n\nTomás\n")
    assert 3 not in unchecked_lines(body)


def test_letterhead_lines_are_above_the_greeting_of_a_printed_letter(notes: Notes) -> None:
    letter = parse(LETTER)
    assert [line.number for line in letterhead_lines(letter, build_facts(notes))] == [1, 3]
    email = notes.model_copy(update={"channel": "email"})
    assert letterhead_lines(letter, build_facts(email)) == ()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["head", "of", "marine", "claims"], True),  # one whole field
        (["marine", "claims"], True),  # part of one field
        (["marine", "kestrel"], False),
        (["head", "of", "marine", "claims", "at", "kestrel", "maritime", "insurance"], True),
        (["kestrel", "maritime", "insurance", "and", "ireland"], True),
        (["kestrel", "maritime", "insurance", "ireland"], True),  # no joining word needed
        (["kestrel", "maritime", "insurance", "at"], True),
        (["kestrel", "maritime", "insurance", "at", "at"], True),
        (["kestrel", "maritime", "insurance", "cork"], False),
        (["claims", "at", "kestrel", "maritime", "insurance"], False),  # "claims" is no field
        (["ireland", "kestrel", "maritime"], False),  # the last field cut short
        (["and", "head", "of", "marine"], False),
    ],
)
def test_letterhead_words_repeat_notes_fields(
    facts: Facts, words: list[str], expected: bool
) -> None:
    assert from_notes(words, facts) is expected


def _head(text: str) -> tuple[ParsedLetter, Line]:
    letter = parse(LETTER.replace("Tomás Ó Briain\n\n19", f"{text}\n\n19", 1))
    line = _line(letter, 1)
    assert line.text == text
    return letter, line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parts from the notes, a date and a phone number pass
        ("Head of Marine Claims, Kestrel Maritime Insurance", []),
        ("Helen Brassington | +353 1 555 0199", []),
        ("Ireland, 19 November 2026", []),
        # unknown words and numbers, each with its offset and kind
        ("Flat 2, 27 Harbour Road", [(8, "27", "number"), (19, "Road", "name")]),
        ("Cork 3rd", [(0, "Cork", "name"), (5, "3rd", "number")]),
        # known words in an order no field has: the part itself, from its first character
        ("Flat 2,  14 Marine View", [(9, "14 Marine View", "letterhead line")]),
        ("Ireland ( claims head )", [(10, "claims head", "letterhead line")]),
    ],
)
def test_a_letterhead_line_names_what_the_notes_lack(
    facts: Facts, text: str, expected: list[tuple[int, str, str]]
) -> None:
    letter, line = _head(text)
    found = letterhead_line(letter, line, facts, [])
    assert [(offset - line.start, word, kind) for offset, word, kind in found] == expected


@pytest.mark.parametrize(
    ("hidden", "expected"),
    [
        ([(8, 10)], ["Road"]),  # "27" hidden: its whole part is left to the other rule
        ([(0, 8)], ["27", "Road"]),  # ends where "27" starts
        ([(9, 10)], ["27", "Road"]),  # starts after "27" starts
        ([(20, 21)], ["27"]),  # from "Road"'s first character
        ([(21, 24)], ["27", "Road"]),
    ],
)
def test_a_hidden_stretch_leaves_its_letterhead_part_alone(
    facts: Facts, hidden: list[tuple[int, int]], expected: list[str]
) -> None:
    letter, line = _head("Flat 2, 27 Harbour, Road")
    moved = [(line.start + a, line.start + b) for a, b in hidden]
    assert [word for _, word, _ in letterhead_line(letter, line, facts, moved)] == expected
