"""A topic typed as the interviewer's reaction to something of the candidate's is said as the
candidate glad of it (session 50, reader 33's thin letters): "she liked the rota idea" ->
"I was glad you liked the rota idea.", not left out as "a sentence, not a subject".
Expected sentences written by hand."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic


def _said(line: str) -> str:
    topic = read_topic(line)
    return asked_sentence(topic.text, topic.answer, topic.question)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("she liked the rota idea", "I was glad you liked the rota idea."),
        (
            "he was v impressed w/ my portfolio!!",
            "I was glad you were impressed by my portfolio.",
        ),
        (
            "they loved my plan for the stockroom",
            "I was glad you liked my plan for the stockroom.",
        ),
        (
            "she seemed keen on the buddy scheme idea -> good sign",
            "I was glad you were keen on the buddy scheme idea.",
        ),
        (
            "he was really interested in my audit checklist",
            "I was glad you were interested in my audit checklist.",
        ),
        (
            "she like my costing sheet from previous restaurant",
            "I was glad you liked my costing sheet from my previous restaurant.",
        ),
        (
            "He liked how I ran the handover huddle.",
            "I was glad you liked how I ran the handover huddle.",
        ),
    ],
)
def test_reaction_said_as_glad(line: str, expected: str) -> None:
    assert _said(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "she liked it",  # nothing named
        "he liked rota idea",  # a bare noun: whose it is cannot be told
        "she liked the idea because it saves time",  # a reason of the note-taker's
        "Anna liked the rota idea",  # a name: maybe a colleague, not the reader
        "she liked the rota, the checklist and the app",  # a list
    ],
)
def test_reaction_not_read_left_as_before(line: str) -> None:
    assert not read_topic(line).answer


_NOTES = {
    "candidate": {"name": "Aoife Brennan", "email": "aoife.brennan@example.com"},
    "company": "Harbourview Dental",
    "role": "Practice Manager",
    "interview": {"date": "2026-12-03", "format": "onsite"},
    "interviewers": [
        {"name": "Ciara Walsh", "title": "Principal Dentist", "salutation": "Ciara",
         "topics": ["she liked my recall text idea for the hygiene list"]},
    ],
    "qualifications": ["6 yrs dental practice admin"],
    "highlights": ["cut failed appointments 30% with text reminders"],
    "next_steps": "ciara to call by fri",
    "tone": "warm",
    "channel": "email",
}  # fmt: skip


def test_the_letter_says_the_reaction() -> None:
    letters = compose(
        Notes.model_validate(copy.deepcopy(_NOTES)), OfflineBackend(), today=dt.date(2026, 12, 4)
    )
    text = letters[0].text
    assert "I was glad you liked my recall text idea for the hygiene list." in text
