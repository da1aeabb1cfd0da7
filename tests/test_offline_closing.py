"""The letter after its middle, from notes typed the way people type them: the follow-up (said
once, to who asked), the next step (who and when, read from loose text), the personal line,
and how the tone changes the letter (formal: no contractions; concise: fewer sentences).

Expected sentences are written by hand: what a candidate would send. Wordings are fixed with
`FirstChoice`, which always takes a section's first wording.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, TypeVar

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline.asked import follow_up_reader, read_asked
from composer.offline.followup import follow_up_line
from composer.offline.nextsteps import next_steps_line, reader_names
from composer.offline.phrasebook import Variation

T = TypeVar("T")


class FirstChoice(Variation):
    """A variation that always takes the first wording of a section."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


def follow_up(item: str, tone: str = "warm") -> str | None:
    return follow_up_line(item, frozenset(), tone, "email", FirstChoice(""))


def steps(item: str, name: str = "Rick Castle", title: str | None = "Service Manager") -> str:
    reader = reader_names(name, title, None)
    line = next_steps_line(item, frozenset(), "warm", "email", FirstChoice(""), reader=reader)
    return line + "."


# --- the follow-up: the fact in one sentence, never the note to self ---------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the topic is never cut at a conjunction ("on PERM and"); "actually", "- mention" and
        # "(she asked)" are the note's, not the letter's
        ("Ms A asked about PERM and I said limited exposure. actually did 3 PERM filings under "
         "supervision at CAIR - mention",
         "One thing I would add: I did three PERM filings under supervision at CAIR."),
        ("chef asked abt pastry, said not my strength. am actually taking a pastry course in Jan.",
         "One thing I would add: I am taking a pastry course in January."),
        # a fact that names what was asked about needs no "on PERM" before it; "it" is what was
        # asked about, or what the candidate said they had used
        ("Luis asked about Playwright and I said I'd never used it. not true - used it for 6 "
         "months on a side project",
         "One thing I would add: I used Playwright for six months on a side project."),
        ("Maya asked about scheduling software - said I've used 7shifts, should've said I set it "
         "up for 3 stores",
         "To add to my answer on scheduling software: I set up 7shifts for three stores."),
        # an emphatic "did" of a note is the plain past; a trailing "tho" is not pasted
        ("Dr M asked abt C diff and I said I hadn't led anything on it. did co-author the trust "
         "C diff action plan in 2023 tho",
         "One thing I would add: I co-authored the trust C diff action plan in 2023."),
        # "true, but": the answer given stands, and the letter never claims otherwise
        ("Tom asked if i'd used UltraTax, said no. true but I know CCH well",
         "One thing I would add: I have not used UltraTax, but I know CCH well."),
    ],
)  # fmt: skip
def test_a_follow_up_about_a_question_says_the_fact_once(item: str, expected: str) -> None:
    assert follow_up(item) == expected


@pytest.mark.parametrize(
    "item",
    [
        # "it" with nothing to stand for, and a hedge: left out, never half-said
        "Ms C asked about FAFSA and I blanked on the number. it's 71% completion, up from 48%",
        "Dean asked about Sea Grant - I said no. maybe apply next year?",
    ],
)
def test_a_follow_up_that_cannot_be_said_cleanly_is_left_out(item: str) -> None:
    assert follow_up(item) is None


def test_a_formal_follow_up_names_the_topic_whole() -> None:
    assert follow_up(
        "Sam asked abt MS4 reporting and I said limited exposure. actually did the annual MS4 "
        "report for the county two yrs running - mention",
        tone="formal",
    ) == (
        "Regarding MS4 reporting, I would like to add that I did the annual MS4 report for the "
        "county two years running."
    )


def panel(follow_up: str, people: list[dict[str, Any]]) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Ana Ruiz"},
            "company": "Northwind",
            "role": "Analyst",
            "interview": {"date": "2026-03-10", "format": "panel"},
            "interviewers": people,
            "qualifications": ["five years in county budgets"],
            "follow_up": follow_up,
        }
    )


PEOPLE = [
    {"name": "Deborah Kwan", "title": "Director", "salutation": "Ms. Kwan",
     "topics": ["the housing levy"]},
    {"name": "Luis Ortega", "title": "Data Lead", "topics": ["which dashboard tool to use"]},
    {"name": "Alan Achebe", "title": "Dean of Research", "salutation": "Dean Achebe",
     "topics": ["grant reporting"]},
]  # fmt: skip


@pytest.mark.parametrize(
    ("asker", "reader"),
    [("Luis", 1), ("Ortega", 1), ("Ms K", 0), ("Dean", 2), ("Dr A", 2), ("dean", 2)],
)
def test_a_follow_up_goes_only_to_who_asked(asker: str, reader: int) -> None:
    n = panel(f"{asker} asked about Tableau - said never used it. true but I know Power BI", PEOPLE)
    assert follow_up_reader(n) == reader


def test_with_no_one_named_the_follow_up_goes_to_the_nearest_reader_only() -> None:
    n = panel("she asked about the dashboard tool - I used Looker for two years", PEOPLE)
    assert follow_up_reader(n) == 1
    letters = compose(n, today=dt.date(2026, 3, 11))
    assert ["Looker" in letter.text for letter in letters] == [False, True, False]


def test_who_asked_is_read_from_the_note() -> None:
    asked = read_asked("chef asked abt pastry, said not my strength. am taking a course in Jan")
    assert asked is not None
    assert (asked.who, asked.topic) == ("chef", "pastry")


# --- next steps: who and when, from loose text -----------------------------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # who passed the step on is not the step; the reader named is "you"
        ("Rick said they'll call by fri", "I look forward to hearing from you by Friday."),
        # a step typed in two parts: when, and who
        ("hear back w/in 2 weeks, HR will email",
         "I look forward to hearing from HR within two weeks."),
        ("decision mid-Dec", "I look forward to hearing from you in mid-December."),
        ("final round = a presentation, early Dec",
         "I look forward to the presentation in early December."),
        ("committee meets Dec 9",
         "I look forward to hearing from you after the committee meets on December 9."),
        # a hedge is never pasted: at the end it goes, inside the step the step is hoped for
        ("they'll let me know after the holidays prob",
         "I look forward to hearing from you after the holidays."),
        ("2nd interview probably next week w/ the ops lead",
         "I look forward to hearing from you, and I hope to have the chance of a second "
         "interview next week with the ops lead."),
        # a step they set out, and the one after it if it goes well
        ("Hannah will send a take-home, then final round w/ CTO",
         "I look forward to the take-home, and I hope to have the chance of the final round "
         "with the CTO."),
    ],
)  # fmt: skip
def test_a_next_step_typed_loosely_is_welcomed_in_a_sentence(item: str, expected: str) -> None:
    assert steps(item) == expected
