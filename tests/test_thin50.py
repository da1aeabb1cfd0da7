"""Reader 33's thin letters (session 50): the point of a topic is said, not dropped. A worry
typed as a label of a trouble ("their big worry = retention", "main problem: no-shows") is their
concern; a why-answer's wants and readiness are said as the candidate's ("I want a career
with progression and am ready to work shifts"). Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("their big worry = retention", "your worry about retention"),
        (
            "main problem: no-shows on monday mornings",
            "your concern about no-shows on Monday mornings",
        ),
        ("biggest headache = agency costs", "your concern about agency costs"),
        ("parking is their main headache", "your concern about parking"),
        ("the main issue is the old till system", "your concern about the old till system"),
        (
            "big challenge: getting the night team to use the app",
            "your concern about getting the night team to use the app",
        ),
    ],
)
def test_trouble_label_said_as_their_concern(line: str, expected: str) -> None:
    assert read_topic(line).text == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "asked why I want to leave retail -> want a career with progression, ready to "
            "work shifts",
            "When you asked why I want to leave retail, I said I want a career with progression "
            "and am ready to work shifts.",
        ),
        (
            "asked why I want to leave the army -> ready to run my own crew",
            "When you asked why I want to leave the army, I said I am ready to run my own crew.",
        ),
    ],
)
def test_reason_said_with_its_want(line: str, expected: str) -> None:
    topic = read_topic(line)
    assert asked_sentence(topic.text, topic.answer, topic.question) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            # reader 33's h240 (Mette): "a question that could not be reworded"
            "Q: why leave roofing after 11 yrs? A: want a trade w/ a future, already used to "
            "heights/harness/weather",
            "When you asked why I am leaving roofing after 11 years, I said I want a trade with a "
            "future.",
        ),
        (
            "asked why leave the bank -> want to work outdoors",
            "When you asked why I am leaving the bank, I said I want to work outdoors.",
        ),
        (
            "Q: why leaving nursing? A: want to teach",
            "When you asked why I am leaving nursing, I said I want to teach.",
        ),
    ],
)
def test_question_typed_q_a_said_with_its_answer(line: str, expected: str) -> None:
    topic = read_topic(line)
    assert asked_sentence(topic.text, topic.answer, topic.question) == expected
