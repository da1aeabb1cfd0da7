"""A LinkedIn note welcomes the next step the notes give, where it fits (reader 26, session 46:
"decision early next wk" was closed with "Looking forward to next steps."). Expected by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes

_NOTES: dict[str, Any] = {
    "candidate": {"name": "Lena Hart", "email": "lena@example.com"},
    "company": "Harrow Water Ltd",
    "role": "Senior Hydrogeologist",
    "interview": {"date": "2026-12-03", "format": "video"},
    "interviewers": [
        {
            "name": "Tom Reyes",
            "title": "Head of Water Resources",
            "salutation": "Tom",
            "topics": ["groundwater monitoring for the new quarry"],
        }
    ],
    "qualifications": ["MSc in hydrogeology"],
    "tone": "warm",
    "channel": "linkedin",
    "max_chars": 300,
}


def _note(**changes: Any) -> str:
    notes = Notes.model_validate({**_NOTES, **changes})
    (letter,) = compose(notes, today=dt.date(2026, 12, 4))
    assert letter.ok, letter.report
    return letter.text


@pytest.mark.parametrize(
    ("step", "close"),
    [
        ("decision early next wk", "I look forward to hearing from you early next week."),
        ("HR to call wk of 14th", "I look forward to hearing from HR in the week of 14 December."),
    ],
)
def test_a_note_with_room_closes_with_the_next_step(step: str, close: str) -> None:
    text = _note(next_steps=step)
    assert text.splitlines()[1].endswith(close)
    assert len(text) <= 300


def test_a_step_that_has_passed_is_not_welcomed() -> None:
    # met on 1 December, the note goes out on the 4th: the 2nd has passed
    text = _note(
        next_steps="decision by 2 Dec", interview={"date": "2026-12-01", "format": "video"}
    )
    assert "2 December" not in text and "December 2" not in text


def test_with_no_room_the_note_keeps_its_point_and_a_stock_close() -> None:
    text = _note(next_steps="decision early next wk", max_chars=200)
    assert "groundwater monitoring for the new quarry" in text
    assert "next week" not in text and len(text) <= 200
