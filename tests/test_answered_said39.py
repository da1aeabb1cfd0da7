"""A personal line or a follow-up typed at `compose --ask` as a whole sentence to the reader is
said as typed (session 39, reader 18 h146: "It was nice to meet Mochi, even briefly." was turned
away with "it could not be turned into a line addressed to them", and "On the ring buffer
question, I missed the memory barrier on the index update and caught it right after the call."
was put behind "I also wanted to mention that on ..." and then stopped by the gate as two
sentences joined by a comma). A line about them in the third person or by name, with chat, or
that is no whole sentence is read as any other note. The notes and jobs are made up; each
sentence expected is written by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.rapportnotes import answered_line
from composer.offline.typedwhole import answer_said

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
        # a wish said as a request to them (reader 16 h125, reader 18 h146)
        ("Give Bran a pat from me.", "Give Bran a pat from me."),
        ("Say hello to Rusty for me!", "Say hello to Rusty for me."),
        ("Mention my forklift licence.", None),  # a request, but no wish: an instruction
        ("It was nice to meet her cat.", None),  # about them, in the third person
        # someone of theirs, after "your" (reader 19 h149, refused twice)
        (
            "Good luck to your daughter with her matric results in January.",
            "Good luck to your daughter with her matric results in January.",
        ),
        # what both share goes in the rapport's frame ("I enjoyed discovering that we both ...")
        ("We both grew up in Antigonish.", None),
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


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "On the kiln question, I missed the cooling rate and checked it right after the call.",
            "On the kiln question, I missed the cooling rate and checked it right after the call.",
        ),
        ("I'd also run the rebuild in two stages.", "I would also run the rebuild in two stages."),
        ("Tam asked about night shifts and I'm happy to do them.", None),  # the reader by name
        ("should have said I can start in jan.", None),  # a note to self, no capital
        ("Should have mentioned my forklift licence.", None),  # a note to self with a capital
    ],
)
def test_a_follow_up_typed_to_them_is_said_as_typed(typed: str, said: str | None) -> None:
    assert answer_said(typed, ["Tam Oduya", "Tam", "Oduya"]) == said


def test_an_answered_follow_up_is_said_as_typed_to_the_reader() -> None:
    answer = "On the kiln question, I missed the cooling rate and checked it right after the call."
    notes = _notes("It was nice to meet Mochi, even briefly.").model_copy(
        update={"follow_up": answer}
    )
    backend = OfflineBackend(answered=frozenset([answer]))
    assert answer in compose(notes, backend=backend, today=TODAY)[0].text
