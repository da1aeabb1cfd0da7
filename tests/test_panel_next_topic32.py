"""A letter names the next of its reader's topics when the first still reads as a note to the
last gate, rather than none (reader 12's h92 Kayla: "red team engagmts - they do 2/yr, want
quarterly" was left out and her letter named no topic of hers, though "AD attack paths" was
there). Expectations written by hand before running the code; the notes below are made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import compose, load_notes
from composer.models import Notes

H92 = Path(__file__).parent / "corpus" / "readers" / "reader12" / "h92.json"
TODAY = dt.date(2026, 12, 2)


def _notes(first: str) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Ana Silva"},
            "company": "Northfield Council",
            "role": "Fleet Coordinator",
            "interview": {"date": "2026-12-01", "format": "video"},
            "interviewers": [
                {
                    "name": "Sam Reid",
                    "title": "Transport Manager",
                    "topics": [first, "the winter gritting routes"],
                }
            ],
            "qualifications": ["CPC transport manager"],
            "highlights": ["cut vehicle downtime by 20% at Hallam Fleet"],
            "tone": "warm",
            "channel": "email",
        }
    )


@pytest.mark.parametrize(
    "first",
    [
        "procurmnt of new vans",
        "van leasing engagmts",
        "drivr hours compliance",
        "telematics engagmts w/ suppliers",
    ],
)
def test_a_first_topic_the_gate_stops_gives_way_to_the_next(first: str) -> None:
    letter = compose(_notes(first), today=TODAY)[0]
    assert first.split()[0] not in letter.text
    assert "the winter gritting routes" in letter.text
    assert not letter.report.errors


def test_a_first_topic_that_reads_well_is_still_named_first() -> None:
    text = compose(_notes("the depot move"), today=TODAY)[0].text
    assert text.index("the depot move") < text.index("the winter gritting routes")


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_h92_kayla_hears_about_attack_paths(tone: str) -> None:
    notes = load_notes(H92).model_copy(update={"tone": tone})
    text = compose(notes, today=TODAY)[0].text
    assert "AD attack paths" in text
    assert "engagmts" not in text
