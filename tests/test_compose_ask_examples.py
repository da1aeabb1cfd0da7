"""The example compose shows for a follow-up is a clarification of an answer, and one the
writer takes as typed: a candidate who types an answer of its shape gets it in the letter, after
the question they were asked when the notes name one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer.cli.askwords import example
from composer.compose import compose
from composer.notes_file import load_notes
from composer.offline import OfflineBackend
from composer.offline.leftout import LeftOut, marked, rewritten

READER14 = Path(__file__).parent / "corpus" / "readers" / "reader14"
EXAMPLE = "I would also tell the client the same day and agree a new date."


def test_the_follow_up_example_adds_to_an_answer() -> None:
    shown = example(LeftOut("follow_up", "sue asked about deadlines - said I push on", "", ""))
    assert shown == f'For example: "{EXAMPLE}"'
    assert "notice" not in shown  # not a start date: nothing to do with an answer


# "raj asked what i'd do in first 30 days - ..." (the answer replaces what follows the question),
# "aoife asked abt a time i refused to sign a CRS - ...", and a follow-up naming no question
@pytest.mark.parametrize("name", ["h114", "h108", "h107", "h111"])
def test_an_answer_shaped_like_the_example_is_said_in_the_letter(name: str) -> None:
    notes = load_notes(READER14 / f"{name}.json")
    now = rewritten(notes, LeftOut("follow_up", notes.follow_up or "", "", ""), EXAMPLE)
    letters = compose(now, backend=OfflineBackend(marked(now)), today=dt.date(2026, 12, 2))
    assert any(EXAMPLE in " ".join(letter.text.split()) for letter in letters)
    assert not [n for letter in letters for n in letter.notices if "follow_up" in n]
