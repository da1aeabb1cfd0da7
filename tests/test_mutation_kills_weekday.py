"""The weekday a letter gives the interview (composer/rules/weekday.py), typed in capitals.

Pinned, with values worked out by hand, where a surviving mutant of weekday.py showed no other
test held it: the rule's quick first test must let a letter through whose weekday is in capitals
and which has no "day" in lower case anywhere.
"""

from __future__ import annotations

from pathlib import Path

from composer.notes_file import load_notes
from composer.rules.context import Context
from composer.rules.facts import facts_for
from composer.rules.text import parse
from composer.rules.weekday import wrong_weekdays

ROOT = Path(__file__).resolve().parent.parent


def test_a_weekday_in_capitals_is_checked() -> None:
    notes = load_notes(ROOT / "examples" / "warm_email.json")  # interview on Tuesday 2026-11-24
    facts = facts_for(notes)
    text = (
        "Subject: Thanks\n\nDear Ms. Whitfield,\n\n"
        "THANK YOU FOR MEETING ME ON MONDAY.\n\nBest regards,\nPriya Raman\n"
    )
    assert "day" not in text
    found = wrong_weekdays(parse(text), Context(facts, facts.people[0]))
    # The notes date the interview to a Tuesday; the letter thanks them for a Monday meeting.
    assert [(w.quote, w.said, w.actual) for w in found] == [("ON MONDAY", "Monday", "Tuesday")]
    assert found[0].offset == text.index("ON MONDAY")
