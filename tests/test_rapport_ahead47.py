"""A personal note of what is ahead of them is wished by their part in it, with its time, and a
birth, a baby due or a loss is said with care (session 47, reader 27: "heading out on the RV
Solander ... on Monday" and "daughter competing at the nat. young farmer champs in Feb" were left
out as news to repeat back; "running the Standard Chartered marathon for the hospice (sun)" lost
its day and was about the event, not her run; reader 26: "coaches his kid's hockey team,
tournament in Regina this wknd" got no wish). Lines made up or the readers'; each expectation
written by hand. Interview on Thursday 3 December 2026, the letter sent on Friday 4 December.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

import pytest

from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line

T = TypeVar("T")
DAYS = (dt.date(2026, 12, 3), dt.date(2026, 12, 4))


class _First(Variation):
    """The first wording of every section, so each expectation is one sentence."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


def _said(note: str, tone: str = "warm") -> str | None:
    first = _First("")
    return rapport_line(note, ["Ruth Okafor", "Ruth"], tone=tone, days=DAYS, variation=first).text


@pytest.mark.parametrize(
    ("note", "tone", "said"),
    [
        # a time in brackets is the note's time; a cause is their fundraising, after the event
        (
            "she's running the Standard Chartered marathon for the hospice (sun)",
            "formal",
            "I wish you every success in the Standard Chartered Marathon on Sunday, and with your"
            " fundraising for the hospice.",
        ),
        (
            "he's doing the Three Peaks challenge for the air ambulance this weekend",
            "warm",
            "Good luck with the Three Peaks challenge this weekend, and with your fundraising for"
            " the air ambulance.",
        ),
        # a journey: safe travels on the day, and the trip it is for
        (
            "he is heading out on the RV Solander for a three-week survey trip on Monday",
            "warm",
            "Safe travels on Monday, and I hope your three-week survey trip on the RV Solander"
            " goes well.",
        ),
        # a relative doing it: how they do there
        (
            "daughter competing at the nat. young farmer champs in Feb",
            "formal",
            "I hope your daughter does very well at the national young farmer championships in"
            " February.",
        ),
        # a team they coach and its event after a comma
        (
            "coaches his kid's hockey team, tournament in Regina this wknd",
            "warm",
            "Good luck to your child's hockey team at the tournament in Regina this weekend.",
        ),
        # a doing whose object is no event keeps its verb
        (
            "swimming the Rottnest channel in feb",
            "warm",
            "Good luck swimming the Rottnest channel in February.",
        ),
        (
            "skippering in the Sydney Hobart this year",
            "warm",
            "Good luck skippering in the Sydney Hobart this year.",
        ),
        (
            "she has her driving test on tuesday",
            "warm",
            "Good luck with your driving test on Tuesday.",
        ),
        # news said with care
        ("twins born in sept", "warm", "Congratulations on the arrival of your twins."),
        ("wife expecting in march", "warm", "All the very best for the baby's arrival in March."),
        ("lost his dad last month", "warm", "I was very sorry to hear about your father."),
        (
            "her mum died in october",
            "formal",
            "I was very sorry to hear of the loss of your mother.",
        ),
    ],
)
def test_a_note_of_what_is_ahead_is_wished_with_its_time(note: str, tone: str, said: str) -> None:
    assert _said(note, tone) == said
