"""The whole letter, session 35 (reader 14's final, faults 2 and 3): a word that is part of a
maker's or a body's name ties no point to a topic that uses it as an ordinary word ("Bosch
eBike Systems certified" was recalled to the reader who discussed the booking system, beside
"Hearing your thinking on the booking system was a highlight for me."), and a letter short
because its notes are thin stays short: no stock thanks again ("Thanks again.") fills it. The
members of each class below are made up; the expected sentences are written by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

from composer import compose
from composer.models import Notes
from composer.offline import phrasebook
from composer.offline.select import select
from composer.offline.themes import same_thing, tie_strength
from composer.offline.usable import stems


def _tie(point: str, topic: str) -> int:
    return tie_strength(point, topic, stems(point), stems(topic))


def test_a_dictionary_word_inside_a_name_ties_no_ordinary_word() -> None:
    # "Systems", "Institute", "Depot" name a maker, a body or a shop, not the thing in the topic
    assert _tie("Bosch eBike Systems certified", "booking system - moving off the paper diary") == 0
    assert not same_thing("syste", "Hilti Anchor Systems trained", "booking systems on site")
    assert same_thing("syste", "Hilti Anchor Systems trained", "anchor systems on site")
    assert _tie("Pragmatic Institute certified", "institute partnerships next year") == 0
    assert _tie("3 yrs as lead at Velo Depot Bath", "depot move next yr") == 0
    assert _tie("Miele Professional Laundry approved", "laundry rota for the care home") == 0


def test_a_name_still_ties_through_its_own_word_or_the_same_compound() -> None:
    # the maker named in the topic, typed in lower case; the same compound in both
    assert _tie("Bosch eBike Systems certified", "e-bike repairs growing, bosch + shimano") > 0
    assert _tie("Led the Opera Cloud migration at a 180-key hotel", "cloud migration in Q2") > 0
    # a name that is no dictionary word ties as before
    assert _tie("Certified Kubernetes Administrator", "kubernetes cluster upgrades") > 0
    # a word after a small word ("of") starts no name run: a plain shared subject
    assert _tie("member of the Royal Society of Chemistry", "chemistry outreach in schools") > 0


def test_a_word_that_says_when_ties_nothing() -> None:
    # "last 2" and "last year" say when, not what (held-out 35: a seafarer's years at sea were
    # tied to the superintendent's "audit findings last year")
    assert _tie("8 yrs on the tools, last 3 as foreman", "snagging findings last year") == 0
    assert _tie("ran the previous owner's books", "previous audit issues") == 0
    assert _tie("cut snagging findings by half", "snagging findings last year") > 0


def _notes(**changes: Any) -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Ines Varga", "email": "ines.varga@example.com"},
        "company": "Harbour Lane Kitchens",
        "role": "Kitchen Fitter",
        "interview": {"date": "2026-12-01", "format": "onsite"},
        "interviewers": [
            {
                "name": "Pete Rowan",
                "title": "Install Manager",
                "salutation": "Pete",
                "topics": ["worktop templating", "Blum hinges and runners"],
            },
            {
                "name": "Dee Carter",
                "title": "Showroom Manager",
                "salutation": "Dee",
                "topics": ["booking system for surveys", "customer handovers"],
            },
        ],
        "qualifications": ["Blum Installation Systems trained", "NVQ L2 site carpentry"],
        "highlights": ["fitted 120+ kitchens w/ zero callbacks on worktops"],
        "tone": "warm",
        "channel": "email",
    }
    data.update(changes)
    return Notes.model_validate(data)


def test_a_makers_training_goes_to_the_reader_who_named_the_maker() -> None:
    pete, dee = compose(_notes(), today=dt.date(2026, 12, 2))
    assert "Blum Installation Systems" in pete.text
    assert "Blum Installation Systems" not in dee.text


_STOCK = frozenset(
    w
    for section in ("closing", "offer", "interest")
    for tone in ("warm", "formal", "concise")
    for w in phrasebook.wordings(section, tone, "email")
)


def test_a_letter_short_from_thin_notes_takes_no_stock_thanks_again() -> None:
    thin = _notes(
        interviewers=[
            {
                "name": "Pete Rowan",
                "title": "Install Manager",
                "salutation": "Pete",
                "topics": ["worktop templating", "Blum hinges and runners"],
            }
        ],
        qualifications=["NVQ L2 site carpentry", "Blum Installation Systems trained"],
        highlights=["fitted 120+ kitchens"],
    )
    for tone in ("warm", "formal", "concise"):
        (letter,) = compose(thin.model_copy(update={"tone": tone}), today=dt.date(2026, 12, 2))
        said = [s for s in _STOCK if s in letter.text]
        assert said == [], (tone, said)
        assert not letter.report.errors, letter.report.errors
        assert "site carpentry" in letter.text


def test_a_point_clearly_about_a_colleagues_topic_stays_theirs() -> None:
    # held-out 35 (s30): the HR partner's letter took the ISM findings closed, which answer the
    # superintendent's ISM audit; a reader with no tie takes a point about nobody's topics
    # first, even one said weakly (initials), before a colleague's clear one
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Marta Kowalczyk", "email": "marta@example.com"},
            "company": "Ridgeway Precision",
            "role": "Quality Engineer",
            "interview": {"date": "2026-12-01", "format": "panel"},
            "interviewers": [
                {
                    "name": "Neil Foster",
                    "title": "Quality Manager",
                    "topics": ["ISO 9001 audit findings", "FAI backlog on the new line"],
                },
                {"name": "Priya Shah", "title": "Production Manager", "topics": ["night cover"]},
                {"name": "Tom Hale", "title": "HR Advisor", "topics": ["relocation from Derby"]},
            ],
            "qualifications": ["ASQ CQI", "9 yrs in aerospace machining, last 3 in quality"],
            "highlights": [
                "closed 11 ISO 9001 findings before the surveillance audit",
                "cleared an FAI backlog of 60 parts in 6 wks",
            ],
            "tone": "warm",
            "channel": "email",
        }
    )
    picks = [{p.source for p in select(notes, i).points} for i in range(3)]
    assert picks[0] == {
        "closed 11 ISO 9001 findings before the surveillance audit",
        "cleared an FAI backlog of 60 parts in 6 wks",
    }
    assert picks[1] | picks[2] == {"ASQ CQI", "9 yrs in aerospace machining, last 3 in quality"}
