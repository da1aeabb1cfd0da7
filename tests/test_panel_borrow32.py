"""A letter none of whose reader's topics can be said borrows a point of the candidate's that
one colleague's letter says before it piles up stock sentences (reader 12's h96 Marie-Claude:
"I hold a BA in English from U of M." then "I came away keen to join the team. I appreciated
the time you gave me. ... If you need anything more from me, just let me know.").
Expectations written by hand before running the code; the panel below is made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import compose, load_notes
from composer.models import Notes

H96 = Path(__file__).parent / "corpus" / "readers" / "reader12" / "h96.json"
TODAY = dt.date(2026, 12, 2)


def _person(name: str, title: str, topic: str) -> dict[str, object]:
    return {"name": name, "title": title, "topics": [topic]}


def _fleet(topic: str, tone: str) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Ana Silva"},
            "company": "Northfield Council",
            "role": "Fleet Coordinator",
            "interview": {"date": "2026-12-01", "format": "panel"},
            "interviewers": [
                _person("Pat Lowe", "Operations Manager", "vehicle downtime in winter"),
                _person("Chris Doyle", "Workshop Supervisor", "moving the vans to electric"),
                _person("Sam Reid", "HR Advisor", topic),
            ],
            "qualifications": ["CPC transport manager"],
            "highlights": [
                "cut vehicle downtime by 20% at Hallam Fleet",
                "moved 40 vans to electric in 2024",
            ],
            "tone": tone,
            "channel": "email",
        }
    )


@pytest.mark.parametrize("tone", ["warm", "formal"])
def test_a_reader_whose_topic_is_left_out_hears_a_result_before_stock(tone: str) -> None:
    letters = compose(_fleet("shift patrn engagmts", tone), today=TODAY)
    sam = letters[2]
    assert "engagmts" not in sam.text  # the topic is notes-speak, left out
    assert "cut vehicle downtime by 20% at Hallam Fleet" in sam.text
    assert not sam.report.errors
    # said in one colleague's letter besides, never in all three
    assert sum("downtime by 20%" in letter.text for letter in letters) == 2


def test_a_reader_whose_topic_is_said_borrows_a_result_before_a_second_stock_line() -> None:
    # Session 39: Sam's letter named the rota, then "Thanks so much again for the conversation.
    # I look forward to hearing what comes next. If you need anything more from me, just let me
    # know."; the candidate's result, which one colleague's letter says, comes before the offer.
    letters = compose(_fleet("the on-call rota", "warm"), today=TODAY)
    sam = letters[2]
    assert "rota" in sam.text
    assert "cut vehicle downtime by 20% at Hallam Fleet" in sam.text
    assert "just let me know" not in sam.text
    assert not sam.report.errors
    assert sum("downtime by 20%" in letter.text for letter in letters) == 2  # never all three


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_h96_marie_claude_hears_the_grants_years(tone: str) -> None:
    notes = load_notes(H96).model_copy(update={"tone": tone})
    letter = compose(notes, today=TODAY)[0].text
    assert "four years of experience as a grants officer at Red River Family Services" in letter
    assert "just let me know" not in letter
