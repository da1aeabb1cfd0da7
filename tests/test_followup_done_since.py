"""A follow-up about something done after the interview ("I have since booked the course") is
never framed as what the candidate "should have mentioned" in the room: it had not happened yet
(reader 11: "On Leapfrog for 3D modelling, I should have mentioned that I have since booked the
Leapfrog Geo fundamentals course for January."). The line here is invented for another job."""

from __future__ import annotations

import pytest

from composer.offline.followup import follow_up_line
from composer.offline.wording import Variation

LINE = (
    "Omar asked whether I have used Revit for MEP coordination. I said only a little; "
    "I have since booked the Revit MEP course for March."
)


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
@pytest.mark.parametrize("seed", range(6))
def test_a_deed_done_since_is_added_not_owned_up_to(tone: str, seed: int) -> None:
    said = follow_up_line(LINE, frozenset(), tone, "email", Variation(seed))
    assert said is not None
    assert "I have since booked the Revit MEP course for March." in said
    assert "should have" not in said
