"""A contribution part said in the frame its word class fits (offerabilities): "own" before a
bare noun is "my own" ("I have my own ..."), never the verb "to own van"; a thing after it
joins it; a quality joined by "and" needs a quality after it ("calm and quiet rooms" is a
thing brought, never "I am calm and quiet rooms"); an adverb before a quality keeps it one
("fully insured"); "can start" before a day is "can start on". Sentences by hand."""

from __future__ import annotations

import pytest

from composer.offline.offerabilities import abilities


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("own van + can start 11 jan", "I have my own van, and I can start on 11 January."),
        ("own ladders, fully insured", "I have my own ladders, and I am fully insured."),
        ("own kit + clean licence", "I have my own kit and a clean licence."),
        ("punctual + can start mon", "I am punctual, and I can start on Monday."),
        ("very patient, own transport", "I am very patient, and I have my own transport."),
    ],
)
def test_each_part_in_its_frame(line: str, said: str) -> None:
    assert abilities(line) == said


@pytest.mark.parametrize(
    "line", ["calm and tidy wards", "own the rota + cut overtime", "quiet and clean cabins"]
)
def test_never_a_quality_or_my_own_when_it_is_not(line: str) -> None:
    said = abilities(line) or ""
    assert not said.startswith("I am") and "my own" not in said


def test_two_qualities_still_one_clause() -> None:
    assert abilities("calm and methodical + can run the night desk") == (
        "I am calm and methodical, and I can run the night desk."
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "strong on hygiene + get the kitchen audited",
            "I am strong on hygiene, and I would get the kitchen audited.",
        ),
        (
            "patient, keep the waiting room calm",
            "I am patient, and I would keep the waiting room calm.",
        ),
    ],
)
def test_an_act_after_a_quality_is_what_i_would_do(line: str, said: str) -> None:
    assert abilities(line) == said


def test_an_act_after_happy_to_stays_under_to() -> None:
    assert abilities("happy to open up + take the early deliveries") == (
        "I am happy to open up and take the early deliveries."
    )
