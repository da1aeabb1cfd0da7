"""`thankyou compose --backend openai` in a real pseudo-terminal: progress shows on stderr there."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tests.fakes import GOOD, completion

pexpect = pytest.importorskip("pexpect")

pytestmark = pytest.mark.slow

KEY = "sk-test-SECRET-terminal-0123456789"
ROOT = Path(__file__).resolve().parent.parent


def test_retry_waits_show_at_the_terminal(httpserver: HTTPServer, tmp_path: Path) -> None:
    answers = [
        # the server asks for a 20 ms pause: the only real wait, and the server's choice
        Response("{}", 429, headers={"retry-after-ms": "20"}, content_type="application/json"),
        Response(json.dumps(completion(GOOD)), 200, content_type="application/json"),
    ]
    httpserver.expect_ordered_request("/v1/chat/completions", method="POST").respond_with_response(
        answers[0]
    )
    httpserver.expect_ordered_request("/v1/chat/completions", method="POST").respond_with_response(
        answers[1]
    )
    notes = tmp_path / "notes.json"
    notes.write_bytes((ROOT / "examples" / "warm_email.json").read_bytes())
    out = tmp_path / "letter.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "THANKYOU_"))}
    env.update({"TERM": "dumb", "PYTHONIOENCODING": "utf-8", "OPENAI_API_KEY": KEY})
    args = ["-m", "composer", "compose", str(notes), "--backend", "openai", "--model", "m"]
    args += ["--base-url", httpserver.url_for("/v1"), "--out", str(out), "--today", "2026-11-25"]
    child = pexpect.spawn(
        sys.executable,
        args,
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 400),
    )
    child.expect(pexpect.EOF)
    child.close()
    transcript = child.before or ""
    assert child.exitstatus == 0, transcript
    assert "Letter 1 of 1 to Dana Whitfield: draft 1" in transcript
    assert "waiting 20ms before retry 1 of 3 (HTTP 429 rate limited)" in transcript
    assert KEY not in transcript and KEY not in out.read_text(encoding="utf-8")
    assert "Dear Ms. Whitfield," in out.read_text(encoding="utf-8")
    httpserver.check_assertions()
