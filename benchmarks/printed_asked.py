"""Replay the answers readers typed at `compose --ask` and list the printed sentences asked about
after them (session 43: `--ask` asks last about the sentences the writer is least sure of).

For each answers file of the readers named (reader20/answers/h157.txt answers h157.json), the
notes are copied to a scratch folder and composed with `--ask` and the answers on stdin; the
answers end before the new questions, so each is shown and kept as printed. Printed: each
question's sentence and why it was asked, and the count.

    python benchmarks/printed_asked.py [--readers reader20 reader21 reader22]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READERS = ROOT / "tests" / "corpus" / "readers"
_SAYS = re.compile(r'^\s+The letter says: "(?P<said>.*)"$')
_NOTE = re.compile(r'^\d+ of \d+\. (?P<what>.*)\. Your note: "(?P<note>.*)"$')


def asked(notes: Path, answers: Path, work: Path) -> list[tuple[str, str]]:
    """(note, sentence) of each printed sentence asked about after the reader's answers."""
    copy = work / notes.name
    shutil.copy(notes, copy)
    command = [sys.executable, "-m", "composer", "compose", str(copy), "--ask", "--backend"]
    command += ["offline", "--today", "2026-12-04", "--out", f"{work / 'out'}/"]
    with answers.open() as stdin:
        run = subprocess.run(command, stdin=stdin, capture_output=True, text=True, cwd=ROOT)
    lines = run.stderr.splitlines()
    found = []
    for at, line in enumerate(lines):
        said = _SAYS.match(line)
        note = _NOTE.match(lines[at - 1]) if at else None
        if said and note:
            found.append((note["note"], said["said"]))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", nargs="*", default=["reader20", "reader21", "reader22"])
    args = parser.parse_args()
    total = 0
    for reader in args.readers:
        for answers in sorted((READERS / reader / "answers").glob("*.txt")):
            stem = re.sub(r"^s\d+-", "", answers.stem.replace("final-", "").replace("-final", ""))
            notes = READERS / reader / f"{stem}.json"
            with tempfile.TemporaryDirectory() as work:
                found = asked(notes, answers, Path(work))
            total += len(found)
            print(f"{reader}/{answers.name}: {len(found)} printed sentence(s) asked about")
            for note, said in found:
                print(f'    "{said}"  <- "{note}"')
    print(f"all: {total} printed sentences asked about")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
