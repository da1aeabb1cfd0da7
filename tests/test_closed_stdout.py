"""A real process whose stdout is closed, or whose reader goes away: one line, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow


def env() -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "THANKYOU_"))}
    clean.update({"PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(ROOT)})
    return clean


COMPOSE = [sys.executable, "-m", "composer", "compose", "--today", "2026-11-25"]


def test_started_with_stdout_closed_says_so_before_any_work() -> None:
    result = subprocess.run(
        [*COMPOSE, str(EXAMPLES / "warm_email.json")],
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.close(1),  # the child starts with its stdout closed
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "stdout is closed" in result.stderr and "--out" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Letter to" not in result.stderr  # refused before composing


def test_a_reader_that_goes_away_gets_one_line_not_a_traceback() -> None:
    child = subprocess.Popen(
        [*COMPOSE, str(EXAMPLES / "panel_three.json")],
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    child.stdout.close()  # before the letters are written: the write meets a broken pipe
    _, stderr = child.communicate(timeout=60)
    assert child.returncode == 2, stderr
    assert "stdout was closed before the letters were printed" in stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr
