"""A contribution typed as a comma list of things, states to reach and actions is said item by
item, each with the verb its shape takes, never pasted whole into "I would bring {}"."""

from __future__ import annotations

import re

import pytest

from composer.offline.offer import read_offer


def _plain(line: str) -> str | None:
    common = frozenset(w for w in re.findall(r"[^\W\d_]+", line) if w.islower())
    offer = read_offer(line, common)
    return None if offer is None else offer.plain()


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # two things: "help with" each, the singular one with its "a"
        (
            "better stock rotation, a cleaner loading bay",
            "I would like to help with better stock rotation and with a cleaner loading bay.",
        ),
        (
            "tighter link between sales and ops, monthly pipeline review",
            "I would like to help with a tighter link between sales and ops, and with a monthly "
            "pipeline review.",
        ),
        # a thing and a state to reach: "get the backlog down"
        (
            "weekend cover, patient waits back down",
            "I would like to help with weekend cover and get patient waits back down.",
        ),
        # people working as one are built, not brought
        (
            "a support team that picks up the phone, ticket backlog down",
            "I would like to help build a support team that picks up the phone and get the "
            "ticket backlog down.",
        ),
        # a state to keep, and an outcome to aim for
        (
            "van stock kept tidy, fewer call-outs",
            "I would like to keep the van stock tidy and aim for fewer call-outs.",
        ),
        # describing words before one thing are no list
        (
            "a calm, patient manner with first-time buyers",
            "I would bring a calm, patient manner with first-time buyers.",
        ),
    ],
)
def test_a_list_is_said_item_by_item(line: str, said: str) -> None:
    assert _plain(line) == said


def test_a_team_with_what_it_does_is_built() -> None:
    assert (
        _plain("a kitchen brigade that stays")
        != "I would like to help build a kitchen brigade that stays."
    )
    assert _plain("a night team that stays calm") == (
        "I would like to help build a night team that stays calm."
    )


def test_an_outcome_with_its_means_after_a_dash_says_how() -> None:
    assert _plain("less overtime - plan the rota a month out") == (
        "I would aim for less overtime by planning the rota a month out."
    )
    assert _plain("faster quotes - price small jobs on site not just back at the office") == (
        "I would aim for faster quotes by pricing small jobs on site, not just back at the office."
    )
