"""Availability is downtime's other face: a point that cut downtime answers a reader's topic about
availability (panel30: the held-out wind-turbine panel's site manager, whose availability target
went unanswered while the downtime result went to the apprentices' coordinator).
Each expectation is reasoned as the candidate would want it, never copied from output."""

from __future__ import annotations

from composer.offline.themes import themes_of, tie_strength
from composer.offline.usable import stems


def test_availability_and_downtime_are_one_subject() -> None:
    topic = "fleet availability stuck at 91%"
    point = "reduced unplanned press downtime by a third"
    assert "reliability" in themes_of(topic)
    assert tie_strength(point, topic, stems(point), stems(topic), frozenset()) > 0
