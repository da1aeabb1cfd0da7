"""Reader 41's faults (session 53), as classes, on writer 40's files (now dev material): an order
to oneself run on after the point with no mark ("... every night now dont sound desperate tho")
is never said; a date typed in figures that only one reading makes is said when the country is
unknown ("by wed 16/12"); "call me until 14 December" is "by"; a step hoped for that is a meeting
with a person is "meeting the CEO", never "a meet CEO"; a contribution typed as "someone who has
done X, so Y" is the candidate as that person. Expected sentences written by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer.offline.asidekinds import town_placed
from composer.offline.notejoins import loose_join
from composer.offline.offer import read_offer
from composer.offline.prefixes import joined
from composer.offline.secondphrases import mended_phrases
from composer.offline.selftalk import note_dropped
from composer.offline.stepdates import numeric_dates
from tests.fakes import letters_day_after

WRITER40 = Path(__file__).parent / "corpus" / "readers" / "reader40"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        # reader 41's h268: "To add to one of my answers, I am practising shading on fake skin
        # every night now do not sound desperate though."
        ("im practising shading on fake skin every night now dont sound desperate tho",
         "im practising shading on fake skin every night now"),
        ("i can start in march dont sound pushy", "i can start in march"),
        ("i can start in march, dont oversell", "i can start in march"),
        # a fact that ends on "not too ...": as typed
        ("the commute is not too long", "the commute is not too long"),
    ],
)  # fmt: skip
def test_an_order_to_oneself_run_on_after_the_point_is_dropped(typed: str, kept: str) -> None:
    assert note_dropped(typed) == kept


def test_an_order_to_oneself_left_in_a_sentence_is_stopped() -> None:
    assert loose_join("I am practising shading every night now do not sound desperate though.")
    assert not loose_join("I did not sound the alarm.")


def test_reader_41s_tattoo_letter_leaks_no_note_to_self() -> None:
    letter = letters_day_after(WRITER40 / "h268.json")[0]
    assert "desperate" not in letter


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 41's h269: "hearing from HR by Wednesday" in a letter sent on Wednesday 9th
        ("HR to call by wed 16/12", "HR to call by Wednesday 16 December"),
        ("HR to call by 16/12", "HR to call by Wednesday 16 December"),
        # both readings make a date within four months: as typed
        ("HR to call by 3/1", "HR to call by 3/1"),
        # the weekday says another day: as typed
        ("HR to call by thurs 11/12", "HR to call by thurs 11/12"),
    ],
)
def test_a_date_in_figures_only_one_reading_makes_is_said(typed: str, said: str) -> None:
    assert numeric_dates(typed, dt.date(2026, 12, 8), None) == said


def test_call_me_until_a_day_is_by_it() -> None:
    # reader 41's h270: "Florian will call me until 14 December" was left out
    assert mended_phrases("Florian will call me until 14 December") == (
        "Florian will call me by 14 December"
    )
    assert mended_phrases("we stayed until 14 December") == "we stayed until 14 December"


def test_a_meeting_hoped_for_is_a_meeting() -> None:
    # reader 41's h272: "I would welcome the opportunity of a meet CEO in January."
    letters = letters_day_after(WRITER40 / "h272.json")
    assert all("a meet CEO" not in letter for letter in letters)
    assert "meeting the CEO in January" in letters[0]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 41's h273: "I would happily bring Someone who has worked as an interpreter ..."
        ("Someone who has worked as an interpreter on the ground, so the roster is fair to the"
         " interpreters and reliable for Deaf clients.",
         "As someone who has worked as an interpreter on the ground, I would make sure that the"
         " roster is fair to the interpreters and reliable for Deaf clients."),
        ("someone who has done the job on the ground",
         "I would join the team as someone who has done the job on the ground."),
    ],
)  # fmt: skip
def test_a_contribution_typed_as_someone_who_is_the_candidate(typed: str, said: str) -> None:
    offer = read_offer(typed)
    assert offer is not None
    assert offer.plain() == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 41's h272: "the last five as automation manager at Arla Foods (Vejle)"
        ("last 5 as automation manager @ Arla Foods (Vejle)",
         "last 5 as automation manager @ Arla Foods in Vejle"),
        ("at Siemens (Munich)", "at Siemens in Munich"),
        # a word English knows in the bracket is no town: as typed
        ("at Deloitte (Audit)", "at Deloitte (Audit)"),
    ],
)  # fmt: skip
def test_a_town_in_brackets_after_an_employer_is_said_as_its_place(typed: str, said: str) -> None:
    assert town_placed(typed) == said


def test_a_trade_word_of_the_company_s_name_keeps_no_capital_in_the_role() -> None:
    # reader 41's h268: "the apprentice Tattoo artist role at Black Sand Tattoo Co"
    letter = letters_day_after(WRITER40 / "h268.json")[0]
    assert "the apprentice tattoo artist role at Black Sand Tattoo Co" in letter


def test_a_deed_done_by_hand_is_one_word() -> None:
    # the dump after the wordings changed: "For this role, I would draw on my work so far: the
    # hand reared a siamang infant." (bridges-heldout41 b5)
    assert joined("hand reared a siamang infant") == "hand-reared a siamang infant"
    assert joined("my hand was injured") == "my hand was injured"
