"""A personal line typed at `compose --ask` as a whole sentence to the reader is said as typed
(session 39, reader 18 h146: "It was nice to meet Mochi, even briefly." was turned away with "it
could not be turned into a line addressed to them", although the candidate had said it to them).
A line about them in the third person, with chat, or that is no whole sentence is read as any
other note. The notes and jobs are made up; each sentence expected is written by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.rapportnotes import answered_line

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("It was nice to meet Mochi, even briefly.", "It was nice to meet Mochi, even briefly."),
        (
            "It was lovely to hear the choir warming up!",
            "It was lovely to hear the choir warming up.",
        ),
        (
            "Your tip about the ferry to Arran was a good one.",
            "Your tip about the ferry to Arran was a good one.",
        ),
        ("It was nice to meet her cat.", None),  # about them, in the third person
        ("nice to meet mochi lol", None),  # chat, no capital, no full stop
        ("Mochi the cat", None),  # no full stop: a note, not a sentence
    ],
)
def test_a_sentence_typed_to_them_is_said_as_typed(typed: str, said: str | None) -> None:
    assert answered_line(typed) == said


def _notes(rapport: str) -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Ines Marwick", "email": "ines.m@example.com"},
        "company": "Harbourlight Glassworks",
        "role": "Glass Furnace Technician",
        "interview": {"date": "2026-12-01", "format": "video"},
        "interviewers": [
            {
                "name": "tam oduya",
                "title": "works manager",
                "salutation": "Tam",
                "topics": ["the furnace rebuild next spring"],
                "rapport": [rapport],
            }
        ],
        "qualifications": ["I have six years of experience running a float glass furnace"],
        "next_steps": "decision by fri",
        "tone": "warm",
    }
    return Notes.model_validate(data)


def test_only_an_answered_line_is_taken_as_typed() -> None:
    line = "It was nice to meet Mochi, even briefly."
    notes = _notes(line)
    answered = compose(notes, backend=OfflineBackend(answered=frozenset([line])), today=TODAY)
    assert line in answered[0].text
    # typed in the notes, not as an answer, the same line is read as a note about them
    typed = compose(notes, backend=OfflineBackend(), today=TODAY)
    assert line not in typed[0].text
