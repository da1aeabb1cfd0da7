"""A topic typed in the interviewer's words about their own side ("how we log defects") would
say "we" for the candidate in the letter: it is left out and asked for (session 34, held-out
g1's "LOLER thorough exams + how we log defects"). Lines made up, targets by hand."""

from __future__ import annotations

import pytest

from composer.models import Notes
from composer.offline.usable import THEIR_WE, topic_phrase, topics_left_out

THEIRS = [
    "LOLER thorough exams + how we log defects",
    "our new CRM rollout",
    "what we need in the first 90 days",
    "the way we run stand-ups",
    "us moving to epic in march",
    "what we're hiring for next year",
]

KEPT = [
    ("the US market", "the US market"),
    ("the USB rollout", "the USB rollout"),
    ("how they do handovers", "how you do handovers"),
    ("how we could work together", "how we could work together"),
]


@pytest.mark.parametrize("typed", THEIRS)
def test_a_topic_with_their_we_is_left_out_and_asked_for(typed: str) -> None:
    assert topic_phrase(typed, frozenset()) is None
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Ana Reyes"},
            "company": "Harbourside Lifts",
            "role": "Lift Engineer",
            "interview": {"date": "2026-12-01"},
            "interviewers": [{"name": "Derek Osei", "topics": ["the callout rota", typed]}],
            "qualifications": ["a CSCS card"],
        }
    )
    records = topics_left_out(notes)
    assert [(r.field, r.text, r.why) for r in records] == [
        ("interviewers[0].topics[1]", typed, THEIR_WE)
    ]


@pytest.mark.parametrize(("typed", "said"), KEPT)
def test_a_topic_without_their_we_is_said(typed: str, said: str) -> None:
    phrase = topic_phrase(typed, frozenset())
    assert phrase is not None and phrase.text == said
