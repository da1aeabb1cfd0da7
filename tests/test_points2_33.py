"""Session 33 (points2): classes reader 13's h101 showed, tested with made-up members."""

from __future__ import annotations

import pytest

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
