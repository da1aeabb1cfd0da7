"""The letter thanks once, then talks: no sentence of thanks follows the thanks itself (reader
11's h83 formal: "Thank you for speaking with me ... Thank you as well for the time we spent on
meeting KYC and AML rules ..."). Expectations written by hand before running the code."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from composer import compose, load_notes

READER11 = Path(__file__).parent / "corpus" / "readers" / "reader11"
_THANKS = re.compile(r"^(?:Thank you|Thanks|Many thanks|Please accept my thanks|I am grateful)\b")


@pytest.mark.parametrize("name", ["h83", "h87", "h90"])
def test_the_sentence_after_the_thanks_is_no_second_thanks(name: str) -> None:
    notes = load_notes(READER11 / f"{name}.json").model_copy(update={"tone": "formal"})
    for letter in compose(notes, today=dt.date(2026, 12, 2)):
        body = letter.text.split("\n\n")
        greeting = next(i for i, part in enumerate(body) if part.endswith(","))
        sentences = re.split(r"(?<=[.!?])\s+", body[greeting + 1])
        assert _THANKS.match(sentences[0]), sentences[0]
        if len(sentences) > 1:
            assert not _THANKS.match(sentences[1]), sentences[:2]
