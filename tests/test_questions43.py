"""A question put to the candidate and their answer (session 43): said with the answer, or left
out and named, never said as a subject discussed ("our conversation about a time I found
something wrong at energisation", "the chance to talk through my worst event"). Expected
sentences written by hand."""

from __future__ import annotations

import pytest

from composer import compose
from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic
from composer.offline.usable import topics_left_out
from tests.test_exchange42 import planner_notes


def test_a_question_whose_answer_cannot_be_said_is_no_subject_discussed() -> None:
    line = "asked about a time i missed a deadline -> gtfs + remix, ridership"
    for channel in ("email", "linkedin"):
        notes = planner_notes(["the bus network redesign", line], channel)
        letter = compose(notes)[0].text
        assert "a time I missed a deadline" not in letter, letter
        assert "deadline" not in letter.lower(), letter
    left = topics_left_out(planner_notes(["the bus network redesign", line]))
    assert [(r.field, r.text) for r in left] == [("interviewers[0].topics[1]", line)]
    assert "answer" in left[0].why


def _said(line: str) -> str:
    topic = read_topic(line)
    return asked_sentence(topic.text, topic.answer)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a stance typed first is how the candidate answered; a participle with its "I"
        # dropped is "I have"; an adjective that takes "to" is "I am"
        (
            "asked about night shifts -> honest, not done nights before, happy to learn",
            "You asked about night shifts: I have not done nights before, and I am happy to learn.",
        ),
        # was "I was honest and used pivots but not macros": the stance read as a deed
        (
            "asked about spreadsheets -> was honest, used pivots but not macros",
            "You asked about spreadsheets: I used pivots but not macros.",
        ),
        # an adjective and "it" is the candidate's predicate; a deed after it is theirs too
        (
            "asked about working alone -> said i'm used to it, ran the shop on my own on sundays",
            "You asked about working alone: I am used to it, and I ran the shop on my own on"
            " Sundays.",
        ),
        # a part with no subject after the candidate's clause is dropped, never pasted
        (
            "asked about travel -> happy to travel, have a full licence",
            "You asked about travel: I am happy to travel.",
        ),
        # a question typed "Q: ...? A: ...": the answer after "A:", never pasted into the
        # question (found by the held-out measurement; a line of another trade)
        (
            "Q: what would you do if a customer collapsed in the shop? A: call 999, start CPR",
            "You asked what I would do if a customer collapsed in the shop: I would call 999"
            " and start CPR.",
        ),
        # a reason typed as "want" and a thing, with its "I" dropped
        (
            "asked why i want to move to days -> said want a regular routine for my kids",
            "When you asked why I want to move to days, I said I want a regular routine for my"
            " kids.",
        ),
        # a tail no reading says is dropped, never pasted
        (
            "asked how i'd handle a late delivery -> ring the supplier, log it, no drama",
            "You asked how I would handle a late delivery: I would ring the supplier and log it.",
        ),
        # a noun phrase: the thing a question asked for, or the means put forward for a "how"
        (
            "asked which supplier i'd call first -> the one with the shortest lead time",
            "You asked which supplier I would call first: the one with the shortest lead time.",
        ),
        (
            "asked how i'd get more walkers on the trail -> guided evening walks with the local"
            " schools",
            "You asked how I would get more walkers on the trail: I suggested guided evening"
            " walks with the local schools.",
        ),
        (
            "asked about lifting -> was honest, done two summers on a building site",
            "You asked about lifting: I have done two summers on a building site.",
        ),
    ],
)
def test_answer_read_once_its_frame_is_set_aside(line: str, expected: str) -> None:
    assert _said(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # the tail qualifies the steps: without it they would say something else
        "asked how i'd handle a late delivery -> ring the supplier, log it, unless it's a 3pl",
        # a word typed in lower case said in capitals is a guess at an abbreviation
        "asked what i'd do if the alarm goes -> stop tx, ~2 mins",
        # a singular noun typed bare: the article a note left out is no reading's to guess
        "asked how i'd test it -> sandbox and mock api",
    ],
)
def test_answer_not_reread(line: str) -> None:
    assert read_topic(line).answer == ""


def test_their_in_a_question_is_the_person_it_brings_in() -> None:
    # was "a student missing your deadlines": the reader's, as if the question were about them
    line = "asked how i'd support a student missing their deadlines -> meet them weekly"
    assert _said(line) == (
        "You asked how I would support a student missing their deadlines: I would meet them weekly."
    )


def test_a_linkedin_note_never_names_a_question_put_to_the_candidate() -> None:
    # was "Thank you for our talk about how I would handle angry riders at a meeting and ..."
    line = "asked how i'd handle angry riders at a meeting -> listen, take names, reply in writing"
    for first in (line, "asked about a time i missed a deadline -> told her about the Harlow bid"):
        letter = compose(planner_notes([first, "the bus network redesign"], "linkedin"))[0].text
        assert "I would handle" not in letter, letter
        assert "a time I missed" not in letter, letter


def test_a_reader_who_put_three_questions_hears_two_answers() -> None:
    notes = planner_notes(
        [
            "the bus network redesign",
            "asked how i'd handle angry riders at a meeting -> listen, take names, reply in"
            " writing",
            "asked how i'd plan a timetable change -> ask the drivers first, then run the numbers",
            "asked why i want to leave the council -> said want to work closer to the service",
        ]
    )
    letter = compose(notes)[0].text
    assert (
        "You asked how I would handle angry riders at a meeting: I would listen, take names and"
        " reply in writing." in letter
    )
    # the second said as what the candidate said, not a second "You asked"
    assert (
        "When you asked how I would plan a timetable change, I said I would ask the drivers"
        " first, then run the numbers." in letter
    )
    assert "leave the council" not in letter  # two at most: no transcript of the interview


def test_an_exchange_is_probed_as_said_not_as_a_talk_about_the_question() -> None:
    # the question was probed as "I enjoyed our talk about which tools I would use ...", which
    # the gate stops, so the exchange was dropped without a word
    line = (
        "she asked which tools I would use to clean smart-meter data -> I said Python with"
        " pandas, and walked her through the notebook I built at the council"
    )
    letter = compose(planner_notes(["the bus network redesign", line]))[0].text
    assert "You asked which tools I would use to clean smart-meter data: Python with pandas." in (
        letter
    )
