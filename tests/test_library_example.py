"""examples/library_usage.py runs as documented and shows what it promises."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLES, example_files


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / "library_usage.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_library_example_composes_checks_and_batches() -> None:
    result = _run()
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for name in ("Amélie Dubois-Lefèvre", "Kjetil Ølstad", "Chinedu Okafor"):
        assert f"To {name}: ready" in out
    assert "Hand-edited letter: ok=False" in out
    assert "[names]" in out and "Whitfeld" in out
    for path in example_files():
        assert f"{path.name}: " in out


def test_batch_reports_bad_notes_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a-bad.json").write_text('{"company": "x"}', encoding="utf-8")
    good = json.loads((EXAMPLES / "phone_screen.json").read_text(encoding="utf-8"))
    (tmp_path / "b-good.json").write_text(json.dumps(good), encoding="utf-8")
    result = _run(str(tmp_path))
    assert result.returncode == 1
    assert "SKIPPED" in result.stdout and "a-bad.json" in result.stdout
    assert "b-good.json: Jordan Bell (ok" in result.stdout
