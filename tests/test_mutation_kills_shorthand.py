"""Where the `shorthand` rule starts reading, and the notes' names it leaves alone.

Each test pins, with values worked out by hand, behaviour that a surviving mutant of
composer/rules/shorthand.py showed no other test held.
"""

from __future__ import annotations

from pathlib import Path

from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules import check_letter

ROOT = Path(__file__).resolve().parent.parent


def _notes() -> Notes:
    return load_notes(ROOT / "examples" / "warm_email.json")  # Priya Raman to Dana Whitfield


def _shorthand(text: str, notes: Notes) -> list[tuple[str | None, str]]:
    report = check_letter(text, notes)
    return [(v.quote, v.message.split(":")[0]) for v in report.violations if v.rule == "shorthand"]


def test_a_letter_of_a_subject_alone_is_read() -> None:
    # No greeting and no body: the subject is where the letter's text starts.
    assert _shorthand("Subject: thanks w/ love\n", _notes()) == [("w/", "line 1")]


def test_without_a_greeting_the_first_line_of_the_body_is_read() -> None:
    text = "Thank you w/ the team for the chat.\n\nI enjoyed it.\n\nBest regards,\nPriya Raman\n"
    assert _shorthand(text, _notes()) == [("w/", "line 1")]


def test_a_name_that_begins_or_ends_with_a_mark_is_left_alone() -> None:
    notes = _notes().model_copy(
        update={"company": "Govt Digital Service", "role": "Head of Property Mgmt"}
    )
    text = (
        "Dear Ms. Whitfield,\n\nThank you for speaking with me about the Head of Property Mgmt "
        "role at Govt Digital Service.\n\nBest regards,\nPriya Raman\n"
    )
    assert _shorthand(text, notes) == []
    # The same marks outside the names are shorthand.
    said = text.replace("speaking with me", "speaking w/ me about Govt and Mgmt plans,")
    assert _shorthand(said, notes) == [
        ("w/", "line 3"),
        ("Mgmt", "line 3"),
        ("Govt", "line 3"),
    ]


def test_a_letter_holding_every_trigger_at_once_is_still_read() -> None:
    sentence = (
        "I worked w/ mgmt + govt for 3 yrs, 2 mths and 6 wks, approx 40 hrs a wk, "
        "esp. on mngmt -> reports \u2192 dashboards."
    )
    text = f"Dear Ms. Whitfield,\n\n{sentence}\n\nBest regards,\nPriya Raman\n"
    quotes = [quote for quote, _ in _shorthand(text, _notes())]
    # In the order of the rule's marks, each mark's matches in the order of the text.
    assert quotes == [
        "w/", "->", "\u2192", "+", "wks", "wk", "yrs", "mths", "hrs",
        "mgmt", "mngmt", "govt", "approx", "esp.",
    ]  # fmt: skip
