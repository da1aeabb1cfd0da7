"""Session 41 (voice): a verdict on the candidate's own answer is the note's, never the
letter's. "gave a vague answer on X - could have said more about the Y I did" is said as the
addition alone ("On X, I would add that I did the Y."), never "I gave a vague answer"; a line
whose addition is no clause of the candidate's is left out. Lines made up for the test; expected
sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.askedback import said_back
from composer.offline.verdicts import verdict_added


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "gave a weak answer on stock control - could have said more about the weekly count I "
            "ran at Boots",
            "On stock control, I would add that I ran the weekly count at Boots.",
        ),
        (
            "rambled about safeguarding - should have mentioned I did the level 3 course in may",
            "On safeguarding, I would add that I did the level 3 course in May.",
        ),
        (
            "blanked on Dana's question about VAT - shd have said I did 3 yrs of quarterly returns",
            "On VAT, I would add that I did three years of quarterly returns.",
        ),
        (
            "I gave a muddled answer about budgets. I could have said more about the £2m refit I "
            "delivered on time.",
            "On budgets, I would add that I delivered the £2m refit on time.",
        ),
        (
            "I didn't answer the question about lone working well. I would carry a radio and check "
            "in every hour.",
            "On lone working, I would carry a radio and check in every hour.",
        ),
    ],
)
def test_a_verdict_on_the_answer_is_said_as_the_addition_alone(typed: str, said: str) -> None:
    assert verdict_added(typed) == said
    # it is the follow-up, whatever another reading made of the line
    assert said_back("On on, I should have mentioned that I gave a vague answer.", typed) == said


@pytest.mark.parametrize(
    "typed",
    [
        "gave a vague answer on pricing - could have said more about margins",  # no clause
        "I gave a vague answer about cost. I have since checked the bill.",  # another reading's
        "asked about nights - waffled, shd have said I did 2 yrs of nights",  # another reading's
    ],
)
def test_no_addition_of_the_candidates_is_no_verdict_line(typed: str) -> None:
    assert verdict_added(typed) is None
