"""Answers typed at --ask: does each reach the letter it should? (held-out, session 33)

    python benchmarks/answers_heldout.py [--code /work/main] [--show] [--set 34] [--ask]

Reads tests/corpus/lines/answers_heldout33.json (`--set 34`: answers_heldout34.json, the second
set): made-up notes files, the answers a candidate typed for some of their lines (keyed by the
line as typed) and, by hand, the reader whose letter each should reach. The notes are composed as
compose saves them after --ask (each answered line replaced by its answer) and each answer is
counted: in the reader's letter, in another letter only, or in none (an answer is in a letter
when 60% of its words of four letters are).

`--ask` runs `compose --ask` on the notes as typed instead and answers each question from the
file (Enter where it has no answer), as a candidate would: the letters are those written again
with the answers, so compose knows which lines were answered. An answer to a line compose did
not ask about is counted "unasked" (the candidate never typed it).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ask_keyed import replay
from ask_replay import ROOT, content

LINES = ROOT / "tests" / "corpus" / "lines"


def answered(notes: dict[str, object], answers: dict[str, str]) -> dict[str, object]:
    """`notes` with each answered line replaced by its answer, as compose saves them."""

    def swap(lines: object) -> object:
        return [answers.get(x, x) for x in lines] if isinstance(lines, list) else lines

    out = json.loads(json.dumps(notes))
    for field in ("qualifications", "highlights"):
        out[field] = swap(out.get(field))
    for person in out["interviewers"]:
        person["topics"] = swap(person.get("topics"))
    return out


def has(letter: str, answer: str) -> bool:
    words = content(answer)
    return bool(words) and len(words & content(letter)) >= 0.6 * len(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to run")
    parser.add_argument("--show", action="store_true", help="print each answer's verdict")
    parser.add_argument("--set", default="33", help="which held-out set: 33 or 34")
    parser.add_argument("--ask", action="store_true", help="answer at compose --ask")
    parser.add_argument("--dump", type=Path, help="keep each run's folder here")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["PYTHONPATH"] = str(args.code)
    total = {"reached": 0, "elsewhere": 0, "none": 0}
    if args.ask:
        total["unasked"] = 0
    base = (args.dump or Path(tempfile.mkdtemp(prefix="answers-heldout-"))).resolve()
    for case in json.loads((LINES / f"answers_heldout{args.set}.json").read_text())["files"]:
        work = base / case["name"]
        work.mkdir(parents=True, exist_ok=True)
        path = work / f"{case['name']}.json"
        out = work / "letters"
        asked: set[str] = set(case["answers"])
        if args.ask:
            path.write_text(json.dumps(case["notes"]))
            keys = {"first": case["answers"], "again": {}}
            run = replay(path, keys, work / "run", env, args.code)
            (work / "transcript.txt").write_text(str(run["stderr"]))
            out = work / "run" / "letters"
            asked = {line for line in case["answers"] if f'Your note: "{line}"' in run["stderr"]}
        else:
            path.write_text(json.dumps(answered(case["notes"], case["answers"])))
            command = [sys.executable, "-m", "composer", "compose", str(path), "--today"]
            command += ["2026-12-02", "--out", f"{out}/"]
            subprocess.run(command, capture_output=True, text=True, env=env, cwd=args.code)
        letters = {p.stem: p.read_text() for p in sorted(out.glob("*"))} if out.exists() else {}
        by_answer = {answer: line for line, answer in case["answers"].items()}
        for answer, reader in case["reach"].items():
            if by_answer[answer] not in asked:
                total["unasked"] += 1
                if args.show:
                    print(f"{case['name']:<18} {'unasked':<9} {reader:<6} {answer}")
                continue
            mine = [
                t
                for stem, t in letters.items()
                if reader == "any"
                or stem.startswith(
                    next(
                        (
                            str(p["name"]).lower().replace(" ", "-")
                            for p in case["notes"]["interviewers"]
                            if p["salutation"] == reader
                        ),
                        "?",
                    )
                )
            ]
            if any(has(t, answer) for t in mine):
                verdict = "reached"
            elif any(has(t, answer) for t in letters.values()):
                verdict = "elsewhere"
            else:
                verdict = "none"
            total[verdict] += 1
            if args.show:
                print(f"{case['name']:<18} {verdict:<9} {reader:<6} {answer}")
    print(" ".join(f"{k} {v}" for k, v in total.items()) + f"  (runs in {base})")


if __name__ == "__main__":
    main()
