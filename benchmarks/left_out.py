"""The notes lines the offline letters leave out, counted by field, over the readers' corpora.

Run: .venv/bin/python benchmarks/left_out.py [-v] [CORPUS ...]

Every notes file of the corpora (default: tests/corpus/readers, its readers' folders reader10 to
reader19, and tests/corpus/census16) is composed in its own tone and channel; the lines its
letters left out are the public `composer.left_out(notes, notices)` records, counted by field
(qualifications, highlights, topics, rapport, follow_up, contribution). A line left out is
honest (compose names it and asks for it); a line said well is better. With -v, every line left
out: file, field, the line as typed, and why.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

from composer import compose, left_out, load_notes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [
    "tests/corpus/readers",
    *(f"tests/corpus/readers/reader1{i}" for i in range(10)),
    "tests/corpus/census16",
]


def kind(field: str) -> str:
    """ "interviewers[0].topics[1]" -> "topics"."""
    return re.sub(r"\[\d+\]", "", field).split(".")[-1]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    corpora = [a for a in argv if a != "-v"] or DEFAULT
    counts: Counter[str] = Counter()
    files = 0
    for corpus in corpora:
        for path in sorted((ROOT / corpus).glob("*.json")):
            notes = load_notes(path)
            files += 1
            sent = notes.interview.date + dt.timedelta(days=1)  # the day after, whatever today is
            notices = [n for letter in compose(notes, today=sent) for n in letter.notices]
            for record in left_out(notes, notices):
                counts[kind(record.field)] += 1
                if verbose:
                    print(
                        f"{path.parent.name}/{path.stem}\t{record.field}\t{record.text}\t{record.why}"
                    )
    for name, n in counts.most_common():
        print(f"{name:15} {n}")
    print(f"{'all':15} {sum(counts.values())} over {files} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
