"""Panels with three or more of the candidate's items: how many items every letter says, and how
much of each letter is stock filler.

Run: PYTHONPATH=. .venv/bin/python benchmarks/panel_share.py [--list] [FOLDER ...]

Every notes file with two or more interviewers and three or more qualification/highlight lines,
in the reader corpora, the scouts, census16, candidates and examples (or the folders given), is
composed offline as typed, the day after its interview.
An item is in a letter as `panel_substance.carried` finds it. Printed:
- panels measured, and the items said in EVERY letter of their panel (the issue's target: at
  most a third of a panel's items in every letter);
- panels where one item is in every letter;
- sentences of the letters' bodies, and the stock padding among them: a sentence that is a
  wording of the close's stock sections (`padding`: thanks again, an offer of more, a line of
  interest), which say nothing of the notes; letters with two or more of them;
- letters padded while their panel leaves one of the candidate's usable points in no letter
  (a point would have said something where the stock sentence says nothing);
- over every panel (two or more readers, any number of items): sentences of eight words or more
  said word for word again in another letter of the same panel (three letters: 2), and of
  those the next steps (hearing from them, a step looked forward to).
`--list` prints each panel's items in every letter, and each mostly-filler letter.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from collections import Counter
from pathlib import Path

from panel_substance import carried

from composer import compose, load_notes
from composer.models import Notes
from composer.offline.phrasebook import BOOK
from composer.rules.sentences import sentences

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (
    "tests/corpus/readers",
    *(f"tests/corpus/readers/reader1{n}" for n in range(10)),
    "tests/corpus/readers/reader20",
    "tests/corpus/readers/reader21",
    "tests/corpus/scouts/scout41",
    "tests/corpus/scouts/scout42",
    "tests/corpus/census16",
    "tests/corpus/candidates",
    "examples",
)
STOCK = frozenset(
    wording
    for section in ("closing", "offer", "interest")
    for table in BOOK[section].values()
    for wording in table
)


def filler(body: str) -> tuple[int, list[str]]:
    """The body's sentences counted, and those that are stock padding."""
    said = [" ".join(body[s.start : s.end].split()) for s in sentences(body)]
    said = [s for s in said if s[-1:] in ".!?"]
    return len(said), [s for s in said if s in STOCK]


def _day_after(notes: Notes) -> dt.date:
    """The day the letters go out: the day after the interview (else a fixed day)."""
    day = notes.interview.date if notes.interview else None
    return day + dt.timedelta(days=1) if isinstance(day, dt.date) else dt.date(2026, 12, 3)


_STEP = re.compile(r"\b(?:hear|hearing|look forward|looking forward|news)\b", re.IGNORECASE)


def said_again(bodies: list[str]) -> tuple[int, int]:
    """Sentences of eight words or more that a colleague's letter says word for word (a
    sentence in three letters counts 2), and of those the next steps."""
    counts: Counter[str] = Counter()
    for body in bodies:
        found = {" ".join(body[s.start : s.end].split()) for s in sentences(body)}
        counts.update(s for s in found if s[-1:] in ".!?" and len(s.split()) >= 8)
    again = {s: n - 1 for s, n in counts.items() if n > 1}
    return sum(again.values()), sum(n for s, n in again.items() if _STEP.search(s))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true")
    parser.add_argument("folders", nargs="*")
    args = parser.parse_args()
    started = time.perf_counter()
    panels = in_all = items = panels_all = said = stock = letters_n = mostly = owed = 0
    repeated = repeated_steps = 0
    for folder in args.folders or FOLDERS:
        for path in sorted((ROOT / folder).glob("*.json")):
            try:
                notes = load_notes(path)
            except Exception:  # a notes file the loader refuses is no panel to measure
                continue
            if len(notes.interviewers) < 2:
                continue
            letters = [x for x in compose(notes, today=_day_after(notes)) if not x.coordinator]
            if len(letters) < 2:
                continue
            again, steps = said_again([x.body for x in letters])
            repeated += again
            repeated_steps += steps
            if len(notes.qualifications) + len(notes.highlights) < 3:
                continue
            panels += 1
            items += len(notes.qualifications) + len(notes.highlights)
            found = carried(notes, [x.text for x in letters])
            everywhere = [src for src, where in found.items() if len(where) == len(letters)]
            in_all += len(everywhere)
            panels_all += bool(everywhere)
            if args.list:
                for src in everywhere:
                    print(f"{folder}/{path.name}: in every letter: {src!r}")
            unsaid = [src for src, where in found.items() if not where]
            for letter in letters:
                count, stocks = filler(letter.body)
                letters_n += 1
                said += count
                stock += len(stocks)
                mostly += len(stocks) >= 2
                owed += bool(stocks and unsaid)
                if args.list and stocks:
                    left = f" while {unsaid} unsaid" if unsaid else ""
                    print(f"{folder}/{path.name} to {letter.to}: padded {stocks}{left}")
    print(f"{panels} panels with 3+ items ({items} items, {letters_n} letters)")
    print(f"items in every letter of their panel: {in_all} ({in_all / max(1, items):.1%});")
    print(f"  panels with an item in every letter: {panels_all}")
    print(f"stock padding: {stock} of {said} sentences ({stock / max(1, said):.1%})")
    print(f"  letters with two or more: {mostly}")
    print(f"  letters padded while a usable point is in no letter: {owed}")
    print(f"every panel: sentences of 8+ words said again in a colleague's letter: {repeated}")
    print(f"  of which next steps: {repeated_steps}")
    print(f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
