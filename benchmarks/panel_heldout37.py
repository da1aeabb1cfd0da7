"""Panel's held-out notes of session 37, scored against the checks written by hand before the
code ran on them (tests/corpus/lines/panel_heldout37/expect.md, here as patterns).

Run: .venv/bin/python benchmarks/panel_heldout37.py [--show]

Each notes file (two panels, one thin file of jobs nowhere else in tests/corpus) is composed as
typed (its own tone and channel, today 2026-12-03). For each letter a "must" pattern that is
missing and a "never" pattern that is present count as a miss; printed per letter and in total,
with the letter's readiness. `--show` prints the letters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from composer import compose, load_notes

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "corpus" / "lines" / "panel_heldout37"
TODAY = dt.date(2026, 12, 3)

# Never, in any letter: a weak tie said as strong, the role-itself bridge, a logged next step.
EVERY_NEVER = (
    r"On that (?:point|subject|front), I hold",
    r"In that area, I hold",
    r"role itself",
    r"I have noted",
)
# (file, reader index): (must patterns, never patterns); written from expect.md by hand.
CHECKS: dict[tuple[str, int], tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("p01", 0): (
        (r"\b38\b.*\b31\b|\b31 minutes", r"new starters|buddy", r"Manchester [Hh]alf"),
        (r"IOSH", r"ground damage"),
    ),
    ("p01", 1): (
        (r"ground damage", r"IOSH", r"de-icing", r"belt loader"),
        (r"\b31 minutes|\b38\b", r"buddy"),
    ),
    ("p01", 2): ((), (r"On that (?:point|subject|front)|In that area",)),
    ("p02", 0): ((r"40,000", r"12 partner schools"), (r"water exhibit",)),
    ("p02", 1): (
        (r"water exhibit", r"Art of Relevance", r"observation checklists"),
        (r"40,000",),
    ),
    ("p03", 0): (
        (r"footfall|showroom", r"Wren", r"140%", r"owner"),
        (r"answering my questions", r"how the team works"),
    ),
}
# Per file, what every letter must say: the decision date, the sign-off for a formal letter.
FILE_MUST = {
    "p01": (r"11 December|December 11|Friday",),
    "p02": (r"December 14", r"Sincerely,"),
    "p03": (r"next week",),
}
# Items no more than this many may be in every panellist's letter (a third of six).
SHARED = {
    "p01": (2, ("Stansted", "IOSH", "de-icing", r"\b31\b", "ground damage", "9 of|nine")),
    "p02": (
        1,
        (
            "Master of Arts",
            "license",
            "eight years|Eight years",
            "40,000",
            "family science",
            "water exhibit",
        ),
    ),
}


def misses(name: str, index: int, text: str) -> list[str]:
    """The checks this letter fails, each as 'must: pattern' or 'never: pattern'."""
    must, never = CHECKS.get((name, index), ((), ()))
    out = [f"must: {p}" for p in (*must, *FILE_MUST.get(name, ())) if not re.search(p, text)]
    out += [f"never: {p}" for p in (*never, *EVERY_NEVER) if re.search(p, text)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print the letters")
    args = parser.parse_args(argv)
    checks = failed = 0
    for path in sorted(FOLDER.glob("p*.json")):
        notes = load_notes(path)
        letters = compose(notes, today=TODAY)
        texts = [letter.text for letter in letters]
        for index, letter in enumerate(letters):
            must, never = CHECKS.get((path.stem, index), ((), ()))
            total = len(must) + len(never) + len(FILE_MUST.get(path.stem, ())) + len(EVERY_NEVER)
            found = misses(path.stem, index, letter.text)
            checks, failed = checks + total, failed + len(found)
            ready = "ready" if letter.ok else "NOT READY"
            words = len(letter.text.split())
            print(
                f"{path.stem} {letter.to}: {total - len(found)}/{total} ({ready}, ~{words} words)"
            )
            for miss in found:
                print(f"    {miss}")
            if args.show:
                print(letter.text, end="\n\n")
        if path.stem in SHARED and len(texts) > 1:
            most, items = SHARED[path.stem]
            everywhere = [i for i in items if all(re.search(i, t) for t in texts)]
            checks += 1
            failed += len(everywhere) > most
            print(f"{path.stem} items in every letter: {len(everywhere)} (at most {most})")
    print(f"checks met: {checks - failed} of {checks}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
