"""A LinkedIn note never says the candidate "heard about" a topic they were asked about (reader
19's h150: "I enjoyed hearing about rigging." to Jan, who had asked the candidate about
rigging). Expectations written by hand."""

from __future__ import annotations

from pathlib import Path

from composer import load_notes
from composer.offline.linkedin import NoteWriter

H150 = Path(__file__).parent / "corpus" / "readers" / "reader19" / "h150.json"


def test_a_topic_put_to_the_candidate_is_never_heard_about() -> None:
    notes = load_notes(H150).model_copy(update={"channel": "linkedin"})
    jan = NoteWriter(notes, 1)
    ways = [way for option in jan.topics() for way in option]
    rigging = [way for way in ways if "rigging" in way]
    # (session 43: its answer, "honestly just basic DUIK", cannot be said, so the question is
    # left out and named, never the subject of the note: `test_questions43`)
    assert not any("hearing about" in way for way in rigging)
