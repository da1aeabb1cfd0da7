"""A further topic said with the candidate's point ("I was also glad to discuss X: ...") points
back at a topic sentence before it; when that sentence is not in the letter, the "also" goes
(reader 15's h121 formal letter opened its middle paragraph on "I was also glad ..."). The
sentences below are made up; the expected ones are written by hand."""

from __future__ import annotations

import re

import pytest

from composer.offline.body import _NOT_ALSO, Sentence
from composer.offline.paragraphs import linked
from composer.offline.phrasebook import BOOK

THANKS = Sentence("thanks", 0, "Thank you for your time yesterday.")
STEP = Sentence("next_step", 4, "I look forward to hearing from you.")


def _further(text: str) -> Sentence:
    return Sentence("topic_more", 1, text, tied=True, alone=_NOT_ALSO.sub("", text, count=1))


@pytest.mark.parametrize(
    ("said", "alone"),
    [
        (
            "I was also glad to discuss hoof trimming: I shod 40 horses a week.",
            "I was glad to discuss hoof trimming: I shod 40 horses a week.",
        ),
        (
            "I was glad we talked about the lambing rota as well: I ran it for two seasons.",
            "I was glad we talked about the lambing rota: I ran it for two seasons.",
        ),
        (
            "Our talk about kiln firing touched on my own work too: I fire a gas kiln weekly.",
            "Our talk about kiln firing touched on my own work: I fire a gas kiln weekly.",
        ),
    ],
)
def test_with_no_topic_before_it_a_further_topic_loses_its_also(said: str, alone: str) -> None:
    letter = linked([THANKS, _further(said), STEP])
    assert letter[1].text == alone


def test_after_a_topic_sentence_it_keeps_its_also() -> None:
    first = Sentence("topic", 1, "I enjoyed our talk about shoeing young horses.")
    said = "I was also glad to discuss hoof trimming: I shod 40 horses a week."
    assert linked([THANKS, first, _further(said), STEP])[2].text == said


@pytest.mark.parametrize("section", ["tie_more", "tie_mine"])
def test_every_further_topic_wording_can_be_said_without_pointing_back(section: str) -> None:
    for wordings in BOOK[section].values():
        for wording in wordings:
            alone = _NOT_ALSO.sub("", wording, count=1)
            assert not re.search(r"\b(?:also|as well|too)\b", alone), wording
