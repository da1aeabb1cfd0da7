"""Session 42's lead fixes from reader 22's letters (tests/corpus/readers/reader22): the
expected wordings are written by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from composer.compose import compose
from composer.notes_file import load_notes

READER22 = Path(__file__).parent / "corpus" / "readers" / "reader22"


def test_a_question_put_to_the_candidate_is_no_subject_their_contribution_answers() -> None:
    # h174: "As for how I would manage contractor permits-to-work for hot works after office
    # hours, my aim would be to help with reliable coordination of contractors ...": the
    # contribution does not answer that question, so it is said plainly
    notes = load_notes(READER22 / "h174.json")
    [letter] = compose(notes, today=dt.date(2026, 12, 3))
    assert "As for how I would" not in letter.text, letter.text
    assert "reliable coordination of contractors" in letter.text, letter.text
