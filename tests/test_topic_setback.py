"""A topic that names a setback ("the backlog of overdue inspections", "the deadline we missed")
is not said to have been enjoyed or a highlight; a topic that ends with "with <someone>" takes no
second "with you". Notes made up; the words checked are the frames' own."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from composer import compose
from composer.models import Notes

NAMES = ["Ana Silva", "Ben Okafor", "Cara Lewis", "Dev Patel", "Erin Walsh", "Femi Ade", "Gus Roy"]
GLAD = re.compile(r"\b(?:enjoy\w*|highlight|most interesting|pleasure)\b", re.IGNORECASE)


def _letter(name: str, topic: str, tone: str) -> str:
    notes = Notes.model_validate(
        {
            "candidate": {"name": name},
            "company": "Harlow District Council",
            "role": "Licensing Officer",
            "interview": {"date": "2026-12-01"},
            "interviewers": [{"name": "Jo Marsh", "topics": [topic]}],
            "highlights": ["cleared 300 licence renewals in a quarter"],
            "tone": tone,
        }
    )
    return compose(notes, today=dt.date(2026, 12, 2))[0].text


def _topic_sentence(text: str, words: str) -> str:
    return next(s for s in re.split(r"(?<=[.!?])\s+", text) if words in s)


@pytest.mark.parametrize("tone", ["warm", "concise", "formal"])
def test_a_setback_topic_is_never_enjoyed(tone: str) -> None:
    for name in NAMES:
        text = _letter(name, "the backlog of overdue licence renewals", tone)
        said = _topic_sentence(text, "overdue licence renewals")
        assert not GLAD.search(said), said


def test_the_same_frames_still_serve_a_topic_that_is_no_setback() -> None:
    # the control: without a setback word, some of these letters say the topic was enjoyed
    said = [
        _topic_sentence(_letter(name, "the new licensing app", tone), "licensing app")
        for name in NAMES
        for tone in ("warm", "concise")
    ]
    assert any(GLAD.search(s) for s in said)


def test_a_topic_ending_with_someone_takes_no_second_with() -> None:
    for name in NAMES:
        for tone in ("warm", "concise", "formal"):
            text = _letter(name, "the joint inspections with the fire service", tone)
            said = _topic_sentence(text, "fire service")
            assert "with you" not in said and "with me" not in said, said
