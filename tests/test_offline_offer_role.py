"""A contribution that is the person the candidate would be in the role is said with "be";
a thing brought stays a thing. Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.offer import read_offer

INTERPRETER = "Staff ASL Interpreter, Disability Resource Center"


@pytest.mark.parametrize(
    ("line", "role", "said"),
    [
        (
            "one consistent terp for the STEM classes so students don't get a new face every wk",
            INTERPRETER,
            "I would like to be one consistent interpreter for the STEM classes, so that"
            " students do not get a new face every week.",
        ),
        # the role's own head noun
        (
            "a calm nurse on the night shift",
            "Staff Nurse",
            "I would like to be a calm nurse on the night shift.",
        ),
        # a person's noun the role names, though not its head
        (
            "a patient mentor for the new apprentices",
            "Electrician and Apprentice Mentor, Site Services",
            "I would like to be a patient mentor for the new apprentices.",
        ),
        # a thing brought, whose head is no person
        (
            "a steady second pair of hands on nights",
            "Staff Nurse",
            "I would bring a steady second pair of hands on nights.",
        ),
        # a person's noun the role does not name: a person brought in, not the candidate
        (
            "a reliable driver for the night route",
            "Night Shift Supervisor",
            "I would bring a reliable driver for the night route.",
        ),
        # two adjectives with a comma between them before the head (reader 12's h98 had
        # "I would aim to bring a safe, methodical technician ...")
        (
            "a careful, patient joiner who can also teach the apprentices",
            "Site Joiner",
            "I would like to be a careful, patient joiner who can also teach the apprentices.",
        ),
        # two adjectives before a head that is no person: still a thing brought
        (
            "a steady, calm presence on the ward",
            "Staff Nurse",
            "I would bring a steady, calm presence on the ward.",
        ),
        # the role's noun naming a kind of thing, not its head
        ("a new interpreter rota", INTERPRETER, "I would bring a new interpreter rota."),
    ],
)
def test_the_person_the_candidate_would_be_is_said_with_be(line: str, role: str, said: str) -> None:
    offer = read_offer(line, frozenset(), role)
    assert offer is not None
    assert offer.plain() == said


def test_without_a_role_the_thing_is_brought() -> None:
    offer = read_offer("a calm nurse on the night shift")
    assert offer is not None and offer.plain() == "I would bring a calm nurse on the night shift."


def test_a_role_word_in_brackets_or_no_person_is_no_head() -> None:
    # "Warehouse Operations Manager (2nd shift)": the shift is no person the candidate would be
    offer = read_offer(
        "stable 2nd shift - fewer temps, cross-trained leads",
        frozenset(),
        "Warehouse Operations Manager (2nd shift)",
    )
    assert offer is not None
    assert (
        offer.plain()
        == "I would bring a stable second shift, with fewer temps and cross-trained leads."
    )
