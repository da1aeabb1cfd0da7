"""Session 41b (matching): a point that answers a reader's topic must be readable to reach
their letter. Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a task noun typed with its own article keeps it: no "the the"
        (
            "led the digitisation of 40,000 patient files before the hospital move",
            "I led the digitisation of 40,000 patient files before the hospital move",
        ),
        (
            "ran our migration of 300 servers to Azure",
            "I ran our migration of 300 servers to Azure",
        ),
        ("oversaw a refit of 12 wards", "I oversaw a refit of 12 wards"),
        # typed bare, it still takes "the"
        ("managed review of 80k docs", "I managed the review of 80,000 documents"),
    ],
)
def test_task_of_a_count_keeps_its_article(line: str, said: str) -> None:
    read = read_point(line, frozenset())
    assert read.said is not None, read.why
    assert read.said.text() == said
