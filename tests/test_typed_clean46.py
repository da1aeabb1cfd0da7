"""Lines the candidate typed cleanly are said, as typed where they are a whole sentence of
their own and in the frame that fits where they are a phrase; only note-speak is left out
(session 46, reader 25: degree lines with a month or class, sentences led by a doing or by
"Having ...", "since" with a past verb, a line's capital kept mid-sentence). The notes and
jobs are made up; each sentence expected is written by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.cleaning import lower_first
from composer.offline.flagged import stopped
from composer.offline.items import read_point
from composer.offline.offer import read_offer

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a degree with its month, its class or its field of study
        (
            "BSc (Hons) Geography, 2:2, June 2016",
            "I earned a BSc in Geography in June 2016, with a 2:2",
        ),
        (
            "MSc Ocean Engineering DTU june 2025, coastal hydraulics",
            "I earned an MSc in Ocean Engineering at DTU in June 2025, with a focus on coastal"
            " hydraulics",
        ),
        (
            "MSc Ecology, Exeter, 2021, marine ecology focus",
            "I earned an MSc in Ecology at Exeter in 2021, with a focus on marine ecology",
        ),
        (
            "MEng Civil, Bristol, 2020, First Class",
            "I earned an MEng in Civil Engineering at Bristol in 2020, with first-class honours",
        ),
        # a sentence whose subject is a doing: as typed
        (
            "Building the stage for the school play was my first real carpentry job.",
            "Building the stage for the school play was my first real carpentry job",
        ),
        (
            "Teaching in a village school was my first job.",
            "Teaching in a village school was my first job",
        ),
        # "since" a year or a month: from then until now
        ("Coached the U12 squad since 2021", "I have coached the U12 squad since 2021"),
        (
            "ran the Saturday market stall since march 2019",
            "I have run the Saturday market stall since March 2019",
        ),
        ("CSCS qualified since May 2020", "I have been CSCS qualified since May 2020"),
        # a line's capital, lowered after the article a reader put before it
        (
            "Full clean driving licence and three years of forklift work",
            "I hold a full clean driving licence and have three years of forklift work",
        ),
    ],
)
def test_a_clean_line_is_said(line: str, said: str) -> None:
    read = read_point(line)
    assert read.said is not None and read.said.text() == said


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        ("Solid CFD skills and a habit of checking", "solid CFD skills and a habit of checking"),
        ("Good GIS skills", "good GIS skills"),
    ],
)
def test_an_adjective_before_initials_is_lowered(text: str, lowered: str) -> None:
    assert lower_first(text, frozenset()) == lowered


def test_a_whole_contribution_sentence_is_said_as_typed() -> None:
    line = "I would bring a steady approach to planning and good links with the field crews."
    offer = read_offer(line)
    assert offer is not None and offer.text == line


@pytest.mark.parametrize(
    ("sentence", "fine"),
    [
        ("On top of that, running the stores alone taught me to plan ahead.", True),
        ("I also wanted to mention that Having checked my notes, it was 6%.", False),
    ],
)
def test_the_gate_reads_a_doing_as_a_subject(sentence: str, fine: bool) -> None:
    assert (stopped(sentence, frozenset()) == "") is fine


def _notes(follow_up: str) -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Ana Ruiz", "email": "ana.ruiz@example.com"},
        "company": "Brightwater Utilities",
        "role": "Network Planner",
        "interview": {"date": "2026-12-03", "format": "onsite"},
        "interviewers": [
            {
                "name": "Paul Greer",
                "title": "Planning Lead",
                "salutation": "Paul",
                "topics": ["the mains renewal plan"],
            }
        ],
        "qualifications": ["BEng Civil Engineering"],
        "follow_up": follow_up,
        "tone": "warm",
    }
    return Notes.model_validate(data)


@pytest.mark.parametrize(
    ("follow_up", "said"),
    [
        (
            "Having looked again at the leakage figures you showed me, I would start with the"
            " pressure zones on the east side.",
            "Having looked again at the leakage figures you showed me, I would start with the"
            " pressure zones on the east side.",
        ),
        (
            "You asked whether I could work weekends; I can, as long as I get a week's notice.",
            "You asked whether I could work weekends; I can, as long as I get a week's notice.",
        ),
    ],
)
def test_a_careful_follow_up_is_said_as_typed(follow_up: str, said: str) -> None:
    text = compose(_notes(follow_up), backend=OfflineBackend(), today=TODAY)[0].text
    assert said in text
