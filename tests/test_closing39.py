"""Session 39 (closings): a next step's time typed "~" (about) reaches the letter; the close
has one stock line at most beside the next step, the candidate's points said before a second.
Sentences and expectations by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

import pytest

from composer import compose, load_notes
from composer.offline import phrasebook
from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation

_DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))
T = TypeVar("T")


class _First(Variation):
    """The first wording of each section, so that a test reads one sentence."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


def _step(typed: str, month_first: bool | None = None) -> str:
    return next_steps_line(
        typed, frozenset(), "warm", "email", _First(""), days=_DAYS, month_first=month_first
    )


@pytest.mark.parametrize(
    "typed, month_first, said",
    [
        # reader 18, h146: the recruiter's date, the letter's most useful fact, was lost
        (
            "recruiter (dana) said feedback by end of next week ~dec 11",
            None,
            "I look forward to hearing from you around December 11",
        ),
        ("feedback ~ dec 11", None, "I look forward to hearing from you around December 11"),
        (
            "decision next wk, ~14 dec",
            False,
            "I look forward to hearing from you around 14 December",
        ),
        (
            "outcome by end of next week ~fri 11th",
            False,
            "I look forward to hearing from you around Friday 11 December",
        ),
    ],
)
def test_a_time_typed_about_a_date_is_said_around_it(
    typed: str, month_first: bool | None, said: str
) -> None:
    assert _step(typed, month_first) == said


# --- the close: one stock line at most beside the next step ---------------------------------

_READERS = Path(__file__).parent / "corpus" / "readers"


def _stock_lines(text: str, tone: str) -> list[str]:
    """The sentences of `text` that are a stock wording of the close (thanks again, the offer of
    more, interest), for the letter's tone, email."""
    stock = {
        wording
        for section in ("closing", "offer", "interest")
        for wording in phrasebook.wordings(section, tone, "email")
    }
    return [wording for wording in stock if wording in text]


@pytest.mark.parametrize("tone", ["warm", "concise", "formal"])
def test_h138_nkechi_says_the_candidates_points_not_three_stock_lines(tone: str) -> None:
    # reader 17: "Our talk made me keener to join the team. Many thanks again for your time. I
    # look forward to hearing from you early next week. I'm happy to send anything else that
    # would help."
    notes = load_notes(_READERS / "reader17" / "h138.json").model_copy(update={"tone": tone})
    letter = compose(notes, today=dt.date(2026, 12, 3))[2]
    assert "six years of experience in e-commerce" in letter.text
    assert "early next week" in letter.text
    assert len(_stock_lines(letter.text, tone)) <= 1, _stock_lines(letter.text, tone)
    assert not letter.report.errors


def test_a_next_step_with_its_time_leaves_no_room_for_a_second_stock_line() -> None:
    # reader 18 h146, Ben Oyelaran (warm): "Thanks again. I look forward to hearing what comes
    # next. I'm happy to send anything else that would help."; a next step that names its time
    # is the close's own sentence, and takes no room from the stock lines.
    notes = load_notes(_READERS / "reader18" / "h146.json")
    ben = compose(notes, today=dt.date(2026, 12, 3))[2]
    assert "around December 11" in ben.text
    assert len(_stock_lines(ben.text, "warm")) <= 1, _stock_lines(ben.text, "warm")


def test_a_short_letter_says_its_thanks_more_fully_rather_than_a_second_stock_line() -> None:
    # examples/linkedin_note.json as a concise email: "Thank you again for the conversation. I'm
    # looking forward to a second round in early December. Just let me know if there is anything
    # else you need from me."; a longer thanks keeps it long enough with one stock line.
    notes = load_notes(Path(__file__).parent.parent / "examples" / "linkedin_note.json")
    notes = notes.model_copy(update={"tone": "concise", "channel": "email"})
    letter = compose(notes)[0]
    assert "a second round in early December" in letter.text
    assert len(_stock_lines(letter.text, "concise")) == 1, _stock_lines(letter.text, "concise")
    assert not letter.report.errors


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_two_letters_of_a_panel_never_both_borrow_the_point_the_third_says(tone: str) -> None:
    # examples/panel_three.json: Kjetil's and Chinedu's letters each took "five years designing
    # clinical software" (Amelie's) in place of stock lines, so all three said it.
    notes = load_notes(Path(__file__).parent.parent / "examples" / "panel_three.json")
    letters = compose(notes.model_copy(update={"tone": tone}))
    assert sum("five years designing clinical software" in x.text for x in letters) <= 2
    assert not any(letter.report.errors for letter in letters)
