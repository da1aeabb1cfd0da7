"""A next step the last gate stops is never said (session 48: "2nd chat w/ head of dept thurs
10th?" gave "I would welcome the chance of a second chat with head of department on Thursday 10
December." in the letter, with a notice saying it was left out: the gate's check of the step's
first clause was the shorter `wellformed.problem`, not the gate's own). The notes are made up."""

from __future__ import annotations

import datetime as dt

from composer import compose
from composer.models import Notes
from composer.offline import OfflineBackend


def test_a_step_the_gate_stops_gives_the_plain_close_and_its_notice() -> None:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Lena Hart", "email": "lena@example.com"},
            "company": "Harrow Water Ltd",
            "role": "Senior Hydrogeologist",
            "interview": {"date": "2026-12-03", "format": "video"},
            "interviewers": [
                {
                    "name": "Tom Reyes",
                    "salutation": "Tom",
                    "topics": ["groundwater monitoring for the new quarry"],
                }
            ],
            "qualifications": ["MSc in hydrogeology"],
            "highlights": ["built a regional groundwater model used in three permit applications"],
            "next_steps": "2nd chat w/ head of dept thurs 10th?",
            "tone": "warm",
            "channel": "email",
        }
    )
    letter = compose(notes, OfflineBackend(), today=dt.date(2026, 12, 4))[0]
    assert "with head of department" not in letter.text
    assert "10 December" not in letter.text  # the plain close: no date said from a stopped step
    assert any("next_steps" in notice and "left out" in notice for notice in letter.notices)
