"""The held-out personal notes of session 30: rapport lines typed for four trades the corpus
never had (piano technician, hydrographic surveyor, farrier, beekeeper), with the sentence the
candidate would want written by hand before any fix, in tests/corpus/lines/rapport_heldout30.json.

Each line is composed and judged as `lines_closing` judges a row (exact, well, left out, BROKEN).
The set is never tuned on: a row fixed by looking at it is marked `tuned` and counted apart.

    .venv/bin/python benchmarks/rapport_heldout.py           # the four counts, held out / tuned
    .venv/bin/python benchmarks/rapport_heldout.py --trade   # per trade
    .venv/bin/python benchmarks/rapport_heldout.py --show    # and every row not said exactly
    cd benchmarks && ../.venv/bin/python rapport_heldout.py --table \
        ../tests/corpus/lines/rapport_heldout30b.json --kind

Held-out 30b (rapport_heldout30b.json: glassblower, luthier, cartographer, wind turbine
technician) has a `kind` per row (recommended, new, plans, shared, from, family, chat,
lowercase, typed): `--kind` counts by it. A row with no target is best left out; its `fine`
wordings are the ones that would still be good if said.

Held-out 31 (rapport_heldout31.json: saddler, paintings conservator, cheesemaker, lifeguard
supervisor) has a `kind` per row (recommended, pet, event, shared, family, lowercase): pets
named in lower case, events with short days ("sat 5th"), books with authors, shared places,
names typed in lower case. A `fine` wording added after a fix says so in `judged`.

    cd benchmarks && ../.venv/bin/python rapport_heldout.py --table \
        ../tests/corpus/lines/rapport_heldout31.json --kind --show

Held-out 32 (rapport_heldout32.json: bicycle mechanic, watchmaker, thatcher, forensic
accountant) was typed in reader 12's shorthand: races with their distance ("130k", "5k"), "w/",
the interviewer's own name as the subject ("eleanor's daughter"), pets named in lower case,
"told me to read", "+" for "and". Rows fixed after its untouched measure are `tuned`; a `known`
row is said badly still (tests/test_rapport_short32.py expects it so).

    cd benchmarks && ../.venv/bin/python rapport_heldout.py --table \
        ../tests/corpus/lines/rapport_heldout32.json --kind --show

Held-out 33 (rapport_heldout33.json: tugboat skipper, dry-stone waller, seed bank curator,
puppeteer) was typed as reader 13 typed: places and names in lower case ("keswick", "the
pennine way", "by junger"), "w/", "rec'd", "told me to read", "also ex-RNLI like me", weekly
habits ("every sun morning"). Its targets were written before the code was run on it.

Held-out 34 (closing_heldout34.json: museum registrar, mine surveyor, fishmonger, orchestra
librarian) holds rapport and follow-up lines together, half shorthand and half careful (`style`),
with a `kind` per row; lines_closing.py counts it among its held-out sets as well.

    cd benchmarks && ../.venv/bin/python rapport_heldout.py --table \
        ../tests/corpus/lines/closing_heldout34.json --kind --show

Held-out 35 (rapport_heldout35.json: dive instructor, grain merchant, hot air balloon pilot,
ceramicist) was typed in reader 14's shorthand: trips and events of theirs with a time ("he's
at the GAFTA conference in Geneva next wk"), "rec'd" podcast episodes ("ep w/ ..."), shared
backgrounds with "too", "same as me", "like me" and initials. `--gate` judges a line as the
letter does: a sentence the last gate stops (`flagged.stopped`: a note word, an unknown word in
lower case) is left out of the letter, so it counts as left out, not as said. `--group` keeps
the rows of one group of a table (reader 14's rows of closing.json: `--group reader14`).

    cd benchmarks && ../.venv/bin/python rapport_heldout.py --table \
        ../tests/corpus/lines/rapport_heldout35.json --kind --gate --show
    cd benchmarks && ../.venv/bin/python rapport_heldout.py --table \
        ../tests/corpus/lines/closing.json --group reader14 --gate --show

Session 36 keeps its sets as tab-separated tables (columns field, line, job, target, kind, fine,
an optional reader and `judged`; wordings separated by "|", an empty target: best left out).
`judged` holds the wordings the code said that were read and judged good after the first run
(counted as `well`, like `fine`); the held-out set has none until its untouched measure:
the dev set rapport_dev36.tsv (40 candidates, 40 jobs), the held-out set rapport_heldout36.tsv
(20 more jobs, measured untouched at the end) and reader 15's personal notes,
rapport_reader15.tsv. Their interviews were on 2026-12-01 and the letters go out the next day.

    cd benchmarks && ../.venv/bin/python rapport_heldout.py --table \
        ../tests/corpus/lines/rapport_dev36.tsv --kind --gate --show
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import lines_closing
from lines_report import report

from composer.offline.flagged import stopped

TABLE = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "lines"
TABLE = TABLE / "rapport_heldout30.json"


def rows(table: Path = TABLE) -> list[dict[str, Any]]:
    if table.suffix == ".tsv":
        return tsv_rows(table)
    rows: list[dict[str, Any]] = json.loads(table.read_text("utf-8"))
    return rows


def tsv_rows(table: Path) -> list[dict[str, Any]]:
    """The rows of a tab-separated set, in the shape of the JSON sets."""
    lines = table.read_text("utf-8").splitlines()
    head = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = dict(zip(head, line.split("\t"), strict=False))
        rows.append(
            {
                "field": cells["field"],
                "line": cells["line"],
                "trade": cells["job"],
                "target": cells["target"] or None,
                "kind": cells.get("kind", ""),
                "fine": [
                    wording
                    for wording in (cells.get("fine", "") + "|" + cells.get("judged", "")).split(
                        "|"
                    )
                    if wording
                ],
                "reader": cells.get("reader") or "Sam Taylor",
                "met": "2026-12-01",
                "sent": "2026-12-02",
                "source": table.stem,
            }
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print every row not said exactly")
    parser.add_argument("--trade", action="store_true", help="count by trade")
    parser.add_argument("--kind", action="store_true", help="count by kind of note")
    parser.add_argument(
        "--table", type=Path, default=TABLE, help="the set (default: held-out 30; also 30b)"
    )
    parser.add_argument(
        "--gate", action="store_true", help="a sentence the letter's last gate stops is left out"
    )
    parser.add_argument("--group", help="only the rapport rows of this group (e.g. reader14)")
    args = parser.parse_args(argv)

    def judge(row: dict[str, Any]) -> tuple[object, str]:
        text = lines_closing.said(row)
        if args.gate and text and stopped(text):
            text = None  # the letter leaves it out ("the sentence ... still read as a note")
        return text, lines_closing.verdict(row, text)

    def group(row: dict[str, Any]) -> str:
        if args.trade or args.kind:
            return str(row["trade"] if args.trade else row.get("kind", ""))
        return "tuned" if row.get("tuned") else "held out"

    chosen = [
        row
        for row in rows(args.table)
        if not args.group or (row.get("group") == args.group and row["field"] == "rapport")
    ]
    report(chosen, judge, group, show=args.show, width=22)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
