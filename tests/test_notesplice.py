"""A note fragment spliced into a letter's sentence is repaired, never pasted (reader 41's
commonest fault): the small words a note leaves out, its "?", its bracket, its note-speak."""

import pytest

from composer.offline.bareheads import said
from composer.offline.offer import read_offer

REPAIRED = [
    # an article before a named event
    (
        "I handled about 600 claims after Limburg floods in 2021.",
        "I handled about 600 claims after the Limburg floods in 2021.",
    ),
    (
        "I kept the ward staffed during COVID lockdown.",
        "I kept the ward staffed during the COVID lockdown.",
    ),
    (
        "I rebuilt fences after Canterbury earthquake.",
        "I rebuilt fences after the Canterbury earthquake.",
    ),
    # "my" before the job before this one
    (
        "Thank you for the chance to talk through my fraud referral rate at previous job.",
        "Thank you for the chance to talk through my fraud referral rate at my previous job.",
    ),
    ("i learned it in former role", "i learned it in my former role"),
    # a note's "?" never before the stop
    (
        "I was glad we covered why I am moving from the kitchen to the laundry?.",
        "I was glad we covered why I am moving from the kitchen to the laundry.",
    ),
    (
        "We talked about whether nights suit me??, and about pay.",
        "We talked about whether nights suit me, and about pay.",
    ),
    # note-speak nouns said as English
    (
        "I offer calm surge handling and fraud eye without treating anyone as suspect.",
        "I offer calm surge handling and an eye for fraud without treating anyone as suspect.",
    ),
    ("i would bring patience and detail eye", "i would bring patience and an eye for detail"),
    # two small counts in one style
    (
        "I built the children programme from 3 to nine instructors in three seasons.",
        "I built the children programme from three to nine instructors in three seasons.",
    ),
    # "the" before a country or a force that takes it, the owner of a bare "own"
    (
        "The parents from Czech Republic can talk to somebody in own language.",
        "The parents from the Czech Republic can talk to somebody in their own language.",
    ),
    (
        "I moved to Netherlands in 2019 and studied in own time.",
        "I moved to the Netherlands in 2019 and studied in my own time.",
    ),
    (
        "I have 16 years with Polish Armed Forces.",
        "I have 16 years with the Polish Armed Forces.",
    ),
    # a bracketed aside no frame reads is dropped, never pasted
    (
        "I spent the last six years as senior catering NCO (kitchen for about 800).",
        "I spent the last six years as senior catering NCO.",
    ),
]


@pytest.mark.parametrize(("typed", "letter"), REPAIRED)
def test_fragment_repaired(typed: str, letter: str) -> None:
    assert said(typed, "qualification") == letter


# Shapes that only look like the faults above, left as typed.
KEPT = [
    "I flew in after Hurricane Ida.",
    "I booked a red eye.",
    "We grew from 3 to 12 staff.",
    "I sold to US clients.",
    "someone did it in own way",
    "I would be glad to own the footsteps and mentor the junior.",
    "I hold a red card (wildland FFT2).",
]


@pytest.mark.parametrize("typed", KEPT)
def test_lookalike_kept(typed: str) -> None:
    assert said(typed, "qualification") == typed


OFFERED = [
    (
        "discipline on hygiene + shifts running on time, people management",
        "help with discipline on hygiene and shifts running on time, and with people management",
    ),
    ("calm, reliable bird control on the airfield", "calm, reliable bird control on the airfield"),
    (
        "detail eye + calm on phones, discipline on paperwork",
        "bring an eye for detail and calm on phones, and discipline on paperwork",
    ),
    (
        "calm surge handling + fraud eye w/o treating every customer as suspect",
        "calm surge handling and an eye for fraud without treating every customer as suspect",
    ),
]


@pytest.mark.parametrize(("typed", "said_as"), OFFERED)
def test_quality_offered_bare(typed: str, said_as: str) -> None:
    offer = read_offer(typed)
    assert offer is not None and offer.text == said_as
