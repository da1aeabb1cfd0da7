"""Session 33 (points2): classes reader 13's h101 showed, tested with made-up members."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point
from composer.offline.offer import read_offer


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "can pick up purser trips + train new hires",
            "I can pick up purser trips and train new hires.",
        ),
        ("can own vendor mgmt + set up LQA", "I can own vendor management and set up LQA."),
        (
            "could run the rota + train the new starters",
            "I could run the rota and train the new starters.",
        ),
        ("will pick up the weekend shifts", "I will pick up the weekend shifts."),
        ("can set up the new CRM", "I can set up the new CRM."),
    ],
)
def test_an_offer_typed_from_a_modal_is_the_candidates_own_sentence(line: str, want: str) -> None:
    # never a frame before a modal ("I would like to can pick up ...")
    offer = read_offer(line)
    assert offer is not None
    assert offer.plain() == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("3 yrs experience L&D advisor", "I have three years of experience as an L&D advisor."),
        (
            "4 yrs exp electrician @ bupa",
            "I have four years of experience as an electrician at Bupa.",
        ),
        ("6 yrs experience in retail", "I have spent six years in retail."),
    ],
)
def test_experience_typed_after_the_years_is_the_frames_own(line: str, want: str) -> None:
    # never "as an experience L&D advisor" or "experience in experience in retail"
    assert read_point(line).sentence() == want
