"""Session 53: a personal note typed in haste or in a second language (lower case, no stops,
"hes", "her boy", "recommended me X for to try Y") read by its kind rather than left out: an
event ahead wished well by its name, a recommendation thanked with what the candidate will do,
a relative's new club hoped enjoyable. Writer 38's h259 and h263 (reader 39) and lines of my own;
each expected line was written by hand. A hedge, a private matter or a shape no kind reads
stays out."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.rapport import rapport_line

# Met on Thursday 3 December 2026, the letter goes out on Friday 4 December.
DAYS = (dt.date(2026, 12, 3), dt.date(2026, 12, 4))

CASES = [
    # an event ahead named in lower case, with a small word inside its name
    (
        "hes doing round the bays in feb first time",
        "Good luck with your first Round the Bays in February.",
    ),
    (
        "she's doing rim to rim at the grand canyon in april",
        "Good luck with Rim to Rim at the Grand Canyon in April.",
    ),
    (
        "they're doing loch ness to inverness in sept",
        "Good luck with Loch Ness to Inverness in September.",
    ),
    # a recommendation, with what the candidate will do with it
    (
        "he recommended me restaurant in Svolvær for to try bacalao",
        "Thank you for recommending the restaurant in Svolvær; I will go there to try bacalao.",
    ),
    (
        "she recommend me a podcast about ships history, i will listen it",
        "Thank you for recommending a podcast about ships history; I will listen to it.",
    ),
    (
        "she suggested me the museum of fishing in Bergen, I will visit it",
        "Thank you for recommending the museum of fishing in Bergen; I will visit it.",
    ),
    (
        "She recommended the café at the Crawford Art Gallery for lunch the next time I am in the "
        "city centre.",
        "Thank you for recommending the café at the Crawford Art Gallery; I will go there for "
        "lunch the next time I am in the city centre.",
    ),
    # a relative (or they) just joined or started something, the candidate's link kept
    (
        "her boy just joined the under 11s at the rugby club where i coach juniors",
        "I hope your son enjoys the under 11s at the rugby club, where I coach juniors.",
    ),
    (
        "his daughter just started at the conservatoire",
        "I hope your daughter enjoys the conservatoire.",
    ),
    ("she just joined a choir", "I hope you enjoy the choir."),
    # a relative's group and its event ahead, typed as two clauses
    (
        "her son is in the under 12s at the rugby club, they play the cup final sat",
        "Good luck to your son and the under 12s in the cup final on Saturday.",
    ),
    (
        "his daughter is in the school choir, they sing at the cathedral on sunday",
        "Good luck to your daughter and the school choir at the cathedral on Sunday.",
    ),
    # a second clause run on with no stop, cut before the careful readings
    ("we both row she is in the masters eight", "I enjoyed discovering that we both row."),
]

LEFT = [
    "hes doing end to end in june maybe",  # a hedge: no wish for what may not happen
    "he is doing night shifts in feb",  # no event's name: work, not an event
    "he joined his brother's band",  # whose band, said to him, is unsure
    "her mom is in hospital so she was bit distracted",  # private
    "her son is in the under 12s, they won the cup final last sat",  # past: no wish
    "rec'd me kitchen confidential -> reading it now",  # a title's capitals unsure
]


@pytest.mark.parametrize(("note", "expected"), CASES)
def test_hurried_personal_note_read_by_kind(note: str, expected: str) -> None:
    said = rapport_line(note, ["Sam Lee", "Sam"], tone="warm", channel="email", days=DAYS)
    assert said.text == expected


@pytest.mark.parametrize("note", LEFT)
def test_unsure_personal_note_left_out(note: str) -> None:
    said = rapport_line(note, ["Sam Lee", "Sam"], tone="warm", channel="email", days=DAYS)
    assert said.text is None


# Writer 38's notes, composed whole: reader 39 found each personal note dropped ("a usable
# personal note is dropped"); each is now said in its reader's letter, past every rule.
READER38 = Path(__file__).parent / "corpus" / "readers" / "reader38"
LETTERS = [
    ("h259.json", "Aroha Tane", "I hope your son enjoys the under 11s at the rugby club, where I "
     "coach juniors."),
    ("h259.json", None, "Good luck with your first Round the Bays in February."),
    ("h263.json", "Tor Erik Mikkelsen", "Thank you for recommending the restaurant in Svolvær; "
     "I will go there to try bacalao."),
]  # fmt: skip


@pytest.mark.parametrize(("name", "reader", "expected"), LETTERS)
def test_reader39s_dropped_personal_notes_are_said(
    name: str, reader: str | None, expected: str
) -> None:
    notes = Notes.model_validate(json.loads((READER38 / name).read_text()))
    letters = compose(notes, backend=OfflineBackend(), today=dt.date(2026, 12, 9))
    said = {letter.to: letter.text for letter in letters}
    texts = [said[reader]] if reader else list(said.values())
    assert any(expected in " ".join(text.split()) for text in texts)
