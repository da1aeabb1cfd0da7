"""What each branch of the asking helper's doubt reader (`composer.offline.doubts`) asks about,
over the letters of a corpus: a word in lower case no English table knows ("lower"), or a word
with a capital mid-sentence that the notes type in lower case at a clause's start ("capital").

Run:
    .venv/bin/python benchmarks/boilerplate.py --corpus tests/corpus/readers --dump DIR \
        --no-proofread
    .venv/bin/python benchmarks/doubts_branches.py --corpus tests/corpus/readers --letters DIR

Each notes file's letters in its own tone (email, or its own channel) are read as compose reads
them after writing; every doubt is printed with its branch, word and sentence, to be read: a
doubt about a sentence a candidate would send as written is a false alarm.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from boilerplate import body_of

from composer.models import Notes
from composer.offline.doubts import Doubt, doubted


def branch(doubt: Doubt) -> str:
    """ "capital" for a word with a capital mid-sentence; for a note's words put in a frame
    unread (`doubts.misread`), the shape: "misread:piece", "misread:twice" ..."""
    if not doubt.why:
        return "capital" if doubt.word[:1].isupper() else "lower"
    return "misread:" + doubt.why.split(" (")[0]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, nargs="+", required=True, help="notes folders")
    parser.add_argument("--letters", type=Path, nargs="+", required=True, help="letter dumps")
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    for folder in args.corpus:
        for path in sorted(folder.glob("*.json")):
            try:
                notes = Notes.model_validate(json.loads(path.read_text(encoding="utf-8")))
            except ValueError:
                continue
            own = f"{path.stem}.{notes.tone}.{notes.channel or 'email'}."
            bodies = [
                body_of(letter.read_text(encoding="utf-8"))
                for dump in args.letters
                for letter in sorted(dump.glob(f"{own}*txt"))
            ]
            for doubt in doubted(notes, bodies):
                counts[branch(doubt)] += 1
                said = doubt.why or doubt.word
                print(f"{path.stem}\t{branch(doubt)}\t{said}\t{doubt.sentence}\t{doubt.line}")
    print(f"doubts: {dict(counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
