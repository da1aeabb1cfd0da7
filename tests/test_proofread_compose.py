"""`compose(..., proofread=True)`: a draft with proofreading findings is re-asked with them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from composer.backends.base import Draft, DraftRequest
from composer.compose import compose
from composer.models import Notes
from composer.prompting import Prompts
from tests.conftest import ROOT

pytest.importorskip("harper")

CLEAN = (ROOT / "tests" / "corpus" / "good" / "warm_email_dana.txt").read_text(encoding="utf-8")
# The day after the examples' interviews: the letters' send-by and days are then the same on any
# machine, whatever its clock says.
TODAY = dt.date(2026, 11, 25)
TYPO = CLEAN.replace("I enjoyed our conversation", "I enjoyed our convresation")


@dataclass
class Scripted:
    """A backend that returns the given drafts in turn and keeps every request."""

    drafts: list[str]
    name: str = "scripted"
    requests: list[DraftRequest] = field(default_factory=list)
    deterministic: bool = False

    def use_prompts(self, prompts: Prompts) -> None:
        """Scripted drafts need no prompts."""

    def draft(self, request: DraftRequest) -> Draft:
        self.requests.append(request)
        return Draft(text=self.drafts[min(len(self.requests), len(self.drafts)) - 1], calls=1)


def test_a_draft_with_a_typo_is_reasked_with_the_finding(warm_notes: Notes) -> None:
    backend = Scripted([TYPO, CLEAN])
    [letter] = compose(warm_notes, backend=backend, proofread=True, today=TODAY)

    assert letter.attempts == 2 and letter.text == CLEAN.strip()
    assert letter.report.violations == ()
    second = backend.requests[1]
    assert second.previous == TYPO.strip()
    assert [(v.rule, v.quote) for v in second.violations] == [("proofread", "convresation")]
    assert second.violations[0].fix == 'Replace "convresation" with "conversation".'


def test_without_proofreading_a_typo_is_not_checked(warm_notes: Notes) -> None:
    backend = Scripted([TYPO, CLEAN])
    [letter] = compose(warm_notes, backend=backend, today=TODAY)
    assert letter.attempts == 1 and letter.ok and letter.report.violations == ()


def test_the_draft_with_fewest_findings_is_kept_when_typos_remain(warm_notes: Notes) -> None:
    two_typos = TYPO.replace("delicate", "delicat")
    backend = Scripted([two_typos, TYPO, two_typos])
    [letter] = compose(warm_notes, backend=backend, proofread=True, max_attempts=3, today=TODAY)
    assert letter.attempts == 3 and letter.text == TYPO.strip() and letter.ok
    assert [v.quote for v in letter.report.warnings] == ["convresation"]


def test_offline_letters_with_proofreading_are_written_at_the_first_attempt(
    panel_notes: Notes,
) -> None:
    letters = compose(panel_notes, proofread=True, today=TODAY)
    assert [letter.attempts for letter in letters] == [1, 1, 1]
    assert all(not letter.report.warnings for letter in letters)
