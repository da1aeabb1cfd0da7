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


def test_a_place_said_last_can_go_from_a_short_name() -> None:
    names = short_names("supervising trainee pharmacists from the local university")
    assert "supervising trainee pharmacists" in names


# (a topic, a name that would be broken or empty and must never be offered)
NEVER = [
    ("the caseload of about 12 new referrals a week", "the caseload new referrals"),
    (
        "a scenario question about a youth who refuses to come home",
        "a scenario question about a youth",
    ),
    ("whether the archive should move onto Kete or stay in the catalogue", "onto Kete"),
    ("how I would deal with a tenant who shouts at the front desk", "how I would deal"),
    ("how the kitchen would cut the cost of wasted produce each week", "the cost"),
]


@pytest.mark.parametrize(("topic", "broken"), NEVER)
def test_a_short_name_keeps_a_noun_phrase_whole(topic: str, broken: str) -> None:
    assert broken not in short_names(topic)
