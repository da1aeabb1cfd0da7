"""A follow-up typed as an instruction to oneself around a fact ("mention X", "say that X - Mette
looked worried", "clarify I CAN X, sounded unsure", "forgot to say: X") is said as the fact
alone, once, as one confident sentence; the order and the comment on the room never are (session
48 round 2; heldout30 h228, h229, h232, h233). Sentences written by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline.followself import instructed
from composer.offline.phrasebook import Variation

HELDOUT = Path(__file__).parent / "corpus" / "readers" / "reader30"


def _first(wording: str) -> bool:  # the test's pick among the wordings: never the variation's
    return wording.startswith(("I should also have mentioned", "To be clear"))


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "mention i got my CEC battery install accreditation last month forgot to say",
            "I should also have mentioned that I got my CEC battery install accreditation last "
            "month.",
        ),
        (
            "say that work permit is no problem (I have permanent residence) - Mette look worried "
            "about this",
            "I should also have mentioned that my work permit is no problem: I have permanent "
            "residence.",
        ),
        (
            "(note to self: clarify I CAN relocate by Jan, said 'probably' in the room & sounded "
            "unsure)",
            "To be clear, I can relocate by January.",
        ),
        (
            "forgot to say: have code 08 licence + forklift cert",
            "I should also have mentioned that I have a code 08 licence and a forklift "
            "certificate.",
        ),
        (
            "tell them i have a full clean driving licence, forgot to say",
            "I should also have mentioned that I have a full clean driving licence.",
        ),
        (
            "remind them I am available from 1 March (said 'spring' in the room, Tom looked "
            "confused)",
            "To be clear, I am available from 1 March.",
        ),
        (
            "note to self: say that I speak fluent Portuguese - Ana seemed keen on this",
            "I should also have mentioned that I speak fluent Portuguese.",
        ),
        (
            "clarify i DO have my own tools, sounded unsure when dave asked",
            "To be clear, I do have my own tools.",
        ),
        (
            "say my DBS check is current (renewed in September) - Priya looked concerned",
            "I should also have mentioned that my DBS check is current (renewed in September).",
        ),
        (
            "forgot to say: I hold a CSCS gold card + SMSTS",
            "I should also have mentioned that I hold a CSCS gold card and SMSTS.",
        ),
        (
            "mention that I can work weekends - Karen looked worried about cover",
            "I should also have mentioned that I can work weekends.",
        ),
        (
            "Clarify: I am happy to do night shifts, said 'maybe' and prob sounded unsure",
            "To be clear, I am happy to do night shifts.",
        ),
        (
            "tell them I have my own car (they asked about travel between sites and I hesitated)",
            "To be clear, I have my own car.",
        ),
        (
            "NTS - mention I passed CFA level II in Aug, forgot in the room",
            "I should also have mentioned that I passed CFA level II in August.",
        ),
        (
            "remember to say I have a valid UK work visa until 2029 - Mr Okafor looked unsure",
            "I should also have mentioned that I have a valid UK work visa until 2029.",
        ),
        (
            "say that I'm fine with the 6am starts (I live 10 min from the depot) - shift lead "
            "looked doubtful",
            "I should also have mentioned that I am fine with the 6am starts: I live 10 minutes "
            "from the depot.",
        ),
        (
            "tell Sam I can do the Tuesday handover, sounded vague",
            "To be clear, I can do the Tuesday handover.",
        ),
        (
            "pls mention I'm a qualified first aider - forgot!!",
            "I should also have mentioned that I am a qualified first aider.",
        ),
        (
            "mention i did my apprenticeship at Siemens, Priya seemed interested",
            "I should also have mentioned that I did my apprenticeship at Siemens.",
        ),
    ],
)
@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_the_fact_is_said_alone(typed: str, said: str, tone: str) -> None:
    early = instructed(typed, tone, "email", Variation("t"), fits=_first)
    assert (early or instructed(typed, tone, "email", Variation("t"), _first, late=True)) == said


@pytest.mark.parametrize(
    "typed",
    [
        "prob too long on the budget q",  # a verdict, no order around a fact
        "forgot to mention my IPAF licence",  # read by `followmemo` / `followshapes`
        "mention fluent spanish",  # no clause of the candidate's: `followshapes` says it
        "asked notice period - i said 2 mths but actually 1. shld clarify",
        "shld clarify I'm happy to do nights AND weekends",  # `slipnotes` says it
        "tell the team thanks for the tour",  # no fact of the candidate's
        # two points, the second a correction: read by its parts, never cut to the first
        "forgot to say i hold the PIL A B and C modules + my own car for the out of hours rota. "
        "said i hadn't worked w/ zebrafish -> actually i did 6 mths cover in the fish unit at "
        "uni, forgot!!",
        "add that I speak Welsh (they have Welsh-speaking clients)",  # an aside kept: not read
    ],
)
def test_other_shapes_are_left_to_their_readers(typed: str) -> None:
    assert instructed(typed, "warm", "email", Variation("t")) is None
    assert instructed(typed, "warm", "email", Variation("t"), late=True) is None


@pytest.mark.parametrize(
    ("name", "reader", "fact", "never"),
    [
        ("h228", 0, "I got my CEC battery install accreditation last month.", "forgot to"),
        ("h229", 0, "my work permit is no problem: I have permanent residence.", "worried"),
        ("h232", None, "I can relocate by January.", "probably"),
        ("h233", 0, "I have a code 08 licence and a forklift certificate.", "forgot"),
    ],
)
def test_heldout_letters_say_the_fact_once(
    name: str, reader: int | None, fact: str, never: str
) -> None:
    path = HELDOUT / f"{name}.json"
    notes = Notes.model_validate(json.loads(path.read_text()))
    letters = compose(notes, today=dt.date(2026, 12, 4))
    bodies = [letter.body for letter in letters]
    assert sum(fact in body for body in bodies) == 1
    if reader is not None:
        assert fact in bodies[reader]
    assert not any(never in body for body in bodies)
