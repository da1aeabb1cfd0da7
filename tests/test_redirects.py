"""Redirects from the model server: a few are followed within the same origin; one to another
origin is never followed (the notes stay home); a loop is reported as a loop, not retried."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner, Result
from werkzeug import Request, Response

from composer.backends import transport
from composer.backends.openai_backend import MAX_REDIRECTS
from composer.backends.transport import RetryPolicy
from composer.cli import app
from tests.conftest import EXAMPLES
from tests.test_model_compose import GOOD, completion

KEY = "sk-test-SECRET-9q8w7e-0123456789"
PATH = "/v1/chat/completions"


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transport, "DEFAULT_POLICY", RetryPolicy(sleep=lambda _: None))


@pytest.fixture
def other_host() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", port=0)  # another port: another origin
    server.start()
    yield server
    server.clear()
    server.stop()


def compose_against(url: str) -> Result:
    args = ["compose", str(EXAMPLES / "warm_email.json"), "--backend", "openai", "--model", "m"]
    args += ["--base-url", url, "--api-key", KEY, "--today", "2026-11-25"]
    return CliRunner().invoke(app, args)


def redirect(location: str, status: int = 307) -> Response:
    return Response("", status, headers={"Location": location})


def test_a_redirect_loop_is_reported_as_one_and_not_retried(httpserver: HTTPServer) -> None:
    seen: list[str] = []

    def loop(request: Request) -> Response:
        seen.append(request.path)
        return redirect(PATH)

    httpserver.expect_request(PATH, method="POST").respond_with_handler(loop)
    result = compose_against(httpserver.url_for("/v1"))
    assert result.exit_code == 3
    assert "kept redirecting" in result.stderr and "could not connect" not in result.stderr
    assert len(seen) == MAX_REDIRECTS + 1  # one chain of redirects, never four


def test_a_cross_origin_redirect_never_sends_the_notes_there(
    httpserver: HTTPServer, other_host: HTTPServer
) -> None:
    elsewhere: list[bytes] = []

    def record(request: Request) -> Response:
        elsewhere.append(request.get_data())
        return Response(json.dumps(completion(GOOD)), 200, content_type="application/json")

    other_host.expect_request(PATH).respond_with_handler(record)
    target = other_host.url_for(PATH)
    httpserver.expect_request(PATH, method="POST").respond_with_response(redirect(target))
    result = compose_against(httpserver.url_for("/v1"))
    assert result.exit_code == 3
    assert elsewhere == []  # nothing reached the other origin, the notes included
    [line] = [x for x in result.stderr.splitlines() if x.startswith("error:")]
    assert "redirect to another address" in line and target in line
    assert "not followed" in line and KEY not in result.stderr
    assert len(httpserver.log) == 1


def test_a_same_origin_redirect_is_followed(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH, method="POST").respond_with_response(
        redirect("/v2/chat/completions")
    )
    httpserver.expect_request("/v2/chat/completions", method="POST").respond_with_json(
        completion(GOOD)
    )
    result = compose_against(httpserver.url_for("/v1"))
    assert result.exit_code == 0, result.stderr
    assert "Dear Ms. Whitfield," in result.stdout
    moved = httpserver.log[-1][0]
    assert moved.path == "/v2/chat/completions"
    assert json.loads(moved.get_data())["model"] == "m"  # a 307 keeps the request body
