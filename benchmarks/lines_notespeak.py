"""The note-speak line table: lines typed with shorthand, lower-case names and note marks, from
reader 4's notes (h27-h34) and fresh lines for jobs never used in the corpus, each with the
sentence the candidate would want, written by hand (tests/corpus/lines/notespeak.json).

    .venv/bin/python benchmarks/lines_notespeak.py            # the four counts per group
    .venv/bin/python benchmarks/lines_notespeak.py --show     # and every row not said exactly

A row's `field` says how the line is read, as the letter reads it: Q a qualification and H a
highlight (`items.read_point`), C the contribution (`offer.read_offer`, plain frame), T a topic
(the topic named, `lines_topics.said`), R a personal note, F a follow-up and N the next steps
(`lines_closing.said`: warm email, first wording). A row is said exactly, said another way
judged good (`fine`), left out, or BROKEN: any other text, or one that still holds note-speak
(`lexicon.note_speak`, the sentence gate's rule). The fresh rows are the check that a fix
generalises: they were written before the fix and are not tuned on.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import lines_closing
import lines_middle
import lines_topics
from lines_report import report

from composer.offline.lexicon import note_speak

TABLE = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "lines" / "notespeak.json"
_CLOSING = {"R": "rapport", "F": "follow_up", "N": "next_steps"}


def rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(TABLE.read_text("utf-8"))
    return rows


def said(row: dict[str, Any]) -> str | None:
    """What the composer says for the row's line, or None when it is left out."""
    field, line = row["field"], row["line"]
    if field in _CLOSING:
        return lines_closing.said({"field": _CLOSING[field], "line": line})
    if field == "T":
        named = lines_topics.said(line)
        return None if named is None else " | ".join(named)
    kind = "C" if field == "C" else "H"
    return lines_middle.said(lines_middle.Row(kind, "mine", line, "", ()))


def noted(text: str) -> bool:
    """True when `text` still holds a word typed as a note (the gate's rule)."""
    words = re.findall(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])", text)
    return any(note_speak(w) for w in words)


def verdict(row: dict[str, Any], text: str | None) -> str:
    if text is None:
        return "exact" if row["target"] is None else "left out"
    if noted(text):
        return "BROKEN"
    if text == row["target"]:
        return "exact"
    return "well" if text in row["fine"] else "BROKEN"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print every row not said exactly")
    args = parser.parse_args(argv)

    def judge(row: dict[str, Any]) -> tuple[object, str]:
        text = said(row)
        return text, verdict(row, text)

    report(rows(), judge, lambda row: str(row["source"]), show=args.show, width=8)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
