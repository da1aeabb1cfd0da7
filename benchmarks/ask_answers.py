"""How many of the answers a reader typed at `compose --ask` the letters use.

Run: .venv/bin/python benchmarks/ask_answers.py [--reader DIR] [--show]

For each notes file hNN.json of a reader's folder (default tests/corpus/readers/reader16) with
answers/final-hNN.txt (else answers/hNN.txt), the notes are copied to a temporary folder and
composed offline with `--ask`, the answers piped in as the reader typed them. Each typed answer
(a line that is not "y", "n" or empty) counts as USED when the final letters (stdout) carry most
of its content words (`usable.stems`, 70% or more), else UNUSED. Also counted: the answers
compose turned away ("I still cannot use your words", each asked again). Prints the counts per
file and in all; with --show, every answer and its verdict. --code DIR composes with the code
of another checkout (a worktree of an earlier commit), to compare.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from composer.offline.usable import stems

ROOT = Path(__file__).resolve().parent.parent
READER = ROOT / "tests" / "corpus" / "readers" / "reader16"


def composed(notes: Path, answers: str, code: Path = ROOT) -> tuple[str, int]:
    """The final letters of `notes` composed with `answers` piped in at --ask (with the code of
    the checkout `code`), and how many answers compose turned away."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / notes.name
        shutil.copy(notes, copy)
        env = {**os.environ, "PYTHONPATH": str(code)}
        env.pop("OPENAI_API_KEY", None)
        command = ["compose", copy.name, "--today", "2026-12-03", "--ask"]
        run = subprocess.run(
            [sys.executable, "-m", "composer", *command],
            input=answers,
            capture_output=True,
            text=True,
            cwd=folder,
            env=env,
            check=False,
        )
        return run.stdout, run.stderr.count("I still cannot use your words")


def typed(answers: str) -> list[str]:
    """The answers typed as words (not a Y/n reply)."""
    return [a.strip() for a in answers.splitlines() if a.strip().lower() not in ("", "y", "n")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reader", type=Path, default=READER)
    parser.add_argument("--show", action="store_true", help="print every answer's verdict")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to compose with")
    args = parser.parse_args(argv)
    used = total = away = 0
    for notes in sorted(args.reader.glob("h*.json")):
        path = args.reader / "answers" / f"final-{notes.stem}.txt"
        if not path.exists():  # a reader whose final asked what the base did (reader 18)
            path = path.with_name(f"{notes.stem}.txt")
        if not path.exists():
            continue
        answers = path.read_text(encoding="utf-8")
        letters, refused = composed(notes, answers, args.code.resolve())
        said, away = stems(letters), away + refused
        mine = 0
        for line in typed(answers):
            words = stems(line)
            ok = bool(words) and len(words & said) >= 0.7 * len(words)
            mine += ok
            if args.show:
                print(f"  {'USED  ' if ok else 'UNUSED'} {line}")
        print(f"{notes.stem}: {mine} of {len(typed(answers))} typed answers used")
        used, total = used + mine, total + len(typed(answers))
    print(f"all: {used} of {total} typed answers used; {away} turned away and asked again")
    return 0


if __name__ == "__main__":
    sys.exit(main())
