"""A follow-up typed as a whole sentence that opens with a preposition ("In my first 30 days I
would ...") goes after a frame ("I also wanted to mention that ...") with its first word in lower
case: the capital it was typed with belongs to a sentence start, not the middle of one."""

from __future__ import annotations

import pytest

from composer.offline.followup import follow_up_line
from composer.offline.phrasebook import Variation

CASES = [
    (
        "In my first 30 days I would move bookings online and set up a triage bench",
        "in my first 30 days I would move bookings online and set up a triage bench.",
    ),
    (
        "During my placement I ran the night clinic alone",
        "during my placement I ran the night clinic alone.",
    ),
]


@pytest.mark.parametrize(("typed", "tail"), CASES)
@pytest.mark.parametrize("seed", ["a", "c", "d", "e"])
def test_a_sentence_opening_with_a_preposition_is_lowered_after_the_frame(
    typed: str, tail: str, seed: str
) -> None:
    line = follow_up_line(typed, frozenset(), "warm", "email", Variation(seed))
    assert line is not None and line.endswith(tail)
    assert line != tail[0].upper() + tail[1:]  # said after a frame, not as typed
