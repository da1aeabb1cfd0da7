"""A topic's "they" is the reader's only when nothing else in it can own it (session 39, reader 19
h150: "how id pitch style frames to clients who dont know what they want" was said "... to
clients who don't know what you want" to the producer who had asked). Lines made up but one;
each expected topic written by hand."""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "how id pitch style frames to clients who dont know what they want",
            "how I would pitch style frames to clients who don't know what they want",
        ),
        (
            "how the porters feel about the new rota and what they need from it",
            "how the porters feel about the new rota and what they need from it",
        ),
        # nothing before "they" to own it: the reader, spoken to
        ("what they want from the new rota", "what you want from the new rota"),
        # a plural that names no people ("maths"): "they" is the reader's school (readers h35)
        ("mastery maths + how they use White Rose", "mastery maths and how you use White Rose"),
    ],
)
def test_they_after_a_plural_noun_is_that_nouns(line: str, said: str) -> None:
    assert read_topic(line, frozenset()).text == said
