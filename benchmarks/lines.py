"""Counts of the note-line regression tables: how each line of a field is said.

Run: .venv/bin/python benchmarks/lines.py [quals] [-v]

For each table (tests/test_lines_<field>.py, one row per note line with a hand-written target),
prints exact / well / left out / broken: said exactly as the target, said differently but judged
good (the row's `well` sentences), left out of the letter, or a sentence no candidate would send.
With -v, every row that is not exact, with what the composer says.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _table(field: str):  # type: ignore[no-untyped-def]
    path = ROOT / "tests" / f"test_lines_{field}.py"
    spec = importlib.util.spec_from_file_location(f"lines_{field}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _print(name: str, counts: Counter[str]) -> None:
    print(
        f"{name}: {sum(counts.values())} lines: exact {counts['exact']} / well {counts['well']} / "
        f"left out {counts['left out']} / broken {counts['broken']}"
    )


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    fields = [a for a in argv if not a.startswith("-")] or ["quals"]
    for field in fields:
        table = _table(field)
        counts: Counter[str] = Counter()
        for row in table.ROWS:
            result = table.outcome(row)
            counts[result] += 1
            if verbose and result != "exact":
                print(f"  {result:8} {row.line!r}\n           -> {table.said(row.line)!r}")
                print(f"           want {row.target!r}")
        _print(field, counts)
        for name, rows in getattr(table, "GROUPS", {}).items():
            _print(f"  {name}", Counter(table.outcome(row) for row in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
