"""Inputs that never end, read by real processes: /dev/zero as a notes file, a letter on stdin or
`interview --from`, and a real FIFO fed without end. Each is cut at the size cap (exit 2, one
line), never read until the memory runs out. The children run under a memory limit, so a
regression fails the test instead of the machine."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer.cli import app
from tests.conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow

ZERO = "/dev/zero"
WARM = EXAMPLES / "warm_email.json"


def limited() -> None:
    """In the child: at most 1 GB of address space."""
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def thankyou(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "THANKYOU_"))}
    env.update({"PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(ROOT)})
    with open(stdin or os.devnull, "rb") as source:
        return subprocess.run(
            [sys.executable, "-m", "composer", *args],
            stdin=source,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            preexec_fn=limited,
        )


def assert_refused_as_too_large(result: subprocess.CompletedProcess[str], label: str) -> None:
    assert result.returncode == 2, result.stderr
    assert f"{label}: more than" in result.stderr and "bytes" in result.stderr
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr


@pytest.mark.skipif(not os.path.exists(ZERO), reason="needs /dev/zero")
def test_dev_zero_as_notes_letter_stdin_and_prefill_is_cut_at_the_cap(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Ms. Whitfield,\n\nThank you.\n\nBest regards,\nPriya Raman\n")
    assert_refused_as_too_large(thankyou("compose", ZERO), ZERO)
    assert_refused_as_too_large(thankyou("check", str(letter), "--notes", ZERO), ZERO)
    assert_refused_as_too_large(thankyou("check", "-", "--notes", str(WARM), stdin=ZERO), "<stdin>")
    assert_refused_as_too_large(thankyou("compose", "-", stdin=ZERO), "<stdin>")
    assert_refused_as_too_large(thankyou("interview", "--from", ZERO), ZERO)


def feed(fifo: Path, data: bytes | None) -> threading.Thread:
    """A writer for `fifo`: `data` once, or zeros until the reader goes away."""

    def write() -> None:
        try:
            with fifo.open("wb") as pipe:
                if data is not None:
                    pipe.write(data)
                    return
                chunk = b"\0" * 65536
                for _ in range(1000):  # 64 MB at most, should the reader never stop
                    pipe.write(chunk)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    return writer


def test_a_real_fifo_fed_without_end_is_cut_at_the_cap(tmp_path: Path) -> None:
    fifo = tmp_path / "notes.json"
    os.mkfifo(fifo)
    writer = feed(fifo, None)
    assert_refused_as_too_large(thankyou("compose", str(fifo)), str(fifo))
    writer.join(10)
    assert not writer.is_alive()


def test_a_real_fifo_with_notes_in_it_is_read_like_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "notes.json"  # as `thankyou compose <(cat notes.json)` gives
    os.mkfifo(fifo)
    feed(fifo, WARM.read_bytes())
    result = thankyou("compose", str(fifo), "--today", "2026-11-25")
    assert result.returncode == 0, result.stderr
    assert "Dear Ms. Whitfield," in result.stdout


def test_json_nested_too_deeply_is_bad_input_for_check_notes(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Dana,\n\nThank you.\n\nBest regards,\nPriya Raman\n")
    result = CliRunner().invoke(app, ["check", str(letter), "--notes", str(deep)])
    assert result.exit_code == 2
    assert "nested too deeply" in result.stderr
