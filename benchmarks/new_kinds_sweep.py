"""Findings on the offline LinkedIn notes and coordinator letters, counted by rule.

Run: .venv/bin/python benchmarks/new_kinds_sweep.py [--out DIR]

Every notes file of tests/corpus/candidates and examples/, in every tone: a LinkedIn note to
each interviewer at 200 and at 300 characters, and, for a panel, the letter to its coordinator
as an email and as a printed letter (a stand-in coordinator is added where the notes name
none). Each is checked with the rules and the proofreader (the `proofread` extra), the notes of
a panel together. `--out` writes every text there, to be read.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
from pathlib import Path

from composer.compose import compose
from composer.models import Notes, with_channel
from composer.notes_file import load_notes
from composer.rules import check_letter, check_letters

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 12, 31)  # after every interview of the corpus: no date is in the future
STAND_IN = {"name": "Morgan Ellery-Vance", "title": "Recruitment Coordinator"}


def sweep(out: Path | None) -> tuple[int, collections.Counter[str]]:
    """(texts written, findings by "kind:rule")."""
    files = sorted((ROOT / "tests" / "corpus" / "candidates").glob("*.json"))
    files += sorted((ROOT / "examples").glob("*.json"))
    counts: collections.Counter[str] = collections.Counter()
    written = 0

    def keep(name: str, text: str, rules: set[str], kind: str) -> None:
        nonlocal written
        written += 1
        counts.update(f"{kind}:{rule}" for rule in rules)
        if out is not None:
            (out / f"{name}.txt").write_text(text, encoding="utf-8")

    for path in files:
        for tone in ("warm", "formal", "concise"):
            toned = load_notes(path).model_copy(update={"tone": tone})
            for limit in (200, 300):
                notes = with_channel(toned, "linkedin", limit)
                letters = compose(notes, today=TODAY, coordinator=False)
                texts = [letter.text for letter in letters]
                reports = check_letters(texts, notes, [x.to for x in letters], proofread=True)
                for letter, report in zip(letters, reports, strict=True):
                    rules = {v.rule for v in (*report.violations, *letter.report.violations)}
                    keep(f"{path.stem}-{tone}-{limit}-{letter.to}", letter.text, rules, "linkedin")
            if len(toned.interviewers) < 2:
                continue
            data = toned.model_dump(mode="json")
            data["coordinator"] = data["coordinator"] or STAND_IN
            for channel in ("email", "letter"):
                notes = Notes.model_validate({**data, "channel": channel, "max_chars": None})
                [letter] = compose(notes, today=TODAY, coordinator_only=True)
                report = check_letter(letter.text, notes, coordinator=True, proofread=True)
                rules = {v.rule for v in (*report.violations, *letter.report.violations)}
                keep(f"{path.stem}-{tone}-{channel}-coordinator", letter.text, rules, "coordinator")
    return written, counts


def main() -> None:
    """Sweep and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="A folder to write every text to.")
    args = parser.parse_args()
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
    written, counts = sweep(args.out)
    print(f"texts: {written}; with a finding: by kind and rule")
    for key, count in sorted(counts.items()):
        print(f"{count:5d}  {key}")


if __name__ == "__main__":
    main()
