"""No two letters of a panel open with the same sentence (reader 11's h86: Mark's and Tom's
letters opened "Many thanks for your time at yesterday's panel and for telling me more about
..."): the panel check reads the sentence under the greeting as a sentence of its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import compose, load_notes
from composer.offline.wording import sentence_keys

H86 = Path(__file__).parent / "corpus" / "readers" / "reader11" / "h86.json"


def test_the_opening_sentence_under_the_greeting_is_a_sentence_of_its_own() -> None:
    letter = "Subject: Thanks\n\nHi Ruth,\n\nThank you for the panel. I sing.\n\nBest,\nMaren"
    keys = sentence_keys([letter])
    assert "thank you for the panel" in keys
    assert "hi ruth" in keys


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_no_two_letters_of_a_panel_open_with_the_same_sentence(tone: str) -> None:
    notes = load_notes(H86).model_copy(update={"tone": tone})
    letters = compose(notes, today=dt.date(2026, 12, 2))
    openings = []
    for letter in letters:
        body = letter.text.split("\n\n")
        greeting = next(i for i, part in enumerate(body) if part.endswith(","))
        openings.append(body[greeting + 1].split(". ")[0])
    assert len(set(openings)) == len(openings), openings
