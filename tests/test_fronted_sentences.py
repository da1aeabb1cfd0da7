"""A sentence of the candidate's own that opens with when or where ("In 2025 I closed ...") is
said as typed: compose now asks people to rewrite lines in full, and such a sentence used to
read as a clause with a noun subject and came out "The in 2025 I closed ..."."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "In 2025 I closed 28 engineering hires at Lumora",
            "In 2025 I closed 28 engineering hires at Lumora.",
        ),
        (
            "Last year, I ran six staff engineer searches",
            "Last year, I ran six staff engineer searches.",
        ),
        (
            "in 2024 i took Ashgrove Lodge from RI to Good",
            "In 2024 I took Ashgrove Lodge from RI to Good.",
        ),
        ("Since 2019 I have led the night team", "Since 2019 I have led the night team."),
        (
            "At Harwood Road I handed over 48 units early",
            "At Harwood Road I handed over 48 units early.",
        ),
        ("As a mentor, I trained 4 apprentices", "As a mentor, I trained four apprentices."),
    ],
)
def test_a_sentence_that_opens_with_when_or_where_is_said_as_typed(typed: str, said: str) -> None:
    read = read_point(typed)
    assert read.said is not None, read.why
    assert read.said.text().rstrip(".") + "." == said
