"""Credentials never reach a letter, a file or the terminal, even when the server echoes them; a
key that cannot be sent is a usage error; a reply far larger than a letter is not read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner, Result
from werkzeug import Request, Response

from composer.backends import transport
from composer.backends.openai_backend import MAX_LETTER_CHARS, MAX_REPLY_BYTES
from composer.backends.transport import RetryPolicy
from composer.cli import app
from tests.conftest import EXAMPLES
from tests.test_model_compose import GOOD, completion

KEY = "sk-test-SECRET-4f7a9c2e1b-0123456789"
PASSWORD = "hunter2-SECRET-pw"
PATH = "/v1/chat/completions"


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transport, "DEFAULT_POLICY", RetryPolicy(sleep=lambda _: None))


def echoing(secret: str) -> str:
    """GOOD with the secret pasted into its middle paragraph, as a confused model might."""
    return GOOD.replace(
        "I have led this kind", f"(my access code is {secret}) I have led this kind"
    )


class Replies:
    def __init__(self, server: HTTPServer, *drafts: str) -> None:
        self.drafts = list(drafts)
        self.bodies: list[dict[str, object]] = []
        server.expect_request(PATH, method="POST").respond_with_handler(self.answer)

    def answer(self, request: Request) -> Response:
        self.bodies.append(json.loads(request.get_data()))
        draft = self.drafts[min(len(self.bodies), len(self.drafts)) - 1]
        return Response(json.dumps(completion(draft)), 200, content_type="application/json")


def compose_against(url: str, *extra: str, key: str = KEY) -> Result:
    args = ["compose", str(EXAMPLES / "warm_email.json"), "--backend", "openai", "--model", "m"]
    args += ["--base-url", url, "--api-key", key, "--today", "2026-11-25", *extra]
    return CliRunner().invoke(app, args)


def test_a_draft_that_echoes_the_key_is_redacted_and_reported(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    Replies(httpserver, echoing(KEY))
    out = tmp_path / "letter.eml"
    result = compose_against(
        httpserver.url_for("/v1"), "--format", "eml", "--out", str(out), "--max-attempts", "1"
    )
    assert result.exit_code == 1, result.stderr  # written, but marked: it must be rewritten
    letter = out.read_bytes()
    assert KEY.encode() not in letter and b"SECRET" not in letter
    body = message_from_bytes(letter, policy=policy.default).get_content()  # type: ignore[attr-defined]
    assert "(my access code is ***)" in body
    assert "SECRET" not in result.stdout + result.stderr
    assert "error [leak] the draft contained the API key" in result.stderr


def test_the_reask_after_an_echoed_key_carries_only_the_redacted_draft(
    httpserver: HTTPServer,
) -> None:
    replies = Replies(httpserver, echoing(KEY), GOOD)
    result = compose_against(httpserver.url_for("/v1"))
    assert result.exit_code == 0, result.stderr
    assert "SECRET" not in result.stdout + result.stderr
    assert len(replies.bodies) == 2
    resent = json.dumps(replies.bodies[1]["messages"])
    assert "SECRET" not in resent and "my access code is ***" in resent
    assert "the draft contained the API key" in resent  # the re-ask says why


def test_a_password_in_the_base_url_is_redacted_from_drafts(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    Replies(httpserver, echoing(PASSWORD))
    url = httpserver.url_for("/v1").replace("://", f"://priya:{PASSWORD}@")
    out = tmp_path / "letter.txt"
    result = compose_against(url, "--out", str(out), "--max-attempts", "1")
    assert result.exit_code == 1, result.stderr
    assert "SECRET" not in out.read_text(encoding="utf-8") + result.stdout + result.stderr
    assert "[leak] the draft contained the API key or a password" in result.stderr


@pytest.mark.parametrize(
    ("key", "problem"),
    [
        ("sk-test-curly\u2019quote-0123456789", "non-ASCII character"),
        ("sk-test-two-lines\nsecond-0123456789", "line break"),
        ("sk-test-bell\x07-0123456789", "control character"),
    ],
    ids=["non-ascii", "newline", "control"],
)
def test_a_key_that_cannot_be_sent_is_a_usage_error(
    httpserver: HTTPServer, key: str, problem: str
) -> None:
    result = compose_against(httpserver.url_for("/v1"), key=key)
    assert result.exit_code == 2, result.stderr
    [line] = [x for x in result.stderr.splitlines() if x.startswith("error:")]
    assert problem in line and "API key" in line and "test" not in line
    assert "Traceback" not in result.stderr
    assert httpserver.log == []


def test_a_huge_reply_is_not_read_past_the_cap(httpserver: HTTPServer) -> None:
    chunk = 64 * 1024

    def endless() -> Iterator[bytes]:  # no Content-Length: only counting can stop it
        for _ in range(4 * MAX_REPLY_BYTES // chunk):
            yield b" " * chunk

    httpserver.expect_request(PATH, method="POST").respond_with_response(
        Response(endless(), 200, content_type="application/json")
    )
    result = compose_against(httpserver.url_for("/v1"))
    assert result.exit_code == 3, result.stderr
    assert f"went past {MAX_REPLY_BYTES:,} bytes" in result.stderr
    assert len(httpserver.log) == 1  # not retried: the same reply would come again


def test_a_declared_huge_reply_is_refused_from_its_length(httpserver: HTTPServer) -> None:
    body = json.dumps(completion("x" * (MAX_REPLY_BYTES + 10)))
    httpserver.expect_request(PATH, method="POST").respond_with_data(
        body, content_type="application/json"
    )
    result = compose_against(httpserver.url_for("/v1"))
    assert result.exit_code == 3
    assert f"went past {MAX_REPLY_BYTES:,} bytes" in result.stderr


def test_a_reply_far_longer_than_a_letter_is_not_used(httpserver: HTTPServer) -> None:
    Replies(httpserver, GOOD + "\n\n" + "More words. " * (MAX_LETTER_CHARS // 10))
    result = compose_against(httpserver.url_for("/v1"))
    assert result.exit_code == 3
    assert "characters long, not a letter" in result.stderr
    assert result.stdout == ""


def test_a_password_in_the_base_url_is_redacted_from_error_messages(
    httpserver: HTTPServer,
) -> None:
    echo = {"error": {"message": f"bad request from priya:{PASSWORD}", "type": "invalid"}}
    httpserver.expect_request(PATH, method="POST").respond_with_json(echo, status=400)
    url = httpserver.url_for("/v1").replace("://", f"://priya:{PASSWORD}@")
    result = compose_against(url)
    assert result.exit_code == 3
    assert "HTTP 400" in result.stderr and "bad request from" in result.stderr
    assert "SECRET" not in result.stderr + result.stdout
