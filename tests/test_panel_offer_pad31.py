"""The offer of more ("Just let me know if there is anything else you need from me.") goes
into a short letter only where it is what keeps the letter from its length rule's error: a
letter long enough without it, or still too short with it, is a short honest letter instead
(session 31, second wave). Expectations written by hand before running the code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import compose, load_notes
from composer.offline import phrasebook

READERS = Path(__file__).parent / "corpus" / "readers"


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_a_printed_letter_still_too_short_takes_no_offer_of_more(tone: str) -> None:
    # h68's printed letter to Tom Brandvold stays under 150 words however it is padded: an
    # offer of more rescued nothing, so it is left out
    notes = load_notes(READERS / "h68.json")
    # since session 40 the type rating is said, and the letter reaches 150 words: without it
    quals = [q for q in notes.qualifications if "type rating" not in q]
    notes = notes.model_copy(update={"tone": tone, "channel": "letter", "qualifications": quals})
    letter = compose(notes, today=notes.interview.date + dt.timedelta(days=1))[1]
    assert "Dear" in letter.text and "Brandvold" in letter.text
    offers = phrasebook.wordings("offer", tone, "letter")
    assert not any(offer in letter.text for offer in offers)
    assert "class date decision in about two weeks" in letter.text


def test_a_letter_long_enough_without_the_offer_takes_none() -> None:
    # h88's thin email to Michelle was under 60 words without it; since session 39 his
    # credential is said as what he would bring ("I would come to the position with an agent's
    # representative certificate."), a few words more, and the letter stands without a third
    # stock closing line
    notes = load_notes(READERS / "reader11" / "h88.json")
    letter = compose(notes, today=notes.interview.date + dt.timedelta(days=1))[0]
    offers = phrasebook.wordings("offer", notes.tone, notes.channel)
    assert letter.report.words >= 60 and letter.ok
    assert not any(offer in letter.text for offer in offers)
    assert "agent's representative certificate." in letter.text


def test_a_letter_the_offer_kept_from_its_error_says_its_thanks_more_fully_instead() -> None:
    # h88's thin email to Michelle is under 60 words without a second stock sentence (no letter
    # at all); session 39: a fuller thanks again ("I am grateful for the time you spent with
    # me.") keeps it a letter, where it took the offer of more beside a short thanks
    notes = load_notes(READERS / "reader11" / "h88.json")
    letter = compose(notes, today=notes.interview.date + dt.timedelta(days=1))[0]
    stock = [
        wording
        for section in ("closing", "offer", "interest")
        for wording in phrasebook.wordings(section, notes.tone, notes.channel)
        if wording in letter.text
    ]
    assert len(stock) == 1, stock
    assert not letter.report.errors
