"""A note line's first word typed with a capital only because it starts the line is lowered
when the line is said mid-sentence (`cleaning.mid_sentence`), in points and personal notes; a
name, initials or a title keep their capital. Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.cleaning import lower_first, mid_sentence
from composer.offline.items import read_point
from composer.offline.offer import read_offer
from composer.offline.rapport import rapport_line


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Five years teaching GCSE", "I have spent five years teaching GCSE"),
        (
            "Seven years running night shifts on a stroke ward",
            "I have spent seven years running night shifts on a stroke ward",
        ),
        ("Nine years fitting kitchens", "I have spent nine years fitting kitchens"),
    ],
)
def test_a_point_said_after_its_verb_lowers_a_first_word_typed_with_a_capital(
    line: str, said: str
) -> None:
    found = read_point(line).said
    assert found is not None and found.text() == said


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("Hiking the Pennine Way in August", "Have a great time hiking the Pennine Way in August."),
        ("Learning Welsh this year", "I hope learning Welsh this year is going well."),
    ],
)
def test_a_personal_note_said_mid_sentence_lowers_its_first_word(note: str, said: str) -> None:
    assert rapport_line(note, ["Sam Carter", "Sam"], tone="warm", channel="email").text == said


@pytest.mark.parametrize(
    ("text", "typed", "said"),
    [
        # the line's own first word, an ordinary one: lowered
        (
            "Running the Brighton marathon",
            "Running the Brighton marathon",
            "running the Brighton marathon",
        ),
        (
            "Exposure therapy with parents",
            "Exposure therapy with parents",
            "exposure therapy with parents",
        ),
        # a subject put before the line by a reader is not the notes'
        ("Hiking the Pennine Way", "she is Hiking the Pennine Way", "hiking the Pennine Way"),
        # a word the notes typed with a capital inside the line keeps it
        ("Lean Six Sigma training", "did my Lean Six Sigma training", "Lean Six Sigma training"),
        # a name and initials keep their capital
        ("Python and Go", "Python and Go", "Python and Go"),
        ("NEBOSH certificate", "NEBOSH certificate", "NEBOSH certificate"),
        ("Head of Operations", "Head of Operations", "Head of Operations"),
    ],
)
def test_mid_sentence_lowers_only_an_ordinary_first_word_of_the_line(
    text: str, typed: str, said: str
) -> None:
    assert mid_sentence(text, typed, frozenset()) == said


def test_a_compound_first_word_is_as_ordinary_as_its_first_part() -> None:
    assert lower_first("Five-year plan for the ward", frozenset()) == "five-year plan for the ward"
    assert lower_first("Coca-Cola account", frozenset()) == "Coca-Cola account"


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # A line opening on describers typed with the line's capital: said mid-sentence, lowered.
        (
            "Calm, well-organised rehearsal rooms, and tours that run on time",
            "calm, well-organised rehearsal rooms, and tours that run on time",
        ),
        ("Careful, well-documented lab practice", "careful, well-documented lab practice"),
        ("Quiet, steady leadership on nights", "quiet, steady leadership on nights"),
        # A list of names keeps its capitals.
        ("Python, pandas and SQL", "Python, pandas and SQL"),
        ("Go, Rust and C", "Go, Rust and C"),
    ],
)
def test_a_contribution_opening_on_describers_lowers_the_lines_capital(
    line: str, said: str
) -> None:
    offer = read_offer(line)
    assert offer is not None and offer.text == said
