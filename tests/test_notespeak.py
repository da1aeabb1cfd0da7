"""Note-speak by the word: a short lower-case word no table knows is a note's ("circ", "pts"),
spelled out where a person would, given its capitals when it names a closed class or a place,
and otherwise kept out of the letter by the sentence gate."""

from __future__ import annotations

import pytest

from composer.offline.lexicon import note_speak
from composer.offline.shorthand import expand
from composer.offline.tone import in_full
from composer.offline.wellformed import problem


@pytest.mark.parametrize(
    "word", ["circ", "pts", "mgmt", "qtr", "thru", "abt", "fri", "ok", "spanish", "jan", "lgw"]
)
def test_a_short_unknown_or_closed_class_word_in_lower_case_is_note_speak(word: str) -> None:
    assert note_speak(word)


@pytest.mark.parametrize(
    "word", ["makerspace", "commis", "kids", "patients", "Spanish", "NPS", "the", "app", "lab"]
)
def test_a_long_trade_word_a_known_word_or_a_word_in_capitals_is_not(word: str) -> None:
    assert not note_speak(word)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # closed classes get their capitals; "ok" before a language is "some"
        ("fluent spanish, ok portuguese", "fluent Spanish, some Portuguese"),
        ("booked on the course in jan", "booked on the course in January"),
        ("the relaunch in march", "the relaunch in March"),
        ("premium cabin relaunch spring '27", "premium cabin relaunch spring 2027"),
        ("rota for sat clinics", "rota for Saturday clinics"),
        # shorthand a person spells out when writing the line as a sentence
        ("circ down approx 30%", "circulation down about 30%"),
        ("use it daily w/ pts", "use it daily with patients"),
        ("A1c down 1.2 pts", "A1c down 1.2 points"),
        # the readers' own lines: a word with one reading in the trade is spelled out
        ("handoffs btwn inpt + clinic", "handoffs between inpatient and clinic"),
        # a name no table knows, where only a name can stand
        ("the course at crawley college", "the course at Crawley College"),
        ("flying to cape town", "flying to Cape Town"),
        ("a stage in lyon", "a stage in Lyon"),
        ("we both went to cal poly", "we both went to Cal Poly"),
        ("ran the crm migration", "ran the CRM migration"),
        # a school year and an NHS pay band typed short; a condition named after a person
        ("times tables check in yr4", "times tables check in Year 4"),
        ("Y9 behind on KS3", "Year 9 behind on KS3"),
        ("supervising band 5s + students", "supervising Band 5s and students"),
        ("a band 6 nurse post", "a Band 6 nurse post"),
        ("EEN for crohn's", "EEN for Crohn's"),
        ("parkinsons nurse clinic", "Parkinson's nurse clinic"),
        # a move from one tool to another names the tools
        ("reserving process moving from excel to R", "reserving process moving from Excel to R"),
        ("moved reporting from sage to xero", "moved reporting from Sage to Xero"),
    ],
)
def test_note_speak_is_spelled_out_as_a_person_would(typed: str, said: str) -> None:
    assert expand(typed) == said


@pytest.mark.parametrize(
    "typed",
    [
        "I sat the exam",  # the verb, not the weekday
        "they march on",
        "ten years in phlebotomy",  # a field, not a place
        "led the move to paperless case files",  # a word before a noun describes it
        "Castro v. Meridian",
        "fluent in the local dialect",
        "the scheme went from go to slow",  # "go" is a tool only beside another name
        "in year 2 of my degree",  # a year typed in full may be any year
        "played in a band 3 nights a week",  # no pay band
    ],
)
def test_ordinary_words_keep_their_case(typed: str) -> None:
    assert expand(typed) == typed


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("Circ was the part of our conversation I have thought about most since.", "circ"),
        ("I would bring a calmer sys for logging calls.", "sys"),
        ("My experience covers fluent spanish.", "spanish"),
        ("I would love to bring library = where kids go at lunch.", "="),
        ("I would bring the library where kids go at lunch. clubs and a corner.", "full stop"),
        ("I enjoyed our talk about the relaunch in spring '27.", "'27"),
        # two readings (reconciliations or recommendations; adjustments, adjunct or adjacent):
        # only a compound that settles the reading is spelled out
        ("I would help tidy recs before the NetSuite move.", "recs"),
        ("The audit had 0 adj on them last year.", "adj"),
    ],
)
def test_the_gate_leaves_out_a_sentence_that_keeps_note_speak(sentence: str, why: str) -> None:
    assert why in problem(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I built a makerspace corner and brought the commis on.",
        "I earned a J.D. at Fordham Law in 2021, e.g. in housing law.",
        "I rebuilt the pipeline in dbt.",
    ],
)
def test_the_gate_lets_trade_words_and_names_through(sentence: str) -> None:
    assert problem(sentence) == ""


def test_a_formal_letter_says_children_not_kids() -> None:
    assert in_full("stable, consistent support for the kids") == (
        "stable, consistent support for the children"
    )
