"""Letters checked per second on one core, through the library, over the test corpus.

Run: .venv/bin/python benchmarks/check_speed.py [--seconds 3]

Every good and flawed letter of tests/corpus is checked with `check_letter` (proofread off: that
optional checker is measured by its own benchmark) against its notes, loaded once beforehand as a
caller such as the compose loop would. The process is pinned to one CPU where the OS allows it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from composer.models import Notes, with_channel
from composer.notes_file import load_notes
from composer.rules import check_letter

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


Letter = tuple[str, Notes, str | None, bool]


def corpus() -> list[Letter]:
    """(text, notes, to, coordinator) for every letter of the corpus."""
    letters: list[Letter] = []
    cache: dict[tuple[str, str | None, int | None], Notes] = {}
    for kind in ("good", "flawed"):
        manifest = json.loads((CORPUS / kind / "manifest.json").read_text(encoding="utf-8"))
        for name, entry in manifest.items():
            key = (entry["notes"], entry.get("channel"), entry.get("max_chars"))
            if key not in cache:
                cache[key] = with_channel(load_notes(ROOT / entry["notes"]), *key[1:])
            text = (CORPUS / kind / name).read_text(encoding="utf-8")
            letters.append((text, cache[key], entry.get("to"), entry.get("coordinator", False)))
    return letters


def main() -> None:
    """Measure and print letters per second."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="How long to measure.")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    letters = corpus()
    first = time.perf_counter()
    for text, notes, to, coordinator in letters:  # first pass: builds the per-notes facts
        check_letter(text, notes, to, coordinator=coordinator)
    cold = len(letters) / (time.perf_counter() - first)
    rates = []
    cpu_rates = []
    deadline = time.perf_counter() + args.seconds
    while time.perf_counter() < deadline:
        start, cpu = time.perf_counter(), time.process_time()
        for text, notes, to, coordinator in letters:
            check_letter(text, notes, to, coordinator=coordinator)
        rates.append(len(letters) / (time.perf_counter() - start))
        cpu_rates.append(len(letters) / max(time.process_time() - cpu, 1e-9))
    print(f"corpus: {len(letters)} letters, {len(rates)} rounds on one core")
    print(f"first pass (facts of each notes file built): {cold:,.0f} letters/s")
    print(f"median: {statistics.median(rates):,.0f} letters/s (best {max(rates):,.0f})")
    # Other processes sharing the core slow the wall clock, not the CPU time this one used.
    print(
        f"median by CPU time: {statistics.median(cpu_rates):,.0f} letters/s "
        f"(best {max(cpu_rates):,.0f}; load average {os.getloadavg()[0]:.2f})"
    )


if __name__ == "__main__":
    main()
