"""Checking letters against many notes files keeps memory flat: what the rules work out from one
set of notes lives with that set's facts, and only a bounded number of facts are kept."""

from __future__ import annotations

import gc
import weakref

from composer.models import Notes
from composer.rules import check_letter
from composer.rules.facts import MEMO_SIZE, Facts, facts_for
from composer.rules.names import near_miss
from tests.fakes import GOOD

# More sets of notes than the facts cache holds (64), each with a candidate of their own.
MANY = 150


def _notes_of(notes: Notes, index: int) -> Notes:
    candidate = notes.candidate.model_copy(update={"name": f"Alex Candidate{index:04d}"})
    return notes.model_copy(update={"candidate": candidate})


def test_facts_of_notes_no_longer_in_use_are_freed(warm_notes: Notes) -> None:
    alive: list[weakref.ref[Facts]] = []
    for index in range(MANY):
        notes = _notes_of(warm_notes, index)
        check_letter(GOOD, notes)  # every rule runs, the per-notes work included
        alive.append(weakref.ref(facts_for(notes)))
    gc.collect()
    kept = sum(1 for ref in alive if ref() is not None)
    assert kept <= 64
    assert alive[-1]() is not None  # the facts in use lately are still cached


def test_words_looked_up_against_one_set_of_notes_are_bounded(warm_notes: Notes) -> None:
    facts = facts_for(_notes_of(warm_notes, MANY))
    whitfield = near_miss("Whitfeld", facts)
    assert whitfield is not None and whitfield.text == "Whitfield"
    for index in range(MEMO_SIZE + 10):
        near_miss(f"Zzyzx{index}", facts)
    assert len(facts._memo) <= MEMO_SIZE
    assert near_miss("Whitfeld", facts) == whitfield  # still answered right after the reset
