"""A question put to the candidate and their answer (session 43): said with the answer, or left
out and named, never said as a subject discussed ("our conversation about a time I found
something wrong at energisation", "the chance to talk through my worst event"). Expected
sentences written by hand."""

from __future__ import annotations

from composer import compose
from composer.models import Notes
from composer.offline.usable import topics_left_out


def _notes(topics: list[str], channel: str = "email") -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Lena Brook", "email": "lena@example.com"},
            "company": "Harbour Buses",
            "role": "Service Planner",
            "interview": {"date": "2026-12-02", "format": "video"},
            "interviewers": [
                {"name": "Dana Cole", "title": "Planning Manager", "topics": topics},
            ],
            "qualifications": ["a master's degree in transport planning"],
            "highlights": ["I redesigned the bus network for a town of 40,000 people."],
            "tone": "warm",
            "channel": channel,
        }
    )


def test_a_question_whose_answer_cannot_be_said_is_no_subject_discussed() -> None:
    line = "asked about a time i missed a deadline -> gtfs + remix, ridership"
    for channel in ("email", "linkedin"):
        notes = _notes(["the bus network redesign", line], channel)
        letter = compose(notes)[0].text
        assert "a time I missed a deadline" not in letter, letter
        assert "deadline" not in letter.lower(), letter
    left = topics_left_out(_notes(["the bus network redesign", line]))
    assert [(r.field, r.text) for r in left] == [("interviewers[0].topics[1]", line)]
    assert "answer" in left[0].why
