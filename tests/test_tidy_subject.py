"""A point's bare subject given its determiner (`tidy.whose_subject`), and lines with no subject."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point
from composer.offline.tidy import whose_subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person noun as subject is the candidate's own
        ("line training captain recommended me", "my line training captain recommended me"),
        # a singular thing as subject takes "the"
        ("pass rate went from 60% to 85%", "the pass rate went from 60% to 85%"),
        # a line that starts with its verb has no subject to complete (it crashed compose once)
        ("have written scripts to parse logs", "have written scripts to parse logs"),
        ("was promoted to shift lead in 2023", "was promoted to shift lead in 2023"),
    ],
)
def test_whose_subject(text: str, expected: str) -> None:
    assert whose_subject(text) == expected


def test_a_first_person_line_joining_a_present_and_a_perfect_is_said_whole() -> None:
    # reader 13's qualification, typed at --ask and alone in a notes file, crashed compose
    said = read_point("I know some Python and have written scripts to parse logs").sentence()
    assert said == "I know some Python and have written scripts to parse logs."
