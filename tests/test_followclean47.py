"""A follow-up typed as one clean sentence that adds a point is said in the phrasebook's frame,
with what follows the note's own frame as typed (session 47). Sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline import followclean
from composer.offline.phrasebook import Variation


@pytest.mark.parametrize(
    ("typed", "clause"),
    [
        (
            "I'd like to add that I have already completed the safeguarding level 3 course.",
            "I have already completed the safeguarding level 3 course.",
        ),
        (
            "I forgot to mention that I hold a full driving licence and can cover the clinics.",
            "I hold a full driving licence and can cover the clinics.",
        ),
    ],
)
def test_the_point_is_said_after_a_frame_of_the_book(typed: str, clause: str) -> None:
    said = followclean.said(typed, "formal", "email", Variation(1))
    assert said is not None and said.endswith(clause)
    assert not said.startswith(("I'd like to add", "I forgot"))


@pytest.mark.parametrize(
    "typed",
    [
        "forgot to mention cert -- add it!!",
        "I would like to add that",
        "said 30 days - its 1 month",
    ],
)
def test_a_note_is_no_clean_sentence(typed: str) -> None:
    assert followclean.said(typed, "warm", "email", Variation(1)) is None
