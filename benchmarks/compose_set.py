"""Compose a folder of held-out notes files as a blind reader does: through the CLI, offline.

Run: python benchmarks/compose_set.py DIR TREE OUT --today DATE [--also NAME=TONE ...]

Every DIR/*.json is composed with `python -m composer compose FILE --backend offline --today
DATE --no-ask`, run from /tmp with the code of TREE (PYTHONPATH), in the file's own tone; each
NAME=TONE of --also composes a copy of NAME.json with its tone changed. The CLI's whole output
(the letters and the notes on stderr) goes to OUT/<name>-<tone>.txt, as the reader read it.
Each readers' folder (tests/corpus/readers/readerNN) keeps its set's date and extra tones in a
one-line `run.sh TREE OUT` that calls this.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def compose(notes: Path, tree: Path, today: str, out: Path) -> int:
    """The CLI's exit code for one notes file; its output written to `out`."""
    command = [sys.executable, "-m", "composer", "compose", str(notes), "--backend", "offline"]
    command += ["--today", today, "--no-ask"]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    with out.open("w", encoding="utf-8") as sink:
        run = subprocess.run(command, cwd="/tmp", env=env, stdout=sink, stderr=subprocess.STDOUT)
    return run.returncode


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("tree", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--today", required=True)
    parser.add_argument("--also", nargs="*", default=[], metavar="NAME=TONE")
    args = parser.parse_args(argv)
    folder, tree, out = args.folder.resolve(), args.tree.resolve(), args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    runs = []
    for notes in sorted(folder.glob("*.json")):
        tone = json.loads(notes.read_text(encoding="utf-8")).get("tone", "warm")
        runs.append((notes, notes.stem, tone, None))
    for pair in args.also:
        name, _, tone = pair.partition("=")
        runs.append((folder / f"{name}.json", name, tone, tone))
    with tempfile.TemporaryDirectory(prefix="compose-set.") as copies:
        for notes, name, tone, changed in runs:
            if changed is not None:  # a copy in another tone, as the reader had it
                data = json.loads(notes.read_text(encoding="utf-8"))
                notes = Path(copies) / f"{name}-{tone}.json"
                text = json.dumps({**data, "tone": tone}, ensure_ascii=False, indent=2)
                notes.write_text(text, encoding="utf-8")
            code = compose(notes, tree, args.today, out / f"{name}-{tone}.txt")
            print(f"{name}-{tone} exit {code}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
