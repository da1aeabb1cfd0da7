"""A pet of theirs is said by what the note says happened to it (session 43: reader 22's "new
puppy!! bernedoodle named Moose lol" and "His retired guide dog, Tui, was in the office" were
left out; "has a rescue greyhound called biscuit, he came to the interview" was said as "I hope
Biscuit is settling in happily.", untrue of a dog they have had for years). A verb in the past
with the pet as its subject: the candidate met it; new or young: settling in; had for a while:
left out, named. Lines made up or the readers'; expectations written by hand.
"""

from __future__ import annotations

import pytest

from composer.offline.rapport import rapport_line
from composer.offline.rapportpets import LEFT


def _said(note: str) -> str | None:
    return rapport_line(note, ["Graham Pollard", "Graham"], tone="formal").text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("her kelpie Mabel wandered in halfway thru", "It was a pleasure to meet Mabel."),
        (
            "His retired guide dog, Tui, was in the office, and he told me she turns twelve.",
            "It was a pleasure to meet Tui.",
        ),
        (
            "has a rescue greyhound called biscuit, he came to the interview",
            "It was a pleasure to meet Biscuit.",
        ),
        (
            "her cat knocked over her camera mid call, cat named Mochi",
            "It was a pleasure to meet Mochi.",
        ),
        ("new puppy!! bernedoodle named Moose lol", "I hope Moose is settling in happily."),
        # what happened typed in brackets still says they met (scout43 u02)
        (
            "she has a golden retriever puppy named Maple lol (barked during the call)",
            "It was a pleasure to meet Maple.",
        ),
        # mending, as before
        ("her kelpie called Biscuit hurt his leg", "I hope Biscuit's leg is on the mend."),
    ],
)
def test_a_pet_is_said_by_what_happened_to_it(note: str, said: str) -> None:
    assert _said(note) == said


def test_a_pet_they_have_had_for_a_while_is_left_out_named() -> None:
    said = rapport_line("has a rescue greyhound called Biscuit", ["Graham Pollard"])
    assert said.text is None
    assert said.skipped == LEFT


@pytest.mark.parametrize(
    "note",
    [
        "her dog died last month",
        "His retired guide dog, Juniper, just turned twelve",
        "hes got a kelpie pup called Bluey, showed me pics",  # young, but new? not said
        "her cat walked across the keyboard mid-call lol",  # no name: "meet your cat" is no line
    ],
)
def test_a_sad_note_or_one_with_nothing_met_takes_no_pet_line(note: str) -> None:
    assert _said(note) is None
