"""A personal note's day said as the day the letter goes out makes true, results awaited wished
well, an aside about them after a comma kept out, and an event's name that opens with a place
given its capitals (session 40, reader 19: "her son's nativity play is thurs, she was leaving
early for it" and "daughter's matric results out in jan, she's nervous" were left out; "I hope
your son's nativity play goes well on Thursday." was sent on that Thursday; "the cape town cycle
tour" was said in lower case). Lines made up or reader 19's; each expectation written by hand.
Interview on Wednesday 2 December 2026, the letter sent on Thursday 3 December.
"""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.heard import as_of_sending
from composer.offline.rapport import rapport_line
from composer.offline.rapportnotes import answered_line, typed_line

DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))


def _said(note: str, tone: str = "formal") -> str | None:
    return rapport_line(note, ["Sophie Lindgren", "Sophie"], tone=tone, days=DAYS).text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        # the day the letter goes out: "today", after the wish, and the aside about her left out
        (
            "her son's nativity play is thurs, she was leaving early for it",
            "I hope your son's nativity play goes very well today.",
        ),
        (
            "her son's nativity play is thurs",
            "I hope your son's nativity play goes very well today.",
        ),
        # results awaited: good news wished, her nerves not read back
        (
            "daughter's matric results out in jan, she's nervous",
            "I hope your daughter's matric results in January bring good news.",
        ),
        (
            "her son's exam results are out next week",
            "I hope your son's exam results next week bring good news.",
        ),
        # an event's name that opens with a place takes its capitals; a common one does not
        (
            "doing the cape town cycle tour in march, his 10th!",
            "I wish you every success with the Cape Town Cycle Tour in March.",
        ),
        (
            "doing the boston marathon in april",
            "I wish you every success with the Boston Marathon in April.",
        ),
        (
            "doing the charity fun run in march",
            "I wish you every success with the charity fun run in March.",
        ),
    ],
)
def test_a_note_is_said_as_true_on_the_day_it_arrives(note: str, said: str) -> None:
    assert _said(note) == said


def test_a_day_ahead_is_still_named() -> None:
    assert _said("her son's nativity play is fri") == (  # hers to watch, never "wish you success"
        "I hope your son's nativity play goes very well on Friday."
    )


def test_results_with_no_relative_or_no_time_are_not_wished() -> None:
    assert _said("results out in jan") is None  # whose results, the note does not say
    assert _said("her daughter's matric results were good") is None


def test_a_night_on_the_day_of_sending_is_tonight_once() -> None:
    assert as_of_sending("the school play thurs night", *DAYS) == "the school play tonight"
    assert as_of_sending("the school play fri night", *DAYS) == "the school play on Friday night"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "I hope your son's nativity play goes well on Thursday.",
            "I hope your son's nativity play goes well today.",
        ),
        ("Good luck with the race on Friday!", "Good luck with the race on Friday."),
    ],
)
def test_an_answer_typed_with_the_sending_day_says_today(typed: str, said: str) -> None:
    assert answered_line(typed, DAYS) == said


def test_a_note_typed_as_a_wish_says_today_too() -> None:
    assert _said("I hope your son's nativity play goes well on Thursday.") == (
        "I hope your son's nativity play goes well today."
    )


def test_a_wish_to_someone_of_theirs_typed_whole_is_used() -> None:
    # "her" is the daughter's, after "your": the sentence speaks to the reader
    assert typed_line("Good luck to your daughter with her matric results in January.") == (
        "Good luck to your daughter with her matric results in January.",
        "",
    )
    assert typed_line("I hope she enjoys the show")[0] is None  # the reader as "she"
