"""Same substance across a panel: how often one of the candidate's points is said in more than one
letter of the same panel.

Run: .venv/bin/python benchmarks/panel_substance.py [--list]

Every notes file with two or more interviewers in examples/, tests/corpus/candidates/ and
tests/corpus/readers/ (reader 10's and 11's folders too) is composed offline as typed and in
every tone and channel. A point (a qualification or highlight the offline composer can say,
`usable_points`) is in a letter when its clause, as the item reader says it (any verb variant,
with or without "also", short forms spelled out), is in the letter's text, or, for a clause of
seven words or more, a run of five of its words after the first. Printed, over all panels:
- repeats: letters that say a point a colleague's letter of the same panel says too (a point in
  three of four letters counts 2);
- of those, repeats while the panel left a usable point unsaid ("others free"), and while it
  left unsaid one that is not a weak credential no reader's topic touches (`weak.filler`: a
  driving licence to a fundraising panel is left out on purpose);
- crowded panels: those with fewer usable points than readers, where some sharing is forced if
  every letter is to recall a point.
`--list` prints each repeated point with its panel.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import time
from pathlib import Path

from composer import compose, load_notes
from composer.models import Notes
from composer.offline.items import said_for
from composer.offline.tone import in_full, without_contractions
from composer.offline.usable import lowercase_words, usable_points
from composer.offline.weak import filler

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (
    "examples",
    "tests/corpus/candidates",
    "tests/corpus/readers",
    "tests/corpus/readers/reader10",
    "tests/corpus/readers/reader11",
)
VARIANTS = (None, *((t, c) for t in ("warm", "formal", "concise") for c in ("email", "letter")))


def _flat(text: str) -> str:
    text = re.sub(r"\s+", " ", text.casefold())
    return re.sub(r"\balso ", "", text)


def carried(notes: Notes, texts: list[str]) -> dict[str, list[int]]:
    """Each usable point's source -> the letters (by place) that say it."""
    common = lowercase_words(notes)
    bodies = [_flat(t) for t in texts]
    found: dict[str, list[int]] = {}
    for point in usable_points(notes):
        said = {said_for(point, common, v) for v in range(6)}
        texts = [c.text() for c in said if c is not None]
        # a formal letter spells out short forms ("undergrads", "I'm"): either may be said
        texts += [in_full(without_contractions(t)) for t in texts]
        cores = {_flat(t).removeprefix("i ") for t in texts}
        # a clause said around its topic ("I got it from 33% to 29% at Larder by ...") still
        # has a run of five of its words, past its first
        cores |= {
            " ".join(words[k : k + 5])
            for core in list(cores)
            if len(words := core.split()) >= 7
            for k in range(1, len(words) - 4)
        }
        found[point.source] = [
            i for i, body in enumerate(bodies) if any(core in body for core in cores)
        ]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print each repeated point")
    args = parser.parse_args()
    started = time.perf_counter()
    repeats = free_repeats = owed_repeats = panels = crowded = 0
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).glob("*.json")):
            try:
                notes = load_notes(path)
            except Exception:  # a notes file the loader refuses is no panel to measure
                continue
            if len(notes.interviewers) < 2:
                continue
            for variant in VARIANTS:
                if variant is not None:
                    notes_v = notes.model_copy(update={"tone": variant[0], "channel": variant[1]})
                else:
                    notes_v = notes
                letters = compose(notes_v, today=dt.date(2031, 1, 1))
                found = carried(notes_v, [letter.text for letter in letters])
                panels += 1
                crowded += len(found) < len(letters)
                unsaid = any(not where for where in found.values())
                # a weak credential no reader's topic touches is left unsaid on purpose
                owed = any(
                    not where and not all(filler(src, p, notes.role) for p in notes.interviewers)
                    for src, where in found.items()
                )
                for source, where in found.items():
                    extra = max(0, len(where) - 1)
                    repeats += extra
                    free_repeats += extra if unsaid else 0
                    owed_repeats += extra if owed else 0
                    if extra and args.list:
                        label = "as typed" if variant is None else "/".join(variant)
                        names = ", ".join(letters[i].to for i in where)
                        free = " (a point left unsaid)" if unsaid else ""
                        print(f"{folder}/{path.name} {label}: {source!r} to {names}{free}")
    print(f"{panels} panels ({crowded} with fewer usable points than readers)")
    print(f"repeats: {repeats} letters say a point a colleague's letter says too")
    print(f"  of which while the panel left a usable point unsaid: {free_repeats}")
    print(f"  of which while it left unsaid a point that is no filler credential: {owed_repeats}")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
