"""A LinkedIn note that greets its reader by title is signed with the full name, and never
recalls a weak credential the reader's topics do not touch (reader 11's h90: "Dear Mr.
Sinclair, ... Brett"; after the change the safety coordinator's note fell back on "I hold a
class 1 licence."). Expectations written by hand before running the code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from composer import compose, load_notes
from composer.models import Notes
from composer.offline.linkedin import NoteWriter
from composer.offline.linkedin_wording import TOPIC_THANKS

H90 = Path(__file__).parent / "corpus" / "readers" / "reader11" / "h90.json"


def _h90() -> Notes:
    return load_notes(H90).model_copy(update={"channel": "linkedin"})


def test_a_titled_note_with_room_for_the_full_name_is_signed_in_full() -> None:
    gord = compose(_h90(), today=dt.date(2026, 12, 2))[0]
    assert gord.text.startswith("Dear Mr. Sinclair,")
    assert gord.text.rstrip().endswith("\nBrett Kowalchuk")
    assert len(gord.text.strip()) <= 200


def test_a_note_never_recalls_a_licence_no_topic_of_theirs_touches() -> None:
    notes = _h90()
    for index in range(2):
        points = NoteWriter(notes, index).candidate_points()
        assert not any("licence" in way for ways in points for way in ways)
    letters = compose(notes, today=dt.date(2026, 12, 2))
    assert not any("licence" in letter.text for letter in letters)


def test_a_topic_said_beside_a_role_with_a_dash_is_judged_as_the_topic() -> None:
    """The gate judges the topic in "Thank you for our talk about lockout/tagout and {role}",
    not the role's title as typed ("Heavy Duty Technician - Night Shift Lead" reads as a note),
    so Denise's note can name her topic in the thanks and still be signed in full."""
    notes = _h90()
    writer = NoteWriter(notes, 1)
    combined = [way for ways in writer.topics(TOPIC_THANKS) for way in ways]
    assert any("lockout/tagout and the Heavy Duty Technician" in way for way in combined)
    assert writer.notices == []  # a topic the note can say is never listed as left out
    denise = compose(notes, today=dt.date(2026, 12, 2))[1]
    assert denise.text.startswith("Dear Ms. Fournier,")
    assert denise.text.rstrip().endswith("\nBrett Kowalchuk")
    assert "safety record" in denise.text or "lockout/tagout" in denise.text
    assert len(denise.text.strip()) <= 200
