"""Shorthand shapes of a result or a qualification (session 31, reader 11's notes), each said
as the candidate would say it or left out. Expected sentences written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import fields, pointshapes
from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("typed", "reshaped"),
    [
        # a span of years in brackets after a deed
        ("grew the book fair from 40 to 95 stalls (2019-2023)",
         "grew the book fair from 40 to 95 stalls between 2019 and 2023"),
        # the end year typed with two digits is said in full, across a century too
        ("grew the fair to 95 stalls (2019-23)",
         "grew the fair to 95 stalls between 2019 and 2023"),
        ("grew the choir 12 -> 40 singers (1998-02)",
         "grew the choir 12 -> 40 singers between 1998 and 2002"),
        # a span stuck on the end of a record, with no word to join it
        ("no missed deliveries on my route three years",
         "no missed deliveries on my route in three years"),
        # a year stuck on the end of a deed
        ("taught 40 new drivers in reversing 2023", "taught 40 new drivers in reversing in 2023"),
        # a level typed short, given in capitals by the cleaning
        ("NVQ LVL 2 joinery", "NVQ Level 2 joinery"),
        # two words describing the noun after them as one
        ("zero lost time injuries", "zero lost-time injuries"),
        # an amount typed before the verb that moved it, and the target it beat
        ("$85k raised for the library last year vs $60k target",
         "raised $85k for the library last year against a $60k target"),
        # the stream money was raised in, named by one word
        ("raised £2m in legacy last year", "raised £2m in legacy income last year"),
        # "reg" after a thing's name is its registration
        ("moved course reg online", "moved course registration online"),
        # an award named bare is one won; a commendation is received
        ("regional award 2022 for apprentice training",
         "won a regional award in 2022 for apprentice training"),
        ("chief constable's commendation 2020 for a river rescue",
         "received a chief constable's commendation in 2020 for a river rescue"),
    ],
)  # fmt: skip
def test_a_result_typed_in_shorthand_is_put_in_a_sentence_order(typed: str, reshaped: str) -> None:
    assert pointshapes.reshape(typed) == reshaped


@pytest.mark.parametrize(
    "typed",
    [
        "ran the till (2019)",  # one year, no span
        "grew the fair to 95 stalls (2023-21)",  # a span that ends before it starts
        "grew the fair to 95 stalls (2019 - 23)",  # spaced: the grounding reads no "2023"
        "5 yrs retail (2018-23)",  # no deed: a span of a qualification
        "raised £2m in donations",  # a plural says its own stream
        "sold 40 homes in two years",  # a span already joined by "in"
        "HCPC reg since 2019",  # initials: registered, not a registration
        "the regional award 2022",  # a determiner: no bare award name
        "ran the pick at Mercy General 2023",  # after a name, the year may be the name's
        "appointed person certificate 2022",  # a certificate's year, not a deed's
    ],
)
def test_other_shapes_are_left_as_typed(typed: str) -> None:
    assert pointshapes.reshape(typed) == typed


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("6 yrs bookkeeping, last 2 at Harris Accounts",
         "I have six years of experience in bookkeeping, the last two at Harris Accounts."),
        ("9 yrs fundraising, last 4 leading team of 6 at Oak Trust",
         "I have nine years of experience in fundraising, the last four leading a team of six "
         "at Oak Trust."),
        ("set up wound care pathway w/ local district nurse team",
         "I set up a wound care pathway with the local district nurse team."),
        ("moved course reg online, halved payroll queries",
         "I moved course registration online and halved payroll queries."),
        ("started buddy scheme -> sickness down 15% at our depot",
         "I started a buddy scheme, which cut sickness at our depot by 15%."),
        ("£800k raised in corporate last yr vs £600k target",
         "I raised £800,000 in corporate income last year against a £600,000 target."),
        # a degree's subject and school typed with no comma between
        ("MSc nursing Leeds 2019", "I earned an MSc in nursing at Leeds in 2019."),
        ("MA HR management Kingston 2017", "I earned an MA in HR Management at Kingston in 2017."),
        # after a comma, a result the first deed brought about keeps "which"
        ("rebuilt the depot yard, came in 5% under budget",
         "I rebuilt the depot yard, which came in 5% under budget."),
    ],
)  # fmt: skip
def test_a_shorthand_point_is_said_whole(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


@pytest.mark.parametrize(
    "typed",
    [
        "FNP license + DEA, TN pending",  # a part not held yet, glued on after a comma
        "NP-C, AANP certified",  # letters after a name, no thing one holds
        "CCRN (adult), CMC pending",  # read as experience with initials, a part still pending
    ],
)
def test_a_list_with_a_part_not_held_or_a_title_is_left_out(typed: str) -> None:
    assert read_point(typed).sentence() is None


def test_a_field_the_tables_lack_is_known_by_its_shape() -> None:
    assert fields.made_word("fundraising")  # "fund" + "raising"
    assert fields.made_word("radiology")
    assert not fields.made_word("xqzzing")
    assert not fields.made_word("string")


def test_a_span_of_years_with_a_two_digit_end_reaches_the_letter() -> None:
    # the grounding rule reads "2022-25" as ending in 2025, so the sentence is not dropped
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Hannah Osei"},
            "company": "Riverside Hospice",
            "role": "Events Fundraiser",
            "interview": {"date": "2026-11-24"},
            "interviewers": [{"name": "Gill Thornton", "topics": ["events"]}],
            "highlights": ["grew the Harbour Swim 400 -> 1,100 swimmers (2021-24)"],
            "tone": "warm",
            "channel": "email",
        }
    )
    [letter] = compose(notes, today=dt.date(2026, 11, 25))
    assert "I grew the Harbour Swim from 400 to 1,100 swimmers between 2021 and 2024." in (
        letter.text
    )
