"""A letter never says the same sentence twice (reader 25 h200 after --ask: a follow-up typed
with a highlight's words gave "I have had zero AWEX audit non-conformances in the last three
seasons." in the body and again as its own paragraph)."""

from __future__ import annotations

import json
from pathlib import Path

from composer.models import Notes
from composer.offline.body import Sentence
from composer.offline.flagged import gated

_NOTES = Notes.model_validate(
    json.loads(
        (Path(__file__).parent.parent / "examples" / "formal_letter.json").read_text("utf-8")
    )
)


def _kept(*sentences: Sentence) -> list[str]:
    notices: list[str] = []
    kept = gated(list(sentences), _NOTES, 0, notices, lambda: "I look forward to hearing from you.")
    return [item.text for item in kept]


def test_a_follow_up_that_repeats_a_point_word_for_word_is_said_once() -> None:
    point = Sentence("point", 1, "I have had no failed audits in the last three seasons.")
    again = Sentence("follow_up", 2, "I have had no failed audits in the last three seasons.")
    close = Sentence("next_step", 3, "I look forward to hearing from you.")
    assert _kept(point, again, close) == [point.text, close.text]


def test_two_different_sentences_are_both_kept() -> None:
    point = Sentence("point", 1, "I have had no failed audits in the last three seasons.")
    other = Sentence("follow_up", 2, "I have had no failed audits in the last four seasons.")
    assert _kept(point, other) == [point.text, other.text]
