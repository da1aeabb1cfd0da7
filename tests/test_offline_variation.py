"""How a panel's letters share out a section's wordings (phrasebook.Variation)."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

from composer.notes_file import load_notes
from composer.offline.phrasebook import Variation, seed_for
from composer.offline.writer import Writer

THREE = ("first wording", "second wording", "third wording")
SLOTS = [f"slot{n}" for n in range(12)]


def _choices(seed: str, offset: int) -> list[str]:
    return [Variation(seed, offset).pick(slot, THREE) for slot in SLOTS]


def test_the_first_panellists_each_take_their_own_wording() -> None:
    seed = seed_for("Priya Raman", "Acme")
    for slot in SLOTS:
        picked = {Variation(seed, offset).pick(slot, THREE) for offset in range(3)}
        assert picked == set(THREE), slot


def test_panellists_three_apart_do_not_share_every_three_wording_section() -> None:
    # A panel of nine with three wordings must share some, but no two panellists should get
    # the same wording in all twelve sections (they did: offsets 0, 3 and 6 always matched).
    seed = seed_for("Priya Raman", "Acme")
    letters = [_choices(seed, offset) for offset in range(9)]
    for a, b in combinations(range(9), 2):
        same = sum(x == y for x, y in zip(letters[a], letters[b], strict=True))
        assert same < len(SLOTS), (a, b)


def test_one_reader_keeps_the_same_choice() -> None:
    seed = seed_for("Priya Raman", "Acme")
    assert _choices(seed, 4) == _choices(seed, 4)
    assert Variation(seed, 5).order("slot1", ("only",)) == ["only"]


def test_a_phone_interview_is_never_a_meeting(examples_dir: Path) -> None:
    notes = load_notes(examples_dir / "phone_screen.json")
    for seed in range(12):
        writer = Writer(notes, 0)
        writer.variation = Variation(str(seed))
        assert "meet" not in writer.pick("closing"), seed
