"""Personal notes typed whole or short (composer/offline/rapportnotes.py), and the held-out set
30b (tests/corpus/lines/rapport_heldout30b.json, four trades the corpus never had, targets
written by hand before any fix). Expected sentences below are written by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.offline.rapport import rapport_line
from composer.offline.rapportnotes import (
    both_from,
    lower_case_name,
    typed_line,
    with_subject,
    year_in,
)
from tests.conftest import load_benchmark
from tests.fakes import FirstChoice

CLOSING = load_benchmark("lines_closing")
HELDOUT = load_benchmark("rapport_heldout")
ROWS: list[dict[str, Any]] = HELDOUT.rows(HELDOUT.TABLE.with_name("rapport_heldout30b.json"))


def _said(note: str) -> str | None:
    days = (dt.date(2026, 11, 30), dt.date(2026, 12, 2))
    return rapport_line(note, ["Ann Lee", "Ann"], variation=FirstChoice(""), days=days).text


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        (
            "Good luck with the ice fishing this weekend",
            "Good luck with the ice fishing this weekend.",
        ),
        ("hope the kiln firing goes well!", "I hope the kiln firing goes well."),
        (
            "Thanks for the tip on kiln shelves, I've ordered two",
            "Thank you for the tip on kiln shelves; I have ordered two.",
        ),
        ("congrats on the new studio", "Congratulations on the new studio."),
        ("Enjoy the Lake District over xmas", "Enjoy the Lake District over Christmas."),
    ],
)
def test_a_note_typed_as_the_letters_sentence_is_used_as_typed(note: str, sentence: str) -> None:
    line, why = typed_line(note)
    assert line is not None and why == ""  # taken as typed ...
    assert _said(note) == sentence  # ... and said whole (a comma splice of thanks mended)


@pytest.mark.parametrize(
    "note",
    [
        "I hope she enjoys the trip",  # about them, not to them
        "Thanks for the tip?",
    ],
)
def test_a_typed_sentence_about_them_or_with_chat_is_left_out(note: str) -> None:
    text, why = typed_line(note)
    assert text is None and why
    assert _said(note) is None


# Session 48: the chat typed with a wish ("lol", "!!") is the candidate's, set aside before the
# note is read (`rapporttails.hurried`): the wish is said without it, never pasted with it.
@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        ("Good luck with the regatta lol", "Good luck with the regatta."),
        ("Enjoy the show!!", "Enjoy the show."),
    ],
)
def test_a_typed_wish_with_chat_is_said_without_it(note: str, sentence: str) -> None:
    assert _said(note) == sentence


def test_a_note_not_typed_as_a_wish_is_read_by_its_kind() -> None:
    assert typed_line("she's off to Oslo next week") == ("", "")
    assert typed_line("enjoys sailing") == ("", "")  # no "enjoy " opener


def test_a_note_with_no_subject_is_read_with_them_as_subject() -> None:
    assert (
        with_subject("just adopted a lurcher called Moss")
        == "she just adopted a lurcher called Moss"
    )
    assert with_subject("she adopted a lurcher") is None
    assert with_subject("kids are off school") is None  # a noun, not a verb of theirs
    assert _said("just adopted a lurcher called Moss") == "I hope Moss is settling in well."


def test_where_both_come_from() -> None:
    assert both_from("from Porto like me") == "we are both from Porto"
    assert both_from("she grew up in Hull too") == "we both grew up in Hull"
    assert both_from("from Porto") is None  # nothing shared
    assert _said("he's from Porto like me") == (
        "It was a nice surprise to find that we are both from Porto."
    )


def test_a_shared_deeds_bare_year_takes_in() -> None:
    assert year_in("we both did the Outward Bound course 2004") == (
        "we both did the Outward Bound course in 2004"
    )
    assert year_in("we both started in 2004") == "we both started in 2004"
    assert year_in("we both joined the class of 2004") == "we both joined the class of 2004"
    assert _said("we both swam the Bosphorus cross 2019") == (
        "It was a nice surprise to find that we both swam the Bosphorus cross in 2019."
    )


@pytest.mark.parametrize(
    "note",
    [
        "she's off to the north wales sea kayak festival sat",  # compass, then a name's end
        "showing at the scottish ceramics fair",  # a demonym typed lower case
        "he's sailing in the cornish pilot gig regatta",
    ],
)
def test_a_lower_case_name_with_unsure_capitals_is_left_out(note: str) -> None:
    assert lower_case_name(note)
    assert _said(note) is None


@pytest.mark.parametrize(
    "note",
    [
        "going to the craft fair in Ludlow sat",  # a plain noun before the name's end
        "she's off to the Scottish Ceramics Fair",  # typed with capitals
        "the north wind was fierce",  # compass, but no name's end
        "she's off to the severn valley rly winter gala sat",  # a place's sure name, then what
    ],
)
def test_a_lower_case_run_that_is_no_unsure_name_is_kept(note: str) -> None:
    assert not lower_case_name(note)


def _param(row: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=row["known"], strict=True)] if row.get("known") else []
    return pytest.param(row, id=row["line"][:40], marks=marks)


def test_the_set_has_twenty_four_lines_of_four_trades() -> None:
    assert len(ROWS) >= 24
    assert len({row["trade"] for row in ROWS}) == 4


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_a_held_out_30b_line_is_said_as_judged_good_or_left_out(row: dict[str, Any]) -> None:
    said = CLOSING.said(row)
    assert CLOSING.verdict(row, said) != "BROKEN", said
