"""Session 49: a singular count noun typed without its article gets one; mass and abstract uses
do not (`composer.offline.countnouns`, read by `bareheads` and `offerparts`).

Every expected sentence is written by hand. The lines are dev lines (reader 31's quotes and new
ones), none of the held-out set in tests/corpus/articles-heldout49.
"""

from __future__ import annotations

import pytest

from composer.offline.bareheads import said
from composer.offline.offerparts import objects_named

# (sentence before its articles, its section, the sentence a careful writer sends)
ARTICLED = [
    # a place after a preposition, with initials inside its name (reader 31, h229)
    (
        "I completed a six-month internship in dairy QC lab.",
        "point",
        "I completed a six-month internship in a dairy QC lab.",
    ),
    # a manner brought, listed bare after one brought with "a" (reader 31, h233)
    (
        "I would hope to bring a steady pair of hands through harvest and close eye on the lab"
        " numbers.",
        "contribution",
        "I would hope to bring a steady pair of hands through harvest and a close eye on the lab"
        " numbers.",
    ),
    # a doing named as one event by what it was done to, in a topic: known to both (h233)
    (
        "I was glad we had the chance to talk about blind tasting of three barrel samples.",
        "topic",
        "I was glad we had the chance to talk about the blind tasting of three barrel samples.",
    ),
    # one thing met once, after a past verb of the candidate's deed; a measure opens it
    (
        "I dismantled 12m gantry crane over two nights.",
        "point",
        "I dismantled a 12m gantry crane over two nights.",
    ),
    (
        "I installed new heat pump in 1920s villa.",
        "point",
        "I installed a new heat pump in a 1920s villa.",
    ),
    (
        "I made wooden bench for the school library.",
        "point",
        "I made a wooden bench for the school library.",
    ),
    (
        "I found serious leak behind the boiler.",
        "point",
        "I found a serious leak behind the boiler.",
    ),
    # a thing run is one of the workplace's: "the"; a thing made with a doing in its name: "a"
    (
        "I ran monthly payroll for 40 staff.",
        "point",
        "I ran the monthly payroll for 40 staff.",
    ),
    (
        "I led team of 12.",
        "point",
        "I led a team of 12.",
    ),
    (
        "I designed monitoring network of more than 40 wells.",
        "point",
        "I designed a monitoring network of more than 40 wells.",
    ),
    # a place of theirs after "at" in a topic (a one-word name after "at" stays as typed)
    (
        "It was good to talk about the repairs backlog at depot with you.",
        "topic",
        "It was good to talk about the repairs backlog at the depot with you.",
    ),
    # a part of the day after "during"
    (
        "I would cover reception during night and help at weekends.",
        "contribution",
        "I would cover reception during the night and help at weekends.",
    ),
    # a thing made with a verb and its particle
    (
        "I set up mobile clinic in rural village.",
        "point",
        "I set up a mobile clinic in a rural village.",
    ),
    # a group counted by the number after "of"
    (
        "I worked with group of 12 volunteers.",
        "point",
        "I worked with a group of 12 volunteers.",
    ),
    # a manner given in the offer: the candidate's own, new to the reader
    (
        "I would give calm presence on the floor.",
        "contribution",
        "I would give a calm presence on the floor.",
    ),
    # the idioms of a verb and one counted thing, typed bare or with "the" by habit
    (
        "I would lend hand on busy days and take look at the rota.",
        "contribution",
        "I would lend a hand on busy days and take a look at the rota.",
    ),
    (
        "I would keep the close eye on stock levels.",
        "contribution",
        "I would keep a close eye on stock levels.",
    ),
    (
        "I have kept close eye on it, and had look at the logs.",
        "point",
        "I have kept a close eye on it, and had a look at the logs.",
    ),
]

# Lines that must stay as typed: a practice, a stuff or a quality, a thing run or changed, a
# thing given that is no counted thing (these pass on main too: they guard the rows above).
AS_TYPED = [
    ("I bring solid risk assessment from day one.", "point"),
    ("I have experience in customer service.", "point"),
    ("I have strong attention to detail.", "point"),
    ("I provided excellent customer care.", "point"),
    ("I ran payroll for 40 staff.", "point"),
    ("I managed stock control.", "point"),
    ("I repaired leading edge on about 120 blades.", "point"),
    ("I enjoyed hearing about life at cartwheel.", "topic"),
    ("I improved patient flow on the ward.", "point"),
    ("I would offer strong support to new starters.", "contribution"),
    ("I would make the difference on nights.", "contribution"),
    ("I made changes to the rota.", "point"),
    ("I made senior partner in 2020.", "point"),
    ("I covered during night shifts.", "point"),
    ("I have spent seven years in community pharmacy.", "point"),
    ("I secured funding for conservation of three tapestries.", "point"),
]


@pytest.mark.parametrize(("text", "section", "expected"), ARTICLED)
def test_count_noun_gets_its_article(text: str, section: str, expected: str) -> None:
    assert said(text, section) == expected


@pytest.mark.parametrize(("text", "section"), AS_TYPED)
def test_mass_and_known_uses_stay_bare(text: str, section: str) -> None:
    assert said(text, section) == text


# An offer's thing made is new ("a"); a thing of theirs helped with stays "the".
OFFERED = [
    ("keep cleaning rota tidy", "keep the cleaning rota tidy"),
    (
        "sort out the wiring and write proper fault log",
        "sort out the wiring and write a proper fault log",
    ),
    ("build new rota", "build a new rota"),
]


@pytest.mark.parametrize(("text", "expected"), OFFERED)
def test_offer_thing_made_takes_a(text: str, expected: str) -> None:
    assert objects_named(text) == expected
