"""Replay the answers readers typed at `thankyou compose --ask` and count what became of them.

For each answers file (reader10/answers/final-h77.txt answers the questions of reader10/h77.json;
reader9/answers/h70-final.txt those of h70.json), the notes are copied to a scratch folder and
composed with `--ask --out FOLDER/` and the answers on stdin, so the folder ends with the letters
written after asking. Counted per file and in all:

- asked: the questions put (the first round and "once more");
- typed: the answers typed (not Enter);
- rejected: answers after which the writer still could not read the line ("still cannot read",
  or the line still named as left out in the last report);
- in letter: typed answers whose content words are mostly (60%) in the letters after asking.

    python benchmarks/ask_replay.py [--dump /tmp/ask-after] [--show] [--code /work/main]
        [--only reader11]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READERS = ROOT / "tests" / "corpus" / "readers"
_WORD = re.compile(r"[^\W_]+")
_QUESTION = re.compile(r"^\d+ of \d+\. ")
_AGAIN = ("The writer still cannot read", "I still cannot use your words")
_ANSWER = re.compile(r"^(?:Your words|Once more)[^:]*: ?(?P<text>.*)$")


def answers_files(extra: list[Path]) -> list[tuple[Path, Path]]:
    """(notes, answers) pairs: every readers' answers file, and any given as NOTES=ANSWERS."""
    pairs = []
    for answers in sorted(READERS.glob("reader*/answers/*.txt")):
        # "final-h77", "h70-final", "s33-h107" (reader 14's answers of session 33): of h77 ...
        stem = re.sub(r"^s\d+-", "", answers.stem.replace("final-", "").replace("-final", ""))
        notes = answers.parent.parent / f"{stem}.json"
        if not notes.exists():
            notes = READERS / f"{stem}.json"
        pairs.append((notes, answers))
    return pairs + [(p, a) for p, a in ((x.parent / x.name, x) for x in extra)]


def content(text: str) -> set[str]:
    """Words of four letters or more, lower-cased: what an answer must carry into a letter."""
    return {w.lower() for w in _WORD.findall(text) if len(w) >= 4 or w.isdigit()}


def replay(
    notes: Path, answers: Path, work: Path, env: dict[str, str], code: Path
) -> dict[str, object]:
    """Compose `notes` with `answers` piped in; the counts and the transcript."""
    shutil.rmtree(work, ignore_errors=True)  # a run from before would refuse --out
    work.mkdir(parents=True)
    copy = work / notes.name
    shutil.copy(notes, copy)
    out = work / "letters"
    command = [sys.executable, "-m", "composer", "compose", str(copy), "--ask", "--today"]
    command += ["2026-12-02", "--out", f"{out}/"]
    with answers.open() as stdin:
        run = subprocess.run(
            command, stdin=stdin, capture_output=True, text=True, env=env, cwd=code
        )
    lines = run.stderr.splitlines()
    asked = sum(1 for line in lines if _QUESTION.match(line) and not line.startswith("Once"))
    typed = [m["text"].strip() for m in map(_ANSWER.match, lines) if m and m["text"].strip()]
    again = sum(1 for line in lines if line.startswith(_AGAIN))
    last = run.stderr.rsplit("Your words", 1)[-1]
    out_lines = [line for line in last.splitlines() if line.startswith("Note: The notes field")] + [
        line for line in last.splitlines() if line.startswith("Note: The personal note")
    ]
    letters = "\n".join(p.read_text() for p in sorted(out.glob("*"))) if out.exists() else ""
    have = content(letters)
    used = [t for t in typed if content(t) and len(content(t) & have) >= 0.6 * len(content(t))]
    return {
        "asked": asked,
        "typed": len(typed),
        "rejected": again,
        "left": len(out_lines),
        "in_letter": len(used),
        "lost": [t for t in typed if t not in used],
        "code": run.returncode,
        "stderr": run.stderr,
        "letters": letters,
    }


# Each count's column heading.
HEADINGS = {
    "asked": "asked",
    "typed": "typed",
    "rejected": "again",
    "left": "left",
    "in_letter": "used",
}


def tally(
    runs: Iterable[tuple[str, dict[str, object]]],
    counts: tuple[str, ...],
    base: Path,
    *,
    show: bool,
) -> None:
    """Print a row of `counts` for each run as it finishes (keeping its transcript and letters
    in its folder under `base`), then their totals."""
    total = dict.fromkeys(counts, 0)
    print(f"{'answers':<28}" + "".join(f"{HEADINGS[c]:>6}" for c in counts) + "  exit")
    for name, found in runs:
        (base / name / "transcript.txt").write_text(str(found["stderr"]))
        (base / name / "after.txt").write_text(str(found["letters"]))
        for key in total:
            total[key] += int(str(found[key]))
        print(f"{name:<28}" + "".join(f"{found[c]:>6}" for c in counts) + f"  {found['code']}")
        if show:
            for text in found["lost"]:  # type: ignore[attr-defined]
                print(f"    not in a letter: {text}")
    print(f"{'all':<28}" + "".join(f"{total[c]:>6}" for c in counts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="keep each run's folder and transcript here")
    parser.add_argument("--show", action="store_true", help="print the answers not in a letter")
    parser.add_argument(
        "--code", type=Path, default=ROOT, help="the checkout to run (default: this one)"
    )
    parser.add_argument(
        "--only", default="", help="replay only the answers whose name holds this (reader11)"
    )
    parser.add_argument("pairs", nargs="*", help="NOTES.json:ANSWERS.txt to replay as well")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["PYTHONPATH"] = str(args.code)
    pairs = [(n, a) for n, a in answers_files([]) if args.only in str(a)]
    pairs += [(Path(a), Path(b)) for a, b in (p.split(":", 1) for p in args.pairs)]
    base = (args.dump or Path(tempfile.mkdtemp(prefix="ask-replay-"))).resolve()
    runs = (
        (name, replay(notes, answers, base / name, env, args.code))
        for notes, answers in pairs
        for name in [f"{answers.parent.parent.name}-{answers.stem}"]
    )
    tally(runs, ("asked", "typed", "rejected", "left", "in_letter"), base, show=args.show)
    print(f"(runs in {base})")


if __name__ == "__main__":
    main()
