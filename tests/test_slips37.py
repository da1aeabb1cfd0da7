"""A slip owned up to in the room is never given as the answer: the correction typed after it is
said, or the follow-up is left out (expected sentences written by hand)."""

from __future__ import annotations

import pytest

from composer.offline.followup import follow_up_line
from composer.offline.phrasebook import Variation
from composer.offline.slips import corrected


def _said(value: str) -> str | None:
    return follow_up_line(value, frozenset(), "warm", "email", Variation("slips"))


def test_the_correction_after_a_slip_is_the_answer() -> None:
    line = _said(
        "re the useEffect cleanup q - i mixed up the order; cleanup runs before the next "
        "effect, not after"
    )
    assert line is not None
    assert line.endswith(
        "the useEffect cleanup question: the cleanup runs before the next effect, not after."
    )
    assert "mixed up" not in line


@pytest.mark.parametrize(
    "line, value",
    [
        (
            "To add to my answer on a near miss: I went blank.",
            "asked about a near miss - went blank",
        ),
        (
            "On the VAT question: I got the threshold wrong.",
            "vat q - i got the threshold wrong, should check it",
        ),
        ("On the hiring question: I waffled.", "hiring q - i waffled; shld have said 2 hires"),
    ],
)
def test_a_slip_with_no_correction_is_left_out(line: str, value: str) -> None:
    assert corrected(line, value) is None


@pytest.mark.parametrize(
    "line, value",
    [
        ("To add to my answer on X: I led the team.", "asked about X - led the team"),
        ("You asked about notice: it is two weeks.", "asked about notice - 2 wks"),
    ],
)
def test_an_answer_that_confesses_nothing_is_kept(line: str, value: str) -> None:
    assert corrected(line, value) == line


def test_a_correction_is_checked_like_any_sentence() -> None:
    value = "re the SQL q - i muddled joins; a left join keeps every row of the first table"
    assert corrected("On the SQL question: I muddled joins.", value) == (
        "On the SQL question: a left join keeps every row of the first table."
    )
    unclear = "re the SQL q - i muddled joins; inner join only keeps rows in both"
    assert corrected("On the SQL question: I muddled joins.", unclear) is None


def test_a_hedge_owned_up_to_gives_way_to_the_real_answer() -> None:
    # reader 17's worst line: "One thing I would add on headless: I hedged."
    value = "luis asked about headless - i hedged. real answer: we should stay on theme for launch"
    line = _said(value)
    assert line is not None
    assert line.endswith("we should stay on theme for launch.")
    assert "hedged" not in line and "real answer" not in line
    # an answer typed with no subject of its own cannot be said whole: left out, never "I hedged"
    bare = "luis asked about headless - i hedged. real answer: stay on theme, revisit after peak"
    assert _said(bare) is None
