"""Follow-ups and next steps typed as what happened in the room, said as the candidate would.

Each note is typed the way people type them; each expected sentence is written by hand.
"""

from __future__ import annotations

import pytest

from composer.offline.followup import follow_up_line
from composer.offline.nextsteps import next_steps_line
from composer.offline.wellformed import problem
from tests.fakes import FirstChoice


def _said(note: str) -> str | None:
    return follow_up_line(note, frozenset(), "warm", "email", FirstChoice(""))


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "said i hadn't done much payroll - true but i ran weekly payroll for 40 staff at "
            "Brightwell for 2 yrs",
            "Although I have not done much payroll, I ran weekly payroll for 40 staff at "
            "Brightwell for two years.",
        ),
        (
            "said I hadn't used Revit much - true but I did the full BIM model for the Castlegate "
            "library",
            "Although I have not used Revit much, I did the full BIM model for the Castlegate "
            "library.",
        ),
    ],
)
def test_an_answer_that_stands_is_said_with_what_there_was_besides(note: str, said: str) -> None:
    assert _said(note) == said


@pytest.mark.parametrize(
    ("note", "topic", "clause"),
    [
        (
            "priya asked about SQL - only used it for reporting, prob undersold it, comfortable "
            "w/ window functions",
            "SQL",
            "I have used it for reporting, and I am comfortable with window functions.",
        ),
        (
            "dr patel asked re sedation - assisted on about 20 cases, comfortable w/ monitoring",
            "sedation",
            "I have assisted on about 20 cases, and I am comfortable with monitoring.",
        ),
        (
            "ben asked about relativity - used it daily for 3 yrs, comfortable w/ analytics + "
            "batching",
            "Relativity",
            "I have used it daily for three years, and I am comfortable with analytics and "
            "batching.",
        ),
        (
            "omar asked about go - i said 'some', really i've written a couple of k8s operators "
            "in go, should've said",
            "Go",
            "I have written a couple of Kubernetes operators in Go.",
        ),
    ],
)
def test_an_answer_typed_as_fragments_is_said_as_clauses_under_its_topic(
    note: str, topic: str, clause: str
) -> None:
    said = _said(note)
    assert said is not None
    head, _, tail = said.partition(": ")
    assert head.endswith(f" {topic}") and tail == clause
    assert "undersold" not in said and "should" not in said  # notes to self are not said


def test_an_answer_with_a_piece_that_cannot_be_read_is_left_out() -> None:
    # "can train/cert operators": a slash between verbs is not read, so nothing is forced
    assert _said("dave asked re forklift cert - yes, certified + can train/cert operators") is None


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("chef asked if id do split shifts - yes, fine w/ 3 a week",
         "I would be glad to do three split shifts a week."),
        ("marie asked if id do late shifts - yes, 1 in 3 fine",
         "I would be glad to work one late shift in three."),
        ("asked if I'd work sundays - yes, 1 in 2 is fine",
         "I would be glad to work every other Sunday."),
    ],
)  # fmt: skip
def test_a_yes_keeps_how_often_it_was_agreed(note: str, said: str) -> None:
    assert _said(note) == said


def test_a_slash_inside_a_name_in_capitals_is_not_a_note_slash() -> None:
    assert problem("I made about 30 CM/ECF filings in 2024.") == ""
    assert problem("I used this/that daily.") != ""


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("decision after they see the other 2 candidates, prob mid dec",
         "I look forward to hearing from you in mid-December."),
        ("they'll decide once they've seen everyone, mid jan prob",
         "I look forward to hearing from you in mid-January."),
        ("decision after they interview the last 3, prob early jan",
         "I look forward to hearing from you in early January."),
        ("trial shift sat", "I look forward to the trial shift on Saturday."),
        ("2nd round w/ the director of ops next wk",
         "I look forward to the second round with the director of operations next week."),
    ],
)  # fmt: skip
def test_what_the_company_does_first_is_not_said_back_to_the_reader(note: str, said: str) -> None:
    # "they" is the company seen from inside the letter: the reader hears only the time
    line = next_steps_line(
        note, frozenset(), "warm", "email", FirstChoice(""), reader=("Sam Taylor",)
    )
    assert f"{line}." == said
