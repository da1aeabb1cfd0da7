"""A weak credential (a driving licence, a generic first-aid or induction card, a bare
membership) is never a letter's headline: it is said only to a reader whose topics touch it
(a driving role, fleet, deliveries), never given to fill a letter, and never in two letters of
a panel; a point with a figure or a result always outranks it (thin30; reader 10's h78: "I hold
a full UK licence." opened a prison officer's letter). Expectations written by hand, on jobs
that appear nowhere in the corpus, before running the code."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer import compose
from composer.models import Notes
from composer.offline.select import select
from composer.offline.weak import FIRST_AID, INDUCTION, LICENCE, MEMBERSHIP, touches, weak_kind


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("full UK licence", LICENCE),
        ("clean driving licence", LICENCE),
        ("C1 licence", LICENCE),
        ("class 1 licence", LICENCE),
        ("full clean licence, no points", LICENCE),
        ("first aid cert", FIRST_AID),
        ("first aid + mental health first aid", FIRST_AID),
        ("emergency first aid at work", FIRST_AID),
        ("site induction card", INDUCTION),
        ("CSCS card", INDUCTION),
        ("member of the RCN", MEMBERSHIP),
        ("IOSH member", MEMBERSHIP),
        # a credential of the trade, or more than the card: not weak
        ("PCV D licence + CPC", None),
        ("HGV class 1 licence", None),
        ("SMSTS + CSCS black card", None),
        ("licensed in WA", None),
        ("6 yrs kitchen porter, first aid cert", None),
        ("cut wastage 12% in 6 months", None),
        ("NEBOSH general certificate", None),
    ],
)
def test_weak_kind(item: str, kind: str | None) -> None:
    assert weak_kind(item) == kind


@pytest.mark.parametrize(
    ("item", "topic", "touched"),
    [
        ("full UK licence", "covering deliveries across Fife", True),
        ("full UK licence", "the pool car and fleet booking", True),
        ("full UK licence", "stock rotation in the cold room", False),
        ("first aid cert", "health and safety on the shop floor", True),
        ("first aid cert", "the spring menu launch", False),
        ("NEBOSH general certificate", "the spring menu launch", True),  # not weak: any topic
    ],
)
def test_touches(item: str, topic: str, touched: bool) -> None:
    assert touches(item, topic) is touched


def _florist(*, topics: tuple[list[str], list[str]]) -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Ilse Brandt", "email": "ilse.brandt@example.com"},
        "company": "Petal & Stem",
        "role": "Senior Florist",
        "interview": {"date": "2026-11-30", "format": "panel"},
        "interviewers": [
            {"name": "Rosa Mendez", "title": "Shop Owner", "salutation": "Rosa",
             "topics": topics[0]},
            {"name": "Owen Price", "title": "Operations Lead", "salutation": "Owen",
             "topics": topics[1]},
        ],
        "qualifications": ["full UK licence", "Level 3 Diploma in Floristry"],
        "highlights": ["grew wedding bookings 40% in two seasons"],
        "contribution": "more wedding and event work",
        "next_steps": "decision by Friday",
        "tone": "formal",
        "channel": "email",
    }  # fmt: skip
    return Notes.model_validate(data)


def test_a_licence_is_no_headline_when_no_topic_touches_it() -> None:
    notes = _florist(topics=(["the wedding season", "the new window displays"],
                             ["stock ordering from the Dutch auction"]))  # fmt: skip
    for index in range(2):
        chosen = select(notes, index)
        assert all(p.source != "full UK licence" for p in chosen.points)
        assert all(p.source != "full UK licence" for p in chosen.reserve)
    letters = compose(notes, today=dt.date(2026, 12, 1))
    assert not any("licence" in letter.text for letter in letters)
    # the result and the diploma are said instead
    assert any("40%" in letter.text for letter in letters)


def test_a_licence_goes_to_the_reader_whose_topic_is_deliveries_once() -> None:
    notes = _florist(topics=(["the wedding season"],
                             ["covering van deliveries on Saturdays"]))  # fmt: skip
    rosa, owen = select(notes, 0), select(notes, 1)
    assert all(p.source != "full UK licence" for p in rosa.points + rosa.reserve)
    assert any(p.source == "full UK licence" for p in owen.points)
    # the wedding result is Rosa's, and comes before any licence
    assert rosa.points[0].source == "grew wedding bookings 40% in two seasons"


def test_a_licence_for_a_driving_role_is_a_point_like_any_other() -> None:
    notes = _florist(topics=(["the wedding season"], ["stock ordering"]))
    notes = notes.model_copy(update={"role": "Delivery Driver"})
    said = [p.source for i in range(2) for p in select(notes, i).points]
    assert "full UK licence" in said
