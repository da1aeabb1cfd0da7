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

With --reports (readers' final reports), each worst sentence they quote is a line of a table:
"sent unasked" (in a letter of --letters, not doubted), "asked" (in one, doubted: asked at
--ask, named on stderr without), "left out" (in a letter of --before, gone now, and the writer
is unsure of it against its notes line), "changed" (gone now otherwise), "not in base" (in no
letter of --before: an after-asking or other run's letter).

    .venv/bin/python benchmarks/doubts_branches.py --corpus tests/corpus/readers/reader1[5-8] \
        --letters AFTER/tests_corpus_readers_reader1[5-8] \
        --before BEFORE/tests_corpus_readers_reader1[5-8] \
        --reports tests/corpus/readers/reader1[5-8]/report-*-final-*.md
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from boilerplate import body_of

from composer.models import Notes
from composer.offline.doubts import Doubt, doubted, misread, source_line
from composer.offline.screen import note_lines


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
    parser.add_argument("--before", type=Path, nargs="*", default=[], help="base letter dumps")
    parser.add_argument("--reports", type=Path, nargs="*", default=[], help="readers' reports")
    args = parser.parse_args(argv)
    if args.reports:
        return _table(args.corpus, args.letters, args.before, args.reports)
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


# A row of a reader's table: "| h141 | name | tone | score | "worst sentence" ... |"
_ROW = re.compile(r'^\| (?P<file>h\d+)\b[^"]*?\| \**\d\** \| .*?"(?P<quote>[^"]+)"')


def _table(corpus: list[Path], letters: list[Path], before: list[Path], reports: list[Path]) -> int:
    """The readers' worst sentences, each with what the letters of `letters` do with it."""
    notes = {
        path.stem: Notes.model_validate(json.loads(path.read_text(encoding="utf-8")))
        for folder in corpus
        for path in sorted(folder.glob("h*.json"))
    }
    counts: Counter[str] = Counter()
    for report in reports:
        for row in report.read_text(encoding="utf-8").splitlines():
            found = _ROW.match(row)
            if not found or found["file"] not in notes:
                continue
            name, quote = found["file"], found["quote"].rstrip(".…")
            now = _bodies(letters, name)
            then = _bodies(before, name)
            said = [body for body in now if quote in body]
            if said:
                doubts = [d for body in said for d in doubted(notes[name], [body])]
                # a quote of two sentences holds the doubted one, or its start
                parts = [part.rstrip(".") for part in _sentences(quote)]
                asked = any(part in d.sentence for d in doubts for part in parts[-1:])
                state = "asked" if asked else "sent unasked"
            elif not any(quote in body for body in then):
                state = "not in base"
            else:
                whole = next(s for b in then for s in _sentences(b) if quote in s)
                line = source_line(whole, note_lines(notes[name]))
                state = "left out" if line and misread(whole, line[1]) else "changed"
            counts[state] += 1
            print(f"{name}\t{state}\t{quote}")
    print(f"worst sentences: {dict(counts)}")
    return 0


def _bodies(dumps: list[Path], name: str) -> list[str]:
    return [
        body_of(letter.read_text(encoding="utf-8"))
        for dump in dumps
        for letter in sorted(dump.glob(f"{name}.*txt"))
    ]


def _sentences(body: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", body.replace("\n", " ")) if s.strip()]


if __name__ == "__main__":
    sys.exit(main())
