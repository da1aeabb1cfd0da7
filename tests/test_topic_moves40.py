"""Topics typed as a thing and its move, or as a doing and its object (session 40).

Expected forms are written by hand: what a person would name after "It was good to talk about".
"""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a thing typed with the move it is making: the move, of the thing, to where it goes
        ("payroll moving to simplepay", "the move of the payroll to Simplepay"),
        (
            "warehouse relocating to the new site in june",
            "the relocation of the warehouse to the new site in June",
        ),
        ("the team moving to hybrid", "the move of the team to hybrid"),
        # a doing and its object: never "the handling replication lag"
        (
            "handling replication lag on the reporting replicas",
            "the handling of replication lag on the reporting replicas",
        ),
        ("reducing agency spend on nights", "reducing agency spend on nights"),
    ],
)
def test_a_move_or_a_doing_is_named_as_a_subject(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # not a move: "converting" is a rate of sales, a fee is what "handling" describes
        ("valuations converting to instructions", "valuations converting to instructions"),
        ("teaching load at the branch", "the teaching load at the branch"),
        ("managing the night shift", "managing the night shift"),
    ],
)
def test_lines_of_other_shapes_are_said_as_before(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


def test_the_candidates_part_after_the_dash_is_said_after_the_topic() -> None:
    # h149 (reader 19): the topic was left out, so Pieter's letter named none
    typed = "new stellenbosch office opening march - i'd set it up (lease, furniture, IT)"
    topic = read_topic(typed)
    assert topic.text == "the new Stellenbosch office opening in March"
    assert topic.full == "the new Stellenbosch office opening in March, which I would set up"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("new stellenbosch office", "the new Stellenbosch office"),
        ("the new staff office", "the new staff office"),  # a word the tables know: no name
    ],
)
def test_a_word_no_table_knows_before_an_office_is_its_place(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # census16 f28 and h70: left out before, for the "/" of the rate
        ("clinic in tuam 2 days/wk", "the clinic in Tuam two days a week"),
        ("on call 1 wknd/mo", "being on call one weekend a month"),
    ],
)
def test_a_working_pattern_typed_as_a_rate_is_said_in_words(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


def test_a_week_split_between_two_places_is_still_left_out() -> None:
    # h85: "first assist in OR two days a week" would drop the clinic's three days
    assert read_topic("first assist in OR 2 days/wk, clinic 3").text == ""


def test_a_noun_phrase_with_a_clause_of_time_is_no_sentence() -> None:
    # left out before as "a sentence": the verb is the clause's, after "since"
    typed = "The rise in referrals since the mediation voucher scheme was extended"
    said = "the rise in referrals since the mediation voucher scheme was extended"
    assert read_topic(typed).text == said
    assert read_topic("the style guide is public").text == "the style guide"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # h150 (reader 19): "I especially enjoyed discussing reel feedback." quoted as a label
        (
            "reel feedback - she liked the type anims in the ARD doc titles",
            "your feedback on my reel",
        ),
        ("portfolio feedback", "your feedback on my portfolio"),
        ("customer feedback", "customer feedback"),  # not on anything of the candidate's
    ],
)
def test_feedback_on_the_candidates_work_is_theirs_on_mine(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # left out before: "a question typed without its verb"
        ("why this district vs phoenix", "why I chose this district over Phoenix"),
        ("why this district", "why I chose this district"),
    ],
)
def test_a_choice_over_a_place_is_said_as_the_candidates(typed: str, said: str) -> None:
    topic = read_topic(typed)
    assert (topic.text, topic.mine) == (said, True)
