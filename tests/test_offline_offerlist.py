"""A contribution typed as a list: a thing and the state to bring it to, or an action kept as
the candidate's own verb. Expected phrases written by hand."""

from __future__ import annotations

import pytest

from composer.offline.offer import read_offer
from composer.offline.offerlist import goal


@pytest.mark.parametrize(
    ("part", "said"),
    [
        ("review score back up", "get the review score back up"),
        ("waiting list down under 12 weeks", "get the waiting list down under 12 weeks"),
        ("repair backlog down", "get the repair backlog down"),
        ("van stock kept tidy", "keep the van stock tidy"),
        # an action whose object is doing something is no thing with a state: never
        # "get the keep older patients coming back"
        ("keep older patients coming back", None),
        ("bring the commis on", None),
    ],
)
def test_a_thing_and_its_state_is_got_there_and_an_action_is_left_to_its_verb(
    part: str, said: str | None
) -> None:
    assert goal(part, frozenset()) == said


def test_two_actions_joined_by_a_plus_keep_their_own_verbs() -> None:
    offer = read_offer("grow the evening clinic + keep older patients coming back")
    assert offer is not None
    assert offer.text == "grow the evening clinic and keep older patients coming back"


# Session 27: outcomes to aim for each take the article they need ("faster close + clearer
# IBNR story" read as notes without them); how the work would be done ("w/", "w/o") follows
# what would be done, its "+" inside it; pieces of work named by their process word are helped
# with. Lines typed for other trades.
@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "quicker turnaround + clearer handover sheet for nights",
            "I would aim for a quicker turnaround and a clearer handover sheet for nights.",
        ),
        ("faster reporting + fewer errors", "I would aim for faster reporting and fewer errors."),
        (
            "cut void days w/ earlier viewings + better photos",
            "I would like to cut void days with earlier viewings and better photos.",
        ),
        (
            "kiln installation + glaze development w/o slowing orders",
            "I would like to help with kiln installation and glaze development without slowing "
            "orders.",
        ),
        # the list's item keeps its own "without"
        (
            "front desk team that sells upgrades without pushing, review score back up",
            "I would like to help build a front desk team that sells upgrades without pushing "
            "and get the review score back up.",
        ),
    ],
)
def test_an_outcome_a_means_or_a_piece_of_work_is_said_in_its_frame(line: str, said: str) -> None:
    common = frozenset(w for w in line.replace("+", " ").split() if w.islower())
    offer = read_offer(line, common)
    assert offer is not None and offer.plain() == said
