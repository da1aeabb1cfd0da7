"""A LinkedIn note names the interviewer's own topic in a short clause when the whole topic
does not fit (reader 24's h187 by LinkedIn: three notes that said no point of the
conversation, "none fits in 200 characters"). Expectations written by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import load_notes
from composer.offline.linkedin import NoteWriter
from composer.offline.shortnames import short_names

READER24 = Path(__file__).parent / "corpus" / "readers" / "reader24"

# (reader, the short name of their own topic the note says)
H187_TOPICS = [
    (0, "Grade 9 entry applications"),
    (1, "enrolment forecasts"),
    (2, "student retention"),
]


@pytest.mark.parametrize(("index", "named"), H187_TOPICS)
def test_a_linkedin_note_names_the_readers_topic_when_only_a_short_name_fits(
    index: int, named: str
) -> None:
    notes = load_notes(READER24 / "h187.json").model_copy(update={"channel": "linkedin"})
    written = NoteWriter(notes, index, today=dt.date(2026, 12, 4)).write()
    assert named in written.text
    assert len(written.text) <= 200
    assert not any("recalls no point" in n for n in written.notices)


# (a long topic, a shorter name a note may use: its own words, a noun phrase whole)
SHORT_NAMES = [
    ("reversing the decline in Grade 9 entry applications", "Grade 9 entry applications"),
    (
        "how the admissions office should report enrolment forecasts to the board each term",
        "enrolment forecasts",
    ),
    ("how the kitchen would cut the cost of wasted produce each week", "wasted produce"),
    ("the rise in no-show appointments over the last two years", "no-show appointments"),
]


@pytest.mark.parametrize(("topic", "name"), SHORT_NAMES)
def test_a_long_topic_has_a_short_name_of_its_own_words(topic: str, name: str) -> None:
    assert name in short_names(topic)
