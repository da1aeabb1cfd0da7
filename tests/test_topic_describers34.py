"""A topic that keeps something in a state described by two words joined by "and" ("keeping the
ward quiet and tidy at night") is said without "the" before the second ("quiet and the tidy"
was written); "and the" before a thing of its own stays. Topics made up for the test; expected
forms written by hand."""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        ("keeping the ward quiet and tidy at night", "keeping the ward quiet and tidy at night"),
        (
            "keeping the stage calm and safe for the cast",
            "keeping the stage calm and safe for the cast",
        ),
        # a thing of its own after "and" still takes "the"
        ("referral triage and waiting list", "referral triage and the waiting list"),
    ],
)
def test_two_describing_words_take_no_article_between_them(topic: str, said: str) -> None:
    assert read_topic(topic, frozenset()).full == said
