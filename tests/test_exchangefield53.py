"""A question and its answer typed in a highlight or the follow-up is said as the exchange it
is, in the asker's letter (session 53; dev lines of our own, not the held-out set)."""

from __future__ import annotations

import json

import pytest

from composer.models import Notes
from composer.offline.backend import OfflineBackend
from composer.offline.exchangefield import moved_to_topics

_NOTES = {
    "candidate": {"name": "Rosa Quintero", "email": "rosa.q@example.com"},
    "company": "Harbourview Property Management",
    "role": "Tenancy Officer",
    "interview": {"date": "2026-12-03", "format": "onsite"},
    "interviewers": [
        {
            "name": "Helen Adeyemi",
            "title": "Housing Manager",
            "salutation": "Helen",
            "topics": ["the repairs backlog on the Eastgate estate"],
        }
    ],
    "qualifications": ["Level 3 Certificate in Housing", "4 yrs as a lettings negotiator"],
    "highlights": ["cut rent arrears on my patch from 9% to 5%"],
    "next_steps": "Helen to call by Friday",
    "tone": "warm",
    "channel": "email",
}


def _notes(**changes: object) -> Notes:
    data = json.loads(json.dumps(_NOTES))
    data.update(changes)
    return Notes.model_validate(data)


def _letter(notes: Notes) -> str:
    from composer.drafting import DraftRequest

    request = DraftRequest(notes=notes, interviewer=notes.interviewers[0])
    return OfflineBackend().draft(request).text


@pytest.mark.parametrize(
    ("field", "line", "said"),
    [
        (
            "highlights",
            "She asked me to draft a reply to an angry tenant on the spot. I drafted a short"
            " apology with a repair date.",
            "When you asked me to draft a reply to an angry tenant on the spot, I drafted a"
            " short apology with a repair date.",
        ),
    ],
)
def test_exchange_typed_in_another_field_is_said_with_its_answer(
    field: str, line: str, said: str
) -> None:
    value: object = [*_NOTES["highlights"], line] if field == "highlights" else line  # type: ignore[list-item]
    notes = _notes(**{field: value})
    moved = moved_to_topics(notes)
    assert moved.interviewers[0].topics[-1] == line
    assert said in " ".join(_letter(notes).split())


def test_follow_up_stays_with_its_readers() -> None:
    # the follow-up's readers say an exchange as an addition ("One thing I would add ...")
    notes = _notes(follow_up="asked re void inspections -> said i check every void within 48 hours")
    assert moved_to_topics(notes) is notes


def test_highlight_before_others_stays_where_typed() -> None:
    line = "She asked me to draft a reply on the spot. I drafted a short apology."
    notes = _notes(highlights=[line, "cut rent arrears on my patch from 9% to 5%"])
    assert moved_to_topics(notes) is notes
