"""A follow-up's answer typed after the question ("asked about my forklift licence - I have had
it since 2019") is never said alone when its "it" points at the question the sentence leaves out;
an answer that names its thing first keeps its "it" (session 49). Sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.verbatim import answer_of


@pytest.mark.parametrize(
    "typed",
    [
        "he asked about my forklift licence - I have had it since 2019, counterbalance and reach",
        "Priya asked about my CSCS card - I renewed it in March",
        "she asked about the rota tool - I built them for two depots",
    ],
)
def test_an_answer_pointing_at_the_question_is_not_said_alone(typed: str) -> None:
    assert answer_of(typed) is None


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Sam asked about my German - I passed the C1 Goethe exam last spring, I use it with "
            "suppliers every week",
            "I passed the C1 Goethe exam last spring; I use it with suppliers every week.",
        ),
        (
            "Dee asked about nights - I have worked nights for six years.",
            "I have worked nights for six years.",
        ),
    ],
)
def test_an_answer_that_names_its_thing_is_said(typed: str, said: str) -> None:
    assert answer_of(typed) == said
