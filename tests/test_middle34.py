"""Session 34 (middle): a topic typed in the interviewer's words ("you" meaning the candidate)."""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic
from composer.offline.topicvoice import voiced


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # the interviewer's question put to the candidate, typed as they asked it
        ("what you'd change in your first 90 days", "what I would change in my first 90 days"),
        (
            "how you'd handle a grieving family at the viewing",
            "how I would handle a grieving family at the viewing",
        ),
        ("asked how you'd triage a 3am call-out", "how I would triage a 3am call-out"),
        ("whether you'll relocate to Leeds", "whether I will relocate to Leeds"),
        ("why you want to leave retail banking", "why I want to leave retail banking"),
        ("what you would bring to the night shift", "what I would bring to the night shift"),
        ("your first 90 days", "my first 90 days"),
    ],
)
def test_a_question_put_to_the_candidate_is_turned_to_their_side(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    "typed",
    [
        "who owns you in win/loss interviews with you",
        "the support we'd give you in the first month",
        "what we can offer you",
        "what you think of our rota app",
        "how you'd work with us on the rollout",
        "the three leads who report to you",
    ],
)
def test_a_you_that_cannot_be_told_is_left_out(typed: str) -> None:
    topic = read_topic(typed)
    assert topic.text == ""
    assert "interviewer's words" in topic.why


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # "you" is the interviewer, the letter's reader: kept as typed
        ("how you score social value answers", "how you score social value answers"),
        ("your move to a tiered service model", "your move to a tiered service model"),
        ("what you'd want from me in the first year", "what you'd want from me in the first year"),
        # a tail after a dash is the note-taker's aside, not read for its "you"
        ("tariff engineering - what you can't do", "tariff engineering - what you can't do"),
        ("harbour dues", "harbour dues"),
    ],
)
def test_a_you_that_is_the_interviewer_stays(typed: str, said: str) -> None:
    assert voiced(typed) == said


def test_me_before_a_gerund_is_the_doing() -> None:
    assert voiced("me shadowing the night sister on the ward round") == (
        "shadowing the night sister on the ward round"
    )
    assert voiced("me leading") == "me leading"  # nothing after the gerund to name


def test_a_question_typed_with_its_mark_is_left_to_the_question_reader() -> None:
    assert read_topic("what would you change in your first 90 days?").text == (
        "what I would change in my first 90 days"
    )
