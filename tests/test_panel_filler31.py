"""Session 31 (reader 11's h86: "I hold a full UK driving licence." opened two letters while a
real point could be said, and padded a third): a weak credential no topic touches never opens a
letter nor pads a short one; it is said only when the notes have nothing else. Expectations
written by hand, on jobs that appear nowhere in the corpus, before running the code."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer import compose
from composer.models import Interviewer, Notes
from composer.offline.echo import echoes
from composer.offline.select import select
from composer.offline.weak import touches
from composer.offline.writer import Writer


@pytest.mark.parametrize(
    ("topic", "touched"),
    [
        # "community" is driving only beside the care done on visits
        ("Community & Events Fundraising Manager", False),
        ("community bank branch targets", False),
        ("Community Staff Nurse", True),
        ("the community midwifery caseload", True),
        ("home visits across the valley", True),
        ("visitor numbers since the refit", False),  # a visitor is no visit
    ],
)
def test_community_touches_a_licence_only_in_visiting_work(topic: str, touched: bool) -> None:
    assert touches("full UK driving licence", topic) is touched


def _choir(*, points: list[str]) -> Notes:
    """A choir-school panel of three; every point but the licence is a credential of the trade."""
    data: dict[str, Any] = {
        "candidate": {"name": "Maren Holt", "email": "maren.holt@example.com"},
        "company": "St Brannock's Choir School",
        "role": "Community Music Leader",
        "interview": {"date": "2026-11-30", "format": "panel"},
        "interviewers": [
            {"name": "Ruth Penrose", "title": "Head of Music", "salutation": "Ruth",
             "topics": ["the Saturday junior choir"]},
            {"name": "Colin Mears", "title": "Bursar", "salutation": "Colin",
             "topics": ["the grant from the arts council"]},
            {"name": "Sita Rao", "title": "Parent Governor", "salutation": "Sita",
             "topics": ["letters home to parents"],
             "rapport": ["recommended the Music Leader podcast"]},
        ],
        "qualifications": points,
        "highlights": [],
        "next_steps": "decision by Friday",
        "tone": "warm",
        "channel": "email",
    }  # fmt: skip
    return Notes.model_validate(data)


def test_a_licence_never_opens_a_letter_while_a_real_point_can_be_shared() -> None:
    notes = _choir(points=["PGCE in secondary music", "full UK driving licence"])
    for index in range(3):
        chosen = select(notes, index)
        said = [p.source for p in (*chosen.points, *chosen.reserve)]
        assert "full UK driving licence" not in said
        assert "PGCE in secondary music" in said
    letters = compose(notes, today=dt.date(2026, 12, 1))
    assert not any("licence" in letter.text for letter in letters)


def test_a_licence_is_said_when_the_notes_have_nothing_else() -> None:
    notes = _choir(points=["full UK driving licence"])
    chosen = [select(notes, index) for index in range(3)]
    said = [p.source for c in chosen for p in (*c.points, *c.reserve)]
    assert "full UK driving licence" in said


def test_a_word_of_the_role_in_a_personal_line_is_no_echo() -> None:
    podcast = ["recommended the Music Leader podcast"]
    sita = Interviewer(name="Sita Rao", topics=["x"], rapport=podcast)
    # "Music" is the work itself (the role's word): the point is no repeat of the podcast
    assert not echoes("ABRSM Grade 8 in Music", sita, "Community Music Leader St Brannock's")
    # a place named in both still is
    ohio = Interviewer(name="Al Kerr", topics=["x"], rapport=["we both went to Ohio State"])
    assert echoes("M.Ed, Ohio State", ohio, "School Counselor Lakeview")


def _museum() -> Notes:
    """A museum panel of four with one point of the trade and a driving licence."""
    data: dict[str, Any] = {
        "candidate": {"name": "Ines Carvalho", "email": "ines.carvalho@example.com"},
        "company": "Harrowgate Museum Trust",
        "role": "Learning & Volunteers Manager",
        "interview": {"date": "2026-11-30", "format": "panel"},
        "interviewers": [
            {"name": "Paul Ember", "title": "Director", "salutation": "Paul",
             "topics": ["visitor numbers since the refit"]},
            {"name": "Gita Shah", "title": "Volunteer Lead", "salutation": "Gita",
             "topics": ["rotas for the weekend volunteers"]},
            {"name": "Rob Tiller", "title": "Trustee", "salutation": "Mr Tiller",
             "topics": ["reports to the board"]},
            {"name": "Jo Vance", "title": "Head of Marketing", "salutation": "Jo",
             "topics": ["the summer family programme"]},
        ],
        "qualifications": ["PGCE in secondary history", "full UK driving licence"],
        "tone": "warm",
        "channel": "email",
    }  # fmt: skip
    return Notes.model_validate(data)


def test_a_short_letter_is_never_padded_with_a_licence_no_topic_touches() -> None:
    notes = _museum()
    letters = compose(notes, today=dt.date(2026, 12, 1))
    assert not any("licence" in letter.text for letter in letters)
    assert all("PGCE" in letter.text for letter in letters)
    # what a short letter may add from outside its plan: the PGCE, never the licence
    for index in range(4):
        spare = [p.source for p in Writer(notes, index)._spare()]
        assert spare == ["PGCE in secondary history"]
    # a reader whose topic is driving may hear it
    data = notes.model_dump()
    data["interviewers"][1]["topics"] = ["driving the van to outreach sessions"]
    van = Notes.model_validate(data)
    assert "full UK driving licence" in [p.source for p in Writer(van, 1)._spare()]
