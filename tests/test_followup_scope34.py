"""An answer that ends on the time or scope its question ended on says it once: "You asked what I
would do in my first 90 days: I would meet every client and map the backlog." (not "... in my
first 90 days" again). Lines made up for the test; expected sentences written by hand."""

from __future__ import annotations

import pytest

from tests.fakes import follow_up


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "asked what id do in first 90 days - I would meet every client and map the backlog"
            " in my first 90 days",
            "You asked what I would do in my first 90 days: I would meet every client and map"
            " the backlog.",
        ),
        (
            "They asked what I would change in the first year: I would move the rota online in"
            " the first year.",
            "You asked what I would change in the first year: I would move the rota online.",
        ),
    ],
)
def test_the_questions_closing_scope_is_said_once(line: str, said: str) -> None:
    assert follow_up(line) == said
