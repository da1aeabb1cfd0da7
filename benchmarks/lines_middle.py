"""The middle paragraph's note lines, measured: highlights and contributions as the letter says
them, against the sentence a candidate would want (tests/corpus/lines/middle.tsv, by hand).

Run: .venv/bin/python benchmarks/lines_middle.py [--all] [--heldout | --heldout30b | --heldout31
  | --heldout31b | --reader12 | --heldout32 | --reader13 | --heldout33 | --heldout33b
  | --heldout34 | --reader14 | --heldout35]

Each line of the table is counted as one of: EXACT (said as the target), GOOD (said as another
sentence judged good, listed in the table), LEFT (left out of the letter), BROKEN (any other
sentence: one no candidate would send, or one not yet judged). A highlight is said by
`items.read_point`; a contribution by `offer.read_offer` in its plain frame. Prints the four
counts, by field and in all, and each BROKEN line (with --all, every line). With --heldout, the
held-out lines of tests/corpus/lines/points_heldout30.tsv instead, qualifications (Q) among them,
each said by `items.read_point` as the qualification table says it. With --heldout30b, the
results and stated qualifications of tests/corpus/lines/points_heldout30b.tsv, said the same way;
with --heldout31, session 31's held-out lines (tests/corpus/lines/points_heldout31.tsv); with
--heldout31b, its second held-out set (points_heldout31b.tsv, four more jobs); with --reader12,
reader 12's qualifications, highlights and the answers typed for them (points_reader12.tsv); with
--heldout32, session 32's held-out lines (points_heldout32.tsv); with --reader13, reader 13's
points, contributions and the answers typed for them (points_reader13.tsv); with --heldout33,
session 33's held-out lines (points_heldout33.tsv, contributions among them); with
--heldout33b, the second (points2_heldout33.tsv: credentials, languages, skills, offers); with
--heldout34, session 34's held-out lines (middle_heldout34.tsv), topics (T) among them, each
named as a letter's topic sentence names it (`topics.topic_parts`, `read_topic`; a form the
sentence gate refuses is BROKEN); with --reader14, reader 14's qualifications, highlights and the
answers typed for them (points_reader14.tsv); with --heldout35, session 35's held-out lines
(points_heldout35.tsv). With --set NAME, a table of session 36 and later
(tests/corpus/lines/NAME.tsv: field, line as typed, job, target, good), each highlight said as
a letter says it: `items.read_point`, then the last gate (`flagged.stopped`, with the line's own
capitals and careful words): a sentence the gate stops is LEFT, as the letter leaves it out.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from composer.offline.flagged import careful_in, stopped
from composer.offline.items import read_point
from composer.offline.notewords import capitals_of, lowered_names, recapitalised
from composer.offline.offer import read_offer
from composer.offline.topics import plainest, read_topic, topic_parts
from composer.offline.usable import is_admin
from composer.offline.wellformed import problem

TABLE = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "lines" / "middle.tsv"
LEAVE = "LEAVE"
FIELDS = {"Q": "qualifications", "H": "highlights", "C": "contribution", "T": "topics"}
# Rows counted on their own as well: readers 4-6's lines, and fresh lines never tuned on.
GROUPS = {
    "readers4": "reader 4",
    "readers5": "reader 5",
    "readers6": "reader 6",
    "readers7": "reader 7",
    "fresh": "fresh",
    "heldout27": "held-out 27",
    "readers8": "reader 8",
    "heldout28": "held-out 28",
    "readers9": "reader 9",
    "heldout29": "held-out 29",
    "readers10": "reader 10",
    "readers11": "reader 11",
    "heldout31": "held-out 31",
    "heldout31b": "held-out 31b",
    "readers12": "reader 12",
    "answers12": "answers 12",
    "heldout32": "held-out 32",
    "readers13": "reader 13",
    "answers13": "answers 13",
    "heldout33": "held-out 33",
    "heldout33b": "held-out 33b",
    "heldout34": "held-out 34",
    "readers14": "reader 14",
    "answers14": "answers 14",
    "heldout35": "held-out 35",
    "dev40": "dev 40",  # highlights left out at 7694fef (session 40), targets by hand
    "dev40b": "dev 40b",  # the first-round held-out shapes (session 40b), targets by hand
}
HELDOUT = TABLE.with_name("points_heldout30.tsv")
HELDOUT_B = TABLE.with_name("points_heldout30b.tsv")
HELDOUT_31 = TABLE.with_name("points_heldout31.tsv")
HELDOUT_31B = TABLE.with_name("points_heldout31b.tsv")
READER12 = TABLE.with_name("points_reader12.tsv")
HELDOUT_32 = TABLE.with_name("points_heldout32.tsv")
READER13 = TABLE.with_name("points_reader13.tsv")
HELDOUT_33 = TABLE.with_name("points_heldout33.tsv")
HELDOUT_33B = TABLE.with_name("points2_heldout33.tsv")
HELDOUT_34 = TABLE.with_name("middle_heldout34.tsv")
READER14 = TABLE.with_name("points_reader14.tsv")
HELDOUT_35 = TABLE.with_name("points_heldout35.tsv")


@dataclass(frozen=True)
class Row:
    field: str  # "Q", "H", "C" or "T"
    source: str  # "corpus", "readers" or "mine"
    line: str
    target: str  # the sentence wanted, or LEAVE
    good: tuple[str, ...]  # other sentences judged good


def rows(path: Path = TABLE) -> list[Row]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        cells += [""] * (5 - len(cells))
        good = tuple(g for g in cells[4].split("|") if g)
        out.append(Row(cells[0], cells[1], cells[2], cells[3], good))
    return out


def common(text: str) -> frozenset[str]:
    """The words the line writes in lower case (in a letter: every note field's)."""
    return frozenset(w for w in re.findall(r"[^\W\d_]+", text) if w.islower())


@functools.lru_cache(maxsize=1)
def _roles() -> dict[str, str]:
    """The role each reader's notes apply for, by their contribution line (a contribution that
    is the person the candidate would be is said with "be": `offer.read_offer`)."""
    readers = TABLE.parent.parent / "readers"
    out: dict[str, str] = {}
    for path in sorted(readers.rglob("*.json")):
        notes = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(notes, dict) and isinstance(notes.get("contribution"), str):
            out.setdefault(notes["contribution"], str(notes.get("role") or ""))
    return out


def said(row: Row) -> str | None:
    """The line as the composer says it, or None when it is left out."""
    if row.field == "Q":
        return read_point(row.line).sentence()
    if row.field == "T":
        parts = [part for part in topic_parts(row.line) if not is_admin(part)]
        named = [text for text in (read_topic(part).text for part in parts) if text]
        if any(problem(plainest(text)) for text in named):
            return "(refused by the gate) " + " | ".join(named)
        return " | ".join(named) or None
    if row.field == "C":
        offer = read_offer(row.line, common(row.line), _roles().get(row.line, ""))
        return None if offer is None else offer.plain()
    return read_point(row.line, common(row.line)).sentence()


def set_rows(name: str) -> list[Row]:
    """The rows of tests/corpus/lines/`name`.tsv (field, line, job, target, good); the job
    stands in the source column."""
    out = []
    for raw in TABLE.with_name(f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t") + [""] * 5
        good = tuple(g for g in cells[4].split("|") if g)
        out.append(Row(cells[0], cells[2], cells[1], cells[3], good))
    return out


def gated(row: Row) -> str | None:
    """The line as a letter says it: `said`, then the last gate (None when it stops it)."""
    text = said(Row("H", row.source, row.line, row.target, row.good))
    if text is None:
        return None
    text = recapitalised(text, lowered_names([row.line]) | capitals_of([row.line]))
    return None if stopped(text, careful_in((row.line,))) else text


def verdict(row: Row, text: str | None) -> str:
    if text is None:  # LEAVE: no sentence would be right (target) or leaving it out is as good
        return "EXACT" if row.target == "LEAVE" else "GOOD" if "LEAVE" in row.good else "LEFT"
    if text == row.target:
        return "EXACT"
    return "GOOD" if text in row.good else "BROKEN"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="print every line, not only BROKEN")
    parser.add_argument("--heldout", action="store_true", help="the held-out lines instead")
    parser.add_argument("--heldout30b", action="store_true", help="the results held-out lines")
    parser.add_argument("--heldout31", action="store_true", help="session 31's held-out lines")
    parser.add_argument("--heldout31b", action="store_true", help="session 31's second held-out")
    parser.add_argument("--reader12", action="store_true", help="reader 12's points and answers")
    parser.add_argument("--heldout32", action="store_true", help="session 32's held-out lines")
    parser.add_argument("--reader13", action="store_true", help="reader 13's points and answers")
    parser.add_argument("--heldout33", action="store_true", help="session 33's held-out lines")
    parser.add_argument("--heldout33b", action="store_true", help="session 33's second held-out")
    parser.add_argument("--heldout34", action="store_true", help="session 34's held-out lines")
    parser.add_argument("--reader14", action="store_true", help="reader 14's points and answers")
    parser.add_argument("--heldout35", action="store_true", help="session 35's held-out lines")
    parser.add_argument("--set", help="a session 36 table by name (results_dev36, ...)")
    parser.add_argument("--counts", action="store_true", help="the counts only (a held-out set)")
    args = parser.parse_args(argv)
    table = HELDOUT_B if args.heldout30b else HELDOUT if args.heldout else TABLE
    table = HELDOUT_31 if args.heldout31 else table
    table = HELDOUT_31B if args.heldout31b else table
    table = READER12 if args.reader12 else HELDOUT_32 if args.heldout32 else table
    table = READER13 if args.reader13 else HELDOUT_33 if args.heldout33 else table
    table = HELDOUT_33B if args.heldout33b else table
    table = HELDOUT_34 if args.heldout34 else table
    table = READER14 if args.reader14 else HELDOUT_35 if args.heldout35 else table
    counts: Counter[tuple[str, str]] = Counter()
    for row in set_rows(args.set) if args.set else rows(table):
        text = gated(row) if args.set else said(row)
        found = verdict(row, text)
        counts[(row.field, found)] += 1
        counts[("all", found)] += 1
        if row.source in GROUPS:
            counts[(row.source, found)] += 1
        if not args.counts and (args.all or found == "BROKEN"):
            print(
                f"{found:6} {row.field} {row.line}\n       said: {text}\n       want: {row.target}"
            )
    for field in ("Q", "H", "C", "T", "all", *GROUPS):
        if not any(counts[(field, k)] for k in ("EXACT", "GOOD", "LEFT", "BROKEN")):
            continue
        name = FIELDS.get(field, GROUPS.get(field, "all"))
        line = "  ".join(f"{k} {counts[(field, k)]}" for k in ("EXACT", "GOOD", "LEFT", "BROKEN"))
        print(f"{name:13} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
