"""The candidate's points in all readers' notes (tests/corpus/readers/h1-h74, reader10/h75-h82,
reader11/h83-h90 and reader12/h91-h98), counted by reader: each qualification, highlight and
contribution line as its table judges it (tests/test_lines_quals.py for qualifications,
tests/corpus/lines/middle.tsv for the others; reader 12's qualifications and highlights in
tests/corpus/lines/points_reader12.tsv).

Run: .venv/bin/python benchmarks/lines_readers.py [-v] [Q|H|C]

Prints exact / well / left out / BROKEN per reader (1-12) and in all; a line missing from its
table is counted as "missing". With -v, every BROKEN or missing line; with Q, H or C, only the
qualifications, highlights or contributions.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lines
import lines_middle

ROOT = Path(__file__).resolve().parent.parent
# the files each reader wrote
READERS = (
    (1, 10), (11, 18), (19, 26), (27, 34), (35, 42), (43, 50), (51, 58), (59, 66), (67, 74),
    (75, 82), (83, 90), (91, 98),
)  # fmt: skip
_MIDDLE = {"exact": "EXACT", "well": "GOOD", "left out": "LEFT", "BROKEN": "BROKEN"}
VERDICTS = ("exact", "well", "left out", "BROKEN", "missing")


def reader_of(number: int) -> int:
    return next(i for i, (a, b) in enumerate(READERS, 1) if a <= number <= b)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    only = {a for a in argv if a in ("Q", "H", "C")} or {"Q", "H", "C"}
    quals = lines._table("quals")
    by_line = {row.line: row for row in quals.ROWS}
    both = lines_middle.rows() + lines_middle.rows(lines_middle.READER12)
    middle = {(row.field, row.line): row for row in both}
    counts: dict[int, Counter[str]] = {}
    for number in range(READERS[0][0], READERS[-1][1] + 1):
        path = ROOT / f"tests/corpus/readers/h{number}.json"
        if not path.exists():  # a reader's notes waiting beside their report (reader 10)
            path = ROOT / f"tests/corpus/readers/reader{reader_of(number)}/h{number}.json"
        notes = json.loads(path.read_text("utf-8"))
        found: list[tuple[str, str, str]] = []
        for line in notes.get("qualifications") or [] if "Q" in only else []:
            row = by_line.get(line)
            if row is None and ("Q", line) in middle:  # reader 12's, in points_reader12.tsv
                mrow = middle[("Q", line)]
                text = lines_middle.said(mrow)
                got = {v: k for k, v in _MIDDLE.items()}[lines_middle.verdict(mrow, text)]
                found.append((line, got, text or ""))
                continue
            got = "missing" if row is None else quals.outcome(row)
            said = "" if row is None else str(quals.said(line))
            found.append((line, "broken" if got == "broken" else got, said))
        lines_h = [("H", h) for h in notes.get("highlights") or []]
        lines_c = [("C", notes["contribution"])] if notes.get("contribution") else []
        for field, line in [(f, x) for f, x in lines_h + lines_c if f in only]:
            mrow = middle.get((field, line))
            text = None if mrow is None else lines_middle.said(mrow)
            verdict = "missing" if mrow is None else lines_middle.verdict(mrow, text)
            found.append(
                (line, {v: k for k, v in _MIDDLE.items()}.get(verdict, verdict), text or "")
            )
        for line, got, said in found:
            got = "BROKEN" if got == "broken" else got
            counts.setdefault(reader_of(number), Counter())[got] += 1
            if verbose and got in ("BROKEN", "missing"):
                print(f"[{got}] h{number}: {line}\n    said: {said}")
    total: Counter[str] = Counter()
    for reader, count in sorted(counts.items()):
        total.update(count)
        print(f"reader {reader} {_line(count)}")
    print(f"all      {_line(total)}")
    return 0


def _line(count: Counter[str]) -> str:
    return f"{sum(count.values()):3} lines: " + ", ".join(f"{v} {count[v]}" for v in VERDICTS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
