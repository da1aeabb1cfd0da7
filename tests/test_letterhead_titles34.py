"""A job title typed in lower-case note shorthand is written out on a printed letter's
letterhead ("workshop mgr" -> "Workshop Manager"), and the checker takes the written-out title
as the notes' own. Titles made up for the test; expected forms written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.english import title_as_written
from composer.models import Notes
from composer.offline.writer import Writer
from composer.rules import check_letter


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("workshop mgr", "Workshop Manager"),
        ("head of ops", "Head of Operations"),
        ("snr charge nurse", "Senior Charge Nurse"),
        ("hr bp", "HR Business Partner"),
        ("dir of eng", "Director of Engineering"),
        ("vp sales, emea", "VP Sales, Emea"),
        ("Asst store mgr", "Assistant Store Manager"),
        ("director of people & culture", "Director of People & Culture"),
        # typed with capitals of its own: as typed
        ("Head of IT", "Head of IT"),
        ("Workshop Mgr", "Workshop Mgr"),
        # a clipping with two readings ("technician"/"technical") keeps its letters
        ("lab tech", "Lab Tech"),
    ],
)
def test_a_lower_case_title_is_written_out(typed: str, written: str) -> None:
    assert title_as_written(typed) == written


def _notes(title: str) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Rory Blake", "email": "rory@example.com"},
            "company": "Harbourside Boatyard",
            "role": "Marine Electrician",
            "interview": {"date": "2026-12-01", "format": "onsite"},
            "interviewers": [{"name": "Tess Ward", "title": title, "topics": ["shore power"]}],
            "qualifications": ["six years fitting marine electrics"],
            "tone": "formal",
            "channel": "letter",
        }
    )


def test_the_letterhead_writes_the_title_out_and_the_checker_accepts_it() -> None:
    notes = _notes("yard ops mgr")
    text = Writer(notes, 0, today=dt.date(2026, 12, 2)).write().text
    head = text.split("Dear ")[0]
    assert "Tess Ward\nYard Operations Manager\nHarbourside Boatyard" in head
    assert "yard ops mgr" not in text
    assert not [v for v in check_letter(text, notes).violations if v.rule == "grounding"]
    # a title the notes do not give is still caught
    invented = text.replace("Yard Operations Manager", "Harbour Master")
    assert [v.rule for v in check_letter(invented, notes).violations].count("grounding") >= 1
