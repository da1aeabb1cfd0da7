"""A deed after the topics is led by why the candidate fits the role, never by a boast or a
claim of a tie (session 51, reader 35: "One thing I am proud of: I led a team of 14 ..." after a
worry about an audit); a standing said with its verb is said as it is (session 47, reader 27's
h217). Sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.roleled import role_led

DEED = "I volunteered for two seasons with Reef Check Australia."
THANKS = "Thank you for speaking with me about the Marine Ranger role at Parks Victoria."


def test_a_deed_is_led_by_the_role() -> None:
    assert role_led(DEED, THANKS, "warm") in (
        "I would come to the role with relevant experience: I volunteered for two seasons with "
        "Reef Check Australia.",
        "For the role, I would draw on my work so far: I volunteered for two seasons with Reef "
        "Check Australia.",
        "I should also mention that I volunteered for two seasons with Reef Check Australia.",
    )


def test_a_formal_letter_names_the_position_the_thanks_names() -> None:
    thanks = "Thank you for discussing the Marine Ranger position with me."
    assert role_led(DEED, thanks, "formal") in (
        "I would come to the position with relevant experience: I volunteered for two seasons "
        "with Reef Check Australia.",
        "In the position, I would draw on my experience to date: I volunteered for two seasons "
        "with Reef Check Australia.",
        "I might also mention that I volunteered for two seasons with Reef Check Australia.",
    )


@pytest.mark.parametrize(
    "standing",
    [
        "I hold a BSc in marine science.",
        "I am a registered veterinary nurse with five years in a mixed practice.",
        "I earned a BEng in civil engineering in 2019.",
        "I have been a coxswain since 2020.",
        "I have worked as a Red Seal plumber for five years.",
    ],
)
def test_a_standing_is_said_as_it_is(standing: str) -> None:
    assert role_led(standing, THANKS, "warm") == standing
