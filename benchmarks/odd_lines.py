"""Odd note lines fed to the offline composer: does any of them crash it?

Run: .venv/bin/python benchmarks/odd_lines.py [SEED] [FILES]

People type anything into a notes field: a lone "+", an arrow with nothing after it, a half
question ("asked if -> no"), an emoji. The notes model accepts most of these (they are text), so
the offline writer must either say them well or leave them out; it must never raise. This script
takes FILES notes files of the readers' corpora (default 40, chosen by SEED, default 0), adds one
odd line at a time to one field chosen by the same seed, composes, and prints every exception by
the place it was raised, with three of the lines that raised it. The same seed gives the same
runs. Session 43: 2,920 compositions per seed, one crash found and fixed (an answer of "+").
"""

from __future__ import annotations

import copy
import json
import random
import sys
import traceback
from pathlib import Path

from pydantic import ValidationError

from composer import NotesError, compose
from composer.models import Notes

ROOT = Path(__file__).resolve().parent.parent

ODD = [
    *(
        [
            "+",
            "-",
            "->",
            "?",
            "...",
            "w/",
            "&",
            "!!",
            "(",
            ")",
            '"',
            "'",
            "’",
            "/",
            "~",
            "—",
            "🙂",
            "a",
            "I",
            "the",
            "1",
            "2026",
            "and",
            "my",
            "if",
            "who",
            "that",
        ]
    ),
    *(
        [
            "re:",
            "n/a",
            "TBD",
            "???",
            "e.g.",
            "etc",
            "b4",
            "~3",
            "yrs",
            "I.",
            "x?",
            "...?",
            "re-",
            "-ing",
            "ed",
            "un",
            "it's",
            "its",
            "thats",
            "mart",
        ]
    ),
    "asked whether I had ever handled a complaint -> +",
    "asked how i'd handle X -> ",
    "-> said yes",
    "x -> y -> z",
    "-> -> ->",
    "asked about -> said",
    "asked -> ",
    "said ->",
    "asked if -> no",
    "asked if i can -> yes",
    "asked what i would -> ->",
    "asked whether i had -> yes, , ,",
    "asked me to -> sending tmrw",
    "asked about my (",
    "asked if i had done X - yes",
    "asked if i had done X - no",
    "he asked -",
    "she asked: ?",
    "said x, y, z -> w/ +",
    ", , ,",
    "+ +",
    "i said",
    "I said I -> but",
    "forgot to",
    "should have said",
    "i should have said: ",
    "prob by fri",
    "next wk",
    "not sure",
    "her dog",
    "his kid",
    "her son's",
    "we both",
    "congrats",
    "congrats on the",
    "recommended",
    "I I I",
    "AND OR",
    "3 yrs",
]
LISTS = ["qualifications", "highlights"]
TEXTS = ["contribution", "follow_up", "next_steps"]
PER_READER = ["topics", "rapport"]


def odd_notes(base: dict, line: str, rng: random.Random) -> dict | None:
    """`base` with `line` added to one field the seed picks; None when it has no such field."""
    notes = copy.deepcopy(base)
    field = rng.choice(LISTS + TEXTS + PER_READER)
    if field in PER_READER:
        readers = notes.get("interviewers") or []
        if not readers:
            return None
        readers[0][field] = [*(readers[0].get(field) or []), line]
    elif field in TEXTS:
        notes[field] = line if rng.random() < 0.5 else f"{notes.get(field) or ''} {line}"
    else:
        notes[field] = [*(notes.get(field) or []), line]
    return notes


def main(argv: list[str]) -> int:
    seed = int(argv[0]) if argv else 0
    count = int(argv[1]) if len(argv) > 1 else 40
    rng = random.Random(seed)
    files = sorted((ROOT / "tests/corpus/readers").rglob("h*.json"))
    crashes: dict[str, list[tuple[str, str]]] = {}
    runs = 0
    for path in rng.sample(files, min(count, len(files))):
        base = json.loads(path.read_text(encoding="utf-8"))
        for line in ODD:
            data = odd_notes(base, line, rng)
            if data is None:
                continue
            try:
                notes = Notes.model_validate(data)
            except (ValidationError, NotesError, ValueError):
                continue  # refused as bad input, with its message: not the writer's to say
            runs += 1
            try:
                compose(notes)
            except Exception as exc:  # every crash is what we count
                where = traceback.extract_tb(exc.__traceback__)[-1]
                key = f"{Path(where.filename).name}:{where.lineno} {type(exc).__name__}: {exc}"
                crashes.setdefault(key, []).append((path.name, line))
    print(f"seed {seed}: {runs} compositions, {sum(map(len, crashes.values()))} crashes")
    for key, seen in sorted(crashes.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(seen)} x {key[:160]}")
        for name, line in seen[:3]:
            print(f"      {name}: {line!r}")
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
