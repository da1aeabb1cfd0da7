"""A backend's own report of its draft (`Draft.checked`) stands in for the rules only where the
rules would say the same: never for the coordinator's letter, nor when proofreading. Each test
pins what a surviving mutant of composer/attempts.py changed: a letter reported ready that
is not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from composer.backends.base import BackendBase, Draft, DraftRequest
from composer.compose import compose
from composer.notes_file import load_notes
from composer.rules.report import Report

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 25)
CLEAN = (ROOT / "tests" / "corpus" / "good" / "warm_email_dana.txt").read_text(encoding="utf-8")


@dataclass
class SaysClean(BackendBase):
    """Drafts `text` and hands over its own report of it: nothing wrong."""

    text: str
    deterministic: bool = True
    name: str = "says-clean"

    def draft(self, request: DraftRequest) -> Draft:
        return Draft(text=self.text, checked=Report(to=request.interviewer.name, words=1))


def test_a_panellists_letter_sent_as_the_coordinators_is_not_ready() -> None:
    notes = load_notes(ROOT / "examples" / "big_panel_coordinator.json")
    to_siobhan = compose(notes, today=TODAY)[0]
    assert to_siobhan.to == "Siobhán Ní Bhriain" and to_siobhan.ok
    [letter] = compose(
        notes, backend=SaysClean(to_siobhan.text), coordinator_only=True, today=TODAY
    )
    assert letter.coordinator and letter.to == "Rachel Adeyemi-Brooks"
    assert not letter.ok  # greeted and written as to Siobhán, not thanking the panel


def test_a_typo_is_found_when_proofreading_whatever_the_backend_says() -> None:
    pytest.importorskip("harper")
    notes = load_notes(ROOT / "examples" / "warm_email.json")
    typo = CLEAN.replace("I enjoyed our conversation", "I enjoyed our convresation")
    [letter] = compose(notes, backend=SaysClean(typo), proofread=True, max_attempts=1)
    assert [(v.rule, v.quote) for v in letter.report.warnings] == [("proofread", "convresation")]
