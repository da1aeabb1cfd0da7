"""Next steps in session 46 (reader 26): a post typed by its initials ("final round w/ GM
mid-Dec" gave "... with the GM" in a formal letter, "GM to call" gave "hearing from GM"), and a
LinkedIn note that welcomes the next step where it fits ("decision early next wk" was closed with
"Looking forward to next steps."). Expected sentences by hand."""

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
            "salutation": "Mr. Reyes",
            "topics": ["groundwater monitoring for the new quarry"],
        }
    ],
    "qualifications": ["MSc in hydrogeology"],
    "highlights": ["built a regional groundwater model used in three permit applications"],
    "channel": "email",
}


def _text(**changes: Any) -> str:
    notes = Notes.model_validate({**_NOTES, **changes})
    (letter,) = compose(notes, today=dt.date(2026, 12, 4))
    assert letter.ok, letter.report
    return letter.text


@pytest.mark.parametrize(
    ("step", "tone", "said"),
    [
        (
            "final round w/ GM mid-Dec",
            "formal",
            "the final round with the general manager in mid-December.",
        ),
        ("GM to call on Fri", "formal", "hearing from the general manager on Friday."),
        ("GM to call on Fri", "warm", "hearing from the GM on Friday."),
        ("CEO will email by thurs", "warm", "hearing from the CEO by Thursday."),
    ],
)
def test_a_post_typed_by_its_initials_is_the_post(step: str, tone: str, said: str) -> None:
    assert said in _text(next_steps=step, tone=tone)


def _note(**changes: Any) -> str:
    """A LinkedIn note (premium: 300 characters) to Tom."""
    person = {**_NOTES["interviewers"][0], "salutation": "Tom"}
    base = {"interviewers": [person], "highlights": [], "channel": "linkedin", "max_chars": 300}
    base["tone"] = "warm"
    return _text(**{**base, **changes})


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
