"""Using thankyou-composer as a library.

Run from the repository root:  python examples/library_usage.py [NOTES_FOLDER]

1. Compose the letters for one interview and look at each one's report.
2. Check a letter a person wrote (here: one of ours with a misspelled name).
3. Batch: compose for every notes file in a folder, as a career-services office might, skipping
   (and reporting) files with bad notes instead of stopping.

All offline: with no `client=` the built-in composer writes the letters. To use a model, pass
`client=openai.OpenAI(...)` (or any OpenAI-compatible client) and `model=...` to `compose`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from composer import NotesError, check_letter, compose, load_notes

HERE = Path(__file__).resolve().parent


def one_interview() -> None:
    notes = load_notes(HERE / "panel_three.json")
    for letter in compose(notes):
        status = "ready" if letter.ok else "needs work"
        print(f"To {letter.to}: {status}, send by {letter.send_by:%A %d %B %Y}")
        for finding in letter.report.violations:
            print(f"  [{finding.rule}] {finding.message}")
    print()
    print(compose(notes)[0].text)
    print()


def check_a_written_letter() -> None:
    notes = load_notes(HERE / "warm_email.json")
    letter = compose(notes)[0].text.replace("Whitfield", "Whitfeld")
    report = check_letter(letter, notes, to="Dana Whitfield")
    print(f"Hand-edited letter: ok={report.ok}, {report.words} words")
    for finding in report.violations:
        print(f"  [{finding.rule}] {finding.severity}: {finding.message}")
    print()


def batch(folder: Path) -> int:
    failures = 0
    for path in sorted(folder.glob("*.json")):
        try:
            notes = load_notes(path)
        except NotesError as exc:
            failures += 1
            print(f"SKIPPED {exc}")
            continue
        for letter in compose(notes):
            mark = "ok" if letter.ok else "FAILS RULES"
            print(f"{path.name}: {letter.to} ({mark}, send by {letter.send_by.isoformat()})")
            failures += 0 if letter.ok else 1
    return failures


if __name__ == "__main__":
    one_interview()
    check_a_written_letter()
    sys.exit(1 if batch(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE) else 0)
