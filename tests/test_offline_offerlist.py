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
