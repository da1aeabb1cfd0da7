"""The steps shared by every reading of a line typed as the letter's own sentence
(composer/offline/verbatim.py owns them; rapportnotes.typed_line calls them): contractions
spelled out, a comma splice mended, a capital and a full stop, the sentence gate."""

from __future__ import annotations

import pytest

from composer.offline.rapportnotes import read_first, typed_line
from composer.offline.verbatim import as_typed, closed, mended, spelled_out


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("I'm sure you're right", "I am sure you are right"),
        ("I’ve read it and it’s good", "I have read it and it is good"),
        ("I'd love to come back", "I would love to come back"),
        ("I'd already ordered it", "I had already ordered it"),
        ("I'd have said so", "I would have said so"),
        ("I don't drive and can't swim", "I do not drive and cannot swim"),
        ("the client's brief", "the client's brief"),  # a possessive is no contraction
    ],
)
def test_contractions_are_spelled_out_as_a_letter_says_them(typed: str, said: str) -> None:
    assert spelled_out(typed) == said


def test_a_comma_before_a_second_first_person_clause_becomes_a_semicolon() -> None:
    assert mended("Thanks for the tip, I've ordered two") == "Thanks for the tip; I've ordered two"
    assert mended("Thanks for the tip, which I loved") == "Thanks for the tip, which I loved"


def test_a_sentence_is_closed_with_a_capital_and_a_stop_and_gated() -> None:
    assert closed("good luck with the race") == ("Good luck with the race.", "")
    said, why = closed("I have been ACCA qualified 2018")
    assert said == "I have been ACCA qualified 2018."
    assert why


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        (
            "Good luck with the marathon, I'll be cheering",
            "Good luck with the marathon; I will be cheering.",
        ),
        ("hope the move goes well, I'm jealous", "I hope the move goes well; I am jealous."),
        (
            "Thanks for the podcast tip, I'd never heard of it",
            "Thanks for the podcast tip; I had never heard of it.",
        ),
    ],
)
def test_a_wish_or_thanks_typed_whole_takes_the_shared_steps(note: str, sentence: str) -> None:
    assert typed_line(note) == (sentence, "")


def test_thanks_typed_whole_is_said_as_thank_you_with_the_splice_mended() -> None:
    assert read_first("Thanks for the podcast tip, I'd never heard of it") == (
        "Thank you for the podcast tip; I had never heard of it.",
        None,
    )


def test_a_first_person_sentence_spells_out_every_contraction() -> None:
    assert (
        as_typed("I don't drive but I can cycle to site")
        == "I do not drive but I can cycle to site."
    )
