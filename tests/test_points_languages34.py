"""One language typed with how well, as a careful candidate types it ("Conversational German
(B2)", "French B1", "Spanish - conversational"), is said as spoken ("I speak conversational
German, at B2 level."); it was left out or "I have experience with German B2". Lines made up for
the test; expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Conversational Italian (B1)", "I speak conversational Italian, at B1 level."),
        ("Fluent Dutch (C1)", "I speak fluent Dutch, at C1 level."),
        ("Polish B2", "I speak Polish at B2 level."),
        ("Japanese (about A2)", "I speak Japanese at A2 level."),
        ("Swedish - conversational", "I speak conversational Swedish."),
        ("Basic Arabic", "I speak basic Arabic."),
        ("Greek", "I speak Greek."),
        # as before: a fluent language after its name, a list
        ("Spanish - fluent", "I am fluent in Spanish."),
        ("fluent spanish, ok portuguese", "I speak fluent Spanish and some Portuguese."),
    ],
)
def test_one_language_with_how_well_is_said_as_spoken(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize("line", ["Python B2", "Fluent Spanish - basic"])
def test_no_language_or_two_levels_is_not_said_as_spoken(line: str) -> None:
    read = read_point(line)
    assert read.said is None or "speak" not in read.sentence()
