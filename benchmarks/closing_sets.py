"""The closing lines of a hand-made set, said as the letter says them: follow-ups and contributions.

A set is a tab-separated file of tests/corpus/lines (field, line as typed, job, target, and for a
follow-up the panellist who asked, when the line names one). A follow-up that names who asked is
read with a panel of two, the asker second, so that a follow-up said in the other letter counts
as BROKEN. A row whose job is a reader's notes file ("h116") or a census 16 file ("f03") is read
against that file's panel.
Each line is counted exact, good (the wording differs from the target and a person judged it
good: tests/corpus/lines/closing_judged36.tsv, 37 and 38), left out, or BROKEN.

    .venv/bin/python benchmarks/closing_sets.py --set closing_dev36.tsv
    .venv/bin/python benchmarks/closing_sets.py --set closing_heldout36.tsv --show
    .venv/bin/python benchmarks/closing_sets.py --set closing_dev37.tsv  # census16, reader 16
    .venv/bin/python benchmarks/closing_sets.py --set closing_dev38.tsv  # reader 17, next steps
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import lines_closing
import lines_offer

LINES = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "lines"
JUDGED = tuple(LINES / f"closing_judged{n}.tsv" for n in (36, 37, 38))
LEAVE = "LEAVE"


def _table(path: Path) -> list[list[str]]:
    out = []
    for raw in path.read_text("utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            out.append(raw.split("\t"))
    return out


def rows(path: Path) -> list[dict[str, Any]]:
    """The set's rows as dicts: field, line, job, target (None: best left out), to."""
    out = []
    for cells in _table(path):
        field, line, job, target, *rest = cells
        row: dict[str, Any] = {"field": field, "line": line, "job": job}
        row["target"] = None if target == LEAVE else target
        to = rest[0] if rest and rest[0] else None
        readers = sorted((LINES.parent / "readers").rglob(f"{job}.json"))
        readers += sorted((LINES.parent / "census16").glob(f"{job}.json"))
        if readers:
            row["source"] = job
            row["panel"] = json.loads(readers[0].read_text("utf-8"))["interviewers"]
        elif to:
            row["panel"] = [{"name": "Alex Morgan", "title": "Manager"}, {"name": to}]
        if to:
            row["to"] = to
        out.append(row)
    return out


def judged() -> set[tuple[str, str]]:
    """The (line, sentence) pairs a person judged good though they differ from the target."""
    pairs = [cells for path in JUDGED if path.is_file() for cells in _table(path)]
    return {(cells[0], cells[1]) for cells in pairs if len(cells) > 1}


def said(row: dict[str, Any]) -> str | None:
    if row["field"] == "follow_up":
        return lines_closing.said(row)
    if row["field"] == "next_steps":
        return lines_offer.said_step(row)
    return lines_offer.said_offer(row)


def verdict(row: dict[str, Any], text: str | None, good: set[tuple[str, str]]) -> str:
    if text is None:
        return "exact" if row["target"] is None else "left out"
    if text == row["target"]:
        return "exact"
    return "good" if (row["line"], text) in good else "BROKEN"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", required=True, help="the tsv under tests/corpus/lines")
    parser.add_argument("--show", action="store_true", help="print every line not said exactly")
    args = parser.parse_args(argv)
    good = judged()
    counts: dict[str, Counter[str]] = {}
    for row in rows(LINES / args.set):
        text = said(row)
        found = verdict(row, text, good)
        for key in (row["field"], "all"):
            counts.setdefault(key, Counter())[found] += 1
        if args.show and found != "exact":
            print(
                f"{found:8} [{row['job']}] {row['line']}\n   said: {text}\n   want: {row['target']}"
            )
    for key in sorted(counts):
        c = counts[key]
        kinds = ("exact", "good", "left out", "BROKEN")
        print(f"{key:14} {sum(c.values()):3} lines: " + ", ".join(f"{k} {c[k]}" for k in kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
