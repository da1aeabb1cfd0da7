"""Personal notes reader 14 saw lost (session 35), read as classes: a shared background typed in
two parts, each with its own "too" or "same as me"; "ep" for a podcast's episode; a trip whose
purpose holds a word the letter's last gate stops, wished well without it. The expected
sentences are written by hand; most notes are made up as other candidates would type them."""

from __future__ import annotations

from typing import Any

import pytest

from composer.offline.flagged import stopped as flagged_stopped
from composer.offline.rapportboth import shared_deed, shared_parts
from composer.offline.rapportgate import stopped
from composer.offline.recommended import chapter
from tests.conftest import load_benchmark

CLOSING = load_benchmark("lines_closing")
HELDOUT = load_benchmark("rapport_heldout")


def _said(line: str) -> str | None:
    row: dict[str, Any] = {"field": "rapport", "line": line, "reader": "Sam Taylor"}
    row |= {"met": "2026-12-01", "sent": "2026-12-02"}
    text: str | None = CLOSING.said(row)
    return text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "she's from Tulsa too - went to TCC same as me",
            "It was a nice surprise to find that we are both from Tulsa and both went to TCC.",
        ),
        (
            "from Derry too - we both did the PGCE at Ulster",
            "It was a nice surprise to find that we are both from Derry and both did the PGCE at "
            "Ulster.",
        ),
        (
            "grew up in Hull like me - both went to Hull Uni",
            "It was a nice surprise to find that we both grew up in Hull and both went to Hull "
            "University.",
        ),
        (
            "she's from Kerala like me; studied at IIT Madras too",
            "It was a nice surprise to find that we are both from Kerala and both studied at IIT "
            "Madras.",
        ),
        ("went to TCC same as me", "It was a nice surprise to find that we both went to TCC."),
    ],
)
def test_a_shared_background_in_two_parts_is_one_we_both_line(line: str, expected: str) -> None:
    assert _said(line) == expected


def test_a_part_that_is_not_shared_leaves_the_note_to_the_other_readers() -> None:
    assert shared_parts("worked at Deloitte like me - different office") is None
    assert shared_parts("we both did our apprenticeship at Shannon - she was 2 yrs ahead") is None
    assert shared_parts("we both went to TCC") is None  # said as typed elsewhere
    assert shared_deed("was at UCL too") is None  # what both were: no sure tense
    assert shared_deed("runs marathons like me") is None  # not a past deed
    assert shared_deed("met her husband there like me") is None  # a person of theirs
    assert shared_deed("also did PhD at reading like me") is None  # the town, or the word?
    assert shared_deed("he used to teach in Cardiff same as me") is None  # "we both taught"
    assert shared_deed("went to TCC same as me") == "we both went to TCC"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "rec'd Lenny's Podcast ep on pricing",
            "Thank you for recommending the Lenny's Podcast episode on pricing; I look forward to "
            "listening to it.",
        ),
        (
            "she recommended the Acquired podcast ep on Costco",
            "Thank you for recommending the Acquired podcast episode on Costco; I look forward "
            "to listening to it.",
        ),
    ],
)
def test_ep_is_an_episode_and_a_named_show_takes_the(line: str, expected: str) -> None:
    assert _said(line) == expected


def test_ep_is_read_only_as_a_word_of_its_own() -> None:
    assert chapter("Hard Fork ep about AI") == "the Hard Fork episode about AI"
    assert chapter("99% Invisible ep 12") == "99% Invisible episode 12"
    assert chapter("the Epic training guide") == "the Epic training guide"
    assert chapter("the Rep Theatre's new season") == "the Rep Theatre's new season"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "he's flying to Toulouse next wk for the A321XLR diff course",
            "I hope your trip to Toulouse next week goes well.",
        ),
        (
            "off to japan in feb to see keirin racing",
            "I hope your trip to Japan in February goes well.",
        ),
        ("she's off to Raja Ampat for the padi thing", "I hope your trip to Raja Ampat goes well."),
        # a purpose the gate lets pass stays in the wish
        (
            "heading to Lisbon next wk for Web Summit",
            "I hope your trip to Lisbon next week for Web Summit goes well.",
        ),
    ],
)
def test_a_trip_is_wished_well_without_a_purpose_the_gate_stops(line: str, expected: str) -> None:
    said = _said(line)
    assert said == expected
    assert not flagged_stopped(said)


@pytest.mark.parametrize(
    "text",
    [
        "I hope your trip to Toulouse next week for the A321XLR diff course goes well.",
        "I hope your trip to Japan in February to see keirin racing goes well.",
        "I hope your trip to Japan in February goes well.",
        "Thank you for recommending Lenny's Podcast ep on pricing.",
    ],
)
def test_the_rapport_gate_is_the_letters_last_gate(text: str) -> None:
    assert stopped(text) == bool(flagged_stopped(text))


def test_reader_14s_lost_notes_are_said_and_pass_the_last_gate() -> None:
    rows = [r for r in CLOSING.rows() if r.get("group") == "reader14" and r["field"] == "rapport"]
    lost = [
        "he's flying to Toulouse next wk for the A321XLR diff course",
        "off to japan in feb to see keirin racing",
        "rec'd Lenny's Podcast ep on pricing",
        "she's from Tulsa too - went to TCC same as me",
    ]
    for line in lost:
        (row,) = [r for r in rows if r["line"] == line]
        said = CLOSING.said(row)
        assert CLOSING.verdict(row, said) in ("exact", "well"), said
        assert not flagged_stopped(said)


def test_held_out_35_has_thirty_lines_of_four_jobs() -> None:
    rows = HELDOUT.rows(HELDOUT.TABLE.parent / "rapport_heldout35.json")
    assert len(rows) >= 25
    assert len({row["trade"] for row in rows}) == 4


HELDOUT_35 = HELDOUT.rows(HELDOUT.TABLE.parent / "rapport_heldout35.json")


def _held_out(row: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=row["known"], strict=True)] if row.get("known") else []
    return pytest.param(row, id=row["line"][:40], marks=marks)


@pytest.mark.parametrize("row", [_held_out(r) for r in HELDOUT_35])
def test_a_held_out_35_line_is_said_as_judged_good_or_left_out(row: dict[str, Any]) -> None:
    said = CLOSING.said(row)
    said = None if said and flagged_stopped(said) else said  # as the letter's last gate does
    assert CLOSING.verdict(row, said) != "BROKEN", said


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "from Cork too, like me - both went to UCC",
            "It was a nice surprise to find that we are both from Cork and both went to UCC.",
        ),
        (
            "grew up in Hull, like me - went to Hull Uni too",
            "It was a nice surprise to find that we both grew up in Hull and both went to Hull "
            "University.",
        ),
        ("off to Vienna in the new yr", "I hope your trip to Vienna in the New Year goes well."),
        (
            "recommended Deep Work by Cal Newport - ordering it",
            "Thank you for recommending Deep Work by Cal Newport; I am ordering it now.",
        ),
    ],
)
def test_what_the_held_out_set_showed_is_read_by_class(line: str, expected: str) -> None:
    assert _said(line) == expected
