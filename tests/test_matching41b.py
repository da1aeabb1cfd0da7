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


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a result, then a clause of the writer's own saying when it came
        (
            "store NPS up from 32 to 51 while i was acting supervisor",
            "I helped raise store NPS from 32 to 51 while I was acting supervisor",
        ),
    ],
)
def test_result_with_a_clause_of_when(line: str, said: str) -> None:
    read = read_point(line, frozenset())
    assert read.said is not None, read.why
    assert read.said.text() == said


def test_clause_with_a_clipped_word_is_left_out() -> None:
    # "acting dep": a clipped word with no one sure reading is never said
    read = read_point("store NPS up from 32 to 51 while i was acting dep", frozenset())
    assert read.said is None
    # (session 51: "sup" is a supervisor in any trade, spelled out from the shorthand table)
    read = read_point("store NPS up from 32 to 51 while i was acting sup", frozenset())
    assert read.said is not None
    assert (
        read.said.text() == "I helped raise store NPS from 32 to 51 while I was acting supervisor"
    )


def test_a_cause_clause_stays_the_item_readers() -> None:
    # "after i rewrote ...": what happened, not a result the candidate "helped bring"
    read = read_point("complaints down by half after i rewrote the scripts", frozenset())
    assert read.said is not None
    assert read.said.text().lower() == "complaints went down by half after i rewrote the scripts"
