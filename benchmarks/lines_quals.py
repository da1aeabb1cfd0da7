"""Qualification lines of session 36's sets, measured: each line as a letter says it
(`items.read_point`), against the sentence the candidate would want (written by hand).

Run: .venv/bin/python benchmarks/lines_quals.py [--set NAME] [--all] [--counts]

The sets are tests/corpus/lines/quals_<set>36.tsv (reader15: quals_reader15.tsv; session 37:
census16, reader16 and heldout37, named as they are; session 40: creds40); columns: field,
line as typed, job, target ("LEAVE" when no sentence would be right), other sentences judged good
("|"-separated). Each line is one of: EXACT (said as the target, or left out when the target is
LEAVE), GOOD (said as a sentence judged good), LEFT (left out), BROKEN (any other sentence: one no
candidate would send, or one not yet judged). Prints the four counts and each line that is not
exact (with --all, every line).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from composer.offline.items import read_point

LINES = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "lines"
SETS = {
    "dev": LINES / "quals_dev36.tsv",
    "heldout": LINES / "quals_heldout36.tsv",
    "reader15": LINES / "quals_reader15.tsv",
    "census16": LINES / "quals_census16.tsv",
    "reader16": LINES / "quals_reader16.tsv",
    "heldout37": LINES / "quals_heldout37.tsv",
    "creds40": LINES / "quals_creds40.tsv",
    "creds40h": LINES / "quals_creds40h.tsv",
}
LEAVE = "LEAVE"


def rows(path: Path) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(line, job, target, other good sentences) for each row of a set."""
    found = []
    for raw in path.read_text("utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = [*raw.split("\t"), ""]
        well = tuple(s for s in cells[4].split("|") if s)
        found.append((cells[1], cells[2], cells[3], well))
    return found


def outcome(got: str | None, target: str, well: tuple[str, ...]) -> str:
    """EXACT, GOOD, LEFT or BROKEN."""
    if got is None:
        return "EXACT" if target == LEAVE else "LEFT"
    if got == target:
        return "EXACT"
    # Judged once for every degree row (as tests/test_lines_quals.py): "I earned a BS" is as good.
    mine = re.sub(r"^I earned an? ", "I earned my ", got)
    return "GOOD" if got in well or mine == target or mine in well else "BROKEN"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--counts", action="store_true", help="the counts only (a held-out set)")
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    for line, job, target, well in rows(SETS[args.set]):
        read = read_point(line)
        got = read.sentence()
        result = outcome(got, target, well)
        counts[result] += 1
        if not args.counts and (args.all or result != "EXACT"):
            print(f"{result:6} {line!r} ({job})")
            print(f"       -> {got or read.why!r}\n       want {target!r}")
    total = sum(counts.values())
    print(
        f"{args.set}: {total} lines: exact {counts['EXACT']} / good {counts['GOOD']} / "
        f"left out {counts['LEFT']} / BROKEN {counts['BROKEN']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
