"""A topic typed as a thing and its figure with no word between is said with "the" and "of"
(session 47, reader 29's h220: "I enjoyed our conversation about food cost 34%."). Expected
text written by hand."""

from __future__ import annotations

import pytest

from composer.offline.topicfigures import of_figure
from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("food cost 34%", "the food cost of 34%"),
        ("kitchen brigade nine people", "the kitchen brigade of nine people"),
        ("staff turnover 40% last year", "the staff turnover of 40% last year"),
    ],
)
def test_a_thing_and_its_figure_are_joined(typed: str, said: str) -> None:
    assert of_figure(typed) == said
    assert read_topic(typed, frozenset()).text == said


@pytest.mark.parametrize(
    "typed",
    [
        "night shift 3 nights",
        "the plan 2025",
        "budget 2m",
        "night team covers 3 wards",
        "year 11 results",
    ],
)
def test_other_topics_are_left_as_they_are(typed: str) -> None:
    assert of_figure(typed) == typed
