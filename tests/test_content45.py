"""Session 45 (content): strong content a letter left out is said.

A graduate's thesis or final project typed with its label ("thesis: ...", "final yr project -
..."); an interviewer's question with the plan the candidate gave, named by its things
("weekly email + a call before any big change") or as a report of the room with its "I"
dropped ("talked thru TARP we used at Carosue"); a question typed "how wld i ..."; and a short
letter that says its unused points before it ends. Every expected sentence is written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import compose, left_out, load_notes
from composer.offline.items import read_point
from composer.offline.topics import read_topic

THESES = [
    (
        "capstone project: built a low-cost soil moisture sensor for community gardens",
        "For my capstone project, I built a low-cost soil moisture sensor for community gardens",
    ),
    (
        "honours thesis - interviewed 20 rural GPs about telehealth",
        "For my honours thesis, I interviewed 20 rural GPs about telehealth",
    ),
    (
        "final year project - designed a solar water pump for a school in Malawi",
        "For my final-year project, I designed a solar water pump for a school in Malawi",
    ),
    (
        "dissertation: a survey of rural GP access in Powys",
        "My dissertation was a survey of rural GP access in Powys",
    ),
    (
        "Thesis: modelling heat stress in dairy cattle",
        "My thesis was on modelling heat stress in dairy cattle",
    ),
    (
        "PhD thesis: bacterial resistance in hospital wastewater",
        "My PhD thesis was on bacterial resistance in hospital wastewater",
    ),
    (
        "final yr project: robot arm, won best in show",
        "My final-year project was a robot arm",
    ),
]

# Lines whose thing is typed with an article left out inside it, or a bare "project": never
# guessed, still left out.
THESES_LEFT = [
    "thesis: CFD model of 40m e-ferry hull, within 4% of tank test",
    "project: new website",
    "thesis: impact of new road on village",
    # a deed with a figure typed after it and its article left out: never pasted as typed
    "final year project: rebuilt robot gripper, 30% faster, won the design prize",
]


@pytest.mark.parametrize(("line", "expected"), THESES)
def test_a_thesis_typed_with_its_label_is_said(line: str, expected: str) -> None:
    said = read_point(line).said
    assert said is not None
    assert said.text() == expected


@pytest.mark.parametrize("line", THESES_LEFT)
def test_a_thesis_that_cannot_be_read_whole_stays_out(line: str) -> None:
    assert read_point(line).said is None


ANSWERS = [
    (
        "asked how id keep parents in the loop -> weekly email + a call before any big change",
        "I suggested a weekly email and a call before any big change",
    ),
    (
        "asked what id do if the freezer failed overnight -> a temperature log check + a call "
        "to the supplier",
        "I suggested a temperature log check and a call to the supplier",
    ),
    (
        "asked what id do if a tenant reported damp -> said site visit + a call to the owner first",
        "I would start with a site visit and a call to the owner",
    ),
    (
        "asked how id manage re-entry after firing if the escapeway is blocked -> talked thru "
        "TARP we used at Carosue",
        "I talked through the TARP we used at Carosue",
    ),
    # one bare word is no thing a letter can count: "I suggested an honesty" is never said
    ("asked how id handle a complaint -> honesty", ""),
]


@pytest.mark.parametrize(("topic", "expected"), ANSWERS)
def test_the_answer_given_to_a_question_is_said(topic: str, expected: str) -> None:
    assert read_topic(topic).answer == expected


def test_a_question_typed_with_a_short_modal_is_the_candidates() -> None:
    topic = "asked how wld i cut false positives w/o letting more scams thru -> said tiered alerts"
    assert read_topic(topic).text == (
        "how I would cut false positives without letting more scams through"
    )


CORPUS = Path(__file__).parent / "corpus" / "readers"


def test_a_short_letter_says_a_point_it_left_unused() -> None:
    """Dr. Okonkwo-Hale's letter (under 110 words) recalls the degree its plan left unused."""
    notes = load_notes(CORPUS / "h10.json")
    today = notes.interview.date + dt.timedelta(days=1)
    letter = next(iter(compose(notes, today=today)))
    assert letter.to == "Patricia Okonkwo-Hale"
    assert "I earned a BS in Chemistry at UT Austin in 2018." in letter.text, letter.text


MADE = [
    ("weekly huddle cut sick days 20%", "My weekly huddle cut sick days by 20%"),
    ("new triage board reduced wait times 25%", "My new triage board reduced wait times by 25%"),
]


@pytest.mark.parametrize(("line", "expected"), MADE)
def test_a_result_of_a_thing_the_candidate_made_is_said(line: str, expected: str) -> None:
    said = read_point(line).said
    assert said is not None
    assert said.text() == expected


@pytest.mark.parametrize("line", ["budget cut forced layoffs", "Covid cut sales 40%"])
def test_a_change_by_no_thing_of_theirs_stays_out(line: str) -> None:
    assert read_point(line).said is None


def test_a_question_and_answer_the_gate_stops_is_named_for_asking() -> None:
    """Reader 20's h158: "asked about CO2 transcritical -> said ive done the Kirby course ..."
    reads, but its sentence is stopped at the last gate: the letter leaves it out, and the
    report names it (compose --ask asks for the question and the answer), never silently.
    ("transcritical" is a word of `modernwords` since session 49, so the question is typed
    here with a clipped word the gate still stops: "transcrit".)"""
    notes = load_notes(CORPUS / "reader20" / "h158.json")
    topics = notes.interviewers[0].topics
    topics[2] = topics[2].replace("transcritical", "transcrit")
    today = notes.interview.date + dt.timedelta(days=1)
    notices = [n for letter in compose(notes, today=today) for n in letter.notices]
    fields = [record.field for record in left_out(notes, notices)]
    assert "interviewers[0].topics[2]" in fields
