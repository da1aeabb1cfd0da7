"""A follow-up typed as two answers in one line is said as two answers, each with its own sense.

Reader 10's railway signaller typed "Lorraine asked if I'd do rest days in yr 1 - yes happy to.
she also said I hadn't worked a box before - true but I did the 2 wks shadowing at Leamington";
read as one answer, the second's "true but" turned the yes into a refusal ("I have not used rest
days in Year 1, but I did the 2-week shadowing at Leamington").
"""

from __future__ import annotations

import pytest

from composer.offline.followup import follow_up_line
from composer.offline.phrasebook import Variation

TWO = (
    "Lorraine asked if I'd do rest days in yr 1 - yes happy to. she also said I hadn't worked a "
    "box before - true but I did the 2 wks shadowing at Leamington"
)


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_two_answers_keep_each_its_own_sense(tone: str) -> None:
    said = follow_up_line(TWO, frozenset(), tone, "email", Variation(1))
    assert said is not None
    # the candidate's own word for the yes ("happy to"), and the second answer's concession
    # said as theirs, about the box, never about the rest days
    first, second = said.split(". ", 1)
    assert first == "I would be happy to do rest days in Year 1"
    assert "not" not in first  # the yes is never said as a no
    assert "rest days" not in second
    assert second.endswith("I did the 2-week shadowing at Leamington.")


def test_a_note_to_self_after_the_answer_is_not_a_second_answer() -> None:
    # "said it too fast, want to make sure he heard": the candidate's note to self, no one's
    # question; it stays out of the letter
    line = (
        "Dr. Lee asked if I've coordinated 504s directly - yes, about 30 a yr at my school. "
        "said it too fast, want to make sure he heard"
    )
    said = follow_up_line(line, frozenset(), "warm", "email", Variation(1))
    assert said is None or "too fast" not in said
