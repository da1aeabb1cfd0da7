"""The reader's question and the candidate's answer carried by the letter (session 42): an
answer that reads is said ("You asked how I would ...: I would ..."), even when the plan ties the
candidate's points to another topic; one that cannot be read is named in the report, never
dropped without a word. Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer import compose
from composer.models import Notes
from composer.offline.askedform import reported
from composer.offline.exchange import bare_subject, has_exchange
from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic
from composer.offline.usable import topics_left_out


def _said(line: str) -> str:
    topic = read_topic(line)
    return asked_sentence(topic.text, topic.answer)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a step of one word that is only a verb ("listen") is a step said in full; a word
        # typed closed ("tradeoff") is its hyphenated compound
        (
            "asked how i'd handle angry riders at a public mtg -> listen, take names, follow up"
            " in writing, show the tradeoff map",
            "You asked how I would handle angry riders at a public meeting: I would listen, take"
            " names, follow up in writing and show the trade-off map.",
        ),
        # an adverb of how often before the step's verb
        (
            "asked how i'd handle an angry neighbour objecting -> listen, explain the process,"
            " never promise an outcome",
            "You asked how I would handle an angry neighbour objecting: I would listen, explain"
            " the process and never promise an outcome.",
        ),
        (
            "asked how i'd calm a queue -> listen, ask questions, never guess",
            "You asked how I would calm a queue: I would listen, ask questions and never guess.",
        ),
        # a case told of, typed as a noun phrase after a question that asks for one
        (
            "asked abt a time i found an error -> the $2.3m duplicate payment i caught at bank"
            " recon b4 release",
            "When you asked about a time I found an error, I told you about the $2.3m duplicate"
            " payment I caught at bank reconciliation before release.",
        ),
        # the one talked through in the room is the reader
        (
            "she asked about HACCP -> talked her thru the HACCP plan i wrote for the hotel",
            "When you asked about HACCP, I talked you through the HACCP plan I wrote for the"
            " hotel.",
        ),
        # what the candidate described, up to the detail after its comma
        (
            "She asked how I support students who find extended writing hard. I described the"
            " scaffolded fieldwork reports I use with Year 10, with sentence starters that we"
            " take away over the term.",
            "When you asked how I support students who find extended writing hard, I described"
            " the scaffolded fieldwork reports I use with Year 10.",
        ),
        # typed with care: the subject as a sentence, then who asked what and the answer
        (
            "The backlog of ICP-MS samples from the county borehole survey. He asked how I would"
            " handle 200 samples a week, and I explained my batch sequence with a calibration"
            " check every 20 samples.",
            "When you asked how I would handle 200 samples a week, I explained my batch sequence"
            " with a calibration check every 20 samples.",
        ),
        (
            "Citrus black spot control for EU exports. He asked how I would plan the spray"
            " programme, and I said I would work from the spore-trap data rather than a fixed"
            " calendar.",
            "You asked how I would plan the spray programme: I would work from the spore-trap"
            " data rather than a fixed calendar.",
        ),
        # a yes/no question typed as asked, or with "if", reported with "whether"; after the
        # yes, what the candidate did, where it was first
        (
            "he asked had i ever dealt w/ a drunk passenger -> yes, on the Tongue Point run,"
            " kept calm, got the purser, kept him away from the rail",
            "You asked whether I had ever dealt with a drunk passenger: on the Tongue Point run,"
            " I kept calm, got the purser and kept him away from the rail.",
        ),
        (
            "he asked if I'd used Sage 50 Payroll -> I said yes, ran it for 3 years at Harlow"
            " Print incl. year end and P60s",
            "You asked whether I had used Sage 50 Payroll: I ran it for three years at Harlow"
            " Print including year end and P60s.",
        ),
    ],
)
def test_answer_said(line: str, expected: str) -> None:
    assert _said(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "asked how id handle a spill -> cordon, mop w/ absorbent, log it",  # a noun as a step
        "asked how i'd check a site -> the site, then the log",  # nouns after a "how" question
    ],
)
def test_answer_not_said(line: str) -> None:
    # (the question may still be read: only the answer is left unsaid)
    assert read_topic(line).answer == ""


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("what I do if client refuses bath", True),
        ("what I would do if reefer alarm goes at 2am", True),
        ("what I would do if a client refuses", False),
        ("what I would do if customers complain", False),
        ("what I would do if it rains", False),
    ],
)
def test_bare_subject(text: str, bare: bool) -> None:
    assert bare_subject(text) is bare


def planner_notes(topics: list[str], channel: str = "email") -> Notes:
    """A service planner's notes with one reader whose topics are `topics` (also used by
    test_questions43)."""
    return Notes.model_validate(
        {
            "candidate": {"name": "Lena Brook", "email": "lena@example.com"},
            "company": "Harbour Buses",
            "role": "Service Planner",
            "interview": {"date": "2026-12-02", "format": "video"},
            "interviewers": [
                {"name": "Dana Cole", "title": "Planning Manager", "topics": topics},
            ],
            "qualifications": ["a master's degree in transport planning"],
            "highlights": ["I redesigned the bus network for a town of 40,000 people."],
            "tone": "warm",
            "channel": channel,
        }
    )


def test_the_letter_carries_the_exchange() -> None:
    line = "asked how i'd handle angry riders at a meeting -> listen, take names, reply in writing"
    notes = planner_notes(["the bus network redesign", line])
    assert has_exchange(line, frozenset())
    letter = compose(notes)[0].text
    assert (
        "You asked how I would handle angry riders at a meeting: I would listen, take names"
        " and reply in writing." in letter
    )


def test_an_answer_that_cannot_be_said_is_named() -> None:
    line = "asked how i'd plan a route -> gtfs + remix, ridership"
    left = topics_left_out(planner_notes(["the bus network redesign", line]))
    assert [(r.field, r.text) for r in left] == [("interviewers[0].topics[1]", line)]
    assert "answer" in left[0].why


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "asked had i ever dealt w/ a drunk passenger",
            "asked whether I had ever dealt w/ a drunk passenger",
        ),
        ("asked did you use xero", "asked whether I used xero"),
        ("asked are you ok with nights", "asked whether I am ok with nights"),
        ("asked how do you handle a late payslip", "asked how I handle a late payslip"),
        ("asked if I'd used Sage", "asked whether I had used Sage"),
        ("asked why do you want to leave", "asked why do you want to leave"),  # a reason: as typed
    ],
)
def test_question_reported(typed: str, said: str) -> None:
    assert reported(typed) == said


def test_the_topic_the_contribution_fits_is_said_with_its_answer() -> None:
    # the question the contribution fits was named as a topic "we talked about" ("I enjoyed our
    # conversation about how I would plan a timetable change."), its answer dropped
    line = "asked how i'd plan a timetable change -> ask the drivers first, then run the numbers"
    notes = planner_notes([line]).model_copy(
        update={
            "contribution": "timetable changes the drivers trust",
            "highlights": ["I sang in a choir for ten years."],
        }
    )
    letter = compose(notes)[0].text
    assert "about how I would plan" not in letter
    assert (
        "You asked how I would plan a timetable change: I would ask the drivers first, then run"
        " the numbers." in letter
    )
