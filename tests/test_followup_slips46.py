"""A follow-up typed as a note about a slip in the room is said as one confident addition
(session 46, reader 26: "On electrification I was vague, I would add that ..." admitted the
slip; "(only said Spanish)" and a shouted "AND" were pasted; "forgot to mention lockout/tagout
trainer cert - add it!!" came out as "I forgot to mention ..."). The verdict ("was vague",
"rambled", "doh", "forgot"), the instruction ("shld say", "add!!"), the bracket to self and the
shouting are never said; the fact is, with only what was typed; a fact that cannot be read is
left out and named. The notes and jobs are made up; every sentence expected is written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from composer.compose import compose
from composer.models import Notes

TODAY = dt.date(2026, 12, 4)


def _letter(follow_up: str) -> tuple[str, list[str]]:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Noor Haddad"},
            "company": "Eastgate Rail",
            "role": "Project Engineer",
            "interview": {"date": "2026-12-03", "format": "onsite"},
            "interviewers": [
                {"name": "Ruth Kemp", "title": "Programme Lead", "topics": ["the depot upgrade"]}
            ],
            "qualifications": ["chartered engineer, 9 yrs"],
            "highlights": ["delivered the Hale St signalling renewal 3 wks early"],
            "follow_up": follow_up,
            "tone": "warm",
        }
    )
    (letter,) = compose(notes, today=TODAY)
    return letter.body, letter.notices


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a verdict on an answer and the fix: the addition on its topic, the verdict unsaid
        (
            "was vague on electrification -> have led two partial electrification projects",
            "On electrification, I would add that I have led two partial electrification projects.",
        ),
        (
            "was a bit vague on budgets -> shld say I managed a 2m capital budget",
            "On budgets, I would add that I managed a 2m capital budget.",
        ),
        (
            "blanked on the possession planning q. point is: I would book the possessions first",
            "On the possession planning question, I would book the possessions first.",
        ),
        (
            "not sure I explained the audit well - it cut findings by half",
            "On the audit, I would add that it cut findings by half.",
        ),
        # a thing not said in the room: said as what should also have been, never "I forgot"
        (
            "ugh, didnt mention I hold a Class 2 licence",
            "I should also have mentioned that I hold a Class 2 licence.",
        ),
        (
            "forgot - ran the night shift for 3 yrs",
            "I should also have mentioned that I ran the night shift for three years.",
        ),
        (
            "doh - forgot to mention my HGV class 1",
            "I should also have mentioned my HGV class 1.",
        ),
        # a clarification, the shouting in lower case
        (
            "shld clarify I'm happy to do nights AND weekends",
            "To clarify, I am happy to do nights and weekends.",
        ),
        # the bracket to self dropped, the fact said as an addition
        (
            "(only said excel) - also use Power BI daily",
            "One thing I would add: I also use Power BI daily.",
        ),
        (
            "have run community meetings in Spanish AND with Quechua interpreters (only said"
            " Spanish)",
            "One thing I would add: I have run community meetings in Spanish and with Quechua"
            " interpreters.",
        ),
        # a course under way, where it is
        (
            "shld say started the NEBOSH general cert, unit 2 of 3",
            "One thing I would add: I have started the NEBOSH general certificate and am on unit"
            " 2 of 3.",
        ),
        (
            "shld say started online Excel course",
            "One thing I would add: I started an online Excel course.",
        ),
        # what was said stands, and the note adds to it
        (
            "said I'd never used Jira; true but I used Trello for 3 yrs",
            "I have never used Jira, but I used Trello for three years.",
        ),
        # a deed done since the interview, said first
        (
            "since the interview passed my CSCS test",
            "Since our interview, I have passed my CSCS test.",
        ),
        (
            "started the NEBOSH general cert since the interview, unit 2 of 3",
            "Since our interview, I have started the NEBOSH general certificate and am on unit 2"
            " of 3.",
        ),
    ],
)
def test_a_slip_is_said_as_one_confident_addition(line: str, said: str) -> None:
    body, _ = _letter(line)
    assert said in body, body
    for note in ("vague", "forgot", "blanked", "doh", "ugh", "only said", " AND ", "shld"):
        assert note not in body


def test_a_slip_whose_fact_cannot_be_read_is_left_out_and_named() -> None:
    # things named with no deed: what was done with Navisworks is not typed (it was pasted)
    body, notices = _letter("mention Revit AND Navisworks (only said Revit)")
    assert "Revit" not in body
    assert any("follow_up" in notice for notice in notices), notices
