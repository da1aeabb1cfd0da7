"""Count a census table of judged notes lines (tests/corpus/census16/*_judge.tsv) by field.

Each row is one notes line as a reader judged it in the letters: W said well, B said badly, L left
out (a shape containing "silent" means no note told the candidate), with "Y" in `sayable` where a
careful person could have said it. Usage: python benchmarks/census_table.py FILE.tsv
"""

from __future__ import annotations

import collections
import csv
import sys
from pathlib import Path

ORDER = ["qual", "high", "contrib", "topic", "rapport", "follow", "next"]
NAMES = {
    "qual": "qualifications",
    "high": "highlights",
    "contrib": "contribution",
    "topic": "topics",
    "rapport": "rapport",
    "follow": "follow_up",
    "next": "next_steps",
}


def _share(count: int, total: int) -> str:
    return f"{count} ({100 * count / total:.0f}%)" if total else "0"


def main(path: str) -> int:
    with Path(path).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for row in rows:
        field = counts[row["field"]]
        field["n"] += 1
        if row["verdict"] == "L":
            kind = "S" if "silent" in row["shape"] else "L"
            field[kind] += 1
            field[kind + "Y"] += row["sayable"] == "Y"
        else:
            field[row["verdict"]] += 1
    total: collections.Counter[str] = collections.Counter()
    for name in ORDER:
        total.update(counts[name])
    print("| field | lines | well | badly | left out, noted (sayable) | unused, silent (sayable) |")
    print("|---|---|---|---|---|---|")
    for name in [*ORDER, "all"]:
        c = total if name == "all" else counts[name]
        n = c["n"]
        print(
            f"| {NAMES.get(name, 'all')} | {n} | {_share(c['W'], n)} | {_share(c['B'], n)} "
            f"| {_share(c['L'], n)} ({c['LY']}) | {_share(c['S'], n)} ({c['SY']}) |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
