"""Two broken shapes the last gate let pass (`dangling`), seen in session 37's held-out
highlights after the held-out figure was taken: a verb before its own "-ing" form ("which cut
cutting returns"), and "with" and a noun before a verb only a subject takes ("with output went
up by 25%"). Sentences of made-up candidates (a candle maker, a bakery lead), by hand."""

from __future__ import annotations

import pytest

from composer.offline.lastgate import last_gate


@pytest.mark.parametrize(
    "text",
    [
        "I led the move to soy wax, which cut cutting returns from 4% to 1%.",
        "I reworked the rota, which raised raising morale.",
        "I managed a production team with output went up by 25%.",
        "I ran the bakery with sales grew by a third.",
    ],
)
def test_a_broken_verb_shape_is_stopped(text: str) -> None:
    assert last_gate(text)


@pytest.mark.parametrize(
    "text",
    [
        "I kept going, cutting costs by 5%.",
        "I worked with what we saw on site.",
        "I ran 12 sites with absence under 3%.",
        "I set up a rota with the team, which grew sales.",
        "I worked with the new team that won the award.",
        "I helped with everything I learned.",
    ],
)
def test_a_sentence_of_these_words_that_is_whole_passes(text: str) -> None:
    assert last_gate(text) == ""


def test_with_inside_a_subject_before_its_verb_passes() -> None:
    # the corpus letters that the first version of the check stopped (readers h13, examples)
    assert (
        last_gate(
            "The time we spent on accessibility testing with screen readers was especially"
            " instructive."
        )
        == ""
    )
