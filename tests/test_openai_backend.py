"""The OpenAI backend against a real HTTP server on 127.0.0.1, through the real openai client."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from composer.backend_choice import choose_backend
from composer.backends.base import DraftRequest, ModelSettings
from composer.backends.openai_backend import (
    DEFAULT_ATTEMPTS,
    DEFAULT_MODEL,
    DUMMY_API_KEY,
    LENGTH_RETRY_FACTOR,
    MAX_TOKENS,
    OpenAIBackend,
)
from composer.backends.transport import RetryPolicy, retry_after
from composer.errors import BackendError, InputError
from composer.models import Notes
from composer.rules.report import Violation
from tests.fakes import Recorder, count_reaching

KEY = "sk-test-SECRET-0123456789abcdef"
ROOT = Path(__file__).resolve().parent.parent
LETTER = "Subject: Thank you\n\nDear Ms. Whitfield,\n\nThank you.\n\nBest regards,\nPriya Raman"


def completion(
    content: str | None = LETTER,
    *,
    finish: str = "stop",
    refusal: str | None = None,
    prompt_tokens: int = 100,
    completion_tokens: int = 50,
) -> dict[str, Any]:
    """A chat.completion body as the OpenAI API sends it."""
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "test-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "finish_reason": finish,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def ok(body: dict[str, Any] | None = None) -> Response:
    return Response(json.dumps(body or completion()), 200, content_type="application/json")


def fault(status: int, message: str = "boom", code: str | None = None, **headers: str) -> Response:
    error = {"message": message, "type": code or "server_error", "param": None, "code": code}
    return Response(
        json.dumps({"error": error}), status, headers=headers, content_type="application/json"
    )


class Script:
    """Answers /v1/chat/completions with the given responses in order; the last one repeats."""

    def __init__(self, server: HTTPServer, *responses: Response | Callable[[], Response]) -> None:
        self.responses = list(responses)
        self.bodies: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        server.expect_request("/v1/chat/completions", method="POST").respond_with_handler(
            self.handle
        )

    def handle(self, request: Request) -> Response:
        self.bodies.append(json.loads(request.get_data()))
        self.headers.append(dict(request.headers))
        index = min(len(self.bodies), len(self.responses)) - 1
        answer = self.responses[index]
        return answer if isinstance(answer, Response) else answer()

    @property
    def count(self) -> int:
        return len(self.bodies)


@pytest.fixture
def waits() -> Recorder:
    return Recorder()


@pytest.fixture
def base_url(httpserver: HTTPServer) -> str:
    return httpserver.url_for("/v1")


@pytest.fixture
def progress() -> list[str]:
    return []


@pytest.fixture
def make_backend(
    base_url: str, waits: Recorder, progress: list[str]
) -> Callable[..., OpenAIBackend]:
    def make(**overrides: Any) -> OpenAIBackend:
        options: dict[str, Any] = {
            "model": "test-model",
            "base_url": base_url,
            "api_key": KEY,
            "timeout": 5.0,
            "retry": RetryPolicy(sleep=waits.sleep, clock=waits.clock),
            "progress": progress.append,
        }
        options.update(overrides)
        return OpenAIBackend(**options)

    return make


@pytest.fixture
def request_(warm_notes: Notes) -> DraftRequest:
    return DraftRequest(notes=warm_notes, interviewer=warm_notes.interviewers[0])


def assert_secret_free(*texts: str) -> None:
    for text in texts:
        assert KEY not in text
        assert "SECRET" not in text


def failure_texts(err: BaseException) -> list[str]:
    return [str(err), repr(err), "".join(traceback.format_exception(err))]


# -- the happy path ------------------------------------------------------------------------------


def test_one_request_returns_the_draft_with_usage(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    script = Script(httpserver, ok())
    draft = make_backend().draft(request_)
    assert script.count == 1
    assert draft.text == LETTER
    assert draft.calls == 1
    assert draft.usage.prompt_tokens == 100 and draft.usage.completion_tokens == 50
    body = script.bodies[0]
    assert body["model"] == "test-model"
    assert body["max_tokens"] == MAX_TOKENS
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "Northwind Analytics" in body["messages"][1]["content"]
    assert "response_format" not in body and "tools" not in body  # plain text only
    assert script.headers[0]["Authorization"] == f"Bearer {KEY}"


def test_a_reask_sends_the_last_draft_and_numbered_violations(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], warm_notes: Notes
) -> None:
    script = Script(httpserver, ok())
    violations = (
        Violation("greeting", "error", "The greeting does not name Dana Whitfield.", "Hi there,"),
        Violation("length", "error", "The letter has 12 words; write 80 to 250.", fix="Expand."),
    )
    request = DraftRequest(
        notes=warm_notes,
        interviewer=warm_notes.interviewers[0],
        attempt=2,
        previous="Hi there,\n\nThanks!",
        violations=violations,
    )
    make_backend().draft(request)
    messages = script.bodies[0]["messages"]
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert messages[2]["content"] == "Hi there,\n\nThanks!"
    assert "1. [greeting]" in messages[3]["content"]
    assert "2. [length]" in messages[3]["content"]
    assert "Hi there," in messages[3]["content"]


def test_the_client_is_made_on_first_use_with_sdk_retries_off(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    Script(httpserver, ok())
    backend = make_backend()
    assert backend._client is None
    backend.draft(request_)
    assert backend.client.max_retries == 0


def test_importing_the_backend_does_not_import_openai() -> None:
    code = (
        "import sys, composer.backends.openai_backend, composer.backend_choice; "
        "print('openai' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "False"


def test_prompts_come_from_prompt_dir_or_from_compose(
    httpserver: HTTPServer,
    make_backend: Callable[..., OpenAIBackend],
    request_: DraftRequest,
    tmp_path: Path,
) -> None:
    from composer.prompting import load_prompts

    script = Script(httpserver, ok())
    for name in ("system.md", "request.md", "reask.md"):
        text = (ROOT / "prompts" / name).read_text(encoding="utf-8")
        marker = "MARKER-FROM-MY-COPY\n" if name == "system.md" else ""
        (tmp_path / name).write_text(marker + text, encoding="utf-8")
    make_backend(prompt_dir=tmp_path).draft(request_)
    assert "MARKER-FROM-MY-COPY" in script.bodies[0]["messages"][0]["content"]
    backend = make_backend()
    backend.use_prompts(load_prompts(tmp_path))
    backend.draft(request_)
    assert "MARKER-FROM-MY-COPY" in script.bodies[1]["messages"][0]["content"]
    make_backend().draft(request_)
    assert "MARKER-FROM-MY-COPY" not in script.bodies[2]["messages"][0]["content"]


# -- transient faults: retried, waits injected ---------------------------------------------------


def test_429_with_retry_after_waits_as_asked_then_succeeds(
    httpserver: HTTPServer,
    make_backend: Callable[..., OpenAIBackend],
    request_: DraftRequest,
    waits: Recorder,
    progress: list[str],
) -> None:
    script = Script(httpserver, fault(429, "slow down", **{"Retry-After": "7"}), ok())
    draft = make_backend().draft(request_)
    assert script.count == 2
    assert draft.calls == 2
    assert waits.waits == [7.0]
    assert any("waiting 7.0s" in line and "429" in line for line in progress)


def test_retry_after_ms_wins_and_long_waits_are_capped(
    httpserver: HTTPServer,
    make_backend: Callable[..., OpenAIBackend],
    request_: DraftRequest,
    waits: Recorder,
) -> None:
    Script(
        httpserver,
        fault(429, **{"retry-after-ms": "250", "Retry-After": "9"}),
        fault(503, **{"Retry-After": "3600"}),
        ok(),
    )
    make_backend(retry=RetryPolicy(sleep=waits.sleep, clock=waits.clock, total_seconds=1e6)).draft(
        request_
    )
    assert waits.waits == [0.25, RetryPolicy().retry_after_cap]


@pytest.mark.parametrize("status", [408, 409, 500, 502, 503, 504])
def test_transient_statuses_are_retried(
    httpserver: HTTPServer,
    make_backend: Callable[..., OpenAIBackend],
    request_: DraftRequest,
    waits: Recorder,
    status: int,
) -> None:
    script = Script(httpserver, fault(status), ok())
    assert make_backend().draft(request_).text == LETTER
    assert script.count == 2
    assert len(waits.waits) == 1
    policy = RetryPolicy()
    assert policy.initial_wait <= waits.waits[0] <= policy.initial_wait + policy.jitter


def test_500_forever_gets_exactly_the_documented_number_of_requests(
    httpserver: HTTPServer,
    make_backend: Callable[..., OpenAIBackend],
    request_: DraftRequest,
    waits: Recorder,
    progress: list[str],
    base_url: str,
) -> None:
    script = Script(httpserver, fault(500, "the server is on fire"))
    with pytest.raises(BackendError) as caught:
        make_backend().draft(request_)
    assert DEFAULT_ATTEMPTS == 4
    assert script.count == DEFAULT_ATTEMPTS
    assert len(waits.waits) == DEFAULT_ATTEMPTS - 1
    # exponential: each wait is at least double the first base, within the cap
    policy = RetryPolicy()
    for number, wait in enumerate(waits.waits, 1):
        base = policy.initial_wait * 2 ** (number - 1)
        assert base <= wait <= min(base + policy.jitter, policy.max_wait)
    message = str(caught.value)
    assert caught.value.exit_code == 3
    assert "HTTP 500" in message and "after 4 requests" in message
    assert base_url in message and "test-model" in message
    assert "try again later" in message
    assert "\n" not in message
    assert len(progress) == DEFAULT_ATTEMPTS - 1


def test_a_user_built_client_does_not_stack_its_own_retries(
    httpserver: HTTPServer, base_url: str, request_: DraftRequest, waits: Recorder
) -> None:
    script = Script(httpserver, fault(500))
    client = openai.OpenAI(api_key=KEY, base_url=base_url, max_retries=5, timeout=5)
    backend = OpenAIBackend.from_settings(
        ModelSettings(model="test-model"),
        client=client,
        env={},
        retry=RetryPolicy(sleep=waits.sleep, clock=waits.clock),
    )
    assert backend.base_url == base_url
    with pytest.raises(BackendError):
        backend.draft(request_)
    assert script.count == DEFAULT_ATTEMPTS
    assert client.max_retries == 5  # the caller's object is left as it was


def test_retries_stop_at_the_total_time_budget(
    httpserver: HTTPServer,
    make_backend: Callable[..., OpenAIBackend],
    request_: DraftRequest,
    waits: Recorder,
) -> None:
    script = Script(httpserver, fault(503, **{"Retry-After": "20"}))
    policy = RetryPolicy(attempts=10, total_seconds=50, sleep=waits.sleep, clock=waits.clock)
    with pytest.raises(BackendError, match="after 3 requests"):
        make_backend(retry=policy).draft(request_)
    assert script.count == 3  # 20 + 20 = 40s waited; another 20 would pass 50s
    assert waits.waits == [20.0, 20.0]


def test_connection_refused_is_retried_then_reported(
    make_backend: Callable[..., OpenAIBackend],
    request_: DraftRequest,
    waits: Recorder,
    refused_url: str,
) -> None:
    url = refused_url
    with pytest.raises(BackendError) as caught:
        make_backend(base_url=url).draft(request_)
    message = str(caught.value)
    assert "could not connect" in message and url in message
    assert f"after {DEFAULT_ATTEMPTS} requests" in message
    assert "`base_url`" in message
    assert len(waits.waits) == DEFAULT_ATTEMPTS - 1


def test_a_server_that_hangs_past_the_timeout(
    make_backend: Callable[..., OpenAIBackend], request_: DraftRequest, waits: Recorder
) -> None:
    # its own threaded server, so the hanging handlers cannot answer another test's requests
    release = threading.Event()
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)

    def hang() -> Response:
        release.wait(30)  # bounded (a hang): released as soon as the test has its answer
        return ok()

    script = Script(server, hang)
    server.start()
    try:
        policy = RetryPolicy(attempts=2, sleep=waits.sleep, clock=waits.clock)
        # A timeout that is not applied gets the delayed answer and no error: pytest.raises fails.
        with pytest.raises(BackendError) as caught:
            make_backend(base_url=server.url_for("/v1"), timeout=0.3, retry=policy).draft(request_)
        handled = count_reaching(lambda: script.count, 2)
    finally:
        release.set()
        server.stop()
    message = str(caught.value)
    assert "no answer within 0.3s" in message and "after 2 requests" in message
    assert "`timeout`" in message
    assert len(waits.waits) == 1
    assert handled == 2


# -- faults that are not retried -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (fault(401, f"Incorrect API key provided: {KEY[:12]}***cdef"), "rejected the API key"),
        (fault(403, f"Key {KEY} may not use this model"), "rejected the API key"),
        (fault(404, "The model `test-model` does not exist"), "model 'test-model' was not found"),
        (fault(400, "messages: too long"), "rejected the request (HTTP 400: messages: too long)"),
        (fault(429, "You exceeded your current quota", "insufficient_quota"), "no quota left"),
    ],
    ids=["401", "403", "404", "400", "insufficient_quota"],
)
def test_faults_that_retrying_cannot_fix_are_reported_after_one_request(
    httpserver: HTTPServer,
    make_backend: Callable[..., OpenAIBackend],
    request_: DraftRequest,
    waits: Recorder,
    base_url: str,
    response: Response,
    expected: str,
) -> None:
    script = Script(httpserver, response)
    with pytest.raises(BackendError) as caught:
        make_backend().draft(request_)
    assert script.count == 1
    assert waits.waits == []
    message = str(caught.value)
    assert expected in message
    assert base_url in message and "test-model" in message
    assert "\n" not in message
    for text in failure_texts(caught.value):
        assert_secret_free(text)


def test_the_401_message_says_how_to_fix_it(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    Script(httpserver, fault(401))
    with pytest.raises(BackendError, match=r"check OPENAI_API_KEY or `api_key`"):
        make_backend().draft(request_)


def test_an_invalid_json_body_is_a_clear_error(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    script = Script(httpserver, Response('{"choices": [', 200, content_type="application/json"))
    with pytest.raises(BackendError, match="not valid JSON") as caught:
        make_backend().draft(request_)
    assert script.count == 1
    assert "/v1" in str(caught.value)


def test_a_page_that_is_not_a_completion_is_a_clear_error(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    Script(httpserver, Response("<html>login</html>", 200, content_type="text/html"))
    with pytest.raises(BackendError, match="not a chat completion"):
        make_backend().draft(request_)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (completion(""), "empty reply"),
        (completion(None), "empty reply"),
        (completion("   \n"), "empty reply"),
        (completion(None, refusal="I can't help with that."), "refused"),
        (completion("", finish="content_filter"), "content filter"),
    ],
    ids=["empty", "null", "blank", "refusal", "content_filter"],
)
def test_empty_refused_or_filtered_replies_are_reported_not_looped(
    httpserver: HTTPServer,
    make_backend: Callable[..., OpenAIBackend],
    request_: DraftRequest,
    body: dict[str, Any],
    expected: str,
) -> None:
    script = Script(httpserver, ok(body))
    with pytest.raises(BackendError, match=expected):
        make_backend().draft(request_)
    assert script.count == 1


# -- finish_reason length ------------------------------------------------------------------------


def test_length_is_retried_once_with_more_room(
    httpserver: HTTPServer,
    make_backend: Callable[..., OpenAIBackend],
    request_: DraftRequest,
    progress: list[str],
) -> None:
    script = Script(httpserver, ok(completion("Subject: Thank", finish="length")), ok())
    draft = make_backend().draft(request_)
    assert script.count == 2
    assert [b["max_tokens"] for b in script.bodies] == [
        MAX_TOKENS,
        MAX_TOKENS * LENGTH_RETRY_FACTOR,
    ]
    assert script.bodies[0]["messages"] == script.bodies[1]["messages"]
    assert draft.text == LETTER
    assert draft.calls == 2
    assert draft.usage.prompt_tokens == 200  # both calls are counted
    assert any("ran out of room" in line for line in progress)


def test_length_twice_is_reported(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    script = Script(httpserver, ok(completion("Subject:", finish="length")))
    with pytest.raises(BackendError, match="ran out of room twice"):
        make_backend().draft(request_)
    assert script.count == 2


def test_models_that_want_max_completion_tokens_get_it(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    unsupported = fault(
        400,
        "Unsupported parameter: 'max_tokens' is not supported with this model. "
        "Use 'max_completion_tokens' instead.",
    )
    script = Script(httpserver, unsupported, ok())
    backend = make_backend()
    assert backend.draft(request_).text == LETTER
    assert "max_tokens" in script.bodies[0]
    assert script.bodies[1]["max_completion_tokens"] == MAX_TOKENS
    assert "max_tokens" not in script.bodies[1]


def test_every_request_is_counted_when_a_retry_comes_before_the_switch(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    unsupported = fault(400, "Use 'max_completion_tokens' instead of 'max_tokens'.")
    script = Script(httpserver, fault(503), unsupported, ok())
    draft = make_backend().draft(request_)
    assert script.count == 3
    assert draft.calls == 3


# -- configuration -------------------------------------------------------------------------------


def test_model_from_option_then_environment_then_default() -> None:
    env = {"OPENAI_API_KEY": KEY, "THANKYOU_MODEL": "env-model"}
    assert OpenAIBackend.from_settings(ModelSettings(), env=env).model == "env-model"
    chosen = OpenAIBackend.from_settings(ModelSettings(model="opt-model"), env=env)
    assert chosen.model == "opt-model"
    default = OpenAIBackend.from_settings(ModelSettings(), env={"OPENAI_API_KEY": KEY})
    assert default.model == DEFAULT_MODEL
    assert default.base_url == "https://api.openai.com/v1"
    assert default.timeout == 60


def test_a_local_server_gets_a_dummy_key(
    httpserver: HTTPServer, base_url: str, request_: DraftRequest
) -> None:
    script = Script(httpserver, ok())
    backend = OpenAIBackend.from_settings(
        ModelSettings(model="llama3"), env={"OPENAI_BASE_URL": base_url}
    )
    assert backend.base_url == base_url
    backend.draft(request_)
    assert script.headers[0]["Authorization"] == f"Bearer {DUMMY_API_KEY}"


def test_option_base_url_and_key_win_over_the_environment() -> None:
    settings = ModelSettings(base_url="http://127.0.0.1:1/v1/", api_key=KEY)
    env = {"OPENAI_BASE_URL": "http://elsewhere/v1", "OPENAI_API_KEY": "sk-other-key"}
    backend = OpenAIBackend.from_settings(settings, env=env)
    assert backend.base_url == "http://127.0.0.1:1/v1"
    assert backend._api_key == KEY


def test_no_key_and_no_base_url_is_a_usage_error() -> None:
    with pytest.raises(InputError, match="OPENAI_API_KEY") as caught:
        choose_backend("openai", ModelSettings(), env={})
    assert caught.value.exit_code == 2


def test_repr_never_shows_the_key(base_url: str) -> None:
    backend = OpenAIBackend.from_settings(ModelSettings(base_url=base_url, api_key=KEY), env={})
    assert_secret_free(repr(backend), str(backend), repr(ModelSettings(api_key=KEY)))
    assert base_url in repr(backend)


def test_choose_backend_passes_progress_and_prompts_through(base_url: str) -> None:
    lines: list[str] = []
    backend, notice = choose_backend(
        "auto", ModelSettings(base_url=base_url), env={}, progress=lines.append
    )
    assert isinstance(backend, OpenAIBackend)
    assert backend.progress is not None
    backend.progress("waiting 2s before retry 1 of 3")
    assert lines == ["waiting 2s before retry 1 of 3"]
    assert notice is not None and base_url in notice


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), float("inf"), 1e12])
def test_a_bad_timeout_is_a_usage_error(base_url: str, timeout: float) -> None:
    # inf and 1e12 used to pass, then crash in the socket layer (OverflowError) at the request
    with pytest.raises(InputError, match="`timeout`"):
        OpenAIBackend.from_settings(ModelSettings(base_url=base_url, timeout=timeout), env={})


def test_retry_after_parses_http_dates() -> None:
    class Fake(Exception):
        def __init__(self, headers: dict[str, str]) -> None:
            self.response = type("R", (), {"headers": headers})()

    # real headers are case-insensitive; this fake is not, so it uses the lower-case names
    assert retry_after(Fake({"retry-after": "Wed, 21 Oct 2015 07:28:10 GMT"}), now=1445412480) == 10
    assert retry_after(Fake({"retry-after": "soon"})) is None
    assert retry_after(Fake({"retry-after-ms": "1500", "retry-after": "9"})) == 1.5
    assert retry_after(Fake({})) is None


@pytest.fixture(autouse=True)
def _no_leaks_in_server_errors(httpserver: HTTPServer) -> Iterator[None]:
    yield
    assert not httpserver.handler_errors


def test_an_error_inside_a_200_reply_is_shown(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    body = {"error": {"message": "model is still loading", "type": "server_error"}}
    Script(httpserver, ok(body))
    with pytest.raises(BackendError, match="no choices: model is still loading"):
        make_backend().draft(request_)


def test_debug_logging_of_the_sdk_and_http_layers_never_shows_the_key(
    httpserver: HTTPServer,
    make_backend: Callable[..., OpenAIBackend],
    request_: DraftRequest,
    caplog: pytest.LogCaptureFixture,
) -> None:
    Script(httpserver, fault(503), fault(401, f"Incorrect API key provided: {KEY}"))
    caplog.set_level("DEBUG")
    with pytest.raises(BackendError):
        make_backend().draft(request_)
    assert "chat/completions" in caplog.text  # the layers did log
    assert_secret_free(caplog.text)


def test_a_base_url_is_shown_without_credentials(
    httpserver: HTTPServer, request_: DraftRequest
) -> None:
    script = Script(httpserver, ok())
    port = httpserver.port
    url = f"http://user:{KEY}@127.0.0.1:{port}/v1/"
    backend = OpenAIBackend.from_settings(
        ModelSettings(base_url=url), env={}, retry=RetryPolicy(attempts=1)
    )
    assert backend.base_url == f"http://127.0.0.1:{port}/v1"
    assert_secret_free(repr(backend))
    backend.draft(request_)  # the real URL is still the one used
    assert script.count == 1


def test_a_base_url_that_is_not_a_web_address_is_a_usage_error() -> None:
    with pytest.raises(InputError, match="not a web address"):
        OpenAIBackend.from_settings(ModelSettings(base_url="localhost:11434/v1"), env={})


def test_an_async_client_is_refused_clearly(base_url: str, request_: DraftRequest) -> None:
    client = openai.AsyncOpenAI(api_key=KEY, base_url=base_url, max_retries=0)
    backend = OpenAIBackend.from_settings(ModelSettings(), client=client, env={})
    with pytest.raises(InputError, match="synchronous client"):
        backend.draft(request_)


@pytest.mark.parametrize("status", [400, 404, 500])
def test_a_user_built_clients_key_never_shows_even_in_part(
    httpserver: HTTPServer, request_: DraftRequest, waits: Recorder, status: int
) -> None:
    # An Azure-style key: nothing marks it as a key, and the backend is not told it separately.
    key = "a1b2c3d4e5f60718293a4b5c6d7e8f90"
    echoed = f"Incorrect API key provided: {key}; did you mean {key[:20]}...?"
    Script(httpserver, fault(status, echoed))
    client = openai.OpenAI(api_key=key, base_url=httpserver.url_for("/v1"))
    backend = OpenAIBackend.from_settings(
        ModelSettings(), client=client, env={}, retry=RetryPolicy(sleep=waits.sleep)
    )
    with pytest.raises(BackendError) as caught:
        backend.draft(request_)
    assert "Incorrect API key provided" in str(caught.value)  # the server's words still help
    for text in failure_texts(caught.value):
        assert key not in text
        assert key[:20] not in text


def _event_stream(*chunks: dict[str, Any]) -> Response:
    # a keep-alive comment and an event name first, as some servers send them
    lines = [": keep-alive\n\n", "event: message\n"]
    lines += [f"data: {json.dumps(chunk)}\n\n" for chunk in chunks]
    return Response("".join(lines) + "data: [DONE]\n\n", 200, content_type="text/event-stream")


def _chunk(content: str | None, finish: str | None = None, **extra: Any) -> dict[str, Any]:
    delta = {} if content is None else {"content": content}
    choice = {"index": 0, "delta": delta, "finish_reason": finish}
    return {"object": "chat.completion.chunk", "choices": [choice], **extra}


def test_a_server_that_only_streams_still_gives_the_draft(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    half = len(LETTER) // 2
    usage = {"prompt_tokens": 70, "completion_tokens": 30, "total_tokens": 100}
    script = Script(
        httpserver,
        _event_stream(
            _chunk(LETTER[:half]), _chunk(LETTER[half:], "stop"), _chunk(None, usage=usage)
        ),
    )
    draft = make_backend().draft(request_)
    assert script.count == 1
    assert draft.text == LETTER
    assert (draft.usage.prompt_tokens, draft.usage.completion_tokens) == (70, 30)


def test_a_streamed_error_or_cut_off_reply_is_reported_like_any_other(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    Script(httpserver, _event_stream({"error": {"message": "model is still loading"}}))
    with pytest.raises(BackendError, match="no choices: model is still loading"):
        make_backend().draft(request_)
    httpserver.clear()
    script = Script(httpserver, _event_stream(_chunk("Dear", "length")))
    with pytest.raises(BackendError, match="ran out of room twice"):
        make_backend().draft(request_)
    assert script.count == 2


NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
    "Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n"
)


def test_an_html_error_page_is_named_by_its_title_not_its_markup(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    Script(httpserver, Response(NGINX_502, 502, content_type="text/html"))
    with pytest.raises(BackendError) as caught:
        make_backend().draft(request_)
    message = str(caught.value)
    assert "HTTP 502 bad gateway: 502 Bad Gateway)" in message
    assert "<" not in message
    httpserver.clear()
    Script(httpserver, Response(NGINX_502.replace("502 Bad Gateway", "Sign in"), 200))
    with pytest.raises(BackendError, match=r"no choices: a web page \(Sign in\)"):
        make_backend().draft(request_)


@pytest.mark.parametrize("timeout", [0.3, "read only"])
def test_a_user_built_clients_timeout_is_the_one_named(
    request_: DraftRequest, waits: Recorder, timeout: float | str
) -> None:
    release = threading.Event()
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)

    def hang() -> Response:
        release.wait(30)  # bounded (a hang): released as soon as the test has its answer
        return ok()

    Script(server, hang)
    server.start()
    try:
        limit = openai.Timeout(5.0, read=0.3) if timeout == "read only" else timeout
        client = openai.OpenAI(api_key=KEY, base_url=server.url_for("/v1"), timeout=limit)
        policy = RetryPolicy(attempts=1, sleep=waits.sleep, clock=waits.clock)
        backend = OpenAIBackend.from_settings(ModelSettings(), client=client, env={}, retry=policy)
        with pytest.raises(BackendError) as caught:
            backend.draft(request_)
    finally:
        release.set()
        server.stop()
    assert "no answer within 0.3s" in str(caught.value)  # not the 60 s it was never given


def test_a_bearer_token_echoed_by_the_server_is_hidden_and_the_message_stays_whole(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    Script(httpserver, fault(400, "bad header Authorization: Bearer tok-1234567890"))
    with pytest.raises(BackendError) as caught:
        make_backend().draft(request_)
    message = str(caught.value)
    assert "tok-1234567890" not in message
    assert "(HTTP 400: bad header Authorization: Bearer ***) (model test-model" in message


@pytest.mark.parametrize(
    "content",
    [
        [{"type": "text", "text": LETTER[:20]}, {"type": "text", "text": LETTER[20:]}],
        f"<think>\nShe mentioned Lisbon; keep it short.\n</think>\n\n{LETTER}",
        f"<THINKING>plan</THINKING>{LETTER}",
        f"```\n{LETTER}\n```",
        f"\n```text\n{LETTER}\n```\n",
        f"<think>plan</think>\n```plaintext\n{LETTER}\n```",
    ],
    ids=["content-parts", "think-block", "thinking-block", "fenced", "fenced-text", "both"],
)
def test_a_reply_in_parts_or_after_a_reasoning_block_gives_the_letter(
    httpserver: HTTPServer,
    make_backend: Callable[..., OpenAIBackend],
    request_: DraftRequest,
    content: Any,
) -> None:
    body = completion()
    body["choices"][0]["message"]["content"] = content
    script = Script(httpserver, ok(body))
    assert make_backend().draft(request_).text == LETTER
    assert script.count == 1


@pytest.mark.parametrize(
    "text",
    [
        f"Here is your letter:\n\n```\n{LETTER}\n```",  # the preamble goes back to the model
        f"```\n{LETTER}",  # not a block that holds the whole reply
        LETTER.replace("Thank you.", "Thank you.\n```\nx\n```"),
    ],
    ids=["preamble-and-fence", "unclosed", "inside"],
)
def test_fences_that_do_not_wrap_the_whole_reply_are_left_for_the_rules(
    httpserver: HTTPServer,
    make_backend: Callable[..., OpenAIBackend],
    request_: DraftRequest,
    text: str,
) -> None:
    Script(httpserver, ok(completion(text)))
    assert make_backend().draft(request_).text == text.strip()


def test_a_think_tag_inside_the_letter_is_left_for_the_rules(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    text = LETTER.replace("Thank you.", "Thank you. <think>hm</think>")
    Script(httpserver, ok(completion(text)))
    assert make_backend().draft(request_).text == text


def test_a_short_key_is_hidden_too(
    httpserver: HTTPServer, make_backend: Callable[..., OpenAIBackend], request_: DraftRequest
) -> None:
    Script(httpserver, fault(400, "unknown key k3y-42 for this model"))
    with pytest.raises(BackendError) as caught:
        make_backend(api_key="k3y-42").draft(request_)
    assert "unknown key *** for this model" in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1/v1",
        "http://user:pw@[::1/v1",
        "http://exa mple.com/v1",
        "http:///v1",
        "http://127.0.0.1:99999/v1",
    ],
)
def test_a_malformed_base_url_is_a_usage_error_not_a_crash_or_retries(url: str) -> None:
    with pytest.raises(InputError, match="not a web address") as caught:
        OpenAIBackend.from_settings(ModelSettings(base_url=url, api_key=KEY), env={})
    assert "pw" not in str(caught.value)
