"""Session 34, the closing lines: a careful follow-up that says what was said in the room and then
what should have been ("I said X; I should have added that Y") gives what is added, never the
note to self (reader 13: h100, h102, h106); a place or name typed in lower case in a personal
line is a name ("at mass general", "the camino"), left out when its capitals are not sure; a
named event recommended takes "the". Expected sentences are written by hand; the invented lines
are other members of each class, for jobs the corpus never had."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from composer.offline.followup import follow_up_line
from composer.offline.heard import time_once
from composer.offline.phrasebook import Variation
from composer.offline.propernames import names
from composer.offline.rapport import rapport_line
from composer.offline.rapportplaces import placed

_DAYS = (dt.date(2026, 12, 1), dt.date(2026, 12, 2))  # interview Tuesday, letter Wednesday


class _First(Variation):
    def order(self, slot: str, options: Sequence[str]) -> list[str]:  # type: ignore[override]
        return list(options)


def _follow(line: str) -> str | None:
    return follow_up_line(line, frozenset(), "warm", "email", _First(""))


def _rapport(note: str) -> str | None:
    return rapport_line(note, ["Sam Taylor", "Sam"], variation=_First(""), days=_DAYS).text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # reader 13
        (
            "Mr. Fitzgerald asked how I would handle a disagreement with the CEO over whether to "
            "notify a breach. I said I would put my advice in writing; I should have added that "
            "the DPO reports directly to the board and that Article 38 protects that independence.",
            "To add to my answer on a disagreement with the CEO over whether to notify a breach: "
            "the DPO reports directly to the board, and Article 38 protects that independence.",
        ),
        (
            "She asked about my funeral work. I said I had done some; I should have said that I "
            "made the tributes for around 200 funerals at Bloom and worked closely with two local "
            "funeral directors.",
            "To add to my answer on my funeral work: I made the tributes for around 200 funerals "
            "at Bloom and worked closely with two local funeral directors.",
        ),
        # other members: a how, an about, a whether, a wish
        (
            "Ms Park asked how I would deal with a late shipment from the printer. I said I would "
            "call them; I should have added that I keep a second printer on standby.",
            "To add to my answer on a late shipment from the printer: I keep a second printer on "
            "standby.",
        ),
        (
            "He asked about my night shift experience. I said I had done a few; I should have "
            "mentioned that I worked nights for two years at St Mary's.",
            "To add to my answer on my night shift experience: I worked nights for two years at "
            "St Mary's.",
        ),
        (
            "She asked whether I had used Revit in practice. I said no, only AutoCAD; I would add "
            "that I finished the Revit Fundamentals course in March.",
            "To add to my answer on Revit in practice: I finished the Revit Fundamentals course "
            "in March.",
        ),
        (
            "She asked about the audit backlog. I said I would clear it; I wish I had said that I "
            "cleared a backlog of 300 files at Deloitte.",
            "To add to my answer on the audit backlog: I cleared a backlog of 300 files at "
            "Deloitte.",
        ),
    ],
)
def test_what_should_have_been_said_is_added_alone(line: str, expected: str) -> None:
    assert _follow(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # what was asked cannot be named as a thing: left out (and asked), never pasted
        "He asked why I left teaching. I said I wanted a change; I should have said that I "
        "missed working with adults.",
        "Dr. Lee asked what I would change in the first month. I said the rota; I should have "
        "added that I would meet every nurse first.",
    ],
)
def test_a_note_to_self_is_never_pasted(line: str) -> None:
    said = _follow(line)
    assert said is None or ("I said" not in said and "should have" not in said)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # reader 13
        (
            "we both did CPE at mass general (diff yrs)",
            "It was a nice surprise to find that we both did CPE at Mass General.",
        ),
        ("walking the camino in april!", "I hope you enjoy walking the Camino in April."),
        (
            "rec'd AWWA ACE conf - said i'd look into going in june",
            "Thank you for recommending the AWWA ACE conference; I will look into it.",
        ),
        # other members
        (
            "we both interned at kew gardens",
            "It was a nice surprise to find that we both interned at Kew Gardens.",
        ),
        ("hiking the kungsleden in june!", "I hope you enjoy hiking the Kungsleden in June."),
        (
            "recommended NACo conference",
            "Thank you for recommending the NACo conference; I will look into it.",
        ),
        # a name with a figure in it: its capitals are not sure, so left out
        ("running the parkrun10 sat", None),
    ],
)
def test_personal_names_typed_in_lower_case(note: str, expected: str | None) -> None:
    assert _rapport(note) == expected


@pytest.mark.parametrize(
    ("note", "line", "expected"),
    [
        ("at mass general", "we both did CPE at mass general.", "we both did CPE at Mass General."),
        ("at home", "we both worked at home.", "we both worked at home."),
        ("at least", "at least a year.", "at least a year."),
        ("at conferences", "we met at conferences.", "we met at conferences."),
        ("at the bank", "we both worked at the bank.", "we both worked at the bank."),
        ("the camino", "walking the camino.", "walking the Camino."),
        ("the city2surf", "running the city2surf.", None),  # a figure in it: not sure
        ("the varroa sheet", "the varroa sheet.", "the varroa sheet."),  # before a noun
        ("raced cyclocross", "we both raced cyclocross.", "we both raced cyclocross."),
    ],
)
def test_placed(note: str, line: str, expected: str | None) -> None:
    assert placed(note, line) == expected


def test_an_institution_after_an_article_is_named() -> None:
    assert names("the billingsgate seafood school course") == (
        "the Billingsgate Seafood School course"
    )
    assert names("at the local college") == "at the local college"


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # reader 13: the relative typed without "her", the event after a comma
        (
            "son plays HS football, state semifinal fri night",
            "Good luck with your son's state semifinal on Friday night.",
        ),
        # other members: the event after "has"; a time said twice keeps its date
        (
            "her daughter has a big swim meet on sat",
            "Good luck with your daughter's big swim meet on Saturday.",
        ),
        (
            "daughter dances ballet, recital in mid-dec before xmas",
            "Good luck with your daughter's recital in mid-December.",
        ),
        # a course is attended, not travelled to
        (
            "going to a leadership retreat in march",
            "I hope you have a wonderful time at the leadership retreat in March.",
        ),
    ],
)
def test_a_relatives_event_and_an_occasion(note: str, expected: str) -> None:
    assert _rapport(note) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "I couldn't recall the name of our case management system; it is Clio.",
            "To add one detail I could not recall in the interview: our case management system "
            "is Clio.",
        ),
        # a piece typed without its subject after a clause in another tense: left out
        ("forgot to mention i can drive the forklift, got my licence in 2022", None),
        (
            "I can train newer staff on the till and help with stock takes, did one at Boots",
            None,
        ),
    ],
)
def test_a_detail_recalled_later_and_a_loose_piece(line: str, expected: str | None) -> None:
    assert _follow(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("recital on December 19, the weekend before Christmas", "recital on December 19"),
        ("the wedding in mid-June, just before the summer hols", "the wedding in mid-June"),
        ("the party before Christmas", "the party before Christmas"),  # said once: kept
    ],
)
def test_time_once(text: str, expected: str) -> None:
    assert time_once(text) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # reader 13 (h102): the whole could not be said, so the letter lost its personal line
        (
            "Her daughter is getting married in Whitby next May and she is doing the flowers "
            "herself",
            "I hope your daughter's wedding in Whitby next May is a wonderful day.",
        ),
        # other members: a tail that would speak of the reader as "she" or "he"
        (
            "we both did our PGCE at Leeds but she was two years ahead",
            "It was a nice surprise to find that we both did our PGCE at Leeds.",
        ),
        (
            "we both grew up in Hull and he still supports Hull City",
            "It was a nice surprise to find that we both grew up in Hull.",
        ),
    ],
)
def test_a_note_of_two_clauses_is_said_by_its_first(note: str, expected: str) -> None:
    assert _rapport(note) == expected


@pytest.mark.parametrize(
    ("note", "name", "expected"),
    [
        (
            "tom off to lisbon w/ his wife in may",
            "Tom Reid",
            # the spouse is not read back (census16 f04 judged "with your wife" badly, s38)
            "I hope your trip to Lisbon in May goes well.",
        ),
        (
            "priya back from japan, loved kyoto",
            "Priya Shah",
            "I hope you enjoyed your trip to Japan.",
        ),
        # "off" starts a word of its own only: "offered" is no trip
        (
            "tom offered to send the slides",
            "Tom Reid",
            "Thank you for offering to send the slides.",
        ),
    ],
)
def test_the_readers_name_before_off_or_back(note: str, name: str, expected: str) -> None:
    said = rapport_line(note, [name, name.split()[0]], variation=_First(""), days=_DAYS).text
    assert said == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            'He recommended "Range" by David Epstein.',
            'Thank you for recommending "Range" by David Epstein; I look forward to reading it.',
        ),
        (
            "She recommended the podcast “Hard Fork”.",
            "Thank you for recommending the podcast “Hard Fork”; I look forward to listening to "
            "it.",
        ),
        # quotes around what was said are no title: left out as before
        ('she said "we are hiring"', None),
    ],
)
def test_a_title_in_double_quotes(note: str, expected: str | None) -> None:
    assert _rapport(note) == expected
