"""How a note line's first word, typed with a capital because it starts the line, is said mid-
sentence (points, personal notes, topics): each line of a held-out TSV (field, line, hand target)
said by the offline readers, scored exact (the target stands in the sentence), left out (the
target is "leave out" and nothing is said, or nothing is said), good (a wording of the optional
"fine" column, "|" between them, stands in it) or BROKEN (said, but not as the target). With
--quiet, only the totals (a held-out set measured before work starts, unread).
Usage: PYTHONPATH=. python benchmarks/capitals.py [--quiet] tests/corpus/lines/gate2_heldout30.tsv
"""

from __future__ import annotations

import csv
import sys
from collections import Counter

from composer.offline.items import read_point
from composer.offline.rapport import rapport_line
from composer.offline.usable import topic_phrase


def said(field: str, line: str) -> str | None:
    if field == "point":
        found = read_point(line).said
        return None if found is None else found.text()
    if field == "rapport":
        return rapport_line(line, ["Sam Carter", "Sam"], tone="warm", channel="email").text
    topic = topic_phrase(line, frozenset())
    return None if topic is None else f"I enjoyed our conversation about {topic.text}."


def main(path: str, *, quiet: bool = False) -> int:
    scores: Counter[str] = Counter()
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            text = said(row["field"], row["line"])
            if text is None:
                verdict = "left out"
            elif row["target"] != "leave out" and row["target"] in text:
                verdict = "exact"
            elif any(f and f in text for f in (row.get("fine") or "").split("|")):
                verdict = "good"
            else:
                verdict = "BROKEN"
            scores[verdict] += 1
            if not quiet:
                print(f"{verdict:8} {row['field']:7} {row['line']!r} -> {text!r}")
    total = sum(scores.values())
    kinds = ("exact", "good", "left out", "BROKEN")
    print(", ".join(f"{k} {scores[k]} of {total}" for k in kinds))
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(next(a for a in args if a != "--quiet"), quiet="--quiet" in args))
