"""A deed after a topic sentence that already carries one of the candidate's points is said
plainly: "In my own work, ..." leads a deed only right after a topic it is not about (session 47,
reader 27's h217: "... as well: I hold a Bachelor of Marine Science ... In my own work, I
volunteered for two seasons with Reef Check Australia."). Sentences written by hand."""

from __future__ import annotations

from composer.offline.body import Sentence
from composer.offline.roleparagraph import _after_topic

DEED = "I volunteered for two seasons with Reef Check Australia."


def test_after_a_topic_said_with_a_point_the_deed_is_plain() -> None:
    before = Sentence(
        "topic_more",
        1,
        "It was good to talk through my honours project as well: I hold a BSc in marine science.",
        tied=True,
    )
    assert _after_topic(DEED, before) == DEED


def test_right_after_a_bare_topic_the_deed_is_led_as_their_own() -> None:
    # (session 50, reader 33: "In my own experience, ..." read as an answer to the topic; the
    # deed stands on its own)
    before = Sentence("topic", 1, "I enjoyed our talk about the new tram depot.")
    said = _after_topic(DEED, before)
    assert said in (
        "One thing I am proud of: I volunteered for two seasons with Reef Check Australia.",
        "I am proud that I volunteered for two seasons with Reef Check Australia.",
    )
