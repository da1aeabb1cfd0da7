"""A range, a debate, a collection is one thing discussed: it takes "the" (reader 17: "I enjoyed
hearing your view of AW27 range.", "It was good to talk about headless versus theme debate with
you."). Sentences by hand."""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    "typed, named",
    [
        ("AW27 range - wants fewer SKUs", "the AW27 range"),
        ("headless vs theme debate", "the headless versus theme debate"),
        ("SS26 collection", "the SS26 collection"),
        ("spring menu", "the spring menu"),
        # a plural or a name keeps its own way
        ("margin pressure on cushions + throws", "margin pressure on cushions and throws"),
    ],
)
def test_one_range_or_debate_takes_the(typed: str, named: str) -> None:
    assert read_topic(typed).text == named


@pytest.mark.parametrize(
    "typed, named",
    [
        ("what i'd do first 90 days", "what I would do in my first 90 days"),
        ("what I would change first 3 months", "what I would change in my first three months"),
        ("priorities for my first 90 days", "priorities for my first 90 days"),
    ],
)
def test_a_plan_for_the_first_days_is_the_candidates_own(typed: str, named: str) -> None:
    assert read_topic(typed).text == named


def test_an_exercises_first_days_are_not_the_candidates() -> None:
    # the dash names the exercise: its first days, never "in my first three days"
    said = read_topic("ransomware tabletop - what i'd do first 3 days").text
    assert "in the first three days" in said and "ransomware tabletop" in said
