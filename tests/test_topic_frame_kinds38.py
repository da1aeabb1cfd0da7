"""A topic frame is chosen by what the topic is (session 38, reader 17's fault 2): "your view
of" / "your thinking on" only for a matter of opinion, and "what you said about" / "hearing
about" never for a question or exercise put to the candidate. Topics made up for the test
(none is a reader's or a held-out line); expected kinds and sentences written by hand."""

from __future__ import annotations

import pytest

from composer.models import Notes
from composer.offline.phrasebook import Variation
from composer.offline.topicframes import fits, fitting, kind
from composer.offline.wording import Wording


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        # a matter of opinion: a debate, a plan, a choice of two ways, a how/why of their work
        ("the build versus buy debate", "opinion"),
        ("the case for a second depot", "opinion"),
        ("your plans for the archive", "opinion"),
        ("paper versus digital job cards", "opinion"),
        ("how the clinic triages walk-ins", "opinion"),
        ("the spring menu and your wish for fewer dishes", "opinion"),
        # a thing, a practice or a project they told the candidate about
        ("the new kiln", "told"),
        ("glazing tests on the new stoneware clay", "told"),
        ("reading stories aloud at a slower pace", "told"),
        ("the length of the induction", "told"),
        ("the plan room", "told"),  # "plan" is no head here
        # put to the candidate: their own answer, a scenario, a role-play
        ("how I would handle a double booking", "put"),
        ("my forklift licence", "put"),
        ("the role-play with an angry tenant", "put"),
        ("the scenario of a power cut mid-service", "put"),
    ],
)
def test_a_topic_has_the_kind_a_frame_needs(topic: str, expected: str) -> None:
    assert kind(topic) == expected


def test_view_frames_fit_only_opinions() -> None:
    view = "I enjoyed hearing your view of {topic}."
    assert fits(view, "the build versus buy debate")
    assert not fits(view, "the new kiln")
    assert not fits("Hearing your thinking on {topic} was a highlight for me.", "the new kiln")
    assert fits("I keep coming back to what you said about {topic}.", "the new kiln")


def test_told_frames_never_fit_what_was_put_to_the_candidate() -> None:
    assert not fits("I keep coming back to what you said about {topic}.", "the role-play")
    assert not fits("I also enjoyed hearing about {topic}.", "the role-play")
    assert fits("I was glad we covered {topic}.", "the role-play")


def test_only_topic_sections_are_filtered_and_never_to_nothing() -> None:
    options = ["I enjoyed hearing your view of {topic}."]
    assert fitting("topic", options, "the new kiln") == options  # none fits: all kept
    assert fitting("closing", ["Your view of {topic}."], "the new kiln") == [
        "Your view of {topic}."
    ]
    both = ["I enjoyed hearing your view of {topic}.", "I was glad we covered {topic}."]
    assert fitting("topic", both, "the new kiln") == ["I was glad we covered {topic}."]


class _Letter(Wording):
    def __init__(self, seed: int) -> None:
        self.notes = Notes.model_validate(
            {
                "candidate": {"name": "Ann Example"},
                "company": "Kilnworks",
                "role": "Studio Technician",
                "interview": {"date": "2026-12-02"},
                "interviewers": [{"name": "Lee Example"}],
                "qualifications": ["BA ceramics"],
            }
        )
        self.tone, self.channel = "warm", "email"
        self.variation = Variation(f"seed {seed}")
        self.used, self.moods, self.frames = set(), set(), set()
        self.taken = frozenset()


def test_a_letter_never_asks_their_view_of_a_thing() -> None:
    said = {
        _Letter(seed).pick("topic", topic="the new kiln", Topic="The new kiln")
        for seed in range(40)
    }
    assert "I enjoyed hearing your view of the new kiln." not in said
    assert not any("your thinking" in s for s in said)
    assert "I especially enjoyed our conversation about the new kiln." in said
    debate = {
        _Letter(seed).pick("topic", topic="the build versus buy debate", Topic="x")
        for seed in range(40)
    }
    assert "I enjoyed hearing your view of the build versus buy debate." in debate
