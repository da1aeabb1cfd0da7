"""An aside in any field read by what it holds (`asidekinds`): a place or employer, a year, a
count out of a whole said in its place; a note to self, a source, an "e.g." list set aside;
never pasted, and never the reason a line that reads whole without it is left out.

Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.followup import follow_up_line
from composer.offline.items import read_point
from composer.offline.offer import read_offer
from composer.offline.phrasebook import Variation

POINTS = [
    (  # a count out of a whole, and "running" (in a row) never made "4-month running"
        "top seller 4 months running (out of 30 reps)",
        "I was the top seller four months running, out of 30 representatives.",
    ),
    (
        "nine years in bakery production, four as shift supervisor on nights (Kellys Bakery "
        "Athlone)",
        "I have spent nine years in bakery production, four of them as shift supervisor on "
        "nights, at Kellys Bakery in Athlone.",
    ),
    ("DGNB Consultant (cert. 2023)", "I am a DGNB Consultant, certified in 2023."),
    (
        "two years as a cook (Protea Glen branch)",
        "I have spent two years as a cook at the Protea Glen branch.",
    ),
    (
        "won the Dunnes Stores cleaning contract - my pitch",
        "I won the Dunnes Stores cleaning contract.",
    ),
    (
        "3 yrs service advisor @ Toyota dealer Pinetown",
        "I have three years of experience as a service advisor at a Toyota dealership in Pinetown.",
    ),
]


@pytest.mark.parametrize(("typed", "expected"), POINTS)
def test_point_aside_said_in_its_place_or_set_aside(typed: str, expected: str) -> None:
    assert read_point(typed).sentence() == expected


# An aside that says the line is no longer or not yet so, or a code that is a name's part:
# never set aside to say the rest.
# Each beside a line of the same shape whose aside is set aside or said (so the test fails
# where no aside is read at all).
KEPT_OUT = [
    ("AWS cloud practitioner (lapsed)", "AWS cloud practitioner (cert. 2023)"),
    ("trained internal auditor (ISO 17025)", "internal auditor (cert. 2022)"),
    ("Refrigeration trade test (2019)", "forklift operator (cert. 2019)"),
]


@pytest.mark.parametrize(("typed", "near"), KEPT_OUT)
def test_point_aside_that_changes_the_claim_is_never_dropped(typed: str, near: str) -> None:
    assert read_point(typed).said is None
    assert read_point(near).said is not None


OFFERS = [
    ("help with the ortho lists - e.g. bonding, retainers, photos", "help with the ortho lists"),
    (
        "tighten the cycle counts - right now its once a quarter?? (asked Jen)",
        "tighten the cycle counts",
    ),
]


@pytest.mark.parametrize(("typed", "said"), OFFERS)
def test_contribution_said_without_its_aside(typed: str, said: str) -> None:
    offer = read_offer(typed)
    assert offer is not None
    assert offer.plain() == f"I would like to {said}."


def test_follow_up_said_without_its_note_in_brackets() -> None:
    typed = "forgot to say I'm doing the sedation course (starts Jan, tbc)"
    line = follow_up_line(typed, frozenset(), "warm", "email", Variation(""))
    assert line is not None  # the wording varies by reader; the fact is said whole, unbracketed
    assert line.endswith(" I am doing the sedation course.")
    assert "(" not in line and "tbc" not in line
