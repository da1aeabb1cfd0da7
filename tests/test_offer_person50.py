"""A contribution typed as the kind of person the candidate is, or as a state of things they
would aim for, is said in the frame English gives it, never as a thing brought ("I would bring
a fit and calm recruit ...", "I would bring landowners who trust us"). Expected sentences
written by hand."""

from __future__ import annotations

import pytest

from composer.offline.offer import read_offer


@pytest.mark.parametrize(
    ("line", "role", "said"),
    [
        # reader 35 (h246): the candidate describing themself
        (
            "A fit and calm recruit who already knows the work on the ground and who can help"
            " lead the school and community safety programme.",
            "Recruit Firefighter",
            "I would join the team as a fit and calm recruit who already knows the work on the"
            " ground and who can help lead the school and community safety programme.",
        ),
        # a person told by what they do, typed with no article
        (
            "steady fault finder who keeps good records",
            "Signalling Maintenance Technician",
            "I would join the team as a steady fault finder who keeps good records.",
        ),
        # a person's "which", as a second language has it
        (
            "A careful driver which knows the city",
            "Dispatcher",
            "I would join the team as a careful driver who knows the city.",
        ),
        # a person, then a quality of their own
        (
            "friendly receptionist, good w/ phones",
            "Practice Receptionist",
            "I would come to the role as a friendly receptionist, and I am good with phones.",
        ),
        # "someone ..." with no "who": the person they would be
        (
            "someone the porters can ring at 3am",
            "Night Site Manager",
            "I would like to be someone the porters can ring at 3am.",
        ),
        # reader 35 (h247): outcomes, a state of things
        (
            "plans that work on the ground + landowners who trust us",
            "Catchment Officer",
            "I would aim for plans that work on the ground and landowners who trust us.",
        ),
        (
            "more leaks found per shift + customers who know whats going on",
            "Leak Detection Technician",
            "I would aim for more leaks found per shift and customers who know what's going on.",
        ),
        (
            "good crews who come back each year",
            "Harvest Supervisor",
            "I would aim for good crews who come back each year.",
        ),
    ],
)
def test_a_person_or_an_outcome_is_said_in_its_frame(line: str, role: str, said: str) -> None:
    offer = read_offer(line, frozenset(), role)
    assert offer is not None
    assert offer.plain() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # reader 35's shape in the older corpora: a quality, then a duty and how often
        (
            "patient with families, ward rounds every morning",
            "I am patient with families, and I would do the ward rounds every morning.",
        ),
        (
            "good w/ kids, bus checks daily + logbook weekly",
            "I am good with kids, and I would do the bus checks daily and the logbook weekly.",
        ),
    ],
)
def test_a_duty_and_how_often_is_done(line: str, said: str) -> None:
    offer = read_offer(line, frozenset(), "School Bus Driver")
    assert offer is not None and offer.plain() == said
