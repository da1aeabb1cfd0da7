"""The qualifications rule sees a qualification whose note shorthand the letter spelled out
(reader 11's h88: "agents rep cert" said "I hold an agents representative certificate." was
marked NOT READY), without the rules importing the offline writer (the shorthand table is
`composer.english.NOTE_SHORTHAND`, a layer below both); a letter with no qualification still
fails."""

from __future__ import annotations

from typing import Any

from composer.models import Notes
from composer.rules import check_letter
from composer.rules.keywords import spelled_out


def test_shorthand_spelled_out_for_the_rule() -> None:
    assert spelled_out("agents rep cert") == "agents representative certificate"
    assert spelled_out("5 yrs on the road") == "5 years on the road"


def _agent(qualifications: list[str]) -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Tui Ngata", "email": "tui.ngata@example.com"},
        "company": "Harbour & Vine Realty",
        "role": "sales agent",
        "interview": {"date": "2026-11-30"},
        "interviewers": [{"name": "Dee Moana", "title": "director", "topics": ["listings"]}],
        "qualifications": qualifications,
        "tone": "warm",
        "channel": "email",
    }  # fmt: skip
    return Notes.model_validate(data)


_LETTER = """Subject: Thank you for the sales agent interview

Dear Dee,

Thank you for meeting with me yesterday about the sales agent position at Harbour & Vine Realty.
{middle}I enjoyed our conversation about the listings you are taking on this summer.

I look forward to hearing from you.

Kind regards,
Tui Ngata
"""


def _rules(letter: str, notes: Notes) -> list[str]:
    return [v.rule for v in check_letter(letter, notes, to="Dee Moana").errors]


def test_the_rule_sees_a_qualification_whose_shorthand_the_letter_spelled_out() -> None:
    notes = _agent(["agents rep cert"])
    said = _LETTER.format(middle="I hold an agents representative certificate. ")
    assert "qualifications" not in _rules(said, notes)


def test_a_letter_with_no_qualification_still_fails_the_rule() -> None:
    notes = _agent(["agents rep cert"])
    assert "qualifications" in _rules(_LETTER.format(middle=""), notes)
    other = _LETTER.format(middle="I have sold homes on this side of town for years. ")
    assert "qualifications" in _rules(other, notes)
