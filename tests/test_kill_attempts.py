"""A backend's own report of its draft (`Draft.checked`) stands in for the rules only where the
rules would say the same: never for the coordinator's letter, nor when proofreading. Then what
else of one letter's drafting reaches the user: the day it goes out, the backend's own findings,
and a letter asked again keeping its first draft when that is better. Each test pins what a
surviving mutant of composer/attempts.py changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from composer.attempts import Letter, Run, letter_for
from composer.backends.base import BackendBase, Draft, DraftRequest
from composer.compose import compose
from composer.notes_file import load_notes
from composer.rules.report import Report, Violation

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
    # stripped: text that compose cleans is checked again whatever the backend says
    typo = CLEAN.replace("I enjoyed our conversation", "I enjoyed our convresation")
    [letter] = compose(notes, backend=SaysClean(typo.strip()), proofread=True, max_attempts=1)
    assert [(v.rule, v.quote) for v in letter.report.warnings] == [("proofread", "convresation")]


@dataclass
class Scripted(BackendBase):
    """Drafts `text` (with `findings` of its own) and keeps every request."""

    text: str
    findings: tuple[Violation, ...] = ()
    explained: tuple[str, ...] = ()
    name: str = "scripted"
    requests: list[DraftRequest] = field(default_factory=list)

    def draft(self, request: DraftRequest) -> Draft:
        self.requests.append(request)
        return Draft(text=self.text, findings=self.findings, explained=self.explained)


def test_a_letter_sent_days_later_names_the_interviews_weekday() -> None:
    notes = load_notes(ROOT / "examples" / "warm_email.json")  # interview Tuesday 24 November
    [late] = compose(notes, today=dt.date(2026, 11, 30))
    assert "Thank you for Tuesday's video call" in late.text
    assert "yesterday" not in late.text


def test_what_the_backend_found_in_its_own_draft_makes_the_letter_not_ready() -> None:
    notes = load_notes(ROOT / "examples" / "warm_email.json")
    removed = Violation("secret", "error", "an API key was removed from the draft")
    [letter] = compose(notes, backend=Scripted(CLEAN, (removed,)), max_attempts=1)
    assert not letter.ok and removed in letter.report.errors


def test_a_warning_the_backends_notice_explains_is_not_said_twice() -> None:
    notes = load_notes(ROOT / "examples" / "warm_email.json")
    no_trip = CLEAN.replace("I hope your trip to Lisbon next week goes smoothly. ", "")
    [plain] = compose(notes, backend=Scripted(no_trip), max_attempts=1)
    assert [v.rule for v in plain.report.warnings] == ["personal-touch"]
    explained = Scripted(no_trip, explained=("personal-touch",))
    [letter] = compose(notes, backend=explained, max_attempts=1)
    assert letter.ok and letter.report.violations == ()


def _resumed(proofread: bool, report: Report, draft: str) -> tuple[Letter, Scripted]:
    """`CLEAN` written once with `report`, then asked again (as a panel asks a letter that
    repeats another) where the backend now drafts `draft`."""
    notes = load_notes(ROOT / "examples" / "warm_email.json")
    person = notes.interviewers[0]
    backend = Scripted(draft)
    run = Run(notes, backend, 2, proofread, None, None, TODAY)
    first = Letter(
        to=person.name,
        interviewer=person,
        subject=None,
        body=CLEAN,
        text=CLEAN.strip(),
        send_by=TODAY,
        attempts=1,
        report=report,
    )
    return letter_for(run, person, "Letter 1 of 1", [], first), backend


def test_a_letter_asked_again_keeps_its_first_draft_when_the_second_is_worse() -> None:
    repeated = Violation("unique", "error", "repeats the letter to someone else")
    letter, _ = _resumed(False, Report(to="Dana Whitfield", words=1, violations=(repeated,)), "Hi.")
    assert letter.attempts == 2 and letter.text == CLEAN.strip()
    assert letter.report.errors == (repeated,)


def test_a_letter_asked_again_when_proofreading_sends_back_its_typos() -> None:
    pytest.importorskip("harper")
    typo = Violation("proofread", "warning", "a spelling mistake", quote="convresation")
    report = Report(to="Dana Whitfield", words=1, violations=(typo,))
    _, backend = _resumed(True, report, CLEAN)
    assert backend.requests[0].violations == (typo,)
