"""The `addressing` rule (composer/rules/addressing.py), with values worked out by hand.

Each test pins behaviour that a surviving mutant of addressing.py showed no other test held.
The notes are read inside each test, never at import.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules.addressing import _names, addressing
from composer.rules.context import Context
from composer.rules.facts import build_facts
from composer.rules.report import Violation
from composer.rules.text import parse

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def notes() -> Notes:
    return load_notes(ROOT / "examples" / "warm_email.json")  # to Dana Whitfield, "Ms. Whitfield"


def _ctx(notes: Notes, salutation: str | None = "Ms. Whitfield") -> Context:
    person = notes.interviewers[0].model_copy(update={"salutation": salutation})
    facts = build_facts(notes.model_copy(update={"interviewers": [person]}))
    return Context(facts, facts.people[0])


def _letter(body: str) -> str:
    return f"Dear Ms. Whitfield,\n\n{body}\n\nBest regards,\nPriya Raman\n"


def test_the_readers_names_longest_first(notes: Notes) -> None:
    assert _names(_ctx(notes)) == ["Dana Whitfield", "Ms. Whitfield", "Dana"]
    assert _names(_ctx(notes, "Dana,")) == ["Dana Whitfield", "Dana"]
    assert _names(_ctx(notes, None)) == ["Dana Whitfield", "Dana"]
    # only the comma goes: a salutation may end in a capital X
    assert _names(_ctx(notes, "Malcolm X,")) == ["Dana Whitfield", "Malcolm X", "Dana"]


def test_the_finding_word_for_word(notes: Notes) -> None:
    text = _letter("Thank you for your time.\nI gather Ms. Whitfield  said the team is growing.")
    assert addressing(parse(text), _ctx(notes)) == [
        Violation(
            rule="addressing",
            severity="error",
            message='line 4: "Ms. Whitfield said" speaks of the reader by name in their own '
            'letter; write to them as "you".',
            quote="Ms. Whitfield said",
            fix='Say "you" instead of the reader\'s name in "Ms. Whitfield said".',
        )
    ]


@pytest.mark.parametrize(
    ("body", "quotes"),
    [
        ("Dana will decide soon. Dana Whitfield said so.", ["Dana will", "Dana Whitfield said"]),
        ("A salutation with its comma: Whitfield, will decide.", []),
        ("Dana is kind, and Dana's team is growing.", ["Dana is"]),
        ("Mr. O'Dana will decide.", []),  # part of another name
        ("I met Mei-Dana will decide.", []),
        ("Dana\nwill decide.", ["Dana will"]),  # across a line break, said on one line
    ],
)
def test_which_mentions_are_found(notes: Notes, body: str, quotes: list[str]) -> None:
    found = addressing(parse(_letter(body)), _ctx(notes))
    assert [v.quote for v in found] == quotes


def test_a_letter_without_a_body_or_without_the_name_has_no_finding(notes: Notes) -> None:
    empty = parse("Dear Ms. Whitfield,\n\nBest regards,\nPriya Raman\n")
    assert empty.body == ()
    assert addressing(empty, _ctx(notes)) == []
    assert addressing(parse(_letter("The team will decide.")), _ctx(notes)) == []
