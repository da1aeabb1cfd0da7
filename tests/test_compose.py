"""The compose pipeline: draft, check, re-ask, keep the best, send-by, panel checks, failures."""

from __future__ import annotations

import datetime as dt
import importlib
import subprocess
import sys
from dataclasses import dataclass, field

import pytest

from composer.backends.base import Draft, DraftRequest, Usage
from composer.compose import compose, send_by_date, send_by_passed, split_subject
from composer.errors import BackendError, InputError
from composer.models import Notes
from composer.prompting import Prompts
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter
from tests.fakes import one_error_per_bad

# `composer.compose` the attribute is the function; the module is reached through sys.modules.
compose_module = importlib.import_module("composer.compose")
# The draft-check-re-ask loop of one letter, which calls the rules.
attempts_module = importlib.import_module("composer.attempts")


@dataclass
class Scripted:
    """A backend that returns scripted drafts in turn and records every request."""

    drafts: list[str]
    name: str = "scripted"
    requests: list[DraftRequest] = field(default_factory=list)
    deterministic: bool = False
    fail_on: int | None = None

    def use_prompts(self, prompts: Prompts) -> None:
        """Scripted drafts need no prompts."""

    def draft(self, request: DraftRequest) -> Draft:
        self.requests.append(request)
        if self.fail_on is not None and len(self.requests) == self.fail_on:
            raise BackendError("the service is down")
        text = self.drafts[min(len(self.requests) - 1, len(self.drafts) - 1)]
        return Draft(text=text, usage=Usage(100, 20), calls=1)


def fake_unique(letters: list[tuple[str, ParsedLetter]], facts: object) -> list[list[Violation]]:
    """A `unique` finding for each letter whose text another reader's letter has too."""
    return [
        [
            Violation("unique", "error", "same letter")
            for j, (other_to, other) in enumerate(letters)
            if j != i and other_to != to and other.text == letter.text
        ][:1]
        for i, (to, letter) in enumerate(letters)
    ]


def fake_repeats(
    to: str, letter: ParsedLetter, earlier: list[tuple[str, ParsedLetter]], facts: object
) -> list[Violation]:
    same = any(other.text == letter.text for name, other in earlier if name != to)
    return [Violation("unique", "error", "same letter")] if same else []


@pytest.fixture
def fake_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attempts_module, "check_letter", one_error_per_bad)
    monkeypatch.setattr(attempts_module, "unique", fake_unique)
    monkeypatch.setattr(attempts_module, "repeats", fake_repeats)
    monkeypatch.setattr(compose_module, "repeats", fake_repeats)


def test_first_clean_draft_wins(fake_rules: None, warm_notes: Notes) -> None:
    backend = Scripted(["Subject: Thanks\n\nDear Ms. Whitfield, good."])
    [letter] = compose(warm_notes, backend=backend)
    assert letter.ok and letter.attempts == 1 and len(backend.requests) == 1
    assert letter.subject == "Thanks"
    assert letter.body == "Dear Ms. Whitfield, good."
    assert letter.usage == Usage(100, 20) and letter.calls == 1
    assert letter.send_by == dt.date(2026, 11, 25)
    assert letter.backend == "scripted"


def test_a_faulty_draft_is_sent_back_with_its_violations(
    fake_rules: None, warm_notes: Notes
) -> None:
    backend = Scripted(["draft BAD one", "draft two fine"])
    [letter] = compose(warm_notes, backend=backend)
    assert letter.ok and letter.attempts == 2 and letter.text == "draft two fine"
    first, second = backend.requests
    assert first.attempt == 1 and first.previous is None and first.violations == ()
    assert second.attempt == 2 and second.previous == "draft BAD one"
    assert [v.rule for v in second.violations] == ["grounding"]
    assert letter.usage == Usage(200, 40) and letter.calls == 2


def test_only_the_last_draft_goes_back(fake_rules: None, warm_notes: Notes) -> None:
    backend = Scripted(["one BAD", "two BAD BAD", "three BAD"])
    compose(warm_notes, backend=backend, max_attempts=3)
    assert backend.requests[2].previous == "two BAD BAD"
    assert len(backend.requests[2].violations) == 2


def test_after_max_attempts_the_best_draft_is_kept_and_marked(
    fake_rules: None, warm_notes: Notes
) -> None:
    backend = Scripted(["a BAD BAD", "b BAD", "c BAD BAD BAD"])
    [letter] = compose(warm_notes, backend=backend, max_attempts=3)
    assert not letter.ok
    assert letter.text == "b BAD" and letter.attempts == 3
    assert len(letter.report.errors) == 1
    assert letter.usage.total_tokens == 360


def test_warnings_do_not_cause_a_reask(fake_rules: None, warm_notes: Notes) -> None:
    backend = Scripted(["fine but LOUD"])
    [letter] = compose(warm_notes, backend=backend)
    assert letter.ok and letter.attempts == 1 and letter.report.warnings


def test_proofread_warnings_join_the_reask_feedback(fake_rules: None, warm_notes: Notes) -> None:
    backend = Scripted(["x BAD TYPO LOUD", "y fine"])
    compose(warm_notes, backend=backend, proofread=True)
    rules = [v.rule for v in backend.requests[1].violations]
    assert rules == ["grounding", "proofread"]  # the tone warning is not feedback


def test_panel_letters_get_unique_findings(fake_rules: None, panel_notes: Notes) -> None:
    backend = Scripted(["same text"])
    letters = compose(panel_notes, backend=backend)
    assert len(letters) == 3
    assert all(not letter.ok for letter in letters)
    assert all([v.rule for v in letter.report.violations] == ["unique"] for letter in letters)


def test_a_backend_failure_keeps_finished_letters(fake_rules: None, panel_notes: Notes) -> None:
    backend = Scripted(["a fine letter"], fail_on=2)
    with pytest.raises(BackendError) as caught:
        compose(panel_notes, backend=backend, jobs=1)
    assert [letter.to for letter in caught.value.completed] == ["Amélie Dubois-Lefèvre"]
    assert caught.value.exit_code == 3


def test_a_transport_fault_is_not_a_draft(fake_rules: None, warm_notes: Notes) -> None:
    backend = Scripted(["x BAD"], fail_on=2)
    with pytest.raises(BackendError) as caught:
        compose(warm_notes, backend=backend, max_attempts=3)
    assert caught.value.completed == [] and len(backend.requests) == 2


def test_max_attempts_must_be_positive(warm_notes: Notes) -> None:
    with pytest.raises(InputError):
        compose(warm_notes, max_attempts=0)


def test_send_by_is_the_day_after() -> None:
    assert send_by_date(dt.date(2026, 11, 30)) == dt.date(2026, 12, 1)
    send_by = dt.date(2026, 11, 25)
    assert not send_by_passed(send_by, dt.date(2026, 11, 24))
    assert not send_by_passed(send_by, dt.date(2026, 11, 25))
    assert send_by_passed(send_by, dt.date(2026, 11, 26))


def test_overdue_follows_today(fake_rules: None, warm_notes: Notes) -> None:
    backend = Scripted(["fine"])
    [late] = compose(warm_notes, backend=backend, today=dt.date(2026, 12, 1))
    [on_time] = compose(warm_notes, backend=backend, today=dt.date(2026, 11, 25))
    assert late.overdue and not on_time.overdue


@pytest.mark.parametrize(
    ("text", "subject", "body"),
    [
        ("Subject: Thank you\n\nDear Dana,\nHi", "Thank you", "Dear Dana,\nHi"),
        ("subject:Thanks again\nDear Dana,", "Thanks again", "Dear Dana,"),
        ("\n  Subject: Thank you  \n\n\nDear Dana,", "Thank you", "Dear Dana,"),
        ("Dear Dana,\nSubject: not first", None, "Dear Dana,\nSubject: not first"),
    ],
)
def test_split_subject(text: str, subject: str | None, body: str) -> None:
    assert split_subject(text) == (subject, body)


def test_compose_alone_uses_the_offline_composer(warm_notes: Notes) -> None:
    [letter] = compose(warm_notes)
    assert letter.backend == "offline" and letter.ok and letter.attempts == 1
    assert letter.usage == Usage() and letter.calls == 0
    assert letter.subject is not None and letter.text.startswith(f"Subject: {letter.subject}")


def test_the_offline_path_never_imports_openai() -> None:
    code = (
        "import sys\n"
        "from composer.cli import main\n"
        "sys.argv = ['thankyou', 'compose', 'examples/panel_three.json', '--format', 'json']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "assert 'openai' not in sys.modules, 'openai was imported'\n"
        "assert 'harper' not in sys.modules, 'harper was imported'\n"
    )
    from tests.conftest import ROOT

    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert '"letters"' in result.stdout


@pytest.mark.parametrize(("deterministic", "requests"), [(True, 1), (False, 3)])
def test_a_deterministic_backend_is_asked_once(
    fake_rules: None, warm_notes: Notes, deterministic: bool, requests: int
) -> None:
    backend = Scripted(["same BAD draft"])
    backend.deterministic = deterministic
    [letter] = compose(warm_notes, backend=backend, max_attempts=3)
    assert len(backend.requests) == requests and letter.attempts == requests
    assert not letter.ok and letter.text == "same BAD draft"


def test_a_letter_that_repeats_an_earlier_one_is_reasked_with_unique(
    fake_rules: None, panel_notes: Notes
) -> None:
    # Scripted answers by the order of requests: drafted one by one (concurrent drafting is
    # covered in test_concurrent_compose).
    backend = Scripted(["letter one", "letter one", "letter two", "letter three"])
    letters = compose(panel_notes, backend=backend, jobs=1)
    assert [letter.text for letter in letters] == ["letter one", "letter two", "letter three"]
    assert all(letter.ok for letter in letters)
    assert [letter.attempts for letter in letters] == [1, 2, 1]
    assert letters[1].usage == Usage(200, 40) and letters[1].calls == 2
    reask = backend.requests[2]
    assert reask.interviewer == panel_notes.interviewers[1]  # the later letter of the pair
    assert reask.attempt == 2 and reask.previous == "letter one"
    assert [v.rule for v in reask.violations] == ["unique"]


def test_rule_errors_and_repeats_share_one_budget(fake_rules: None, panel_notes: Notes) -> None:
    backend = Scripted(["letter one", "draft BAD", "letter one", "letter two", "letter three"])
    letters = compose(panel_notes, backend=backend, max_attempts=3, jobs=1)
    assert [letter.attempts for letter in letters] == [1, 3, 1] and all(x.ok for x in letters)
    assert [[v.rule for v in r.violations] for r in backend.requests[2:4]] == [
        ["grounding"],
        ["unique"],
    ]


def test_a_repeating_backend_stops_at_max_attempts(fake_rules: None, panel_notes: Notes) -> None:
    backend = Scripted(["same text"])
    letters = compose(panel_notes, backend=backend, max_attempts=2)
    assert len(backend.requests) == 1 + 2 + 2
    assert [letter.attempts for letter in letters] == [1, 2, 2]
    assert letters[2].usage.total_tokens == 240
    # Checked together at the end, every letter is marked, each finding once.
    assert all([v.rule for v in letter.report.violations] == ["unique"] for letter in letters)


def test_a_deterministic_backend_is_not_reasked_for_unique(
    fake_rules: None, panel_notes: Notes
) -> None:
    backend = Scripted(["same text"])
    backend.deterministic = True
    letters = compose(panel_notes, backend=backend)
    assert len(backend.requests) == 3 and [letter.attempts for letter in letters] == [1, 1, 1]
    assert all([v.rule for v in letter.report.violations] == ["unique"] for letter in letters)
