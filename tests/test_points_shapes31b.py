"""Shorthand shapes of a result or a qualification (session 31, second wave: what the first
held-out set and reader 11 still broke), each said as the candidate would say it or left out.
Expected sentences written by hand; none of these lines is a held-out line."""

from __future__ import annotations

import pytest

from composer.offline import credentials, cvarticles
from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a deed joined by a doing word after a comma: no "with" before it
        ("Led the group's response to an outbreak in 2024, working with the health agency",
         "I led the group's response to an outbreak in 2024, working with the health agency."),
        ("ran the night shift, covering 3 wards", "I ran the night shift, covering three wards."),
        # a plain result after a comma still takes "with"
        ("led the migration, zero downtime", "I led the migration, with zero downtime."),
        # a tool after a move of a figure is how it moved: no comma
        ("cut check-in time from 12 to 4 mins, new kiosk app",
         "I cut the check-in time from 12 to 4 minutes with a new kiosk app."),
        # an outcome after the move keeps its comma
        ("cut waits from 40 to 15 mins, clean audit",
         "I cut waits from 40 to 15 minutes, with a clean audit."),
        # one thing of a kind after "to" or "for", typed with no article
        ("moved bookings to app", "I moved bookings to an app."),
        ("ran sound for 30-date EU tour", "I ran sound for a 30-date EU tour."),
        # a compound whose head is a doing word takes no "the"
        ("cut falls on the ward w/ grip sock training",
         "I cut falls on the ward with grip sock training."),
        # the time a task took is one amount
        ("halved time on rotas", "I halved the time on rotas."),
        # a hospital unit's "docs" are its doctors
        ("built sepsis pathway w/ ICU docs", "I built a sepsis pathway with the ICU doctors."),
        # where most of the years were spent, when they are places work is done in
        ("10 yrs sound engineering, mostly arenas + stadiums",
         "I have 10 years of sound engineering experience, mostly in arenas and stadiums."),
        ("6 yrs external audit, mostly charities",
         "I have six years of experience in external audit, mostly with charities."),
        # a course typed short as one part of a list
        ("first aid cert + lvl 2 award food hygiene",
         "I hold a first aid certificate and a Level 2 award in food hygiene."),
        # a degree whose subject is two initials every reader knows is still said
        ("BSc OT Northumbria 2019", "I earned a BSc in OT at Northumbria in 2019."),
    ],
)  # fmt: skip
def test_a_shorthand_shape_is_said_as_a_person_would(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


@pytest.mark.parametrize(
    "typed",
    [
        "BA QRS, Leeds College 2018",  # a subject named by initials no table spells out
        "BSc PQR, Open University",
    ],
)
def test_a_degree_subject_of_unknown_initials_is_left_out(typed: str) -> None:
    assert read_point(typed).said is None


@pytest.mark.parametrize(
    ("listed", "held"),
    [
        ("agents representative certificate", "an agent's representative certificate"),
        ("drivers taxi licence", "a driver's taxi licence"),
        ("students union card", "a students union card"),  # the union's card: left as typed
    ],
)
def test_a_paper_named_after_whom_it_is_for_takes_the_possessive(listed: str, held: str) -> None:
    assert credentials.held(listed) == held


@pytest.mark.parametrize(
    "typed",
    [
        "sent docs to the ER",  # no unit's initials before "docs": documents, maybe
        "moved the team to shift work",  # a kind of work, not one thing
        "went back to school",  # a set phrase
    ],
)
def test_other_shapes_keep_their_words(typed: str) -> None:
    assert cvarticles.articles(typed) == typed


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a membership and a paper typed as one list: a verb each
        ("RICS member + CSCS card", "I am a RICS member and hold a CSCS card."),
        ("CSCS card + site manager", "I hold a CSCS card and am a site manager."),
        # a trade named by one plural noun, with a tail: "experience in"
        ("6 yrs bridges, last 2 at Arup",
         "I have six years of experience in bridges, the last two at Arup."),
        ("10 yrs climbing, last 4 as crew lead",
         "I have 10 years of climbing experience, the last four as crew lead."),
        # a name before nouns that end in a plural: many things, no "the"
        ("trained staff on Columbia screener tools", "I trained staff on Columbia screener tools."),
        ("trained staff on Columbia screener", "I trained staff on the Columbia screener."),
    ],
)  # fmt: skip
def test_what_the_second_held_out_set_showed_is_said_whole(typed: str, said: str) -> None:
    # made after held-out 31b's untouched figure was taken (its own lines are never pinned)
    assert read_point(typed).sentence() == said


@pytest.mark.parametrize(
    "typed",
    [
        "CPT, NSCA 2019",  # initials, then a body's initials and a year: whose year, unsure
        "CSCS, SMSTS 2021",
    ],
)
def test_initials_then_initials_with_a_year_are_left_out(typed: str) -> None:
    assert read_point(typed).said is None


def test_initials_with_a_year_alone_are_still_said() -> None:
    assert read_point("QTS 2019").sentence() == "I have held QTS since 2019."
