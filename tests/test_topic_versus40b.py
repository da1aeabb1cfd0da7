"""Topics typed with "vs", a rate, or the candidate's part after a dash (session 40, round 2).

Expected forms are written by hand: what a person would name after "It was good to talk about".
"""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a gerund of checking one thing by another: "against", never "versus"
        (
            "reconciling iTrent vs the ledger monthly",
            "reconciling iTrent against the ledger monthly",
        ),
        ("checking the rota vs actual hours", "checking the rota against actual hours"),
        # two words that only qualify one noun: the choice between them
        (
            "raw milk vs pasteurised for the hard cheeses",
            "the choice between raw and pasteurised milk for the hard cheeses",
        ),
        ("fresh pasta vs dried", "the choice between fresh and dried pasta"),
        # a rate: said in words
        (
            "managing affinage for 400 wheels/wk",
            "managing affinage for 400 wheels a week",
        ),
        ("on call 1 wknd/6wks", "being on call one weekend every six weeks"),
        ("on call 1 wknd/mo", "being on call one weekend a month"),
        # a doing and its object, never "the scoring quality answers"
        ("scoring quality answers", "scoring quality answers"),
        ("comparing cask and keg sales", "comparing cask and keg sales"),
    ],
)
def test_a_topic_typed_as_a_note_is_said_in_words(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    "typed",
    [
        "open plan vs hybrid",  # "hybrid" is a noun too: not read as a choice of two words
        "build vs buy",
    ],
)
def test_a_choice_of_nouns_is_not_made_a_choice_of_qualifiers(typed: str) -> None:
    assert not read_topic(typed).text.startswith("the choice between")


def test_the_candidates_help_after_a_dash_is_said_as_its_part() -> None:
    topic = read_topic("new cave opening spring - i'd help commission it")
    assert topic.detail == ", which I would help commission"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a choice of one place over another: both read as places, or the chosen by its letters
        ("why NZ vs staying in brisbane", "why I chose NZ over staying in Brisbane"),
        ("why leeds vs london", "why I chose Leeds over London"),
        ("why this district vs phoenix", "why I chose this district over Phoenix"),
        # note words said in full
        (
            "running the regional champs in feb - i'd be meet director",
            "running the regional championships in February",
        ),
    ],
)
def test_a_choice_of_places_and_note_words_are_said_in_full(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


def test_a_choice_that_is_no_place_is_not_said_as_one() -> None:
    assert not read_topic("why primary vs leeds").text.startswith("why I chose")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # note words of a topic said in full
        ("checking juniors' calcs", "checking juniors' calculations"),
        (
            "preceptorship for newly qualified mids",
            "preceptorship for newly qualified midwives",
        ),
        ("spec writing for wound care products", "specification writing for wound care products"),
    ],
)
def test_note_words_are_said_in_full(typed: str, said: str) -> None:
    assert read_topic(typed).text == said
