"""A follow-up putting right a claim or a skill the candidate denied in the room is said as one
confident sentence (session 50, reader 35: writer 34's "(note to self: said 'no exp w/ canning
line' - not really true, ran trial w/ mobile canner 2023, 6 months -> mention briefly)" (h244)
and "note to self: said 'no exp w/ Trimble' -> actually used Trimble Forestry in summer job 2022,
mention!!" (h250) were dropped from every letter). What was said is reported in the past, the fact
follows "in fact", and the orders to self are never said. The notes and jobs are made up; each
sentence expected is written by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import OfflineBackend

TODAY = dt.date(2026, 12, 4)


def _notes(follow_up: str, tone: str = "warm") -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Greta Lindqvist", "email": "greta.l@example.com"},
        "company": "Norrbacka Bryggeri",
        "role": "Production Lead",
        "interview": {"date": "2026-12-03", "format": "onsite"},
        "interviewers": [
            {
                "name": "Jonas Berg",
                "title": "Head Brewer",
                "salutation": "Jonas",
                "topics": ["the new fermentation tanks", "growing the export range"],
            }
        ],
        "qualifications": ["IBD General Certificate in Brewing"],
        "highlights": ["cut dump losses from 4% to 1.5% on the bright tank line"],
        "next_steps": "jonas to call by friday",
        "follow_up": follow_up,
        "tone": tone,
        "channel": "email",
    }
    return Notes.model_validate(data)


def _letter(follow_up: str, tone: str = "warm") -> str:
    return " ".join(
        compose(_notes(follow_up, tone), backend=OfflineBackend(), today=TODAY)[0].text.split()
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (  # h244's shape: quoted, "not really true", an order to self in brackets
            "(note to self: said 'no exp w/ keg washer' - not really true, ran trial w/ the"
            " old washer 2023, 6 months -> mention briefly)",
            "I said I had no experience with a keg washer; in fact I ran a trial with the old"
            " washer in 2023 for six months.",
        ),
        (  # h250's shape: "-> actually", "mention!!"
            "note to self: said 'no exp w/ Ekos' -> actually used Ekos in summer job 2022,"
            " mention!!",
            "I said I had no experience with Ekos; in fact I used Ekos in a summer job in 2022.",
        ),
        (  # told someone, never + a past verb, "- actually"
            "told jonas i never used a centrifuge - actually did 2 runs a week at Oppigårds",
            "I said I had never used a centrifuge; in fact I did two runs a week at Oppigårds.",
        ),
        (  # "forgot" and a licence held since a year
            "said no forklift licence - forgot i have one since 2019",
            "I said I had no forklift licence; in fact I have had one since 2019.",
        ),
        (  # a second-language line: the present told in the past, a bare duration
            "i said i dont know SAP but this is not correct, i use SAP 3 years in my last job",
            "I said I did not know SAP; in fact I used SAP for three years in my last job.",
        ),
        (  # a topic typed before it leads the sentence
            "re dry hopping: said I'd only done it on pilot kit. wrong - did it on the 40hl"
            " line for a year",
            "When we spoke about dry hopping, I said I had only done it on pilot kit; in fact I"
            " did it on the 40hl line for a year.",
        ),
    ],
)
def test_a_claim_denied_in_the_room_is_put_right_in_one_sentence(line: str, said: str) -> None:
    letter = _letter(line)
    assert said in letter
    for order in ("mention", "note to self", "!!", "not really true", "->"):
        assert order not in letter


def test_a_formal_letter_says_when_it_was_said() -> None:
    line = "told them no experience with canning - actually ran the canning line at Omnipollo"
    said = (
        "When we met, I said I had no experience with canning; in fact I ran the canning line"
        " at Omnipollo."
    )
    assert said in _letter(line, tone="formal")


@pytest.mark.parametrize(
    "line",
    [
        "said i'm not a member of the IBD - wrong, i am since march",  # no state said
        "said 3 yrs, actually 5",  # a figure: `followfix` says it
    ],
)
def test_a_correction_with_no_clear_fact_is_not_said_as_one(line: str) -> None:
    assert "; in fact" not in _letter(line)


def test_a_correction_whose_fact_is_a_note_is_never_half_said() -> None:
    # main said "I said I was not trained on the filler." alone: the wrong thing, uncorrected
    line = "I said I wasn't trained on the filler. Forgot that I did the Krones course, cert due"
    letter = _letter(line)
    assert "I said I was not trained on the filler" not in letter
    assert "filler" not in letter
