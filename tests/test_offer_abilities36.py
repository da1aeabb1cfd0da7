"""A contribution typed as a list of abilities: each piece is given the subject and verb its class
needs (a quality "I am", an ability "I can", a state "I know", a thing done "I have done", a
thing among abilities "I would bring").

Expected sentences are written by hand (lines typed for jobs the corpus never had).
"""

from __future__ import annotations

import pytest

from composer.offline.offer import read_offer
from composer.offline.offerabilities import abilities


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # qualities next to each other in one clause, then a wish
        (
            "calm with horses + good w/ nervous owners, would like to run the yard one day",
            "I am calm with horses and good with nervous owners, and I would like to run the "
            "yard one day.",
        ),
        # "can ... and still ...", the aside after the dash left out
        (
            "can bake the bread overnight and still run the counter - saves hiring",
            "I can bake the bread overnight and still run the counter.",
        ),
        # "can" goes on to the next act after a "+"
        (
            "can strip the engine + rebuild the gearbox",
            "I can strip the engine and rebuild the gearbox.",
        ),
        # a state said in the present, never "I would like to know"
        (
            "know every grower in the valley by name",
            "I know every grower in the valley by name.",
        ),
        # a thing done, typed as a participle
        (
            "done a full kitchen refit + happy to train the commis",
            "I have done a full kitchen refit, and I am happy to train the commis.",
        ),
        # a body of people takes "the"
        (
            "calm in a crisis + good w/ public",
            "I am calm in a crisis and good with the public.",
        ),
        # a thing described by an adjective the tables lack, and one given its article
        (
            "sensible stock rotation + can sort the online orders",
            "I would bring sensible stock rotation, and I can sort the online orders.",
        ),
        (
            "early intervention approach + good w/ anxious tenants",
            "I would bring an early intervention approach, and I am good with anxious tenants.",
        ),
        # an ordinary first word typed with a capital is lowered
        (
            "Patient with toddlers + happy to do the school run",
            "I am patient with toddlers and happy to do the school run.",
        ),
        # a list of qualities, the last with its preposition
        ("tidy, punctual, and good with clients", "I am tidy, punctual, and good with clients."),
        # a quality and a thing to bring
        (
            "patient on the phone + a loyal client list in the city",
            "I am patient on the phone, and I would bring a loyal client list in the city.",
        ),
    ],
)
def test_a_list_of_abilities_is_said_with_each_class_its_verb(line: str, said: str) -> None:
    assert abilities(line) == said


@pytest.mark.parametrize(
    "line",
    [
        "steady, client-focused work on the wards",  # two adjectives of one thing
        "a tighter stock count + fewer write-offs",  # things and outcomes: `offer` reads them
        "run the Saturday market + train the new staff",  # acts alone: `offer` reads them
        "can go straight onto the tills, less training time",  # an outcome is no thing
        "fluent in welsh + english",  # one word of a list after "+"
        "bilingual",  # one bare quality is too little alone
    ],
)
def test_a_line_of_another_shape_is_left_to_offer(line: str) -> None:
    assert abilities(line) is None


def test_the_contribution_says_an_ability_in_place_of_a_wish_frame() -> None:
    offer = read_offer("can fly the survey + process the data same day")
    assert offer is not None
    assert offer.plain() == "I can fly the survey and process the data same day."


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a second named thing after a verb whose object is named: both its objects (session 42,
        # reader 22 h176: was "I could own BSP, and I would bring OTA pipeline end to end.")
        (
            "could maintain CAD + PLM admin for the site",
            "I could maintain CAD and PLM admin for the site.",
        ),
        # a thing of one's own after a plain act keeps its own clause
        ("can drive forklifts + own van", "I can drive forklifts, and I have my own van."),
    ],
)
def test_a_second_named_thing_is_the_same_verbs_object(typed: str, said: str) -> None:
    assert abilities(typed) == said


def test_a_describing_word_with_what_it_is_to_do_is_what_the_candidate_is() -> None:
    # reader 22 h175: was "my aim would be to help with fast clean boards and with good comedy
    # timing and easy to give notes to"
    said = abilities("tidy clean drawings, quick layouts, easy to brief")
    assert said == "I would bring tidy clean drawings and quick layouts, and I am easy to brief."
