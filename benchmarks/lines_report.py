"""What the note-line scripts print: the four counts for each group of rows and for all, and
with --show every row that is not said exactly (used by lines_closing.py and lines_topics.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

VERDICTS = ("exact", "well", "left out", "BROKEN")


def report(
    rows: Iterable[dict[str, Any]],
    judge: Callable[[dict[str, Any]], tuple[object, str]],
    group: Callable[[dict[str, Any]], str],
    *,
    show: bool,
    width: int,
) -> None:
    """Print the counts of `rows` by `group`; `judge` gives a row's (what was said, verdict)."""
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        text, got = judge(row)
        counts.setdefault(group(row), Counter())[got] += 1
        if show and got != "exact":
            print(f"[{got}] {group(row)} ({row.get('source', 'mine')}): {row['line']}")
            print(f"    said:   {text}\n    target: {row.get('target')}")
    total: Counter[str] = Counter()
    for name, count in sorted(counts.items()):
        total.update(count)
        print(_line(name, count, width))
    print(_line("all", total, width))


def _line(name: str, count: Counter[str], width: int) -> str:
    said = ", ".join(f"{v} {count[v]}" for v in VERDICTS)
    return f"{name:{width}} {sum(count.values()):3} lines: {said}"
