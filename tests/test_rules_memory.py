"""Checking letters against many notes files keeps memory flat: what the rules work out from one
set of notes lives with that set's facts, and only a bounded number of facts are kept."""

from __future__ import annotations

import gc
import sys
import weakref

from composer import compose_many
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


# A cache that any notes file can add to must stop growing within a few hundred files.
SMALL_CACHE = 1024


def _caches() -> dict[str, tuple[int, int | None]]:
    """Every cache and container a composer module keeps: name -> (entries, bound or None)."""
    found: dict[str, tuple[int, int | None]] = {}
    for name, module in list(sys.modules.items()):
        if name != "composer" and not name.startswith("composer."):
            continue
        for attr, value in list(vars(module).items()):
            if hasattr(value, "cache_info"):
                info = value.cache_info()
                found[f"{name}.{attr}"] = (info.currsize, info.maxsize)
            elif isinstance(value, dict | set | list) and not attr.startswith("__"):
                found[f"{name}.{attr}"] = (len(value), None)
    return found


def _interview(notes: Notes, index: int) -> Notes:
    """Notes of an interview of its own: candidate, interviewers' names and topics are new words."""
    people = [
        person.model_copy(
            update={
                "name": f"{person.name}{index:04d}",
                "salutation": None,
                "topics": [f"{topic} at Quillfern{index:04d}" for topic in person.topics],
            }
        )
        for person in notes.interviewers
    ]
    return _notes_of(notes, index).model_copy(update={"interviewers": people})


def test_composing_many_notes_files_keeps_no_growing_cache(warm_notes: Notes) -> None:
    # Each notes file brings names and topics no other file has: a cache that keeps them all
    # (a plain dict, an unbounded or large lru_cache) grows with every file composed.
    list(compose_many(_interview(warm_notes, index) for index in range(20)))
    before = _caches()
    letters = list(compose_many(_interview(warm_notes, index) for index in range(20, 60)))
    assert all(item.letter is not None for item in letters)
    grown = {
        name: (entries, bound)
        for name, (entries, bound) in _caches().items()
        if entries > before.get(name, (0, None))[0]
    }
    unbounded = {name: got for name, got in grown.items() if got[1] is None or got[1] > SMALL_CACHE}
    assert unbounded == {}
