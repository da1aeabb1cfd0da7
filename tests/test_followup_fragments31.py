"""A question from the room answered in shorthand by bare fragments, with no mark and no "I":
an amount to confirm, time spent and what came of it, things brought. Each shape is said only
when every piece is read; anything else is left out (and asked for), never half said.

Expected sentences are written by hand.
"""

from __future__ import annotations

import pytest

from composer.offline.answerbits import amount, brought, time_spent
from composer.offline.followup import follow_up_line
from tests.fakes import FirstChoice


def said(line: str) -> str | None:
    return follow_up_line(line, frozenset(), "warm", "email", FirstChoice(""))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an amount said in the room, confirmed: "it" is what was asked about
        ("dan asked re turnaround on expedited transcripts - said 48 hrs, confirm that",
         "You asked about turnaround on expedited transcripts: to confirm, it is 48 hours."),
        ("lee asked re lead time on custom frames - said about 3 weeks, pls confirm",
         "You asked about lead time on custom frames: to confirm, it is about three weeks."),
        # time spent on something, and what came of it
        ("Karen asked abt my data entry - 3 seasons on the OLRAC e-logbook, no rejected trips",
         "You asked about my data entry: I have done three seasons on the OLRAC e-logbook with "
         "no rejected trips."),
        ("sam asked re night shifts - 2 yrs on the acute ward, about 300 hrs on nights",
         "You asked about night shifts: I have done two years on the acute ward, with about 300 "
         "hours on nights."),
        # time spent, as the thing that should have been mentioned
        ("gary asked about TIG on stainless - said some, shld have mentioned 2 yrs on the "
         "brewery job at Duvel",
         "You asked about TIG on stainless: I would also mention my two years on the brewery "
         "job at Duvel."),
        # things brought, as the answer to what the candidate would bring
        ("asked what id bring to the fuels crew - didnt say much. meant to say: prescribed burn "
         "experience + GIS mapping of fuel loads",
         "You asked what I would bring to the fuels crew: prescribed burn experience and GIS "
         "mapping of fuel loads."),
        # how the answer went, in any of the ways people type it, is never printed
        ("asked what id bring to the team - didn't say it well. meant to say: 5 yrs of triage + "
         "a calm manner",
         "You asked what I would bring to the team: five years of triage and a calm manner."),
        ("asked how id cut costs - didnt answer well. meant to say: renegotiate the fuel "
         "contract, then review the rota",
         "You asked how I would cut costs: I would renegotiate the fuel contract and then review "
         "the rota."),
        ("jo asked what i could offer the archive - cataloguing experience, a reading knowledge "
         "of Latin",
         "You asked what I could offer the archive: cataloguing experience and a reading "
         "knowledge of Latin."),
    ],
)  # fmt: skip
def test_a_fragment_answer_is_said_whole(line: str, expected: str) -> None:
    assert said(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # a piece not read ("mostly", a rate with no unit) leaves the whole line out
        "dan asked re turnaround - said 48 hrs or so depending, confirm that",
        "Karen asked abt my data entry - 3 seasons on the OLRAC e-logbook, mostly fine",
        # deeds, not things: the clause readers' (a verb they do not know leaves it out)
        "asked what id bring - didnt say much. meant to say: reweld + retest",
    ],
)
def test_a_fragment_with_a_piece_not_read_is_left_out(line: str) -> None:
    assert said(line) is None


def test_the_fragment_readers_refuse_other_shapes() -> None:
    assert amount("48 hrs", "about my hours") is None  # "it" would be the candidate's hours
    assert amount("48 hrs", "how I work") is None
    assert amount("48 hrs and a half", "about turnaround") is None
    assert time_spent("3 seasons, no rejected trips") is None  # on what: not said
    assert time_spent("a year on the ward", mentioned=True) is None  # "my a year"
    assert time_spent("2 yrs on the ward, no errors", mentioned=True) is None
    assert brought("GIS mapping", "how I would bring it in") is None
    assert brought("train the crew + map fuels", "what I would bring to the crew") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a careful "I said yes": the yes said with the question's own verb
        ("Gary asked whether I hold a 6G cert. I said yes, and I would add that I renewed it in "
         "August on 6-inch schedule 80.",
         "You asked whether I hold a 6G certificate: I do, and I renewed it in August on 6-inch "
         "schedule 80."),
        ("Ana asked whether I have driven a forklift. I said yes, and I should add that I hold "
         "a counterbalance licence.",
         "You asked whether I have driven a forklift: I have, and I hold a counterbalance "
         "licence."),
        ("Ana asked if I would work Sundays. I said yes.",
         "You asked whether I would work Sundays: I would."),
    ],
)  # fmt: skip
def test_a_careful_yes_is_said_with_the_questions_verb(line: str, expected: str) -> None:
    assert said(line) == expected


def test_a_careful_yes_said_twice_stays_as_typed() -> None:
    line = "Ruth asked if I could start in January. I said yes, and I can start on 5 January."
    assert said(line) == (
        "You asked if I could start in January. I said yes, and I can start on 5 January."
    )
