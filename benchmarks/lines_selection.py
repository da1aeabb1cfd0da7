"""The content-selection table: which of the candidate's points each reader's letter recalls.

Each row of tests/corpus/lines/selection.json is one interviewer of the readers' notes
(h1-h74, and reader 10's h75-h82 in tests/corpus/readers/reader10/), with the points a
person would pick for that letter (`picks`, written by hand,
reasoning as the candidate: the result that shares a measure or subject with the reader's
topics, else the strongest point a colleague's letter does not need). Each notes file is
composed as typed, and each letter is counted as:
- right: it recalls one of the picks;
- weaker: it recalls a point, none of the picks;
- none: it recalls no point at all.
Points said in two or more letters of one panel are counted too (a point in three letters
counts 2), as `benchmarks/panel_substance.py` counts them over every tone and channel.

    .venv/bin/python benchmarks/lines_selection.py           # the counts, by reader
    .venv/bin/python benchmarks/lines_selection.py --show    # and every letter not right
    .venv/bin/python benchmarks/lines_selection.py --heldout # panel27's held-out panels

`--heldout` counts tests/corpus/lines/selection_heldout.json instead: panels from trades the
readers' notes have none of, written with their picks before any change to the selection and
never tuned on: panel27's four (tests/corpus/selection-heldout/s1-s4, "heldout27") and
panel28's five (s5-s9, rows marked "set": "heldout28") and panel29's eight (s10-s17, bricklayer,
prison officer, railway signaller, interpreter, brewery QA, firefighter, crane operator, bank
branch advisor: 24 letters, "set": "heldout29") and panel30's four (s18-s21, wind turbine
technician, deputy stage manager, sterile services team leader, ramp supervisor: 16 letters,
"set": "heldout30").

`--heldout31` counts tests/corpus/lines/panel_heldout31.json: panel31's four (s22-s25, leisure
centre duty manager, dairy herd manager, head greenkeeper, salon manager: 16 letters), with
weak credentials (a driving licence, a first-aid certificate) that no reader's pick is.
Reader 11's letters (h83-h90) are counted with the readers', from
tests/corpus/lines/selection31.json, and reader 12's (h91-h98) from selection32.json.

`--heldout32` counts tests/corpus/lines/panel_heldout32.json: panel32's four (s26-s29, lift
service engineer, hotel revenue manager, county GIS analyst, bakery night production supervisor:
13 letters), each with a reader whose only topic is typed as a note (an HR advisor's shift
pattern), whose letter must still carry a point of the candidate's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from panel_substance import carried

from composer import compose, load_notes

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "corpus" / "lines" / "selection.json"
# Reader 11's letters (h83-h90, in tests/corpus/readers/reader11/), written by hand in session 31.
TABLE_31 = ROOT / "tests" / "corpus" / "lines" / "selection31.json"
# Reader 12's letters (h91-h98, in tests/corpus/readers/reader12/), written by hand in session 32.
TABLE_32 = ROOT / "tests" / "corpus" / "lines" / "selection32.json"
READERS = ROOT / "tests" / "corpus" / "readers"
HELDOUT_TABLE = ROOT / "tests" / "corpus" / "lines" / "selection_heldout.json"
HELDOUT_31 = ROOT / "tests" / "corpus" / "lines" / "panel_heldout31.json"
HELDOUT_32 = ROOT / "tests" / "corpus" / "lines" / "panel_heldout32.json"
HELDOUT = ROOT / "tests" / "corpus" / "selection-heldout"
VERDICTS = ("right", "weaker", "none")


def reader_of(name: str) -> int:
    """Which independent reader wrote notes file `name` ("h37" -> 5); 0 for a held-out "s1"."""
    if name.startswith("s"):
        return 0
    number = int(name.removeprefix("h"))
    lasts = (10, 18, 26, 34, 42, 50, 58, 66, 74, 82, 90, 98)
    return next(r for r, last in enumerate(lasts, start=1) if number <= last)


def rows(
    heldout: bool = False, heldout31: bool = False, heldout32: bool = False
) -> list[dict[str, Any]]:
    tables = [HELDOUT_TABLE] if heldout else [TABLE, TABLE_31, TABLE_32]
    tables = [HELDOUT_31] if heldout31 else tables
    tables = [HELDOUT_32] if heldout32 else tables
    found: list[dict[str, Any]] = []
    for table in tables:
        found += json.loads(table.read_text("utf-8"))
    return found


def said_where(name: str) -> dict[str, list[int]]:
    """Where each usable point of notes file `name` is said: the letters (by place) of the
    notes composed as typed, the day after the interview."""
    folder = HELDOUT if name.startswith("s") else READERS
    if reader_of(name) in (10, 11, 12):  # kept beside their readers' reports
        folder = READERS / f"reader{reader_of(name)}"
    notes = load_notes(folder / f"{name}.json")
    today = notes.interview.date + dt.timedelta(days=1)
    return carried(notes, [letter.text for letter in compose(notes, today=today)])


def verdict(row: dict[str, Any], said: list[str]) -> str:
    if any(point in row["picks"] for point in said):
        return "right"
    return "weaker" if said else "none"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print every letter not right")
    parser.add_argument("--list", action="store_true", help="print each repeated point")
    parser.add_argument("--heldout", action="store_true", help="count the held-out panels")
    parser.add_argument("--heldout31", action="store_true", help="count panel31's held-out panels")
    parser.add_argument("--heldout32", action="store_true", help="count panel32's held-out panels")
    args = parser.parse_args(argv)
    table = rows(args.heldout, args.heldout31, args.heldout32)
    counts: dict[int | str, Counter[str]] = {}
    for name in sorted({row["notes"] for row in table}, key=lambda n: int(n[1:])):
        where = said_where(name)
        group = counts.setdefault(_group(name, table), Counter())
        group["repeats"] += sum(max(0, len(places) - 1) for places in where.values())
        for point, places in where.items():
            if args.list and len(places) > 1:
                print(f"[repeat] {name} {point!r} in letters {places}")
        for row in (r for r in table if r["notes"] == name):
            said = [point for point, places in where.items() if row["reader"] in places]
            got = verdict(row, said)
            group[got] += 1
            if args.show and got != "right":
                print(f"[{got}] {name} {row['name']}: {said}\n    picks: {row['picks']}")
    total: Counter[str] = Counter()
    for reader, count in sorted(counts.items(), key=lambda item: str(item[0])):
        total.update(count)
        print(_line(reader if isinstance(reader, str) else f"reader {reader}", count))
    print(_line("all", total))
    return 0


def _group(name: str, table: list[dict[str, Any]]) -> int | str:
    """The reader who wrote notes file `name`, or the held-out set its rows belong to."""
    if not name.startswith("s"):
        return reader_of(name)
    return next((r.get("set", "heldout27") for r in table if r["notes"] == name), "heldout27")


def _line(name: str, count: Counter[str]) -> str:
    said = ", ".join(f"{v} {count[v]}" for v in VERDICTS)
    letters = sum(count[v] for v in VERDICTS)
    return f"{name:9} {letters:3} letters: {said}; panel repeats {count['repeats']}"


if __name__ == "__main__":
    raise SystemExit(main())
