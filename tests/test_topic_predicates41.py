"""Topics typed as a noun and a predicate with no verb, a bare adverb of frequency, or "the"
before a doing and its object: said as a person would name them (targets written by hand)."""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic, topic_parts


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("stock system not ready", "the stock system not being ready"),
        ("payroll run still not automated", "the payroll run still not being automated"),
        ("scaffold tags not up to date", "the scaffold tags not being up to date"),
        ("pallets not wrapped properly", "pallets not being wrapped properly"),
        ("new kiln not installed till spring", "the new kiln not being installed till spring"),
        (
            "milk steaming inconsistent at the Tanjong Pagar outlet",
            "the inconsistent milk steaming at the Tanjong Pagar outlet",
        ),
        ("board meeting prep quarterly", "the quarterly board meeting prep"),
        ("audits monthly", "the monthly audits"),
        ("toolbox talks weekly with the subbies", "the weekly toolbox talks with the subbies"),
        (
            "the handling a contractor who disputes an inspection finding",
            "handling a contractor who disputes an inspection finding",
        ),
        ("the booking a venue for the AGM", "booking a venue for the AGM"),
        ("the costing new menus", "costing new menus"),
    ],
)
def test_a_verbless_topic_is_named_by_its_grammar(line: str, said: str) -> None:
    assert read_topic(line).text == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("their move upmarket into healthcare", "your move upmarket into healthcare"),
        ("patients discharged without meds", "patients discharged without medications"),
        ("staff involved", "staff involved"),
        ("battlecards outdated", "outdated battlecards"),
    ],
)
def test_what_is_not_that_shape_is_said_as_before(line: str, said: str) -> None:
    assert read_topic(line).text == said


def test_a_state_said_with_being_is_one_thing() -> None:
    assert not read_topic("ute and tools supplied").plural
    assert read_topic("ute and tools supplied").text == "the ute and tools being supplied"


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "Concur expense reports, travel to Salt Lake + Spokane offices",
            ["Concur expense reports", "travel to Salt Lake + Spokane offices"],
        ),
        (
            "rota for Leeds and York depots, overtime, agency spend",
            ["rota for Leeds and York depots", "overtime", "agency spend"],
        ),
        ("key accounts in the north west, you inherit 12", None),
    ],
)
def test_a_comma_joins_two_subjects_named_in_full(line: str, parts: list[str] | None) -> None:
    assert topic_parts(line) == (parts or [line])


def test_two_names_before_a_plural_take_the() -> None:
    said = read_topic("travel to Salt Lake and Spokane offices").text
    assert said == "travel to the Salt Lake and Spokane offices"
