"""A topic and a point joined in one sentence say a figure once (reader 24's h190 after
asking: "... differed from the tank test by about 4% on resistance as well: ... came within 4%
of the tank test"). Expectations written by hand."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from composer import load_notes
from composer.compose import compose
from composer.models import Notes
from composer.offline.onefact import figure_once

READER24 = Path(__file__).parent / "corpus" / "readers" / "reader24"


def _h190_after_asking() -> Notes:
    """h190 with the reader's answers at --ask: the thesis result and the 4% topic."""
    data = load_notes(READER24 / "h190.json").model_dump(mode="json")
    data["interviewers"][0]["topics"].append(
        "why my CFD results differed from the tank test by about 4% on resistance"
    )
    data["highlights"][0] = (
        "My thesis was a CFD model of a 40 m electric ferry hull, and its resistance came "
        "within 4% of the tank test."
    )
    return Notes.model_validate(data)


def test_a_topic_and_a_point_joined_say_a_figure_once() -> None:
    [letter] = compose(_h190_after_asking(), today=dt.date(2026, 12, 4))
    sentences = re.split(r"(?<=[.!?])\s+", letter.text)
    assert any("4%" in s for s in sentences)
    assert not [s for s in sentences if s.count("4%") > 1]
    assert "differed from the tank test on resistance" in letter.text


# (the topic, the point joined to it, the topic as said in that sentence)
FIGURES = [
    (
        "why my CFD results differed from the tank test by about 4% on resistance",
        "its resistance came within 4% of the tank test",
        "why my CFD results differed from the tank test on resistance",
    ),
    (
        "the fall in footfall of 12% since March",
        "I brought footfall back up by 12% with late openings",
        "the fall in footfall since March",
    ),
    (
        "the move to 12-hour shifts on the ward",
        "I have worked 12-hour shifts for three years",
        "the move to 12-hour shifts on the ward",
    ),
    (
        "the backlog of 300 claims",
        "I cleared a backlog of 250 claims in my last post",
        "the backlog of 300 claims",
    ),
]


@pytest.mark.parametrize(("topic", "point", "said"), FIGURES)
def test_a_figure_the_point_says_is_dropped_from_the_topic(
    topic: str, point: str, said: str
) -> None:
    assert figure_once(topic, point) == said
