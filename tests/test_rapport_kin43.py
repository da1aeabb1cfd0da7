"""A relative's coming event typed short is wished well by its grammar, whatever its words
(session 43, reader 22: "daughter's nativity play thurs, he had to leave early for it" and "son's
got a junior cricket carnival in dalby this wknd" were left out). What follows a relative's
possessive, or the object of "has got a" / "is in the", is the event; a time ahead must end the
note. Lines made up or reader 22's; each expectation written by hand. Interview on Wednesday
2 December 2026, the letter sent on Thursday 3 December.
"""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.lastgate import last_gate
from composer.offline.rapport import rapport_line
from composer.offline.rapportkin import kin_event

DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))


def _said(note: str, tone: str = "formal") -> str | None:
    return rapport_line(note, ["Marek Nowak", "Marek"], tone=tone, days=DAYS).text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "daughter's nativity play fri, he had to leave early for it",
            "I hope your daughter's nativity play goes very well on Friday.",
        ),
        (
            "son's got a junior cricket carnival in dalby this wknd",
            "I hope your son's junior cricket carnival in Dalby goes very well this weekend.",
        ),
        # a word no table knows is still the event: the possessive says so
        ("her son's prizegiving on mon", "I hope your son's prizegiving goes very well on Monday."),
        (
            "her son is in the school panto tues, he's one of the dwarves",
            "I hope your son's school panto goes very well on Tuesday.",
        ),
        (
            "his daughter's xmas concert sat night (grade 4)",
            "I hope your daughter's Christmas concert goes very well on Saturday night.",
        ),
        # on the day the letter goes out: "tonight"
        (
            "his daughter's xmas concert thurs night",
            "I hope your daughter's Christmas concert goes very well tonight.",
        ),
    ],
)
def test_a_relatives_event_typed_short_is_wished_well(note: str, said: str) -> None:
    assert _said(note) == said


@pytest.mark.parametrize(
    "note",
    [
        "his son's teacher is on strike next week",  # a clause, no event
        "his sons band playing at the Leadmill fri",  # a verb inside: read elsewhere
        "daughter's matric results out in jan",  # results: read by their own reader
        "her daughter's nativity play",  # no time: nothing ahead to wish for
        "her son's team lost sat",  # a verb ends it
    ],
)
def test_what_is_no_relatives_event_is_not_rewritten(note: str) -> None:
    assert kin_event(note) is None


def test_the_rewrite_keeps_the_typed_words_for_the_readers_after_it() -> None:
    assert kin_event("grandsons 1st birthday sat") == "her grandson's 1st birthday is on sat"
    assert kin_event("son's got a gala this wknd") == "her son's gala is this wknd"


def test_a_sport_webster_lists_only_as_a_town_passes_the_last_gate() -> None:
    # scout42 t02: the wish was made, then stopped as a note for 'rugby'
    line = _said("his son is playing in the under-12 rugby final on Saturday")
    assert line == "I hope your son does very well in the under-12 rugby final on Saturday."
    assert last_gate(line) == ""


@pytest.mark.parametrize(
    ("note", "said"),
    [
        # scout41 s03: left out as "a fact about them"
        (
            "her son just started at lincoln doing ag science",
            "I hope your son is settling in well at Lincoln.",
        ),
        ("his son just started school in town", "I hope your son is settling in well."),
        ("her daughter has just started a new job", "I hope your daughter is settling in well."),
    ],
)
def test_a_relatives_new_start_is_wished_to_settle_in(note: str, said: str) -> None:
    assert _said(note) == said


def test_a_verb_saying_only_when_is_no_part_of_the_event() -> None:
    # "son's gcse mocks start monday" was said "... your son's GCSE mocks start on Monday."
    assert kin_event("son's swimming lessons start next week") == (
        "her son's swimming lessons is next week"
    )
    assert _said("son's gcse mocks start monday, he's stressed") != (
        "I hope your son's GCSE mocks start goes very well on Monday."
    )
    assert "start on" not in (_said("son's gcse mocks start monday, he's stressed") or "")
