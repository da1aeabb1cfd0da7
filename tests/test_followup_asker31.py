"""A follow-up recalls a question to the one who asked ("You asked whether ..."); on a panel,
the letter carrying it goes to who asked, or to the nearest panellist by topic when the notes
do not say who asked. That panellist did not ask: their letter must never say "You asked", so
the question is recalled without claiming who asked ("To add to my answer on ...").

Expected sentences are written by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline.asker import follow_up_asker, follow_up_reader
from composer.offline.followup import follow_up_line
from tests.fakes import FirstChoice

CREW = [
    {"name": "Maria Lopez", "salutation": "Maria", "title": "Fuels Crew Supervisor",
     "topics": ["prescribed burns"]},
    {"name": "Jo Kent", "salutation": "Jo", "title": "Training Officer",
     "topics": ["LCES and crew discipline"]},
]  # fmt: skip
LIFTS = [
    {"name": "Bev Okafor", "salutation": "Bev", "title": "Service Manager", "topics": []},
    {"name": "Tom Reilly", "salutation": "Tom", "title": "Contracts Lead", "topics": []},
]  # fmt: skip
WOMEN = [
    {"name": "Helen Marsh", "salutation": "Helen", "title": "Head of Conservation",
     "topics": ["gold tooling"]},
    {"name": "Ruth Adeyemi", "salutation": "Ruth", "title": "Studio Manager",
     "topics": ["leather paring and rebacking"]},
]  # fmt: skip


def panel(follow_up: str, people: list[dict[str, Any]]) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Sam Reed"},
            "company": "Northfield",
            "role": "Technician",
            "interview": {"date": "2026-11-30", "format": "panel"},
            "interviewers": people,
            "qualifications": ["six years in the trade"],
            "follow_up": follow_up,
        }
    )


@pytest.mark.parametrize(
    ("line", "people", "expected"),
    [
        # a role no panellist holds: the nearest by topic carries it, and did not ask
        ("crew boss asked how I'd deal w/ a crew member ignoring LCES - said talk to them, "
         "meant to say I'd stop the work first then talk", CREW, (1, False)),
        # "she" with two women on the panel and nothing telling which
        ("she asked about leather paring - said ok, shld have mentioned i pare all my own "
         "leather on a Scharf-fix", WOMEN, (1, False)),
        # no one typed
        ("asked re gold tooling - 2 yrs at Shepherds", WOMEN, (0, False)),
        # a name, and a role typed in lower case that is one panellist's title
        ("Ruth asked about leather paring - I pare all my own", WOMEN, (1, True)),
        ("service manager asked how id handle a trapped passenger call - meant to say id check "
         "the car position first", LIFTS, (0, True)),
        ("the contracts lead asked re modernisations - yes, four", LIFTS, (1, True)),
    ],
)  # fmt: skip
def test_the_follow_up_says_whether_its_reader_asked(
    line: str, people: list[dict[str, Any]], expected: tuple[int, bool]
) -> None:
    notes = panel(line, people)
    assert follow_up_asker(notes) == expected
    assert follow_up_reader(notes) == expected[0]


def test_one_interviewer_asked_whatever_the_notes_call_them() -> None:
    assert follow_up_asker(panel("crew boss asked re saws - B faller", CREW[:1])) == (0, True)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("denise asked re my H2S alive - expired oct, renewing dec 9 (booked)",
         "To add to my answer on my H2S Alive: it expired in October, and I am booked to renew "
         "it on December 9."),
        ("crew boss asked how I'd deal w/ a crew member ignoring LCES - said talk to them, meant "
         "to say I'd stop the work first then talk to them",
         "To add to my answer on how I would deal with a crew member ignoring LCES: I would stop "
         "the work first and then talk to them."),
        # a careful line: the question, then what was said in the room, after a colon
        ("Kate asked whether I have used Leapfrog for 3D modelling. I said only a little; I have "
         "since booked the Leapfrog Geo fundamentals course for January.",
         "To add to my answer on whether I have used Leapfrog for 3D modelling: I have used it "
         "only a little, and I have since booked the Leapfrog Geo fundamentals course for "
         "January."),
        # a frame that never claimed who asked stays as it is
        ("asked if id relocate to Leeds - yes", "I would be glad to relocate to Leeds."),
    ],
)  # fmt: skip
def test_a_question_not_asked_by_the_reader_is_not_said_as_theirs(line: str, expected: str) -> None:
    said = follow_up_line(line, frozenset(), "warm", "email", FirstChoice(""), by_reader=False)
    assert said == expected


def test_the_same_question_is_theirs_when_they_asked() -> None:
    line = "denise asked re my H2S alive - expired oct, renewing dec 9 (booked)"
    said = follow_up_line(line, frozenset(), "warm", "email", FirstChoice(""))
    assert said is not None and said.startswith("You asked about my H2S Alive: ")


def test_a_panel_letter_never_says_you_asked_to_someone_who_did_not() -> None:
    line = (
        "crew boss asked how I'd deal w/ a crew member ignoring LCES - said talk to them, "
        "meant to say I'd stop the work first then talk to them"
    )
    letters = compose(panel(line, CREW), today=dt.date(2026, 12, 1))
    texts = [letter.text for letter in letters]
    assert not any("You asked" in text for text in texts)
    assert ["To add to my answer on how I would deal with" in t for t in texts] == [False, True]
