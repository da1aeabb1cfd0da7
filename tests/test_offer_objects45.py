"""A contribution's list is split only between actions (session 45, frames): the objects of one
verb stay with it ("get the quote book and the job sheets onto one tablet", never "... and
introduce the job sheets ..."), verbs that share one object stay together ("sand, prime and
paint ..."), a relative clause goes on past its commas and its "and" ("a rota that balances
weekends, late shifts and holidays across the team"), a verb that always opens an action is
never said as a thing ("I would bring keep ..."), and a named thing after its verb gets "the".
Lines made up for the test; expected sentences written by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.offer import read_offer
from composer.offline.offerobjects import clause_parts, one_action


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # one verb, two objects, one place for both
        (
            "bring my HGV licence + digger tickets to the depot",
            "I would like to bring my HGV licence and digger tickets to the depot.",
        ),
        (
            "take the rota and the banking off the front desk",
            "I would like to take the rota and the banking off the front desk.",
        ),
        (
            "get the loading bay and the yard gang working as one",
            "I would like to get the loading bay and the yard gang working as one.",
        ),
        # three verbs sharing one object
        (
            "sand, prime and paint the sash windows",
            "I would like to sand, prime and paint the sash windows.",
        ),
        # a verb that always opens an action, typed before its object
        (
            "train new porters on the hoist and the bed lifts",
            "I would like to train new porters on the hoist and the bed lifts.",
        ),
        ("keep downtime log accurate", "I would like to keep the downtime log accurate."),
        # a name saying which thing: the thing still takes "the"
        (
            "get Sage tracker current, chase the old invoices",
            "I would like to get the Sage tracker current and chase the old invoices.",
        ),
        # a relative clause with a list of objects, then where they go
        (
            "help with a rota that balances weekends, late shifts and holidays across the team",
            "I would like to help with a rota that balances weekends, late shifts and holidays"
            " across the team.",
        ),
        # a relative clause's second verb, never a new thing
        (
            "A crew that shows up on time and treats the customers' furniture with care.",
            "I would like to help build a crew that shows up on time and treats the customers'"
            " furniture with care.",
        ),
        # "someone who ...": both verbs become the candidate's own
        (
            "someone who answers the phone quickly and follows up every quote",
            "I would answer the phone quickly and follow up every quote.",
        ),
    ],
)
def test_a_list_is_split_only_between_actions(line: str, said: str) -> None:
    offer = read_offer(line)
    assert offer is not None
    assert offer.plain() == said


@pytest.mark.parametrize(
    "line",
    [
        "keep wastage down + a calmer kitchen",  # a second thing offered, with its verb
        "get the programme back on track + tighter QA on fire stopping",
        "take on more home visits, fewer referrals out",  # an outcome of its own
        "keep customer files current, answer the phones",  # two actions, each its object
        "a calm front desk + a tidy waiting room",  # no verb at all
    ],
)
def test_a_second_thing_or_action_is_not_made_one_more_object(line: str) -> None:
    assert one_action(line, frozenset()) is None


def test_a_clause_goes_on_past_its_and() -> None:
    parts = ["a crew that turns up on time", "looks after the gear", "tidy vans"]
    assert clause_parts(parts) == [
        "a crew that turns up on time and looks after the gear",
        "tidy vans",
    ]


_NOTES = Path(__file__).parent / "corpus" / "readers" / "reader24" / "h191.json"


def test_an_answer_typed_at_ask_keeps_its_second_verb_in_the_letter() -> None:
    # reader 24 h191's shape: "looks after ..." was said as a thing ("introduce looks after")
    typed = "A crew that turns up on time and keeps every load tidy."
    data = json.loads(_NOTES.read_text())
    data["contribution"] = typed
    data["answered"] = [{"field": "contribution", "text": typed}]
    notes = Notes.model_validate(data)
    backend = OfflineBackend(answered=frozenset([typed]))
    letter = compose(notes, backend=backend, today=dt.date(2026, 12, 4))[0].text
    assert "a crew that turns up on time and keeps every load tidy." in letter
    assert "introduce" not in letter


@pytest.mark.parametrize(
    ("line", "role", "said"),
    [
        # the person the candidate would be, then who acts on them, with no "that"
        (
            "a mechanic customers ask for by name",
            "Cycle Mechanic",
            "I would like to be a mechanic customers ask for by name.",
        ),
        (
            "a technician the surgeons trust in theatre",
            "Field Service Technician",
            "I would like to be a technician the surgeons trust in theatre.",
        ),
    ],
)
def test_the_person_before_who_trusts_them_is_the_role(line: str, role: str, said: str) -> None:
    offer = read_offer(line, frozenset(), role)
    assert offer is not None
    assert offer.plain() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # "they" after things and "where": the things, never the reader
        (
            "keep the hoses where they belong + log every callout",
            "I would like to keep the hoses where they belong and log every callout.",
        ),
        # a crew's "their": the crew's own
        (
            "A crew that treats every load like it's their own.",
            "I would like to help build a crew that treats every load like it's their own.",
        ),
        # a place described by what happens in it: worked towards, never brought
        (
            "A shop floor where customers never wait more than five minutes.",
            "I would aim for a shop floor where customers never wait more than five minutes.",
        ),
        (
            "a workshop where nothing leaves without a test ride",
            "I would aim for a workshop where nothing leaves without a test ride.",
        ),
    ],
)
def test_a_typed_answer_keeps_its_own_words(line: str, said: str) -> None:
    offer = read_offer(line)
    assert offer is not None
    assert offer.plain() == said


def test_a_part_said_of_the_whole_is_no_list_item() -> None:
    # scout 45 v06's shape: "..., from someone who has been ..." was joined as a list's last
    # item ("... early and from Someone who ...")
    line = (
        "Patient, thorough handovers that keep relatives informed, from someone who has been"
        " a carer."
    )
    offer = read_offer(line)
    assert offer is not None
    assert offer.plain() == (
        "I would bring patient, thorough handovers that keep relatives informed, from someone"
        " who has been a carer."
    )


def test_a_describing_compound_is_no_preposition() -> None:
    # scout 45 v04's shape: "safe on-time energisations" got "a" ("on" read as a preposition)
    offer = read_offer("safe on-time deliveries + training the 2 new drivers")
    assert offer is not None
    assert offer.plain() == (
        "I would like to bring safe on-time deliveries and train the two new drivers."
    )

    # and a thing whose describing words hold a compound still has its own head
    mass = read_offer("steady, on-time case processing through the database migration")
    assert mass is not None
    assert mass.plain() == (
        "I would bring steady, on-time case processing through the database migration."
    )
