"""Shapes of the candidate's points read in general (session 30), each with the sentence the
candidate would want, written by hand: lines of other trades than the tables' rows."""

from __future__ import annotations

import re

import pytest

from composer.offline.items import read_point
from composer.offline.offer import read_offer

SAID = [
    # a line led by a verb of a state is the candidate speaking, never "I can know ..."
    ("know the Highway Code inside out", "I know the Highway Code inside out."),
    ("understand the building regulations well", "I understand the building regulations well."),
    # two codes of one form joined by a slash; things named by their codes take "the"
    ("know switching modules SW1/SW2 well", "I know the switching modules SW1 and SW2 well."),
    # an arrow between the two ends of a move whose "from" is typed
    ("cut callback time from 40 -> 15 mins", "I cut callback time from 40 to 15 minutes."),
    ("took NPS from 30 -> 55", "I took NPS from 30 to 55."),
    # a span counted by its rank takes "the"
    ("sold 40 homes in first year", "I sold 40 homes in the first year."),
    # a count after a comma is the size of a thing made of items
    (
        "built a parts catalogue w/ the stores team, ~900 items",
        "I built a parts catalogue of about 900 items with the stores team.",
    ),
    # a licence named by its standing alone is a driving licence
    ("clean UK licence", "I hold a clean UK driving licence."),
]

# Initials or a membership whose kind the line does not say: left out, never "I hold ..." or
# "I have experience with ...".
LEFT_OUT = [
    "CDCS",
    "GMB Local 12",
    "NVQ3 carpentry + joinery",
    # initials with years: standings held or tools used? (session 30, after the held-out score)
    "CSW + CTA, 6 yrs in theatre",
    # a state after a comma: whose? ("which was ..." could name the wrong thing)
    "rebuilt the gearbox on a 1960s Land Rover, sound in a week",
]


@pytest.mark.parametrize(("line", "wanted"), SAID, ids=[s[0] for s in SAID])
def test_a_point_of_a_general_shape_is_said_as_the_candidate_would(line: str, wanted: str) -> None:
    assert read_point(line).sentence() == wanted


@pytest.mark.parametrize("line", LEFT_OUT)
def test_a_point_whose_kind_is_not_sure_is_left_out(line: str) -> None:
    assert read_point(line).sentence() is None


def test_known_initials_are_still_said() -> None:
    assert read_point("QTS").sentence() == "I hold QTS."
    assert read_point("OSHA 30").sentence() == "I hold OSHA 30."


def common(text: str) -> frozenset[str]:
    """The line's lower-case words, as a letter's notes give them."""
    return frozenset(w for w in re.findall(r"[^\W\d_]+", text) if w.islower())


OFFERS = [
    # a thing, then what the candidate says of themselves: each said in its own right
    (
        "calm voice on the phones, already know most of the regulars",
        "I would bring a calm voice on the phones, and I already know most of the regulars.",
    ),
    (
        "steady presence on the ward, good with anxious families",
        "I would bring a steady presence on the ward, and I am good with anxious families.",
    ),
    # a purpose with no verb is what the thing would mean
    (
        "a second van on the road so fewer missed slots + quicker repairs",
        "I would bring a second van on the road, which would mean fewer missed slots and quicker "
        "repairs.",
    ),
    # a purpose with its own verb stays one
    (
        "steady nights so the day shift starts clean",
        "I would bring steady nights, so that the day shift starts clean.",
    ),
]


@pytest.mark.parametrize(("line", "wanted"), OFFERS, ids=[s[0] for s in OFFERS])
def test_a_contribution_with_a_part_of_another_shape_is_said_in_its_own_right(
    line: str, wanted: str
) -> None:
    offer = read_offer(line, common(line))
    assert offer is not None and offer.plain() == wanted


def test_a_part_that_is_no_state_of_the_candidate_leaves_the_contribution_out() -> None:
    # "de-escalate fights" is an act, not a state: no "and I ..." is sure for it
    assert read_offer("calm presence on the wing, de-escalate fights early") is None
