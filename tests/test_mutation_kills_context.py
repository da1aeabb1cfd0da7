"""What every rule receives and how it words a finding (composer/rules/context.py).

Each test pins, with values worked out by hand, behaviour that a surviving mutant of context.py
showed no other test held: where `shorten` cuts, and a finding's defaults.
"""

from __future__ import annotations

import pytest

from composer.rules.context import finding, shorten
from composer.rules.report import Violation


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("a  b\n c\t", 70, "a b c"),  # one line, single spaces, nothing cut
        ("x" * 70, 70, "x" * 70),  # exactly the limit: whole
        ("x" * 71, 70, "x" * 67 + "..."),  # one over: cut to the limit, "..." included
        ("a" * 66 + " " + "b" * 10, 70, "a" * 66 + "..."),  # no space left before the dots
        ("abcde", 5, "abcde"),
        ("abcdef", 5, "ab..."),
    ],
)
def test_shorten_cuts_to_about_the_limit(text: str, limit: int, expected: str) -> None:
    assert shorten(text, limit) == expected


def test_shorten_cuts_at_seventy_by_default() -> None:
    assert shorten("y" * 70) == "y" * 70
    assert shorten("y" * 71) == "y" * 67 + "..."


def test_a_finding_is_an_error_without_a_quote_unless_told() -> None:
    assert finding("tone", "Too loud.", fix="Say it softly.") == Violation(
        rule="tone", severity="error", message="Too loud.", quote=None, fix="Say it softly."
    )
    assert finding("tone", "Loud.", fix="Soft.", quote="LOUD", severity="warning") == Violation(
        rule="tone", severity="warning", message="Loud.", quote="LOUD", fix="Soft."
    )
