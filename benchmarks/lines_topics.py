"""The regression table of interviewers' topics: how each topic line is said in a letter.

Each row of tests/corpus/lines/topics.json is one topic as people type it (from the readers'
notes, the examples, the corpus, the lead's and readers' reports, and lines invented for other
jobs), with the noun phrase(s) the candidate would want the letter to name, written by hand
(`target`: a list, one per topic the line holds), other forms judged as good (`fine`), or no
target when the line is best left out. Each line is read as the composer reads a topic (split
by `topic_parts`, arrangements left out, `read_topic`) and counted as said exactly, said
differently but well, left out, or BROKEN (any form not judged good by a person, or one whose
plainest sentence the sentence gate refuses).

    .venv/bin/python benchmarks/lines_topics.py            # the four counts
    .venv/bin/python benchmarks/lines_topics.py --show     # and every row that is not exact
    .venv/bin/python benchmarks/lines_topics.py --set tests/corpus/lines/topics_dev36.tsv --show
    .venv/bin/python benchmarks/lines_topics.py --set tests/corpus/lines/topics_dev37.tsv
    .venv/bin/python benchmarks/lines_topics.py --set tests/corpus/lines/topics_heldout37.tsv

(topics_dev37.tsv: every topic of census16's 30 notes files and reader 16's eight, with hand
targets; topics_heldout37.tsv: 33 lines of 33 jobs no notes had used, typed with hand targets
before session 37's fixes and measured untouched after them.)

A --set file is a table of its own (tab-separated: field, line, job, target, fine): the target
is the topic phrase(s) joined by " | " ("leave out" when none can be said), and `fine` the other
good forms, joined by " || ".
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lines_report import report

from composer.offline.topics import plainest, read_topic, topic_parts
from composer.offline.usable import is_admin
from composer.offline.wellformed import problem

TABLE = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "lines" / "topics.json"
# Session 30's held-out lines (four jobs no notes had used), kept in their own file: typed and
# given hand targets before any fix of that session, measured untouched after the fixes.
HELDOUT = TABLE.with_name("topics_heldout30.json")
# The second set of session 30 (four more new jobs: beekeeper, hydrographic surveyor, farrier,
# wind turbine technician), typed and targeted before the topics2 fixes, measured untouched.
HELDOUT_B = TABLE.with_name("topics_heldout30b.json")
# Session 31's held-out lines (hospital chaplain, ski patroller, orchard manager, aquarist),
# typed and given hand targets before that session's fixes, measured untouched after them.
HELDOUT_31 = TABLE.with_name("topics_heldout31.json")
# Session 32's held-out lines (wastewater operator, bicycle mechanic, claims adjuster, podcast
# producer), typed and given hand targets before that session's fixes, measured untouched after.
HELDOUT_32 = TABLE.with_name("topics_heldout32.json")
# Session 33's held-out lines (optician, bench jeweller, pest control technician, hotel night
# auditor), typed and given hand targets before that session's fixes, measured untouched after.
HELDOUT_33 = TABLE.with_name("topics_heldout33.json")
# Session 35's held-out lines (picture framer, climbing wall route setter, waste collection
# supervisor, body piercer), typed and given hand targets before that session's fixes.
HELDOUT_35 = TABLE.with_name("topics_heldout35.json")


# Rows reported apart: the lines invented here, each reader's (reader 1 typed h1-h10, 2
# h11-h18, 3 h19-h26, 4 h27-h34, 5 h35-h42, 6 h43-h50, 7 h51-h58, 8 h59-h66, 9 h67-h74, 10
# h75-h82, 11 h83-h90, 12 h91-h98, 13 h99-h106, 14 h107-h114), and the fresh lines typed for
# professions no notes had used, written before the fixes and never tuned on.
_READERS = (
    (1, 1, 10),
    (2, 11, 18),
    (3, 19, 26),
    (4, 27, 34),
    (5, 35, 42),
    (6, 43, 50),
    (7, 51, 58),
    (8, 59, 66),
    (9, 67, 74),
    (10, 75, 82),
    (11, 83, 90),
    (12, 91, 98),
    (13, 99, 106),
    (14, 107, 114),
)
GROUPS = {
    "mine": "mine",
    "fresh": "fresh",
    "heldout27": "heldout27",
    "heldout28": "heldout28",
    "heldout29": "heldout29",
    "heldout30": "heldout30",
    "heldout30b": "heldout30b",
    "heldout31": "heldout31",
    "heldout32": "heldout32",
    "heldout33": "heldout33",
    "heldout35": "heldout35",
    "gate34": "gate34",
    **{f"h{n}": f"reader{r}" for r, first, last in _READERS for n in range(first, last + 1)},
}


def rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(TABLE.read_text("utf-8"))
    held: list[dict[str, Any]] = json.loads(HELDOUT.read_text("utf-8"))
    held_b: list[dict[str, Any]] = json.loads(HELDOUT_B.read_text("utf-8"))
    held_31: list[dict[str, Any]] = json.loads(HELDOUT_31.read_text("utf-8"))
    held_32: list[dict[str, Any]] = json.loads(HELDOUT_32.read_text("utf-8"))
    held_33: list[dict[str, Any]] = json.loads(HELDOUT_33.read_text("utf-8"))
    held_35: list[dict[str, Any]] = json.loads(HELDOUT_35.read_text("utf-8"))
    return rows + held + held_b + held_31 + held_32 + held_33 + held_35


def tsv_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a --set table, in the form of topics.json's rows."""
    found: list[dict[str, Any]] = []
    for number, text in enumerate(path.read_text("utf-8").splitlines()):
        cells = text.split("\t")
        if number == 0 or len(cells) < 4 or cells[0] != "topics":
            continue
        row: dict[str, Any] = {"source": cells[2], "line": cells[1]}
        if cells[3] != "leave out":
            row["target"] = cells[3].split(" | ")
        fine = cells[4] if len(cells) > 4 else ""
        row["fine"] = [
            form.split(" | ") for form in fine.split(" || ") if form and form != "leave out"
        ]
        found.append(row)
    return found


def said(line: str) -> list[str] | None:
    """The topics a letter names for `line`, in order, or None when it names none."""
    parts = [part for part in topic_parts(line) if not is_admin(part)]
    texts = [read_topic(part).text for part in parts]
    named = [text for text in texts if text]
    return named or None


def verdict(row: dict[str, Any], named: list[str] | None) -> str:
    if named is not None and any(problem(plainest(text)) for text in named):
        return "BROKEN"
    if named == row.get("target"):
        return "exact"
    if named in row.get("fine", ()):
        return "well"
    if named is None:
        return "left out"
    return "BROKEN"


def measure() -> Counter[str]:
    return Counter(verdict(row, said(row["line"])) for row in rows())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print every row not said exactly")
    parser.add_argument("--set", type=Path, help="measure this .tsv table instead of the JSON ones")
    args = parser.parse_args(argv)
    table = tsv_rows(args.set) if args.set else rows()

    def judge(row: dict[str, Any]) -> tuple[object, str]:
        named = said(row["line"])
        return named, verdict(row, named)

    def group(row: dict[str, Any]) -> str:
        if args.set:
            return args.set.stem
        return GROUPS.get(row["source"], "corpus")

    report(table, judge, group, show=args.show, width=7)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
