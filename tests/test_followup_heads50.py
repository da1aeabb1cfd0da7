"""The candidate's follow-up is said in the candidate's voice, never dropped, pasted or garbled
(session 50, reader 33's finding 4): a note to self under any head ("NB", "dont forget:",
"please mention that", "I like to add:") said as the fact, the orders about the letter ("dont
ramble", "not too pushy") never said; a figure corrected ("said 2 yrs, actually 4") said as the
correction; a question to ask said as a question, never as an offer to ask; a stative verb typed
in the progressive by a second-language writer ("I am knowing") said in its simple form. A
correction no reading can put right is left out, never pasted ("..., correct is ..."). Every
expected sentence below is written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.compose import compose
from composer.models import Notes


def _notes(follow_up: str) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Rangi Parata", "email": "rangi.parata@example.co.nz"},
            "company": "Southern Alps Vineyards",
            "role": "Cellar Hand",
            "interview": {"date": "2026-12-03", "format": "onsite"},
            "interviewers": [
                {
                    "name": "Claire Dobson",
                    "title": "Winemaker",
                    "salutation": "Claire",
                    "topics": ["the 2027 vintage intake", "barrel hall cleaning roster"],
                }
            ],
            "qualifications": ["4 yrs cellar work in Marlborough", "forklift licence"],
            "highlights": ["ran the night shift on 2025 vintage, 1200 t through the press"],
            "contribution": "a tidy cellar and a safe night shift",
            "follow_up": follow_up,
            "next_steps": "claire to ring by friday",
            "tone": "warm",
            "channel": "email",
        }
    )


def _letter(follow_up: str) -> str:
    (letter,) = compose(_notes(follow_up), today=dt.date(2026, 12, 4))
    return " ".join(letter.body.split())


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a head of a note to self, then the fact
        ("NB: I can start on the 9th", "I can start on the 9th."),
        ("dont forget: renewed my first aid in august", "I renewed my first aid in August."),
        ("(mention manual licence)", "a manual licence."),
        # an order about the letter after the fact, never said
        (
            "remember to say I ran the night crew for 2 yrs, not too pushy",
            "I ran the night crew for two years.",
        ),
        # a figure said in the room, put right
        (
            "said 2 yrs on the tractor, actually 4",
            "One correction to what I said in the interview: four years on the tractor, not two.",
        ),
        (
            "told them 3 barrels a day, really it was 5",
            "One correction to what I said in the interview: five barrels a day, not three.",
        ),
        (
            "correction: was 40 tanks not 60",
            "One correction to what I said in the interview: the figure is 40 tanks, not 60.",
        ),
        # a question to ask, said as one
        (
            "ask if the site has a crib room",
            "I also wanted to ask whether the site has a crib room.",
        ),
        (
            "ask her about parking and the start time",
            "I also wanted to ask about parking and the start time.",
        ),
        ("ask whether they do a trial day", "I also wanted to ask whether you do a trial day."),
        ("ask claire is the ute provided", "I also wanted to ask: is the ute provided?"),
        ("ask how long the probation is", "I also wanted to ask how long the probation is."),
        # a second-language writer's progressive of a state
        (
            "I want to add that I am knowing the Cert IV content",
            "I know the Certificate IV content.",
        ),
    ],
)
def test_the_follow_up_is_said(typed: str, said: str) -> None:
    assert said in _letter(typed)


@pytest.mark.parametrize(
    ("typed", "never"),
    [
        ("mention happy to do weekends, dont ramble", "ramble"),
        ("mention I have a HT licence. not too pushy", "pushy"),
        ("ask if the site has a crib room", "happy to ask"),
        # a correction of words no reading puts right: left out, never pasted
        ("in interview i said racking daily, correct is twice a week", "correct is"),
        ("said 2 yrs on the tractor, actually 4", "actually 4"),
    ],
)
def test_no_note_is_pasted(typed: str, never: str) -> None:
    assert never not in _letter(typed)
