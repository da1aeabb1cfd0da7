"""Session 40 (creds): a contribution typed "someone who ..." said as what the candidate would
do, and left out when it names someone in lower case; expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.itemkinds import Kind
from composer.offline.items import read_point
from composer.offline.offer import read_offer


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # h149: "I run the office so pieter does not have to." was in every letter to Fatima
        ("someone who runs the office so pieter doesnt have to", None),
        ("someone who runs the stores properly", "I would run the stores properly."),
        ("someone who knows the VAT rules inside out", "I know the VAT rules inside out."),
        ("someone who can cover the weekend on-call", "I can cover the weekend on-call."),
    ],
)
def test_someone_who_is_what_the_candidate_would_do(line: str, said: str | None) -> None:
    found = read_offer(line)
    assert (found.text if found else None) == said


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # h9: a certified title is the candidate's role ("I would come to the role as an ACF
        # Certified Sous Chef"); h142: an NRP provider card is a certification held, which must
        # not take the place of "seven years as a respiratory therapist" in the role sentence
        ("ACF Certified Sous Chef", Kind.ROLE),
        ("Certified Scrum Product Owner", Kind.ROLE),
        ("Neonatal Resuscitation Program (NRP) provider", Kind.HELD),
        ("CPHC (certified passive house consultant)", Kind.HELD),
    ],
)
def test_a_title_held_is_a_role_and_a_provider_card_a_certification(line: str, kind: Kind) -> None:
    assert read_point(line).kind is kind
