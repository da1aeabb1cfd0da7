"""A topic typed with the reader's aim after a dash says it as theirs; a count asked of the
candidate's own is said as theirs; a count before a singular unit is one hyphenated modifier;
a count and a plural noun typed as a note is left out (session 38, reader 17's fault 2).
Topics made up for the test (none is a reader's or a held-out line); expected forms by hand."""

from __future__ import annotations

import pytest

from composer.offline.topicaims import aim_of
from composer.offline.topicframes import fits
from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a thing wanted: "your wish for" it, a list joined with "and"
        (
            "summer menu - wants fewer dishes, more local produce",
            "the summer menu and your wish for fewer dishes and more local produce",
        ),
        ("the gift shop - wants a bigger range", "the gift shop and your wish for a bigger range"),
        # a verb: "your aim to" do it; "plans to": "your plan to"
        (
            "van fleet - they want to move away from diesel",
            "the van fleet and your aim to move away from diesel",
        ),
        (
            "stockroom layout - plans to rebuild it in spring",
            "the stockroom layout and your plan to rebuild it in spring",
        ),
        # a reason after a comma is the note's, not part of the aim
        (
            "the staff room - they want to repaint it, looks tired",
            "the staff room and your aim to repaint it",
        ),
        # the topic brought somewhere: "your aim to bring it" there
        ("no-show rate - wants it down", "the no-show rate and your aim to bring it down"),
    ],
)
def test_the_readers_aim_is_said_as_theirs(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    "typed",
    [
        "no-show rate ~12%, wants 5",  # a measure's goal: topicdetail says it
        "waiting times - wants them under 4",  # a goal with no unit
        "the loft - wants it tidier not fuller",  # no thing named
        "night cover - wants a second porter on",  # ends on a particle
        "wants fewer dishes",  # no topic to say the aim with
        "the rota - looking at options",  # no aim of theirs
    ],
)
def test_an_aim_that_cannot_be_said_is_left_out(typed: str) -> None:
    assert aim_of(typed) == ""


def test_a_heavy_aimed_topic_does_not_open_a_sentence_or_take_with_me() -> None:
    topic = "the gift shop and your wish for a bigger range"
    assert not fits("{Topic} was the part I found most interesting.", topic)
    assert not fits("Thank you as well for discussing {topic} with me.", topic)
    assert fits("I particularly valued our discussion of {topic}.", topic)
    assert fits("I enjoyed hearing your view of {topic}.", topic)  # an aim is their view


def test_a_count_asked_of_the_candidates_own_is_theirs() -> None:
    found = read_topic("asked about my CSCS card + how many yrs on site")
    assert found.text == "my CSCS card and my years on site"
    assert found.question


def test_a_question_put_with_a_wh_word_is_a_question() -> None:
    assert read_topic("asked how id run the stock take").question


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("12 bed recovery ward", "the 12-bed recovery ward"),
        ("3 year plan for the shop", "the 3-year plan for the shop"),
        ("6 bay workshop", "the 6-bay workshop"),
    ],
)
def test_a_count_before_a_singular_unit_is_one_modifier(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


def test_a_count_and_a_plural_noun_typed_as_a_note_is_left_out() -> None:
    assert read_topic("90 beds acute medicine").text == ""
    assert read_topic("3 vans on the road").text == "the vans on the road"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # "q" typed for a question asked: the question, named with its article
        # (session 41: and with what the scenario was, its answer after the comma left out)
        (
            "scenario q - power cut during a wedding, talked thru the plan",
            "the scenario of a power cut during a wedding",
        ),
        ("the SJT q about a late colleague", "the SJT question about a late colleague"),
    ],
)
def test_a_question_typed_as_q_is_named(typed: str, said: str) -> None:
    found = read_topic(typed)
    assert found.text == said
    assert found.question


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # one undertaking of theirs takes "the"
        ("core systems replacement", "the core systems replacement"),
        ("EPR implementation", "the EPR implementation"),
        ("warehouse relocation", "the warehouse relocation"),
    ],
)
def test_an_undertaking_of_theirs_takes_the(typed: str, said: str) -> None:
    assert read_topic(typed).text == said
