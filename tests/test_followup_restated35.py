"""A follow-up says each thing once and keeps what its words need (reader 14's fault 4, read as
classes): an answer's lead-in that repeats the question's head ("On measuring X, I would ...")
or its scope at the start ("In my first 60 days I'd ...") is said once; an answer typed after a
lead-in naming the subject is the answer to that subject; "I said A, and I should have added B"
is said as one answer, never the gap; what is added keeps what was said when it speaks of people
named only there; a question about one event is "about the time I ...". Lines made up for the
test (other jobs than the readers'); expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.followup import _event_named
from composer.offline.restated import unrepeated
from tests.fakes import follow_up


@pytest.mark.parametrize(
    ("question", "answer", "said"),
    [
        # the question's head, typed again as a lead-in with a gerund and no comma
        (
            "how I would measure tutor quality",
            "On measuring tutor quality I'd look at retention and reviews",
            "I'd look at retention and reviews",
        ),
        # the scope of the question at the answer's start, with another determiner
        (
            "what I would do in my first 60 days",
            "In the first 60 days, I would audit the stock room",
            "I would audit the stock room",
        ),
        # a lead-in that names something the question did not: kept
        (
            "how I would measure tutor quality",
            "On pay, I would keep the current bands",
            "On pay, I would keep the current bands",
        ),
        # another scope than the question's: kept
        (
            "what I would do in my first 60 days",
            "In my first week I would meet the team",
            "In my first week I would meet the team",
        ),
    ],
)
def test_what_the_answer_says_again_of_its_question_is_said_once(
    question: str, answer: str, said: str
) -> None:
    assert unrepeated(question, answer) == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "lena asked how i'd measure tutor quality - On measuring tutor quality I'd look at"
            " student retention and parent reviews.",
            "You asked how I would measure tutor quality: I would look at student retention and"
            " parent reviews.",
        ),
        (
            "omar asked what i'd do in first 60 days - In my first 60 days I'd audit the stock"
            " room and retrain the night team",
            "You asked what I would do in my first 60 days: I would audit the stock room and"
            " retrain the night team.",
        ),
        # the subject named as the answer's lead-in: the answer to that subject, asked about
        (
            "she asked abt forklift exp - On forklifts, I'm booked on the counterbalance course"
            " in March.",
            "You asked about forklift experience: I am booked on the counterbalance course in"
            " March.",
        ),
        # how the answer should have gone, then the answer: the answer alone
        (
            "tariq asked what i'd do in first 60 days - said listen, shd have been specific:"
            " audit the stock room + retrain the night team",
            "You asked what I would do in my first 60 days: I would audit the stock room and"
            " retrain the night team.",
        ),
    ],
)
def test_an_answer_typed_after_its_question_says_it_once(line: str, said: str) -> None:
    assert follow_up(line) == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a statement of its own: kept as said, and the rest added to it
        (
            "Mr Osei asked how I handle a late shipment. I said the customer comes first, and I"
            " should have added that I phone them before the delivery window closes.",
            "You asked how I handle a late shipment: I said the customer comes first, and I would"
            " add that I phone them before the delivery window closes.",
        ),
        # a deed of the candidate's: said, and what is added said with "also"
        (
            "She asked about food safety. I said I did the level 2 course, and I should have"
            " added that I hold the level 3.",
            "You asked about food safety: I did the level 2 course, and I also hold the level 3.",
        ),
    ],
)
def test_i_said_a_and_i_should_have_added_b_is_one_answer(line: str, said: str) -> None:
    assert follow_up(line) == said


def test_what_is_added_keeps_what_was_said_when_it_speaks_of_people_named_there() -> None:
    # "them" is the night manager, named only in what was said
    line = (
        "Ms Grey asked how I would handle a guest complaint at 3am. I said I would call the night"
        " manager, but I should also have said I would brief them on the booking first."
    )
    assert follow_up(line) == (
        "You asked how I would handle a guest complaint at 3am: as well as calling the night"
        " manager, I would brief them on the booking first."
    )


def test_what_is_added_with_no_one_in_it_is_said_alone_as_before() -> None:
    line = (
        "She asked how I would handle a burst pipe. I said I would isolate the supply, but I"
        " should also have said I would photograph it for the insurer."
    )
    assert follow_up(line) == (
        "To add to my answer on a burst pipe: I would also photograph it for the insurer."
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "kofi asked abt a time i disagreed w/ a chef - gave the menu example but forgot to"
            " say mgmt backed me after",
            "To add to my answer about the time I disagreed with a chef: management backed me"
            " afterwards.",
        ),
    ],
)
def test_a_question_about_one_event_is_about_the_time(line: str, said: str) -> None:
    assert follow_up(line) == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # what was forgotten is a clause with its own subject, never "I would security thanked"
        (
            "asked about the time i shut the ride down - forgot to say security thanked me after",
            "To add to my answer about the time I shut the ride down: security thanked me"
            " afterwards.",
        ),
        # a place named by what it is "of", typed in lower case: its name with its capital
        (
            "mention i did the 2022 placement at the port of tilbury customs office",
            "One thing I would add: I did the 2022 placement at the port of Tilbury customs"
            " office.",
        ),
    ],
)
def test_what_was_forgotten_is_said_as_typed_with_its_names(line: str, said: str) -> None:
    assert follow_up(line) == said


def test_what_the_answer_left_out_is_no_deed_of_the_candidates() -> None:
    # "forgot german": the answer in the room left German out; not "I forgot German"
    assert follow_up("asked abt my languages - said french, forgot german") is None


def test_a_formal_frame_opening_on_one_event_says_regarding_the_time() -> None:
    line = (
        "kofi asked abt a time i disagreed w/ a chef - gave the menu example but forgot to say"
        " mgmt backed me after"
    )
    assert follow_up(line, tone="formal") == (
        "Regarding the time I disagreed with a chef, I would like to add that management backed"
        " me afterwards."
    )
    # the wording that opens on the topic itself
    assert _event_named(
        "On a time I disagreed with a chef, I should have mentioned that management backed me."
    ) == (
        "Regarding the time I disagreed with a chef, I should have mentioned that management"
        " backed me."
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a thing should have been mentioned, not a clause: "I would add that the matrix" is none
        (
            "The chef asked how I plan menus. I said I cost every dish weekly, but I should have"
            " mentioned the allergen matrix I built for the brigade.",
            "You asked how I plan menus: I said I cost every dish weekly, and I would also mention"
            " the allergen matrix I built for the brigade.",
        ),
        # a clause with a subject of its own keeps "I would add that"
        (
            "She asked about my seizure record. I said it was 14 last year, but I should have"
            " mentioned two of them led to prosecutions.",
            "You asked about my seizure record: I said it was 14 last year, and I would add that"
            " two of them led to prosecutions.",
        ),
    ],
)
def test_a_thing_that_should_have_been_mentioned_is_said_as_mentioned(line: str, said: str) -> None:
    assert follow_up(line) == said
