"""A record line no reading could say whole, said by its head (session 55, `headread`).

Each expected sentence is written by hand: what the candidate would send for the line, or None
where the head alone would not be true or would not read (the line stays left out and asked for).
"""

from __future__ import annotations

import pytest

from composer.offline import credshape, headread
from composer.offline.items import read_point
from composer.offline.topicanswers import answer_of

SAID = [
    # the detail after a dash, a comma or a bracket set aside
    ("3 yrs @ EYE - splicing/repair/inspection", "I have spent three years at EYE."),
    ("Chartered Engineer, Institution of Chemical Engineers", "I am a Chartered Engineer."),
    ("Hemodialysis Technician cert, Mohawk College (Dec 2026)",
     "I hold a Hemodialysis Technician certificate from Mohawk College."),
    ("Eighteen years in water distribution, the last seven as Senior Manager: Water Demand "
     "Management at a metropolitan municipality.",
     "I have spent eighteen years in water distribution."),
    ("NVQ 2 sports turf + LANTRA strimmer", "I hold an NVQ Level 2 in sports turf."),
    ("wrote 4 manuals (2 languages)", "I wrote four manuals."),
    # a nought in the tail is the deed's own result, said with it
    ("handled ~220 nitrate cans, 0 incidents",
     "I handled about 220 nitrate cans with no incidents."),
    ("ran live OB from Mombasa Carnival (~22k crowd, zero dead air)",
     "I ran live OB from Mombasa Carnival with no dead air."),
]  # fmt: skip

LEFT = [
    # a tail that changes the claim: not held now, not yet, not only, no longer
    "forklift licence (let it lapse in 2023)",
    "QQI Level 5 in Healthcare Support (finish in June 2026)",
    "ServSafe certified, exp 2027",
    "9 months in retail, then admin",
    "RD, 6 yrs clinical, mostly renal",
    "led the team thru the merger - didn't go well",
    # a deed whose tail says what came of it: the deed alone is not the point
    "led 4 audits, last one zero findings",
    "wrote the plan for the trial - approved by FDA",
    "title sequence for the ARD doc series Grenzland, 6 eps, all on time",
    "set up the viability database for my thesis (Excel -> R), ~2,000 records cleaned",
    # a superlative in the tail is the point
    "tow master for 3 rig moves, biggest 30k t",
    # a head that would read wrong: a paper the note never named, initials bare, a thing with
    # no article, a thing cut at its arrow
    "fire warden, first aider",
    "RN BSN, Ohio State 2018",
    "found cracked bracket on eng pylon during A-check -> fleet wide insp issued",
    "built a Kafka -> Snowflake pipeline, 40M events/day",
    "Cert CII, 3 yrs personal lines",
]


@pytest.mark.parametrize(("typed", "said"), SAID, ids=[s[0][:40] for s in SAID])
def test_a_line_left_out_whole_is_said_by_its_head(typed: str, said: str) -> None:
    read = read_point(typed)
    assert read.source == typed
    assert read.sentence() == said


@pytest.mark.parametrize("typed", LEFT)
def test_a_head_that_would_not_be_true_or_would_not_read_stays_left_out(typed: str) -> None:
    assert read_point(typed).said is None


def test_an_offer_is_never_cut_to_its_head() -> None:
    # "I would bring calm and safe lifting, good radio discipline with Banksmen": a wish cut
    typed = "calm / safe lifting, good radio discipline w/ banksmen, happy to do nights"
    assert read_point(typed, offer=True).said is None


def test_the_heads_are_the_parts_before_a_separator_outside_brackets_longest_first() -> None:
    assert headread.heads(
        "9 yrs ride maint @ Cypress Gardens area parks, last 3 as night lead"
    ) == ["9 yrs ride maint @ Cypress Gardens area parks"]
    assert headread.heads("5 years QC (creams, shampoo) - Casablanca, Rabat") == [
        "5 years QC (creams, shampoo) - Casablanca",
        "5 years QC (creams, shampoo)",
        "5 years QC",
    ]
    assert headread.heads("AWS D1.1 certified, renewal due") == []  # the tail changes it


def test_a_line_not_built_like_a_credential_is_still_not_read_by_its_shape() -> None:
    # (moved from test_credshape: the line is said by its head now, never by the shape reader)
    assert credshape.read("NVQ 2 sports turf + LANTRA strimmer", lambda part: None) is None


def test_an_answer_no_reading_says_whole_is_said_by_its_head() -> None:
    # reader 47's h293: the careful answer's last part, "with a hotline and weekly figures per
    # zone", kept the whole answer out of the letter
    question = (
        "how I would keep municipalities on board when pressure management reduces supply"
        " hours in some areas"
    )
    typed = (
        "the schedule must be agreed with the councillors before it is published, with a hotline"
        " and weekly figures per zone"
    )
    assert answer_of(question, typed) == (
        "I said that the schedule must be agreed with the councillors before it is published"
    )


def test_a_list_of_names_is_never_cut_to_its_first_items() -> None:
    # reader 73's h400: "I am proficient in GTFS and Python." dropped SQL and ArcGIS Pro
    assert headread.heads("Proficient in GTFS, Python, SQL and ArcGIS Pro") == []
    # a tail of plain words is no list of names: the answer's head is still read
    assert headread.heads("agreed before it is published, with a hotline and weekly figures") == [
        "agreed before it is published"
    ]


def test_two_items_joined_by_a_semicolon_are_never_one_head() -> None:
    # reader 75's h404: "I hold a BVSc from the University of Pretoria; MSc Veterinary
    # Epidemiology." (a fragment after the semicolon)
    typed = (
        "BVSc, University of Pretoria; MSc Veterinary Epidemiology, Royal Veterinary College,"
        " London"
    )
    assert headread.heads(typed) == ["BVSc, University of Pretoria"]
    assert read_point(typed).sentence() == "I hold a BVSc from the University of Pretoria."
