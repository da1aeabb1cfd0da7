"""Personal notes' words as typed (composer/offline/rapportwords.py): reader 11's personal notes
and the held-out set 31 (tests/corpus/lines/rapport_heldout31.json, four trades the corpus never
had, targets written by hand before any fix). Expected sentences below are written by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.offline.pronouns import second_person
from composer.offline.rapport import rapport_line
from composer.offline.rapportwords import (
    day_said_last,
    for_the,
    pastime,
    pet_named,
    relative_luck,
    relative_season,
    sure_names,
    verb_first,
    where_i,
)
from tests.conftest import load_benchmark
from tests.fakes import FirstChoice

CLOSING = load_benchmark("lines_closing")
HELDOUT = load_benchmark("rapport_heldout")
ROWS: list[dict[str, Any]] = HELDOUT.rows(HELDOUT.TABLE.with_name("rapport_heldout31.json"))
# Tuesday 1 December, the letter sent on Wednesday 2 December
DAYS = (dt.date(2026, 12, 1), dt.date(2026, 12, 2))


def _said(note: str, tone: str = "warm") -> str | None:
    names = ["Ann Lee", "Ann"]
    return rapport_line(note, names, variation=FirstChoice(""), days=DAYS, tone=tone).text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("Recommended the book X by Y", "recommended the book X by Y"),
        ("Grew up in Kalgoorlie", "grew up in Kalgoorlie"),
        ("Walking the Camino", "walking the Camino"),
        ("Reading FC fan", "Reading FC fan"),  # a name, not a verb
        ("We both studied at UCC", "We both studied at UCC"),
    ],
)
def test_a_verb_typed_first_with_a_capital_is_said_in_lower_case(note: str, said: str) -> None:
    assert verb_first(note) == said


def test_a_pets_name_typed_in_lower_case_is_a_name() -> None:
    assert (
        pet_named("just got a rescue lurcher called pip") == "just got a rescue lurcher called Pip"
    )
    assert pet_named("she called back") == "she called back"
    # when the pet came, last in the note, is the note-taker's
    assert pet_named("got a rescue collie called meg last wk") == "got a rescue collie called Meg"
    assert pet_named("a collie called meg last wk, loves it") == (
        "a collie called Meg last wk, loves it"
    )
    assert _said("just got a new cob called biscuit") == "I hope Biscuit is settling in well."


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("we both ran london marathon 2023", "we both ran the London Marathon 2023"),
        ("doing the santa dash sat", "doing the Santa Dash sat"),
        (
            "going ice fishing at lac ste anne this wknd",
            "going ice fishing at Lac Ste Anne this wknd",
        ),
        ("the boxing day ride", "the Boxing Day ride"),
        ("the new years eve party", "the New Year's Eve party"),
        # not sure: a common word before the name's end, or a lake with "the"
        ("running the houston half in jan", "running the houston half in jan"),
        ("swimming in the lake this weekend", "swimming in the lake this weekend"),
        ("the south downs way", "the south downs way"),
    ],
)
def test_names_whose_capitals_are_sure_are_given_them(note: str, said: str) -> None:
    assert sure_names(note) == said


def test_a_weekday_with_its_date_is_said_last_and_checked() -> None:
    note = "doing the santa dash sat 5th for the air ambulance"
    assert day_said_last(note, DAYS) == "doing the santa dash for the air ambulance on Saturday"
    assert day_said_last("the dip fri 25th", DAYS) == "the dip on the 25th"  # weeks ahead
    assert day_said_last("the dip fri 5th", DAYS) is None  # the 5th is a Saturday
    assert day_said_last("the dash sat 5th", None) == "the dash on Saturday"
    assert day_said_last("the dash on sat", DAYS) == "the dash on sat"


def test_the_lines_of_their_own_shape_are_read() -> None:
    assert for_the("recommended X for our parent groups") == "recommended X for the parent groups"
    assert relative_season("her son plays soccer at UNC - i played club at wake lol") == {
        "whose": "your son's",
        "where": "at UNC",
    }
    assert relative_season("her kids play at the park") is None
    assert where_i("grew up in Kalgoorlie, where I did my first field season") == {
        "theirs": "grew up in Kalgoorlie",
        "mine": "did my first field season",
    }
    assert where_i("lives in Hull, where I grew up") == {
        "theirs": "live in Hull",
        "mine": "grew up",
    }
    assert pastime("you are going ice fishing at Lac Ste Anne this weekend") == (
        "ice fishing at Lac Ste Anne this weekend"
    )
    assert pastime("off skiing in Val d'Isere over Christmas") == (
        "skiing in Val d'Isere over Christmas"
    )
    assert pastime("you are going to Rome") is None
    assert pastime("you are going skiing in les arcs over New Year") is None  # capitals unsure


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "Recommended the book Escaping the Build Trap by Melissa Perri",
            "Thank you for recommending the book Escaping the Build Trap by Melissa Perri; "
            "I look forward to reading it.",
        ),
        (
            "doing the santa dash sat 5th for the air ambulance",
            "Good luck with the Santa Dash on Saturday, and with your fundraising for the air"
            " ambulance.",
        ),
        ("just got a rescue lurcher called pip", "I hope Pip is settling in well."),
        (
            "her son plays soccer at UNC - i played club at wake lol",
            "I hope your son's season at UNC goes well.",
        ),
        (
            "we both ran london marathon 2023",
            "It was a nice surprise to find that we both ran the London Marathon in 2023.",
        ),
        (
            "recommended Fundraising Everywhere podcast",
            "Thank you for recommending the Fundraising Everywhere podcast; I look forward to "
            "listening to it.",
        ),
        (
            "Grew up in Kalgoorlie, where I did my first field season",
            "It was good to find that you grew up in Kalgoorlie, where I did my first field "
            "season.",
        ),
        (
            "Recommended Tamar Chansky's book Freeing Your Child from Anxiety for our parent "
            "groups",
            "Thank you for recommending Tamar Chansky's book Freeing Your Child from Anxiety for "
            "the parent groups; I look forward to reading it.",
        ),
        (
            "going ice fishing at lac ste anne this wknd",
            "I hope you enjoy ice fishing at Lac Ste Anne this weekend.",
        ),
        ("going skiing in les arcs over new year", None),  # "les arcs": capitals not sure
        ("doing the santa dash fri 5th", None),  # the 5th is a Saturday: the day is not sure
    ],
)
def test_reader_elevens_personal_notes_are_used(note: str, said: str | None) -> None:
    assert _said(note) == said


def test_the_new_kinds_have_formal_wordings() -> None:
    formal = rapport_line(
        "Grew up in Kalgoorlie, where I did my first field season",
        ["Ann Lee", "Ann"],
        variation=FirstChoice(""),
        tone="formal",
    ).text
    assert formal == (
        "It was good to learn that you grew up in Kalgoorlie, where I did my first field season."
    )
    season = rapport_line(
        "her son plays soccer at UNC", ["Ann Lee"], variation=FirstChoice(""), tone="formal"
    ).text
    assert season == "I hope your son's season at UNC goes very well."


def _param(row: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=row["known"], strict=True)] if row.get("known") else []
    return pytest.param(row, id=row["line"][:40], marks=marks)


def test_the_held_out_set_has_sixteen_lines_of_four_trades() -> None:
    assert len(ROWS) >= 16
    assert len({row["trade"] for row in ROWS}) == 4


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_a_held_out_line_is_said_as_judged_good_or_left_out(row: dict[str, Any]) -> None:
    said = CLOSING.said(row)
    assert CLOSING.verdict(row, said) != "BROKEN", said


def test_a_relatives_event_ahead_gets_a_wish_of_luck() -> None:
    said = relative_luck("your son is sailing in the Round Ireland race next summer")
    assert said == {"rel": "son", "rest": "in the Round Ireland race next summer"}
    assert relative_luck("your son is sailing in the bay") is None  # no event named
    assert _said("her son is sailing in the Round Ireland race next summer") == (
        "Good luck to your son in the Round Ireland race next summer."
    )


def test_a_first_person_word_in_a_title_is_part_of_the_title() -> None:
    assert _said("she recommended the book Tell Me by Aidan Chambers") == (
        "Thank you for recommending the book Tell Me by Aidan Chambers; I look forward to "
        "reading it."
    )
    assert second_person("she recommended it to me") is None  # "me" is the candidate
