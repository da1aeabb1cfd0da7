"""Write every offline letter of the notes corpora to a folder, for comparing two trees.

Run from the tree to dump (its own `composer` is imported):
    .venv/bin/python benchmarks/dump_letters.py OUT [DIR ...]
then compare two dumps with `diff -r OUT_A OUT_B` (or `benchmarks/said_twice.py`,
`benchmarks/links_made.py` on a folder of it).

DIRs default to examples/ and tests/corpus/ (searched recursively). Every JSON file that loads as
notes is composed offline with `--today 2026-12-04` (or the day after a later interview) in each
of the three tones, in its own channel;
the letters go to OUT/<dir path with "/" as "_">/<file>.<tone>.txt, one after another with the
reader's name above each, and a file's error-rule findings after its letters. Files that are not
notes (answer lists, held-out tables) are skipped and counted.
"""

from __future__ import annotations

import datetime as dt
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

TONES = ("warm", "formal", "concise")
TODAY = dt.date(2026, 12, 4)


def _dump(job: tuple[str, str]) -> tuple[int, int]:
    """Compose one notes file in every tone into OUT; (letters written, files skipped)."""
    from composer.compose import compose
    from composer.errors import ComposerError
    from composer.notes_file import load_notes

    path, out = job
    try:
        notes = load_notes(Path(path))
    except (ComposerError, ValueError, OSError):
        return 0, 1
    folder = Path(out) / str(Path(path).parent).replace("/", "_")
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for tone in TONES:
        variant = notes.model_copy(update={"tone": tone})
        try:
            # a file interviewed after TODAY is written the day after its interview
            today = max(TODAY, variant.interview.date + dt.timedelta(days=1))
            letters = compose(variant, today=today)
        except ComposerError as exc:
            text = f"COMPOSE ERROR: {exc}\n"
        else:
            parts = []
            for letter in letters:
                errors = [v for v in letter.report.violations if v.severity == "error"]
                parts.append(f"=== to {letter.to}\n{letter.text}\n")
                parts.extend(f"ERROR RULE {v.rule}: {v.message}\n" for v in errors)
            text = "".join(parts)
            count += len(letters)
        (folder / f"{Path(path).stem}.{tone}.txt").write_text(text, encoding="utf-8")
    return count, 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    out, dirs = argv[0], argv[1:] or ["examples", "tests/corpus"]
    files = sorted(str(p) for d in dirs for p in Path(d).rglob("*.json"))
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(_dump, [(f, out) for f in files], chunksize=8))
    letters = sum(r[0] for r in results)
    skipped = sum(r[1] for r in results)
    print(f"{letters} letters from {len(files) - skipped} notes files ({skipped} skipped) in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
