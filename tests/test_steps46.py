"""A next step with a post typed by its initials (reader 26, session 46: "final round w/ GM
mid-Dec" gave "... with the GM" in a formal letter). Expected sentences by hand."""

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


def _letter(step: str, tone: str) -> str:
    notes = Notes.model_validate({**_NOTES, "next_steps": step, "tone": tone})
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
    assert said in _letter(step, tone)
