"""Which draft compose keeps, and prompts handed only to a backend that takes them."""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from composer.backends import transport
from composer.backends.base import BackendBase, Draft, DraftRequest, ModelSettings, Usage
from composer.backends.transport import RetryPolicy
from composer.compose import compose
from composer.errors import InputError
from composer.models import Notes
from composer.rules.report import Report, Violation
from tests.fakes import GOOD, Recorder, completion

ROOT = Path(__file__).resolve().parent.parent
# the module of the draft-check-re-ask loop, which calls the rules
attempts_module = importlib.import_module("composer.attempts")


@dataclass
class Drafts(BackendBase):
    """Returns the given drafts in turn; it writes without prompts."""

    texts: list[str]
    deterministic: bool = False
    name: str = "scripted"
    requests: list[DraftRequest] = field(default_factory=list)

    def draft(self, request: DraftRequest) -> Draft:
        self.requests.append(request)
        text = self.texts[min(len(self.requests), len(self.texts)) - 1]
        return Draft(text=text, usage=Usage(1, 1), calls=1)


def errors_per_bad(text: str, notes: Notes, to: str | None = None, **_: object) -> Report:
    """One error per "BAD" in the text, one warning per "MEH"."""
    found = [Violation("grounding", "error", "bad")] * text.count("BAD")
    found += [Violation("tone", "warning", "meh")] * text.count("MEH")
    return Report(to=to or "", words=len(text.split()), violations=tuple(found))


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attempts_module, "check_letter", errors_per_bad)


@pytest.mark.parametrize(
    ("texts", "kept"),
    [
        (["one BAD", "two BAD", "three BAD"], "one BAD"),  # a tie keeps the earliest
        (["one BAD BAD", "two BAD", "three BAD"], "two BAD"),
        (["one BAD MEH", "two BAD", "three BAD MEH"], "two BAD"),  # then fewer warnings
        (["one BAD", "two MEH", "three"], "two MEH"),  # no errors: stop at once
    ],
)
def test_the_best_draft_is_kept(
    counted: None, warm_notes: Notes, texts: list[str], kept: str
) -> None:
    backend = Drafts(texts)
    [letter] = compose(warm_notes, backend=backend, max_attempts=3)
    assert letter.body == kept
    assert letter.attempts == len(backend.requests)


def test_settings_naming_a_server_pick_the_model(httpserver: HTTPServer, warm_notes: Notes) -> None:
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_json(
        completion(GOOD)
    )
    policy = RetryPolicy(sleep=Recorder().sleep, clock=Recorder().clock)
    settings = ModelSettings(base_url=httpserver.url_for("/v1"), api_key="sk-test-0123456789")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transport, "DEFAULT_POLICY", policy)
        [letter] = compose(warm_notes, settings=settings, today=dt.date(2026, 11, 25))
    assert letter.backend == "openai" and letter.ok
    assert len(httpserver.log) == 1


def test_without_settings_a_key_in_the_environment_does_not_pick_the_model(
    warm_notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-0123456789")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # never asked
    [letter] = compose(warm_notes)
    assert letter.backend == "offline"


def test_three_attempts_by_default_and_at_least_one(counted: None, warm_notes: Notes) -> None:
    backend = Drafts(["BAD"])
    [letter] = compose(warm_notes, backend=backend)
    assert letter.attempts == 3 and len(backend.requests) == 3
    with pytest.raises(InputError) as caught:
        compose(warm_notes, backend=backend, max_attempts=0)
    assert str(caught.value) == "`max_attempts` must be at least 1, not 0."


def test_a_deterministic_backend_is_not_re_asked_for_repeats(panel_notes: Notes) -> None:
    # the same letter for everyone: asking again would only get it again
    same = "Dear all,\n\nThank you for the interview.\n\nBest regards,\nMei-Ling Zhou"
    backend = Drafts([same], deterministic=True)
    letters = compose(panel_notes, backend=backend, max_attempts=3)
    assert len(backend.requests) == 3
    assert all(any(v.rule == "unique" for v in letter.report.violations) for letter in letters)


def test_the_model_backends_retry_waits_reach_progress(
    httpserver: HTTPServer, warm_notes: Notes
) -> None:
    busy = {"error": {"message": "slow down", "type": "rate", "param": None, "code": None}}
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_json(
        busy, status=429, headers={"retry-after-ms": "10"}
    )
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_json(completion(GOOD))
    waits = Recorder()
    settings = ModelSettings(base_url=httpserver.url_for("/v1"), api_key="sk-test-0123456789")
    lines: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            transport, "DEFAULT_POLICY", RetryPolicy(sleep=waits.sleep, clock=waits.clock)
        )
        compose(warm_notes, settings=settings, progress=lines.append)
    assert any("before retry 1 of" in line and "HTTP 429" in line for line in lines), lines
    assert waits.waits == [0.01]
