"""Each highlight of a set of notes files, said as a letter says it (`lines_middle.gated`:
`items.read_point`, then the last gate), or LEFT: to compare two versions of the code line by
line (census 16 and reader 16 by default).

Run: .venv/bin/python benchmarks/highlights_said.py [GLOB ...] > said.tsv

Prints file, the line as typed and the sentence (tab-separated). `diff` two runs and judge the
changed lines by hand (census 16's verdicts are in tests/corpus/census16/final_judge.tsv).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lines_middle import Row, gated

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ("tests/corpus/census16/f*.json", "tests/corpus/readers/reader16/h*.json")


def main(argv: list[str]) -> int:
    for pattern in argv or DEFAULT:
        for path in sorted(ROOT.glob(pattern)):
            for line in json.loads(path.read_text(encoding="utf-8")).get("highlights", []):
                said = gated(Row("H", path.stem, line, "", ()))
                print(f"{path.stem}\t{line}\t{said or 'LEFT'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
