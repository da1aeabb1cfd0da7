"""The candidate's answers of the held-out jobs (tests/corpus/lines/ask_heldout30.tsv) as the
letters say them, against the sentence written by hand for each: exact, or another outcome for a
person to judge (well / left out / BROKEN).

    PYTHONPATH=. python benchmarks/ask_heldout.py [TABLE.tsv]
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from composer.offline.followup import follow_up_line
from composer.offline.items import read_point
from composer.offline.offer import read_offer
from composer.offline.phrasebook import Variation

T = TypeVar("T")
TABLE = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "lines" / "ask_heldout30.tsv"


class _First(Variation):
    """The first wording of every choice."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


def said(field: str, typed: str) -> str | None:
    """The sentence a letter says for `typed` in `field`, or None when it is left out."""
    if field == "follow_up":
        return follow_up_line(typed, frozenset(), "warm", "email", _First(""))
    if field == "contribution":
        offer = read_offer(typed)
        return None if offer is None else offer.plain()
    return read_point(typed).sentence()


def main() -> None:
    exact = out = other = 0
    table = Path(sys.argv[1]) if len(sys.argv) > 1 else TABLE
    with table.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows, delimiter="\t"):
            got = said(row["field"], row["typed"])
            target = row["target"]
            if got == target or (got is None and target.startswith("leave out")):
                exact += 1
                mark = "exact"
            elif got is None:
                out += 1
                mark = "LEFT OUT"
            else:
                other += 1
                mark = "JUDGE"
            print(f"{mark:<9}{row['field']:<15}{got}\n{'':<24}target: {target}")
    print(f"exact {exact}, left out {out}, to judge by reading {other}")


if __name__ == "__main__":
    main()
