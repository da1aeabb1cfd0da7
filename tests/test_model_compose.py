"""The model path end to end: compose() and `thankyou compose --backend openai` against a real
HTTP server on 127.0.0.1, through the real openai client. Retry waits are injected, never slept."""

from __future__ import annotations

import json
import threading
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner
from werkzeug import Request, Response

from composer.backends import transport
from composer.backends.base import DraftRequest, ModelSettings
from composer.backends.openai_backend import DEFAULT_ATTEMPTS, OpenAIBackend
from composer.backends.transport import RetryPolicy
from composer.cli import app
from composer.compose import compose
from composer.errors import BackendError, InputError
from composer.models import Interviewer, Notes
from composer.notes_file import load_notes
from composer.offline import OfflineBackend
from composer.rules import check_letter, check_letters
from tests.fakes import GOOD, MODEL, completion, copy_for_second, count_reaching
from tests.fakes import Recorder as Waits  # the injected sleep and clock

KEY = "sk-test-SECRET-9876543210fedcba"
TODAY = "2026-11-25"

# Breaks several error rules at once: a machine preamble, a placeholder, far too short, no sign-off.
BAD = "Here is your letter:\n\nHi,\n\nThanks for the interview at [Company Name]. It was great!\n"


def ok(content: str | None = GOOD, finish: str = "stop") -> Response:
    body = json.dumps(completion(content, finish))
    return Response(body, 200, content_type="application/json")


def fault(status: int, message: str = "boom", code: str | None = None, **headers: str) -> Response:
    error = {"message": message, "type": code or "error", "param": None, "code": code}
    return Response(
        json.dumps({"error": error}), status, headers=headers, content_type="application/json"
    )


Answer = Response | Callable[[dict[str, Any]], Response]


class Script:
    """Answers /v1/chat/completions with the given answers in order; the last one repeats."""

    def __init__(self, server: HTTPServer, *answers: Answer) -> None:
        self.answers = list(answers)
        self.bodies: list[dict[str, Any]] = []
        self.auth: list[str] = []
        server.expect_request("/v1/chat/completions", method="POST").respond_with_handler(
            self.handle
        )

    def handle(self, request: Request) -> Response:
        body = json.loads(request.get_data())
        self.bodies.append(body)
        self.auth.append(request.headers.get("Authorization", ""))
        answer = self.answers[min(len(self.bodies), len(self.answers)) - 1]
        return answer if isinstance(answer, Response) else answer(body)

    @property
    def count(self) -> int:
        return len(self.bodies)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> Waits:
    """Every backend made without an explicit policy (the CLI's too) uses these fake waits."""
    recorder = Waits()
    policy = RetryPolicy(sleep=recorder.sleep, clock=recorder.clock)
    monkeypatch.setattr(transport, "DEFAULT_POLICY", policy)
    return recorder


@pytest.fixture
def base_url(httpserver: HTTPServer) -> str:
    return httpserver.url_for("/v1")


@pytest.fixture
def notes_file(tmp_path: Path, examples_dir: Path) -> Path:
    path = tmp_path / "notes.json"
    path.write_bytes((examples_dir / "warm_email.json").read_bytes())
    return path


@pytest.fixture(autouse=True)
def _server_had_no_errors(httpserver: HTTPServer) -> Iterator[None]:
    yield
    assert not httpserver.handler_errors


def run_cli(notes_file: Path, base_url: str, *extra: str) -> Any:
    args = [
        "compose",
        str(notes_file),
        "--backend",
        "openai",
        "--base-url",
        base_url,
        "--api-key",
        KEY,
        "--model",
        MODEL,
        "--today",
        TODAY,
        *extra,
    ]
    return CliRunner().invoke(app, args)


def assert_no_key(*texts: str | bytes) -> None:
    for text in texts:
        data = text.encode() if isinstance(text, str) else text
        assert KEY.encode() not in data
        assert b"SECRET" not in data


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


# -- the scripted drafts are honest ----------------------------------------------------------


def test_the_scripted_drafts_are_judged_as_intended(warm_notes: Notes) -> None:
    assert check_letter(GOOD, warm_notes, to="Dana Whitfield").ok
    bad = check_letter(BAD, warm_notes, to="Dana Whitfield")
    assert len(bad.errors) >= 3


# -- the library: compose(notes, client=openai.OpenAI(...)) ---------------------------------


def make_client(base_url: str, **options: Any) -> openai.OpenAI:
    return openai.OpenAI(api_key=KEY, base_url=base_url, timeout=5, **options)


def test_first_draft_passes_in_one_request(
    httpserver: HTTPServer, base_url: str, warm_notes: Notes, waits: Waits
) -> None:
    script = Script(httpserver, ok())
    [letter] = compose(warm_notes, client=make_client(base_url), model=MODEL)
    assert script.count == 1
    assert letter.ok and letter.attempts == 1 and letter.calls == 1
    assert letter.subject == "Thank you for the Senior Data Engineer interview"
    assert letter.body.startswith("Dear Ms. Whitfield,")
    assert letter.usage.total_tokens == 500
    assert script.bodies[0]["model"] == MODEL
    assert script.auth == [f"Bearer {KEY}"]


def test_a_draft_that_breaks_rules_is_sent_back_with_its_violations(
    httpserver: HTTPServer, base_url: str, warm_notes: Notes, waits: Waits
) -> None:
    script = Script(httpserver, ok(BAD), ok())
    [letter] = compose(warm_notes, client=make_client(base_url), model=MODEL)
    assert script.count == 2
    assert letter.ok and letter.attempts == 2
    assert letter.text == GOOD
    assert letter.usage.total_tokens == 1000  # summed over both calls
    first, second = (body["messages"] for body in script.bodies)
    assert len(first) == 2
    assert second[:2] == first  # the original request, unchanged
    assert second[2] == {"role": "assistant", "content": BAD.strip()}
    reask = second[3]["content"]
    assert reask.count("\n1. ") + reask.startswith("1. ") == 1
    assert "2. " in reask  # numbered, one per violation
    assert "[Company Name]" in reask  # quotes the offending text


def test_the_conversation_does_not_grow(
    httpserver: HTTPServer, base_url: str, warm_notes: Notes, waits: Waits
) -> None:
    script = Script(httpserver, ok(BAD), ok(BAD + "\nStill bad."), ok())
    compose(warm_notes, client=make_client(base_url), model=MODEL, max_attempts=3)
    assert script.count == 3
    third = script.bodies[2]["messages"]
    assert len(third) == 4  # system, request, the LAST draft, its re-ask
    assert "Still bad." in third[2]["content"]


def test_never_passing_returns_the_best_draft_after_max_attempts(
    httpserver: HTTPServer, base_url: str, warm_notes: Notes, waits: Waits
) -> None:
    near = GOOD.replace("Dear Ms. Whitfield,", "Dear Ms. Whitfeld,")  # one error: a misspelling
    assert len(check_letter(near, warm_notes, to="Dana Whitfield").errors) == 1
    script = Script(httpserver, ok(BAD), ok(near), ok(BAD), ok(BAD))
    [letter] = compose(warm_notes, client=make_client(base_url), model=MODEL, max_attempts=4)
    assert script.count == 4
    assert not letter.ok
    assert letter.attempts == 4
    assert letter.text == near  # fewest errors wins
    assert [v.rule for v in letter.report.errors] == ["names"]
    assert letter.usage.total_tokens == 4 * 500


def test_a_transport_fault_is_never_a_draft_nor_feedback(
    httpserver: HTTPServer, base_url: str, warm_notes: Notes, waits: Waits
) -> None:
    script = Script(httpserver, fault(503), fault(502), ok())
    [letter] = compose(warm_notes, client=make_client(base_url), model=MODEL)
    assert letter.ok and letter.attempts == 1
    assert script.count == 3
    assert all(len(body["messages"]) == 2 for body in script.bodies)
    assert len(waits.waits) == 2


def test_a_user_client_with_its_own_retries_still_gets_the_documented_count(
    httpserver: HTTPServer, base_url: str, warm_notes: Notes, waits: Waits
) -> None:
    script = Script(httpserver, fault(500))
    with pytest.raises(BackendError):
        compose(warm_notes, client=make_client(base_url, max_retries=3), model=MODEL)
    assert script.count == DEFAULT_ATTEMPTS


def addressee(body: dict[str, Any], notes: Notes) -> Interviewer:
    """The interviewer a chat request asks a letter for: the first one its request names."""
    text = body["messages"][1]["content"]
    named = [(text.find(p.name), p) for p in notes.interviewers if p.name in text]
    return min(named, key=lambda pair: pair[0])[1]


def panel_answers(panel_notes: Notes, fail_for: str | None = None) -> Callable[..., Response]:
    """Answer each request with the offline composer's letter for the interviewer it names."""
    offline = OfflineBackend()

    def answer(body: dict[str, Any]) -> Response:
        person = addressee(body, panel_notes)
        if person.name == fail_for:
            return fault(500)
        draft = offline.draft(DraftRequest(notes=panel_notes, interviewer=person))
        return ok(draft.text)

    return answer


def test_a_panel_gets_one_call_per_letter(
    httpserver: HTTPServer, base_url: str, panel_notes: Notes, waits: Waits
) -> None:
    script = Script(httpserver, panel_answers(panel_notes))
    letters = compose(panel_notes, client=make_client(base_url), model=MODEL)
    assert [letter.ok for letter in letters] == [True, True, True]
    assert script.count == 3


def test_letters_finished_before_a_failure_are_kept(
    httpserver: HTTPServer, base_url: str, panel_notes: Notes, waits: Waits
) -> None:
    third = panel_notes.interviewers[2].name
    Script(httpserver, panel_answers(panel_notes, fail_for=third))
    with pytest.raises(BackendError) as caught:
        compose(panel_notes, client=make_client(base_url), model=MODEL)
    assert [letter.to for letter in caught.value.completed] == [
        p.name for p in panel_notes.interviewers[:2]
    ]


def repeating_answers(panel_notes: Notes, times: int) -> Callable[..., Response]:
    """panel_answers, except the first `times` drafts to the second interviewer copy the first's."""
    honest = panel_answers(panel_notes)
    second = panel_notes.interviewers[1]
    copied: list[int] = []

    def answer(body: dict[str, Any]) -> Response:
        if addressee(body, panel_notes) == second and len(copied) < times:
            copied.append(1)
            return ok(copy_for_second(panel_notes))
        return honest(body)

    return answer


def test_the_copied_letter_breaks_only_unique(panel_notes: Notes) -> None:
    first, second = panel_notes.interviewers[:2]
    copy = copy_for_second(panel_notes)
    assert check_letter(copy, panel_notes, to=second.name).ok
    offline = OfflineBackend().draft(DraftRequest(notes=panel_notes, interviewer=first)).text
    reports = check_letters([(first.name, offline), (second.name, copy)], panel_notes)
    assert [[v.rule for v in report.errors] for report in reports] == [["unique"], ["unique"]]


def test_a_letter_that_repeats_an_earlier_one_is_reasked(
    httpserver: HTTPServer, base_url: str, panel_notes: Notes, waits: Waits
) -> None:
    first, second, _ = panel_notes.interviewers
    script = Script(httpserver, repeating_answers(panel_notes, times=1))
    letters = compose(panel_notes, client=make_client(base_url), model=MODEL)
    assert script.count == 4
    assert [letter.ok for letter in letters] == [True, True, True]
    assert all(v.rule != "unique" for letter in letters for v in letter.report.violations)
    assert [letter.attempts for letter in letters] == [1, 2, 1]
    assert letters[1].usage.total_tokens == 1000 and letters[1].calls == 2
    assert letters[1].text != copy_for_second(panel_notes).strip()
    [reask] = [body["messages"] for body in script.bodies if len(body["messages"]) == 4]
    assert addressee({"messages": reask}, panel_notes) == second
    assert reask[2]["content"] == copy_for_second(panel_notes).strip()
    assert "1. [unique]" in reask[3]["content"] and first.name in reask[3]["content"]


def test_cli_a_model_that_keeps_repeating_a_letter_exits_1_within_max_attempts(
    httpserver: HTTPServer, base_url: str, tmp_path: Path, examples_dir: Path, waits: Waits
) -> None:
    notes_path = tmp_path / "panel.json"
    notes_path.write_bytes((examples_dir / "panel_three.json").read_bytes())
    panel = load_notes(notes_path)
    script = Script(httpserver, repeating_answers(panel, times=99))
    result = run_cli(notes_path, base_url, "--max-attempts", "2", "--format", "json")
    assert result.exit_code == 1, result.stderr
    assert script.count == 1 + 2 + 1  # the copying letter used its two attempts, no more
    letters = json.loads(result.stdout)["letters"]
    assert [letter["attempts"] for letter in letters] == [1, 2, 1]
    assert [letter["ok"] for letter in letters] == [False, False, True]
    assert letters[1]["usage"]["total_tokens"] == 1000
    # The set is checked again at the end: both letters of the pair are marked.
    for letter in letters[:2]:
        assert [v["rule"] for v in letter["violations"] if v["severity"] == "error"] == ["unique"]


def test_progress_reports_the_retry_wait(
    httpserver: HTTPServer, base_url: str, warm_notes: Notes, waits: Waits
) -> None:
    Script(httpserver, fault(429, **{"Retry-After": "3"}), ok())
    lines: list[str] = []
    backend = OpenAIBackend.from_settings(
        ModelSettings(model=MODEL, base_url=base_url, api_key=KEY), env={}, progress=lines.append
    )
    compose(warm_notes, backend=backend, progress=lines.append)
    assert any("waiting 3.0s before retry" in line and "429" in line for line in lines)
    assert any("draft 1" in line for line in lines)
    assert_no_key(*lines)


# -- the CLI: thankyou compose --backend openai --base-url http://127.0.0.1:PORT/v1 ----------


def test_cli_first_draft_passes(
    httpserver: HTTPServer, base_url: str, notes_file: Path, waits: Waits
) -> None:
    script = Script(httpserver, ok())
    before = notes_file.read_bytes()
    result = run_cli(notes_file, base_url)
    assert result.exit_code == 0, result.stderr
    assert "Dear Ms. Whitfield," in result.stdout
    assert script.count == 1
    assert notes_file.read_bytes() == before
    assert_no_key(result.stdout, result.stderr)


def test_cli_reask_then_pass_reports_attempts_and_usage_in_json(
    httpserver: HTTPServer, base_url: str, notes_file: Path, waits: Waits
) -> None:
    script = Script(httpserver, ok(BAD), ok())
    result = run_cli(notes_file, base_url, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert script.count == 2
    data = json.loads(result.stdout)
    letter = data[0] if isinstance(data, list) else data["letters"][0]
    assert letter["attempts"] == 2
    assert letter["usage"]["total_tokens"] == 1000
    assert "[Company Name]" in script.bodies[1]["messages"][3]["content"]


def test_cli_never_passes_exits_1_with_the_best_draft(
    httpserver: HTTPServer, base_url: str, notes_file: Path, waits: Waits
) -> None:
    script = Script(httpserver, ok(BAD))
    result = run_cli(notes_file, base_url, "--max-attempts", "3")
    assert result.exit_code == 1
    assert script.count == 3
    assert "[Company Name]" in result.stdout  # the letter is still delivered
    assert_no_key(result.stdout, result.stderr)


def test_cli_429_with_retry_after_then_success(
    httpserver: HTTPServer, base_url: str, notes_file: Path, waits: Waits
) -> None:
    script = Script(httpserver, fault(429, "slow down", **{"Retry-After": "5"}), ok())
    result = run_cli(notes_file, base_url)
    assert result.exit_code == 0, result.stderr
    assert script.count == 2
    assert waits.waits == [5.0]
    assert "waiting" not in result.stderr + result.stdout  # progress only on a terminal


def test_cli_500_forever(
    httpserver: HTTPServer, base_url: str, notes_file: Path, waits: Waits
) -> None:
    script = Script(httpserver, fault(500, "internal error"))
    result = run_cli(notes_file, base_url)
    assert result.exit_code == 3
    assert script.count == DEFAULT_ATTEMPTS == 4
    assert len(waits.waits) == 3
    [line] = error_lines(result.stderr)
    assert "HTTP 500" in line and base_url in line and MODEL in line
    assert "after 4 requests" in line and "try again later" in line
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (fault(401, f"Incorrect API key provided: {KEY}"), "check OPENAI_API_KEY or --api-key"),
        (fault(404, f"The model `{MODEL}` does not exist"), f"model '{MODEL}' was not found"),
        (fault(400, "bad messages"), "rejected the request (HTTP 400"),
        (fault(429, "You exceeded your quota", "insufficient_quota"), "no quota left"),
    ],
    ids=["401", "404", "400", "insufficient_quota"],
)
def test_cli_faults_retrying_cannot_fix(
    httpserver: HTTPServer,
    base_url: str,
    notes_file: Path,
    waits: Waits,
    response: Response,
    expected: str,
) -> None:
    script = Script(httpserver, response)
    result = run_cli(notes_file, base_url)
    assert result.exit_code == 3
    assert script.count == 1
    assert waits.waits == []
    [line] = error_lines(result.stderr)
    assert expected in line and base_url in line
    assert_no_key(result.stdout, result.stderr)


def test_cli_server_hangs_past_timeout(notes_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Waits()
    # one attempt keeps this at --timeout's 1 s minimum; retried timeouts are covered with 0.3 s
    # in test_openai_backend.py
    policy = RetryPolicy(attempts=1, sleep=recorder.sleep, clock=recorder.clock)
    monkeypatch.setattr(transport, "DEFAULT_POLICY", policy)
    release = threading.Event()
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)

    def hang(body: dict[str, Any]) -> Response:
        release.wait(30)  # bounded (a hang); released as soon as the CLI has given up
        return ok()

    script = Script(server, hang)
    server.start()
    try:
        result = run_cli(notes_file, server.url_for("/v1"), "--timeout", "1")
        handled = count_reaching(lambda: script.count, 1)
    finally:
        release.set()
        server.stop()
    assert result.exit_code == 3
    [line] = error_lines(result.stderr)
    assert "no answer within 1s" in line and "after 1 request " in line
    assert "--timeout" in line
    assert handled == 1


def test_cli_connection_refused(notes_file: Path, waits: Waits, refused_url: str) -> None:
    url = refused_url
    result = run_cli(notes_file, url)
    assert result.exit_code == 3
    [line] = error_lines(result.stderr)
    assert "could not connect" in line and url in line
    assert len(waits.waits) == DEFAULT_ATTEMPTS - 1


@pytest.mark.parametrize(
    ("response", "expected", "requests"),
    [
        (Response("{oops", 200, content_type="application/json"), "not valid JSON", 1),
        (ok(""), "empty reply", 1),
        (ok(None, finish="content_filter"), "content filter", 1),
        (ok(GOOD[:40], finish="length"), "ran out of room twice", 2),
    ],
    ids=["invalid-json", "empty", "content-filter", "length"],
)
def test_cli_bad_replies(
    httpserver: HTTPServer,
    base_url: str,
    notes_file: Path,
    waits: Waits,
    response: Response,
    expected: str,
    requests: int,
) -> None:
    script = Script(httpserver, response)
    result = run_cli(notes_file, base_url)
    assert result.exit_code == 3
    assert script.count == requests
    [line] = error_lines(result.stderr)
    assert expected in line


def test_cli_length_then_room_enough(
    httpserver: HTTPServer, base_url: str, notes_file: Path, waits: Waits
) -> None:
    script = Script(httpserver, ok(GOOD[:40], finish="length"), ok())
    result = run_cli(notes_file, base_url)
    assert result.exit_code == 0, result.stderr
    assert script.count == 2
    first, second = script.bodies
    assert second["max_tokens"] > first["max_tokens"]


def test_cli_keeps_finished_letters_and_never_writes_the_key(
    httpserver: HTTPServer, base_url: str, examples_dir: Path, tmp_path: Path, waits: Waits
) -> None:
    from composer.notes_file import load_notes

    notes_path = tmp_path / "panel.json"
    notes_path.write_bytes((examples_dir / "panel_three.json").read_bytes())
    panel = load_notes(notes_path)
    Script(httpserver, panel_answers(panel, fail_for=panel.interviewers[2].name))
    out = tmp_path / "letters"
    result = run_cli(notes_path, base_url, "--out", str(out))
    assert result.exit_code == 3
    written = sorted(out.iterdir())
    assert len(written) == 2
    assert_no_key(result.stdout, result.stderr, *(path.read_bytes() for path in written))
    assert notes_path.read_bytes() == (examples_dir / "panel_three.json").read_bytes()


def test_debug_traceback_does_not_show_the_key(
    httpserver: HTTPServer,
    base_url: str,
    notes_file: Path,
    waits: Waits,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Script(httpserver, fault(401, f"Incorrect API key provided: {KEY}"))
    monkeypatch.setenv("THANKYOU_DEBUG", "1")
    result = run_cli(notes_file, base_url)
    assert isinstance(result.exception, BackendError)
    shown = "".join(traceback.format_exception(result.exception))
    assert "rejected the API key" in shown
    assert_no_key(shown, result.stdout, result.stderr)


def test_cli_auto_uses_the_model_named_by_the_environment(
    httpserver: HTTPServer,
    base_url: str,
    notes_file: Path,
    waits: Waits,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = Script(httpserver, ok())
    monkeypatch.setenv("OPENAI_BASE_URL", base_url)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("THANKYOU_MODEL", "env-model")
    result = CliRunner().invoke(app, ["compose", str(notes_file), "--today", TODAY])
    assert result.exit_code == 0, result.stderr
    assert f"Writing with model env-model at {base_url}." in result.stderr
    assert script.bodies[0]["model"] == "env-model"
    assert script.auth == [f"Bearer {KEY}"]
    assert_no_key(result.stdout, result.stderr)


def test_a_backend_built_with_its_own_prompts_keeps_them(
    httpserver: HTTPServer, base_url: str, warm_notes: Notes, tmp_path: Path, waits: Waits
) -> None:
    root = Path(__file__).resolve().parent.parent / "prompts"
    for name in ("system.md", "request.md", "reask.md"):
        marker = "MARKER-OF-MY-OWN-PROMPTS\n" if name == "system.md" else ""
        (tmp_path / name).write_text(marker + (root / name).read_text("utf-8"), "utf-8")
    script = Script(httpserver, ok())
    backend = OpenAIBackend(model=MODEL, base_url=base_url, api_key=KEY, prompt_dir=tmp_path)
    compose(warm_notes, backend=backend)
    assert "MARKER-OF-MY-OWN-PROMPTS" in script.bodies[0]["messages"][0]["content"]
    compose(warm_notes, backend=backend, prompt_dir=root)  # an explicit folder still wins
    assert "MARKER-OF-MY-OWN-PROMPTS" not in script.bodies[1]["messages"][0]["content"]


def test_naming_a_model_asks_for_the_model_never_silently_offline(
    httpserver: HTTPServer,
    base_url: str,
    warm_notes: Notes,
    waits: Waits,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(InputError, match="no API key"):
        compose(warm_notes, model=MODEL)  # nothing says where the model is: say so
    with pytest.raises(InputError, match="no API key"):
        compose(warm_notes, settings=ModelSettings(model=MODEL))
    script = Script(httpserver, ok())
    monkeypatch.setenv("OPENAI_BASE_URL", base_url)
    [letter] = compose(warm_notes, model=MODEL)
    assert letter.backend == "openai" and letter.ok
    assert script.count == 1 and script.bodies[0]["model"] == MODEL
