"""A LinkedIn note that can name none of its reader's topics carries what the candidate would
bring when the letter plan gives that reader the contribution (their typed topic is what it is
about), rather than a credential that says nothing of them ("I am a CPC transport manager.").
Expectations written by hand before running the code; the notes below are made up."""

from __future__ import annotations

import datetime as dt

import pytest

from composer import compose
from composer.models import Notes
from tests.fleet import fleet_pair


def _notes(topic: str, contribution: str, tone: str) -> Notes:
    return fleet_pair(topic, contribution, tone, "linkedin")


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
@pytest.mark.parametrize(
    ("topic", "contribution", "said"),
    [
        (
            "service log is all on paper",
            "get the service log off paper + onto tablets",
            "get the service log off paper and onto tablets",
        ),
        # a topic typed with a slip ("bookngs") is left out by the last gate
        ("MOT bookngs all by hand", "MOT bookings on a shared calendar", "MOT bookings"),
    ],
)
def test_a_note_with_no_topic_of_theirs_says_the_contribution_about_it(
    topic: str, contribution: str, said: str, tone: str
) -> None:
    notes = _notes(topic, contribution, tone)
    pat, chris = compose(notes, today=dt.date(2026, 12, 2))
    assert said in chris.text
    assert "CPC" not in chris.text
    assert not chris.report.errors
    # the reader whose topics can be named keeps their topic, with no contribution
    assert said not in pat.text
