"""Replay the readers' answers at `thankyou compose --ask` by the question each answered, not by
its place in the file: it survives a change in which lines are asked, or in their order.

ask_replay.py pipes an answers file in as it is, so when a change makes compose ask one question
fewer (a line the writer can now read), every later answer lands on the wrong question. Here the
answers are keyed by what they answered:

    python benchmarks/ask_keyed.py --keys-from /tmp/ask-before   # once, from an aligned run
    python benchmarks/ask_keyed.py [--code /work/main] [--dump /tmp/ask-keyed] [--show]
        [--with tests/corpus/lines/ask_doubts33.json]

`--keys-from` reads the transcripts of an ask_replay.py run (--dump) whose answers matched their
questions and writes KEYS: per answers file, the answer to each notes line ("Your note: ...", or
the question of an empty field) and to each retry (the words quoted again). A replay then answers
each prompt from those keys as it comes: Enter where no answer is known, "y" to a yes/no.
`--with` adds answers written by hand for questions the readers never saw (ask_doubts33.json:
the kept sentences compose asks about since session 33), as a candidate would type them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ask_replay import READERS, ROOT, answers_files, content, tally

KEYS = ROOT / "tests" / "corpus" / "lines" / "ask_keys33.json"
# Only the answers files that matched their questions on the run the keys were read from:
# reader 11's on session 31's code, reader 12's on 5344ec4 (the code they typed the finals at),
# reader 13's on 3e70c23 (the finals asked as at b673800, where they typed them), and the three
# of reader 10's whose questions 3e70c23 still asks in the order they answered them.
ALIGNED = re.compile(
    r"reader11-(?:final-h8[3-57]|final-h90|h8[689])$|reader12-(?:final-h9[12678]|h9[3458])$"
    r"|reader13-(?:final-h10[134]|h99|h10[0256])$|reader10-final-h(?:75|80|82)$"
)
_QUESTION = re.compile(r'^\d+ of \d+\. (?:.*?Your note: "(?P<note>.*)"|(?P<gap>.+))$')
_QUOTED = re.compile(r'^   "(?P<typed>.*)"$')
_PROMPTS = (
    "Your words (Enter keeps it out): ",
    "Your words (Enter skips it): ",
    "Your words (Enter keeps it as it is): ",
)
_AGAIN = "Once more (Enter keeps it out): "


def keys_from(runs: Path) -> dict[str, dict[str, dict[str, str]]]:
    """The answers of each aligned run's transcript, keyed by what they answered."""
    keys: dict[str, dict[str, dict[str, str]]] = {}
    for folder in sorted(p for p in runs.iterdir() if ALIGNED.search(p.name)):
        first: dict[str, str] = {}
        again: dict[str, str] = {}
        asked = quoted = ""
        for line in (folder / "transcript.txt").read_text().splitlines():
            question = _QUESTION.match(line)
            if question:
                asked = question["note"] if question["note"] is not None else question["gap"]
            said = _QUOTED.match(line)
            if said:
                quoted = said["typed"]
            for prompt in _PROMPTS:
                if line.startswith(prompt) and line[len(prompt) :].strip():
                    first[asked] = line[len(prompt) :].strip()
            if line.startswith(_AGAIN) and line[len(_AGAIN) :].strip():
                again[quoted] = line[len(_AGAIN) :].strip()
        keys[folder.name] = {"first": first, "again": again}
    return keys


def _reply(buffer: str, keys: dict[str, dict[str, str]]) -> str | None:
    """The answer to the prompt `buffer` ends with, or None when it ends with no prompt."""
    lines = buffer.splitlines()
    if buffer.endswith("[Y/n] "):
        return "y"
    if buffer.endswith(_PROMPTS):
        asked = next((m for m in map(_QUESTION.match, reversed(lines)) if m), None)
        if asked is None:
            return ""
        note = asked["note"] if asked["note"] is not None else asked["gap"]
        return keys["first"].get(note, "")
    if buffer.endswith(_AGAIN):
        said = next((m for m in map(_QUOTED.match, reversed(lines)) if m), None)
        return keys["again"].get(said["typed"], "") if said else ""
    return None


def replay(
    notes: Path, keys: dict[str, dict[str, str]], work: Path, env: dict[str, str], code: Path
) -> dict[str, object]:
    """Compose `notes` with --ask, answering each prompt from `keys`."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    copy = work / notes.name
    shutil.copy(notes, copy)
    out = work / "letters"
    command = [sys.executable, "-m", "composer", "compose", str(copy), "--ask", "--today"]
    command += ["2026-12-02", "--out", f"{out}/"]
    run = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        cwd=code,
    )
    assert run.stdin is not None and run.stderr is not None
    seen = b""
    typed: list[str] = []
    while chunk := os.read(run.stderr.fileno(), 65536):
        seen += chunk
        answer = _reply(seen.decode("utf-8", "replace"), keys)
        if answer is not None:
            typed += [answer] if answer not in ("", "y") else []
            run.stdin.write(f"{answer}\n".encode())
            run.stdin.flush()
    code_ = run.wait()
    stderr = seen.decode("utf-8", "replace")
    letters = "\n".join(p.read_text() for p in sorted(out.glob("*"))) if out.exists() else ""
    have = content(letters)
    used = [t for t in typed if content(t) and len(content(t) & have) >= 0.6 * len(content(t))]
    return {
        "asked": sum(1 for line in stderr.splitlines() if _QUESTION.match(line)),
        "typed": len(typed),
        "rejected": stderr.count("I still cannot use your words"),
        "in_letter": len(used),
        "lost": [t for t in typed if t not in used],
        "code": code_,
        "stderr": stderr,
        "letters": letters,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys-from", type=Path, help="write KEYS from this ask_replay --dump")
    parser.add_argument("--dump", type=Path, help="keep each run's folder and transcript here")
    parser.add_argument("--show", action="store_true", help="print the answers not in a letter")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to run")
    parser.add_argument(
        "--with",
        dest="extra",
        type=Path,
        help="answers written by hand for questions the readers were never asked (KEYS' form)",
    )
    args = parser.parse_args()
    if args.keys_from:
        keys = json.loads(KEYS.read_text()) if KEYS.exists() else {}
        keys.update(keys_from(args.keys_from))  # the keys of other runs are kept
        KEYS.write_text(json.dumps(keys, indent=1, ensure_ascii=False) + "\n")
        print(f"wrote {KEYS}")
        return
    keys = json.loads(KEYS.read_text())
    if args.extra:  # hand answers, added to the readers' own (which win where both answer)
        for name, extra in json.loads(args.extra.read_text()).items():
            for part in ("first", "again"):
                keys[name][part] = {**extra.get(part, {}), **keys[name][part]}
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["PYTHONPATH"] = str(args.code)
    base = (args.dump or Path(tempfile.mkdtemp(prefix="ask-keyed-"))).resolve()
    files = {f"{a.parent.parent.name}-{a.stem}": n for n, a in answers_files([])}
    runs = (
        (name, replay(files[name], keyed, base / name, env, args.code))
        for name, keyed in keys.items()
    )
    tally(runs, ("asked", "typed", "rejected", "in_letter"), base, show=args.show)
    print(f"(runs in {base}; keys {KEYS.relative_to(READERS.parent.parent.parent)})")


if __name__ == "__main__":
    main()
