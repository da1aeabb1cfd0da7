"""The regression table of the letter's closing lines: follow-up, next steps, personal note.

Each row of tests/corpus/lines/closing.json is one note line as people type it (from the
readers' notes, the examples, the corpus, and lines invented for other jobs), with the sentence
the candidate would want written by hand (`target`), other wordings judged as good (`fine`), or
no target when the line is best left out. Each line is composed (warm tone, email, first
wording of each section) and counted as said exactly, said differently but well, left out, or
BROKEN (any sentence not judged good by a person).

    .venv/bin/python benchmarks/lines_closing.py            # the four counts per field
    .venv/bin/python benchmarks/lines_closing.py --group    # per group: corpus, reader4, fresh
    .venv/bin/python benchmarks/lines_closing.py --show     # and every row that is not exact
    .venv/bin/python benchmarks/lines_closing.py --reader   # per reader (1-10) of notes h1-h82
                                                            # and the held-out sets apart

A follow-up row may name the panel (`panel`) and who asked (`to`): a follow-up said in another
panellist's letter is BROKEN. A row from a reader's notes (source "h1".."h50") with `to` and no
`panel` is read against that file's panel. A personal note may give the interview day (`met`)
and the day the letter goes out (`sent`): a day it names is read against them. Rows in group
"fresh" were typed for jobs the corpus never had, with their targets, before the fixes they
measure; rows in a group "heldout..." were typed for other trades as a held-out set, and are
never tuned on (a row fixed by looking at it is moved out of the set and counted as tuned).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

from lines_report import report

from composer.models import Notes
from composer.offline import phrasebook
from composer.offline.asker import follow_up_asker
from composer.offline.followup import follow_up_line
from composer.offline.nextsteps import next_steps_line, reader_names
from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line

TABLE = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "lines" / "closing.json"
# Held-out sets kept in files of their own (typed for other trades before the fixes they measure)
HELDOUT = (
    TABLE.parent / "closing_heldout30.json",
    TABLE.parent / "closing_heldout30b.json",
    TABLE.parent / "followup_heldout31.json",
    TABLE.parent / "followup_heldout31b.json",
    TABLE.parent / "followup_heldout32.json",
    TABLE.parent / "followup_heldout33.json",
    TABLE.parent / "closing_heldout34.json",
    TABLE.parent / "followup_heldout35.json",
)
READERS = TABLE.parent.parent / "readers"
# The first note file of each reader after the first: h1-h10 reader 1, h11-h18 reader 2, ...,
# h51-h58 reader 7, h59-h66 reader 8, h67-h74 reader 9, h75-h82 reader 10, h83-h90 reader 11,
# h91-h98 reader 12, h99-h106 reader 13, h107-h114 reader 14
_READER_STARTS = (11, 19, 27, 35, 43, 51, 59, 67, 75, 83, 91, 99, 107)
T = TypeVar("T")


class FirstChoice(Variation):
    """A variation that always takes the first wording of a section."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


def rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(TABLE.read_text("utf-8"))
    for path in HELDOUT:
        rows += json.loads(path.read_text("utf-8"))
    return rows


def said(row: dict[str, Any]) -> str | None:
    """The sentence the offline composer writes for the row's line, or None (left out)."""
    line, field = row["line"], row["field"]
    if field == "follow_up":
        to, asked = _follow_up_reader(row)
        text = follow_up_line(line, frozenset(), "warm", "email", FirstChoice(""), by_reader=asked)
        return f"(in the letter to {to}) {text}" if text and to != row.get("to", to) else text
    if field == "next_steps":
        name, title = row.get("reader") or ("Sam Taylor", None)
        reader = reader_names(name, title, None)
        text = next_steps_line(line, frozenset(), "warm", "email", FirstChoice(""), reader=reader)
        text += "."
        none = phrasebook.wordings("next_none", "warm", "email")
        return None if text in none else text
    names = [row.get("reader") or "Sam Taylor"]
    names.append(names[0].split()[0])
    met, sent = row.get("met"), row.get("sent")
    days = (_day(met), _day(sent)) if met and sent else None
    return rapport_line(line, names, variation=FirstChoice(""), days=days).text


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _follow_up_reader(row: dict[str, Any]) -> tuple[str | None, bool]:
    """The name of the panellist whose letter carries the row's follow-up (None: no panel), and
    whether the notes say they asked (`asker.follow_up_asker`)."""
    panel = row.get("panel") or _reader_panel(row)
    if not panel:
        return None, True
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Sam Taylor"},
            "company": "Acme",
            "role": "Analyst",
            "qualifications": ["BSc"],
            "interview": {"date": row.get("met", "2026-11-30")},
            "interviewers": panel,
            "follow_up": row["line"],
        }
    )
    index, asked = follow_up_asker(notes)
    name: str = panel[index]["name"]
    return name, asked


def _reader_panel(row: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The interviewers of the reader's notes file the row comes from, when it names who asked."""
    # the later readers' notes are kept in a folder of their own (reader10/, reader11/)
    found = [
        READERS / f"{row.get('source')}.json",
        *READERS.glob(f"reader*/{row.get('source')}.json"),
    ]
    path = next((p for p in found if p.is_file()), None)
    if not row.get("to") or path is None:
        return None
    people: list[dict[str, Any]] = json.loads(path.read_text("utf-8"))["interviewers"]
    return people


def reader_of(row: dict[str, Any]) -> str:
    """ "reader 1".."reader 12" for a line from the readers' notes h1-h98 ("reader 12 asked" for
    an answer the reader typed at --ask, as the asking flow puts it into the notes), "held-out
    27" (the set's number) for a line of a held-out set (typed for other trades before the fixes
    it measures), else "other"."""
    group = str(row.get("group", ""))
    if group.startswith("heldout"):
        return f"held-out {group[7:]}".rstrip()
    source = str(row.get("source", ""))
    if not (source.startswith("h") and source[1:].isdigit()):
        return "other"
    asked = " asked" if row.get("after_asking") else ""
    return f"reader {1 + sum(int(source[1:]) >= n for n in _READER_STARTS)}{asked}"


def verdict(row: dict[str, Any], text: str | None) -> str:
    if text is None:
        return "exact" if row.get("target") is None else "left out"
    if text == row.get("target"):
        return "exact"
    if text in row.get("fine", ()):
        return "well"
    return "BROKEN"


def measure() -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {}
    for row in rows():
        counts.setdefault(row["field"], Counter())[verdict(row, said(row))] += 1
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print every row not said exactly")
    parser.add_argument(
        "--group", action="store_true", help="count by group (corpus, reader4, fresh) and field"
    )
    parser.add_argument(
        "--reader", action="store_true", help="count by reader of notes h1-h82 (1-10) and field"
    )
    args = parser.parse_args(argv)

    def judge(row: dict[str, Any]) -> tuple[object, str]:
        text = said(row)
        return text, verdict(row, text)

    def group(row: dict[str, Any]) -> str:
        if args.reader:
            return f"{row['field']}/{reader_of(row)}"
        return f"{row.get('group', 'corpus')}/{row['field']}" if args.group else str(row["field"])

    wide = args.group or args.reader
    report(rows(), judge, group, show=args.show, width=22 if wide else 11)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
