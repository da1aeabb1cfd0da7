"""Stock sentences per letter: sentences that carry no fact of the notes, over a dump of letters.

Run: .venv/bin/python benchmarks/boilerplate.py --corpus tests/corpus/readers --dump DIR
     --no-proofread, then .venv/bin/python benchmarks/stock_closers.py DIR
     [--corpus tests/corpus/readers] [--show]

A letter's body (between the greeting and the sign-off, as boilerplate.py reads it) is split
into sentences; the first (the thanks for the interview) is not counted. A sentence is stock when
none of its content words (2 or more letters, not a function word, not a word every letter of
thanks uses such as "role", "time" or "forward") is a word of the notes' facts (topics, rapport,
qualifications, highlights, contribution, follow-up, next steps), and it names no weekday, month
or number: "I left even keener on the role.", "I look forward to hearing from you." Printed per
reader (h1-h10, h11-h18, h19-h26, h27-h34, h35-h42; other files as one group): letters, stock
sentences per letter, letters with three or more, and the longest run of stock sentences in a row.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from boilerplate import _STOPWORDS, body_of, sentences, words
from lines_closing import reader_of

ROOT = Path(__file__).resolve().parent.parent
# Words any thank-you letter uses whatever the notes say: a note that happens to hold one
# ("team rota", "next steps") gives a stock sentence no fact.
_GENERIC_WORDS = """
    role position job post interview interviews time team work working conversation
    discussion discussions meeting meet met company organisation opportunity chance thank thanks
    thanked grateful appreciate appreciated pleasure enjoyed glad happy pleased look looking
    forward hear hearing heard next step steps news decision process further anything else help
    helpful send share provide know let please again today yesterday week soon course due
    interested interest keen keener keenly excited enthusiastic hope hoping hoped welcome touch
    speak speaking spoke talk talking talked call contact hesitate questions question need
    information details detail left came away even ever than more most much very really truly
    kind kindly regards wishes best warm sincerely"""
_GENERIC = frozenset(_GENERIC_WORDS.split())
_TIME_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|twelve|second|third|final|\d+)\b",
    re.IGNORECASE,
)
_FACT_FIELDS = ("qualifications", "highlights", "contribution", "follow_up", "next_steps")


def fact_words(notes: dict[str, object]) -> frozenset[str]:
    """The content words of the notes' facts (not the names, role or company)."""
    texts: list[str] = []
    for key in _FACT_FIELDS:
        value = notes.get(key)
        texts += value if isinstance(value, list) else [str(value or "")]
    for person in notes.get("interviewers") or []:  # type: ignore[attr-defined]
        texts += [*(person.get("topics") or []), *(person.get("rapport") or [])]
    if notes.get("open_to_other_roles"):  # "Should another role at {company} suit me ...": asked
        texts.append(str(notes.get("company") or ""))
    found = {w for text in texts for w in words(str(text))}
    return frozenset(w for w in found if len(w) >= 2 and w not in _STOPWORDS | _GENERIC)


def is_stock(sentence: str, facts: frozenset[str]) -> bool:
    if _TIME_WORDS.search(sentence):
        return False
    return not any(w in facts for w in words(sentence))


def stock_runs(text: str, facts: frozenset[str]) -> tuple[list[str], int]:
    """The stock sentences of a letter and the longest run of them in a row."""
    said = sentences(body_of(text))[1:]
    stock, run, longest = [], 0, 0
    for sentence in said:
        if is_stock(sentence, facts):
            stock.append(sentence)
            run += 1
            longest = max(longest, run)
        else:
            run = 0
    return stock, longest


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path, help="folder of letters written by boilerplate.py")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus" / "readers")
    parser.add_argument("--show", action="store_true", help="print letters with 3+ stock")
    args = parser.parse_args(argv)
    letters = sorted(args.dump.glob("*.txt"))
    if not letters:
        print(f"error: no letters (*.txt) in {args.dump}", file=sys.stderr)
        return 2
    facts: dict[str, frozenset[str]] = {}
    rows: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for path in letters:
        stem = path.name.split(".")[0]
        if stem not in facts:
            notes = args.corpus / f"{stem}.json"
            if not notes.is_file():
                print(f"error: no notes file {notes} for {path.name}", file=sys.stderr)
                return 2
            facts[stem] = fact_words(json.loads(notes.read_text("utf-8")))
        stock, longest = stock_runs(path.read_text("utf-8"), facts[stem])
        rows[reader_of({"source": stem})].append((len(stock), longest))
        if args.show and len(stock) >= 3:
            print(f"{path.name}: {' | '.join(stock)}")
    print(f"{'group':10} letters  stock/letter  letters 3+  longest run (letters with 2+)")
    total: list[tuple[int, int]] = []
    for name in sorted(rows):
        found = rows[name]
        total += found
        _line(name, found)
    _line("all", total)
    return 0


def _line(name: str, found: list[tuple[int, int]]) -> None:
    mean = sum(n for n, _ in found) / len(found)
    three = sum(n >= 3 for n, _ in found)
    runs = sum(r >= 2 for _, r in found)
    longest = max(r for _, r in found)
    print(f"{name:10} {len(found):7d}  {mean:12.2f}  {three:10d}  {longest:2d} ({runs})")


if __name__ == "__main__":
    raise SystemExit(main())
