"""A topic said as a thing and its state ("the ute and tools being supplied") ends its sentence:
"It was good to talk about the ute and tools being supplied with you" hangs "with you" on the
participle. The topics are made up for other trades, none a line of the corpus."""

from __future__ import annotations

import re

import pytest

from tests.fakes import bare_wording

STATE_TOPICS = [
    "the stock system not being ready",
    "the scaffold tags not being up to date",
    "pallets not being wrapped properly",
]


@pytest.mark.parametrize("topic", STATE_TOPICS)
@pytest.mark.parametrize("section", ["topic", "topic_only"])
def test_a_state_topic_ends_its_sentence(topic: str, section: str) -> None:
    for offset in range(6):
        for seed in ("a", "b", "c", "d"):
            wording = bare_wording(seed, offset)
            wording.tone = wording.notes.tone
            said = wording.pick(section, topic=topic)
            assert re.search(re.escape(topic) + r"[.!]?$", said), said
