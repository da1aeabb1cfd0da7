"""Two writers racing for one new file: exactly one wins, the other is told the file exists,
and the file holds the winner's bytes whole. The race is forced, not hoped for: both writers
are held after their "does it exist?" check until both have made it."""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path
from typing import Any

import pytest

import composer.files as files
from composer.files import FileExists, write_bytes_atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="hard links")


def test_two_writers_racing_for_one_file_never_clobber(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "letter.txt"
    both_checked = threading.Barrier(2, timeout=30)
    real_mkstemp = tempfile.mkstemp

    def mkstemp_after_both_checked(*args: Any, **kwargs: Any) -> tuple[int, str]:
        # Called once a writer has found no file at the target: wait for the other writer.
        both_checked.wait()
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(files.tempfile, "mkstemp", mkstemp_after_both_checked)
    outcomes: dict[str, str] = {}

    def writer(name: str) -> None:
        try:
            write_bytes_atomic(target, f"written by {name}\n".encode() * 1000)
        except FileExists:
            outcomes[name] = "refused"
        else:
            outcomes[name] = "wrote"

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("first", "second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes.values()) == ["refused", "wrote"], outcomes
    [winner] = [name for name, outcome in outcomes.items() if outcome == "wrote"]
    assert target.read_bytes() == f"written by {winner}\n".encode() * 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.txt"]  # no temporary left
