"""Ctrl-C and SIGTERM while a panel is being written: a real process, a real signal, a loopback
model server that answers the first interviewer at once and the later ones slowly. The letters
finished before the signal are delivered and reported; the missing ones are named; no temporary
file is left; the exit code is 128 + the signal."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import EXAMPLES, ROOT, default_sigint
from tests.test_model_compose import completion

pytestmark = pytest.mark.slow

KEY = "sk-test-SECRET-signal-0123456789"
FIRST = """Subject: Thank you for the panel interview

Dear Amélie,

Thank you for the conversation yesterday.

Best regards,
Mei-Ling Zhou"""


class SlowAfterFirst:
    """Answers the first request at once; later ones wait (at most 20 s) until released."""

    def __init__(self) -> None:
        self.count = 0
        self.later_started = threading.Event()
        self.release = threading.Event()

    def __call__(self, request: Request) -> Response:
        self.count += 1
        if self.count > 1:
            self.later_started.set()
            self.release.wait(20)
        return Response(json.dumps(completion(FIRST)), 200, content_type="application/json")


@pytest.fixture
def server() -> Iterator[tuple[HTTPServer, SlowAfterFirst]]:
    httpserver = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    answers = SlowAfterFirst()
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_handler(answers)
    httpserver.start()
    yield httpserver, answers
    answers.release.set()
    httpserver.clear()
    httpserver.stop()


def interrupted_run(
    server: tuple[HTTPServer, SlowAfterFirst], sig: int, cwd: Path, *extra: str
) -> subprocess.CompletedProcess[str]:
    httpserver, answers = server
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "THANKYOU_"))}
    env.update({"PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(ROOT)})
    args = [sys.executable, "-m", "composer", "compose", str(EXAMPLES / "panel_three.json")]
    args += ["--backend", "openai", "--model", "m", "--api-key", KEY, "--max-attempts", "1"]
    args += ["--jobs", "1"]  # one letter after another: the first one asked is Amélie's
    args += ["--base-url", httpserver.url_for("/v1"), "--today", "2026-11-25", *extra]
    child = subprocess.Popen(
        args,
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_sigint,
    )
    try:
        assert answers.later_started.wait(30), "the second letter was never asked for"
        child.send_signal(sig)
        stdout, stderr = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    return subprocess.CompletedProcess(args, child.returncode, stdout, stderr)


def test_ctrl_c_mid_panel_prints_the_finished_letter_and_names_the_missing(
    server: tuple[HTTPServer, SlowAfterFirst], tmp_path: Path
) -> None:
    result = interrupted_run(server, signal.SIGINT, tmp_path)
    assert result.returncode == 130, result.stderr
    assert "Dear Amélie," in result.stdout and "Mei-Ling Zhou" in result.stdout
    assert "Letter to Amélie Dubois-Lefèvre:" in result.stderr  # its report
    assert "Interrupted (Ctrl-C)" in result.stderr
    assert "not written: Kjetil Ølstad, Chinedu Okafor." in result.stderr
    assert "Traceback" not in result.stderr and "SECRET" not in result.stderr


def test_sigterm_mid_panel_writes_the_finished_file_and_leaves_no_temporary_file(
    server: tuple[HTTPServer, SlowAfterFirst], tmp_path: Path
) -> None:
    drafts = tmp_path / "drafts"
    result = interrupted_run(server, signal.SIGTERM, tmp_path, "--out", f"{drafts}/")
    assert result.returncode == 143, result.stderr
    assert "Interrupted (SIGTERM)" in result.stderr
    assert "Letter to Amélie Dubois-Lefèvre:" in result.stderr
    assert [p.name for p in drafts.iterdir()] == ["amelie-dubois-lefevre.txt"]  # no .tmp
    assert "Dear Amélie," in (drafts / "amelie-dubois-lefevre.txt").read_text(encoding="utf-8")
    assert f"Wrote {drafts / 'amelie-dubois-lefevre.txt'}" in result.stderr
    assert "not written: Kjetil Ølstad, Chinedu Okafor." in result.stderr
