"""Padding a short letter never stacks two of one stock sentence: a letter that thanks again
already takes no second thanks again ("Thanks again for meeting with me. I am grateful for the
time you spent with me."). Expected sentences are written by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from composer import compose, load_notes
from composer.offline import phrasebook

CENSUS = Path(__file__).parent / "corpus" / "census16"


def _closings() -> set[str]:
    return {
        w
        for tone in ("warm", "formal", "concise")
        for channel in ("email", "letter")
        for w in phrasebook.wordings("closing", tone, channel)
    }


def test_a_short_printed_letter_thanks_again_once() -> None:
    # census f19 as a concise printed letter: far under its 150 words, padded to its floor
    notes = load_notes(CENSUS / "f19.json").model_copy(
        update={"tone": "concise", "channel": "letter"}
    )
    text = compose(notes, today=dt.date(2026, 12, 3))[0].text
    said = [c for c in _closings() if c in text]
    # (session 51: the deed's lead, "I would come to the role with relevant experience: ...",
    # takes the words the stock thanks gave; never two)
    assert len(said) <= 1, said
    assert "I planned about 40 weddings." in text
