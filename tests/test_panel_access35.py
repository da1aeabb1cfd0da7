"""Powered access is one subject (held-out 35, s33: "IPAF 3a 3b" went to the contracts
manager and the NVQ in glazing to the safety lead who discussed working from MEWPs): the card
and the machines it covers share a theme, so the card goes to the reader who talked about the
machines. The members below are made up; the expected ties are written by hand."""

from __future__ import annotations

from composer.offline.themes import tie_strength
from composer.offline.usable import stems


def _tie(point: str, topic: str) -> int:
    return tie_strength(point, topic, stems(point), stems(topic))


def test_an_access_card_ties_to_the_machines_it_covers() -> None:
    assert _tie("IPAF 3a + 3b, PASMA", "scissor lifts on the mall fit-out") > 0
    assert _tie("PASMA towers card", "working at height on the new build") > 0
    assert _tie("IPAF 3b", "boom lift checks before each shift") > 0


def test_an_access_card_ties_to_nothing_else() -> None:
    assert _tie("IPAF 3a 3b", "curtain walling jobs in the city") == 0
    assert _tie("NVQ L2 glazing", "working from MEWPs") == 0
