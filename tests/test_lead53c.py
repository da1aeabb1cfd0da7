"""Reader 43's blind set (writer 42's files, now dev material in tests/corpus/readers/reader42):
the last gate stops someone's reported words put where a frame expects a subject ("I enjoyed our
conversation about Mr. Gordon explained that more families are asking ..."), which a topic read
by no reader could otherwise be said as. Expected verdicts written by hand."""

from __future__ import annotations

import pytest

from composer.offline.notejoins import loose_join


@pytest.mark.parametrize(
    ("sentence", "stopped"),
    [
        ("I enjoyed our conversation about Mr. Gordon explained that more families are now"
         " asking for services that combine Christian and traditional elements.", True),
        ("I was glad we had time to talk about Tom said the depot moves next year.", True),
        # a name that is the subject itself, or a verb after no preposition: as said
        ("I enjoyed our conversation about Gordon Ramsay.", False),
        ("Mr. Gordon explained the rota to me.", False),
    ],
)  # fmt: skip
def test_reported_words_after_a_frame_s_preposition_are_stopped(
    sentence: str, stopped: bool
) -> None:
    assert bool(loose_join(sentence)) is stopped
