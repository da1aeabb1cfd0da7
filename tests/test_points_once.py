"""A point typed twice (a qualification given again as a highlight, as an answer at --ask can
be) is said once in a letter: it was "I am a Red Seal welder. I also have experience with ...,
and I am a Red Seal welder." Notes made up."""

from __future__ import annotations

import datetime as dt

from composer import compose
from composer.models import Notes


def test_a_point_typed_twice_is_said_once() -> None:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Dana Kerr"},
            "company": "Fenwick Fabrication",
            "role": "Steel Fitter",
            "interview": {"date": "2026-12-01"},
            "interviewers": [{"name": "Rob Hale", "topics": ["the bridge girder contract"]}],
            "qualifications": ["Red Seal welder", "8 yrs structural steel"],
            "highlights": ["I am a Red Seal welder."],
        }
    )
    text = compose(notes, today=dt.date(2026, 12, 2))[0].text
    assert text.count("Red Seal welder") == 1, text
    assert "eight years" in text  # the other point is still said
