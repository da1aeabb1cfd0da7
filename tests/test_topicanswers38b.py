"""A question put to the candidate, typed with their answer, is said with the answer
(session 38b): "asked what id do first 90 days -> audit checkout + PDP speed" ->
"You asked what I would do in my first 90 days: I would audit checkout and PDP speed."
Expected sentences written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer import compose, load_notes
from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic


def _said(line: str) -> str:
    topic = read_topic(line)
    return asked_sentence(topic.text, topic.answer)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "asked what id do first 90 days -> audit checkout + PDP speed",
            "You asked what I would do in my first 90 days: I would audit checkout and PDP speed.",
        ),
        (
            "asked re my IRATA L2 + how many logged hrs -> ~1400",
            "You asked about my IRATA L2 and my logged hours: about 1,400.",
        ),
        (
            "asked how id fix a leaking valve - isolate it, drain the line",
            "You asked how I would fix a leaking valve: I would isolate it and drain the line.",
        ),
        (
            "Asked how I would sort the rota. I said ask the team first, then draft it.",
            "You asked how I would sort the rota: I would ask the team first, then draft it.",
        ),
        (
            "q on conflict w/ a GP -> talked thru the SBAR call",
            # what was told in the room follows "When you asked" (session 42)
            "When you asked about conflict with a GP, I talked through the SBAR call.",
        ),
        (
            "asked about a queue that got angry -> walked the line, then opened a second till",
            "You asked about a queue that got angry: I walked the line, then opened a second till.",
        ),
        (
            "asked how many sites ive surveyed -> 7",
            "You asked how many sites I have surveyed: seven.",
        ),
        # typed with care, who asked and the answer as sentences (session 39, reader 19 h148
        # and h151: said as "our conversation about what I would do if ...", the answer lost)
        (
            "She asked what I would do if a tenant refused access for a gas check. I said I "
            "would write to them first, offer two dates, and escalate only after that.",
            "You asked what I would do if a tenant refused access for a gas check: I would write "
            "to them first, offer two dates, and escalate only after that.",
        ),
        (
            "He asked how I would handle lag on the replicas. I explained that I would measure "
            "it first with pg_stat_replication.",
            "You asked how I would handle lag on the replicas: I would measure it first with "
            "pg_stat_replication.",
        ),
    ],
)
def test_question_said_with_answer(line: str, expected: str) -> None:
    assert _said(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "asked how id fix a leaking valve -> direct method",  # "direct" is no deed here
        "asked what id plant -> mulch + windbreak",  # nouns, not what they would do
        "asked about working at height cert - said IPAF + PASMA both in date",
        "asked about my calving results - 6 wk calving rate 88%",
        "asked what id change -> 40",  # a count after no question of a count
        "asked how i grade tea -> leaf, liquor",  # not what they would do
        "asked about the outage -> fumbled the timeline",  # a note to self, never said
        "asked how id handle a keeper error - told the chester story",  # reports the room
    ],
)
def test_answer_left_out_question_kept(line: str) -> None:
    topic = read_topic(line)
    assert topic.text and topic.question
    assert topic.answer == ""
    assert _said(line) == ""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("q on conflict w/ a GP", "conflict with a GP"),
        ("Q: how would you staff a night shift?", "how I would staff a night shift"),
    ],
)
def test_q_head_read_as_asked(line: str, expected: str) -> None:
    topic = read_topic(line)
    assert (topic.text, topic.question, topic.answer) == (expected, True, "")


def test_no_answer_no_split() -> None:
    topic = read_topic("asked what id do first 90 days")
    assert topic.text == "what I would do in my first 90 days"
    assert topic.answer == ""


def test_the_letter_says_the_answer() -> None:
    letters = compose(load_notes(Path("tests/corpus/readers/reader17/h138.json")))
    text = " ".join(letter.text for letter in letters)
    assert "You asked what I would do in my first 90 days: I would audit checkout" in text
    assert "discussed what I would do" not in text and "covered what I would do" not in text
