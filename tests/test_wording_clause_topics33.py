"""A topic that ends in a clause takes only frames that end with the topic.

"Thank you as well for discussing what we check when a result comes back bad with me" hangs
"with me" on the clause; the topics are made up, none is a line of the corpus.
"""

from __future__ import annotations

import re

import pytest

from composer.offline.wording import Wording
from tests.fakes import bare_wording

CLAUSE_TOPICS = [
    "what we check when a result comes back bad",
    "the callback rota if a pump alarm trips overnight",
    "keeping the hive calm while the frames are lifted",
    "the handover notes where two shifts overlap",
]


def _wording(seed: str, offset: int) -> Wording:
    wording = bare_wording(seed, offset)
    wording.tone = wording.notes.tone
    return wording


@pytest.mark.parametrize("topic", CLAUSE_TOPICS)
@pytest.mark.parametrize("section", ["topic", "topic_only"])
def test_a_clause_topic_ends_its_sentence(topic: str, section: str) -> None:
    for offset in range(6):
        for seed in ("a", "b", "c", "d"):
            said = _wording(seed, offset).pick(section, topic=topic)
            assert re.search(re.escape(topic) + r"[.!]?$", said), said


def test_a_topic_without_a_clause_keeps_other_frames() -> None:
    endings = {
        _wording(seed, offset).pick("topic", topic="the spring inspection rota").endswith("rota.")
        for offset in range(6)
        for seed in "abcdefgh"
    }
    assert endings == {True, False}
