"""Notes speak of the interviewer as "him" or "her" ("showed him photos of the spiral stair i
did", reader 15's h116); a letter speaks to them, so a sentence saying "I showed him ..." is
left out and asked for. Someone named before the pronoun is another matter. Made-up lines."""

from __future__ import annotations

import pytest

from composer.offline.wellformed import problem


@pytest.mark.parametrize(
    "text",
    [
        "One thing I am proud of: I showed him photos of the spiral stair I did.",
        "I told her about the stock audit I ran in March.",
        "I sent him my portfolio of dry-stone walls.",
    ],
)
def test_the_interviewer_as_him_or_her_is_stopped(text: str) -> None:
    assert "speaks of someone as" in problem(text)


@pytest.mark.parametrize(
    "text",
    [
        "I supported a patient and her family through a difficult discharge.",
        "I coached a new starter until she ran the line alone.",
        "I showed the client photos of the spiral stair I built.",
    ],
)
def test_someone_named_before_the_pronoun_is_not(text: str) -> None:
    assert problem(text) == ""
