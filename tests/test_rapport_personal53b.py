"""Session 53 round 2: personal notes reader 41 found dropped ("usable personal note dropped: 7
letters") read by their kind, in any typing style: a relative's event typed in second-language
English (the relative's "his" is the relative's), a new grandchild typed with no stops, a book
tip typed as what they told the candidate to do (its title only where its capitals are sure), an
invitation to an event of theirs, the candidate's own part typed after an event of theirs, a
relative who served as the candidate did. Writer 40's h268, h270, h272, h273 and h274 and lines
of my own; each expected line written by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.pronouns import second_person
from composer.offline.rapport import rapport_line

# Met on Thursday 3 December 2026, the letter goes out on Friday 4 December.
DAYS = (dt.date(2026, 12, 3), dt.date(2026, 12, 4))

CASES = [
    # a relative's event: the relative's own "his" or "her" is theirs, never the reader's
    (
        "Her son make his first race on the weekend of 19 December.",
        "I hope your son's first race on the weekend of 19 December goes well.",
    ),
    (
        "her son is running his first race on 19 December",
        "I hope your son's first race on 19 December goes well.",
    ),
    (
        "their kids have their school concert on 18 December",
        "I hope your kids' school concert on 18 December goes well.",
    ),
    # a new grandchild typed with no stops, "grandkid", "grandbaby"
    (
        "his daughter just had a baby last week first grandkid",
        "Many congratulations on the arrival of your first grandchild.",
    ),
    (
        "her son had a baby girl yesterday first grandbaby",
        "Many congratulations on the arrival of your first granddaughter.",
    ),
    (
        "his son had a baby boy 2 weeks ago -> first grandson",
        "Many congratulations on the arrival of your first grandson.",
    ),
    # a tip typed as what they told the candidate to do: a title in lower case is not named
    (
        "he told me to get the book tattooing the invisible",
        "Thank you for recommending the book; I will get a copy.",
    ),
    (
        "she told me to get the book Braiding Sweetgrass",
        "Thank you for recommending the book Braiding Sweetgrass; I will get a copy.",
    ),
    (
        "she told me to check out the podcast hard fork",
        "Thank you for recommending the podcast; I will check it out.",
    ),
    # an invitation to an event of theirs: thanks, and no plan the candidate did not type
    (
        "His team is hosting the SASL Day celebration in Soweto in the new year and he invited "
        "me to come along.",
        "Thank you for inviting me to the SASL Day celebration in Soweto in the New Year.",
    ),
    (
        "she invited me to come along to their open day on 14 January",
        "Thank you for inviting me to your open day on 14 January.",
    ),
    (
        "her team is running a hackathon in march and she invited me to join",
        "Thank you for inviting me to the hackathon in March.",
    ),
    # a relative of theirs who served as the candidate did: their own unit (the bracket) left out
    (
        "her husband also ex-army (Tomaszów, 25th brigade) - knows my old unit",
        "It was good to hear that your husband also served in the Army and knows my old unit.",
    ),
    ("his dad was ex-raf like me", "It was good to hear that your father also served in the RAF."),
    (
        "they invited me to their christmas party on friday",
        "Thank you for inviting me to your Christmas party today.",  # sent on the Friday
    ),
    # the candidate's own part typed after an event of theirs
    (
        "she's running the Copenhagen half in Sept, I ran it 2025",
        "I hope the Copenhagen half in September goes well; I ran it myself in 2025.",
    ),
    (
        "he's doing the Berlin marathon in september - did it myself last yr",
        "I hope the Berlin Marathon in September goes well; I did it myself last year.",
    ),
]


@pytest.mark.parametrize(("note", "expected"), CASES)
def test_personal_note_read_by_kind(note: str, expected: str) -> None:
    said = rapport_line(note, ["Sam Lee", "Sam"], tone="warm", channel="email", days=DAYS)
    assert said.text is not None
    first = said.text.replace("Thanks, too, for the invitation to", "Thank you for inviting me to")
    first = first.replace("Thanks, too, for recommending", "Thank you for recommending")
    assert first.replace(": I will", "; I will") == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("her daughter is visiting her in May", "your daughter is visiting you in May"),
        ("Her son makes his first race on Sunday", "your son makes his first race on Sunday"),
        (
            "his daughter sings her first solo on Sunday",
            "your daughter sings her first solo on Sunday",
        ),
    ],
)
def test_a_relatives_own_pronoun_stays_theirs(note: str, expected: str) -> None:
    assert second_person(note) == expected


READER40 = Path(__file__).parent / "corpus" / "readers" / "reader40"
LETTERS = [
    ("h268.json", "Many congratulations on the arrival of your first grandchild."),
    ("h270.json", "I hope your son's first race on the weekend of 19 December goes well."),
    ("h272.json", "the Copenhagen half in September goes very well; I ran it myself in 2025."),
    ("h274.json", "your husband also served in the Army and knows my old unit."),
    ("h273.json", "for the invitation to the SASL Day celebration in Soweto in the New Year."),
]


@pytest.mark.parametrize(("name", "expected"), LETTERS)
def test_reader41s_dropped_personal_notes_are_said(name: str, expected: str) -> None:
    notes = Notes.model_validate(json.loads((READER40 / name).read_text()))
    letters = compose(notes, backend=OfflineBackend(), today=dt.date(2026, 12, 9))
    assert any(expected in " ".join(letter.text.split()) for letter in letters)
