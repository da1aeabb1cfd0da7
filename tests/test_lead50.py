"""Faults left from session 49's reading (reader 33's notes h235-h242), each read as a class: a
licence named by its class letter ("Class A licence" is no verb "to class"), a licence category
typed apart inside a longer name ("HGV C + E licence"), a person noun before "in" ("specialist in
wound care" is one specialist), a long field word the tables lack read as a product's name
("in Musculoskeletal outpatients"), and the idioms of "by" and a bare noun kept in a topic of the
reader's ("screens every referral by phone", not "by the phone"). Expected sentences written by
hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer import compose
from composer.models import Notes
from composer.offline.items import read_point

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Class A licence", "I hold a Class A licence"),
        ("class B licence", "I hold a Class B licence"),
        ("Category C licence", "I hold a Category C licence"),
        ("HGV C + E licence", "I hold an HGV C+E licence"),
        ("HGV C and E licence, 14 yrs", "I have held an HGV C+E licence for 14 years"),
        ("specialist in wound care", "I am a specialist in wound care"),
        (
            "Fourteen years as a chartered physiotherapist, the last six as a clinical specialist"
            " in musculoskeletal outpatients.",
            "I have spent fourteen years as a chartered physiotherapist, the last six as a"
            " clinical specialist in musculoskeletal outpatients",
        ),
        ("worked in haematological oncology", "I worked in haematological oncology"),
        # as before: a plain verb before "a", a quality before "in", a tool's name after "in"
        ("lead a team of 5", "I can lead a team of five"),
        ("calm under pressure", "I am calm under pressure"),
        ("built dashboards in tableau", "I built dashboards in Tableau"),
        ("six years with kryoflux and bitcurator", "I have six years with Kryoflux and Bitcurator"),
    ],
)
def test_a_qualification_is_said_as_one_thing_held(typed: str, expected: str) -> None:
    said = read_point(typed).said
    assert said is not None, typed
    assert said.text() == expected


def _letter(topic: str) -> str:
    data = {
        "candidate": {"name": "Niamh Cullen", "email": "niamh@example.ie"},
        "company": "Harbour Physio",
        "role": "Clinic Lead",
        "interview": {"date": "2026-12-03", "format": "onsite"},
        "interviewers": [{"name": "Tom Reyes", "title": "Director", "topics": [topic]}],
        "qualifications": ["MSc in physiotherapy"],
        "tone": "warm",
    }
    return " ".join(compose(Notes.model_validate(data), today=TODAY)[0].text.split())


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        (
            "He asked how I would shorten the waiting list. I explained the triage clinic I set"
            " up, where a senior physiotherapist screens every referral by phone within five days.",
            "screens every referral by phone within five days",
        ),
        (
            "She asked how I keep families informed. I said I call each family by phone after"
            " every review.",
            "by phone after every review",
        ),
    ],
)
def test_by_and_a_bare_noun_keep_no_article_in_a_topic(topic: str, expected: str) -> None:
    letter = _letter(topic)
    assert expected in letter
    assert "by the phone" not in letter
