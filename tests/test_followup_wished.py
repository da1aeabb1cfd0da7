"""A follow-up typed as a question, what was said and what the candidate wishes they had said
(`composer.offline.wished`), with lines made up for trades no reader had; the expected sentences
are written by hand."""

from __future__ import annotations

import pytest

from composer.offline.followup import follow_up_line
from composer.offline.phrasebook import Variation
from composer.offline.verbatim import spelled_out
from composer.offline.wished import (
    as_asked,
    half_name,
    plain_question,
    sure_names,
    with_subjects,
)


def _line(value: str) -> str | None:
    return follow_up_line(value, frozenset(), "warm", "email", Variation("seed"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "priya asked if i'm ok on forklifts - said yes but only driven counterbalance ones. "
            "shld say happy to do the reach truck ticket",
            "You asked whether I am comfortable with forklifts: I am, though I have only driven "
            "counterbalance ones, and I would be happy to do the reach truck ticket.",
        ),
        (
            "he asked if i've done payroll - said no only invoicing. wish i'd said i've read the "
            "payroll handbook + keen to learn",
            "You asked whether I have done payroll: I have not yet, but I have read the "
            "payroll handbook and I am keen to learn.",
        ),
        (
            "q abt stock counts -> said i use the scanner, should add i count on paper as well",
            "You asked about stock counts: I use the scanner, and I count on paper as well.",
        ),
        (
            "q abt stock counts -> said i use the scanner, should add i can do it on paper",
            "You asked about stock counts: I use the scanner, and I can also do it on paper.",
        ),
        (
            "she asked if im ok w/ early starts - said yes. next time say happy to open at 6",
            "You asked whether I am comfortable with early starts: I am, and I would be happy "
            "to open at 6.",
        ),
    ],
)
def test_a_wish_after_a_question_is_the_answer_said_once(value: str, expected: str) -> None:
    assert _line(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        # a name in lower case the letter cannot spell for sure: left out (compose asks)
        "asked if i've used zendesk - said no only freshdesk. wish i'd said i've done the "
        "zendesk course",
        # a wish with no subject that can be given: left out, never pasted
        "asked if i'm ok on ladders - said yes. shld say the harness training in march",
        # what was said is neither a yes, a no nor a deed: never half read
        "asked if i can drive a 7.5t - said my licence covers it but unsure. wish i'd said "
        "i've driven one for 2 yrs maybe",
    ],
)
def test_a_wish_that_cannot_be_said_for_sure_is_left_out(value: str) -> None:
    assert _line(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "wish i'd said i can start on monday",
        "next time say i'm fine with split shifts",
        "shld say i hold a full clean licence",
        "asked abt nights - said ok. wish i'd said happy to do 1 in 3",
    ],
)
def test_the_note_to_self_is_never_printed(value: str) -> None:
    said = _line(value)
    assert said is None or not any(
        mark in said.lower() for mark in ("wish i", "next time", "shld", "should say")
    )


def test_a_wish_typed_without_a_question_is_said_as_what_was_not_mentioned() -> None:
    assert _line("wish i'd said i've done the food hygiene course + keen to do level 3") == (
        "One thing I did not get to mention: I have done the food hygiene course and I am "
        "keen to do level 3."
    )


def test_pieces_with_no_subject_get_the_candidates() -> None:
    assert with_subjects("I have read the guide and keen to learn") == (
        "I have read the guide and I am keen to learn"
    )
    assert with_subjects("I have done two + happy to do more") == (
        "I have done two and I would be happy to do more"
    )
    assert with_subjects("keen to learn") == "keen to learn"  # no clause of the candidate's


def test_a_question_typed_as_a_heading_is_read_as_asked() -> None:
    assert as_asked("q abt bridges -> said x") == "asked about bridges - said x"
    assert as_asked("question on pay -> fine") == "asked about pay - fine"
    assert as_asked("asked about pay - fine") == "asked about pay - fine"


def test_shorthand_for_a_state_is_said_plainly() -> None:
    assert plain_question("im ok w/ heights") == "I am comfortable with heights"
    assert plain_question("i'm fine on nights") == "I am comfortable with nights"
    assert plain_question("the team thinks its futile") == "the team thinks it is futile"
    assert plain_question("its roots") == "its roots"  # "roots" is no adjective


def test_names_typed_in_lower_case_are_left_out_unless_sure() -> None:
    assert sure_names("I have used zendesk", "zendesk") is None
    assert sure_names("I have used zendesk", "I use Zendesk daily") == "I have used Zendesk"
    assert sure_names("I work on saturday", "x") == "I work on Saturday"
    assert sure_names("I have read the guide", "x") == "I have read the guide"


def test_negative_contractions_are_said_in_full() -> None:
    assert spelled_out("I haven't done it and it wasn't mine") == (
        "I have not done it and it was not mine"
    )
    assert spelled_out("she doesn't and they aren't") == "she does not and they are not"


def test_how_the_answer_went_with_a_hedge_and_two_clauses_joined_by_a_comma() -> None:
    assert _line(
        "tom asked how i handle a client who won't pay - i kinda rambled. meant to say: i send "
        "a reminder, i call them after a week"
    ) == (
        "You asked how I handle a client who will not pay: I send a reminder; I call them "
        "after a week."
    )


@pytest.mark.parametrize(
    "value",
    [
        "should've asked about the parking - forgot",
        "forgot to ask re the uniform allowance",
        "wish i'd asked abt the rota",
    ],
)
def test_a_question_the_candidate_meant_to_ask_is_no_follow_up(value: str) -> None:
    assert _line(value) is None


def test_a_name_half_in_capitals_leaves_the_line_out() -> None:
    assert _line("remember to mention i trained at Aston villanueva") is None
    assert half_name("I trained at Aston villanueva.")
    assert not half_name("I trained at Aston Villanueva.")
    assert not half_name("I trained at Aston in the spring.")
    assert _line("remember to mention i did my NVQ at Leeds") == (
        "One thing I would add: I did my NVQ at Leeds."
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "sue asked if i can do weekends - said yes. tell her happy to do 2 a month",
            "You asked whether I can do weekends: I can, and I would be happy to do 2 a month.",
        ),
        (
            "asked abt food allergens - said i check the matrix. remember to mention i also "
            "brief the floor team",
            "You asked about food allergens: I check the matrix, and I also brief the floor team.",
        ),
        (
            "he asked if i have a forklift licence - said no. tell him booked on the course in jan",
            "You asked whether I have a forklift licence: I have not yet, but I am booked on the "
            "course in January.",
        ),
        (
            "he asked if i have a forklift licence - said no. tell him im booked on the course",
            "You asked whether I have a forklift licence: I have not yet, but I am booked on the "
            "course.",
        ),
    ],
)
def test_a_reminder_to_tell_them_after_a_question_is_the_answer(value: str, expected: str) -> None:
    assert _line(value) == expected
