"""Faults reader 29 found in the blind A/B of session 47 (notes in tests/corpus/readers/reader28),
checked on the letters written from those notes. Expected wording written by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from composer import compose, load_notes

NOTES = Path(__file__).parent / "corpus" / "readers" / "reader28"
DAY = dt.date(2026, 12, 4)


def _letters(name: str) -> list[str]:
    return [letter.text for letter in compose(load_notes(NOTES / f"{name}.json"), today=DAY)]


def test_a_note_to_self_with_a_double_hyphen_is_never_said() -> None:
    # was "One further point: I asked -- add in her letter only, with keep it short."
    for text in _letters("h219"):
        assert "--" not in text
        assert "keep it short" not in text


def test_a_union_number_stays_a_figure() -> None:
    assert any("Sindicato N°1" in text for text in _letters("h226"))
    assert not any("N°one" in text for text in _letters("h226"))


def test_a_skill_is_no_example_that_came_to_mind() -> None:
    (text,) = _letters("h223")
    assert "I can speak Malay, English, Mandarin and Hokkien" in text
    assert "example came to mind: I can speak" not in text


def test_a_clean_follow_up_sentence_is_said_not_left_out() -> None:
    # h221: "I would like to add that I am fluent in Irish, which I did not mention when they
    # asked about ..." was left out as "not one clear sentence"
    said = [text for text in _letters("h221") if "fluent in Irish" in text]
    assert said, "the follow-up is in no letter"
    assert all("when I was asked about working with families" in text for text in said)
    assert all("I would like to add that" not in text for text in said)
