"""The contribution and next-step lines of the latest readers and of the offer held-out sets,
measured as a letter says them: with the interview day, the day the letter goes out and the
candidate's country (a numeric date "12/8" is read month first only for a US or Canadian file).

Rows: next steps of readers 10-14 (tests/corpus/lines/closing.json, sources h75-h114), their
contributions (tests/corpus/lines/middle.tsv, readers10-readers14) and the held-out sets
tests/corpus/lines/offer_heldout31.json, offer_heldout32.json and offer_heldout35.json (four jobs
each the corpus never had, targets by hand before any fix). Each line is counted exact, well (a
wording judged good), left out or BROKEN.

    .venv/bin/python benchmarks/lines_offer.py          # the counts per set and field
    .venv/bin/python benchmarks/lines_offer.py --show   # and every line not said exactly
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import lines_middle
from lines_closing import FirstChoice

from composer.models import Notes
from composer.offline import envelope, phrasebook
from composer.offline.nextsteps import next_steps_line, reader_names
from composer.offline.offer import read_offer

LINES = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "lines"
READERS = LINES.parent / "readers"
HELDOUT = {
    "held-out 31": LINES / "offer_heldout31.json",
    "held-out 32": LINES / "offer_heldout32.json",
    "held-out 35": LINES / "offer_heldout35.json",
}
_MET = dt.date(2026, 12, 1)  # the held-out lines' interview; the letters go out the next day
_SOURCES = {
    f"h{n}": f"reader {10 + (n >= 83) + (n >= 91) + (n >= 99) + (n >= 107)}" for n in range(75, 115)
}


_MIDDLE = ("readers10", "readers11", "readers12", "readers13", "readers14")


def _notes(source: str) -> dict[str, Any] | None:
    found = sorted(READERS.rglob(f"{source}.json"))
    return json.loads(found[0].read_text("utf-8")) if found else None


def _month_first(row: dict[str, Any]) -> bool | None:
    """True for a US or Canadian file, False for another country, None when it cannot tell."""
    if "country" in row:
        return row["country"] in ("US", "CA")
    notes = _notes(str(row.get("source")))
    if notes is None:
        return None
    model = Notes.model_validate(notes)
    return True if envelope.american(model) else False if envelope.british(model) else None


def said_step(row: dict[str, Any]) -> str | None:
    notes = _notes(str(row.get("source")))
    met = dt.date.fromisoformat(notes["interview"]["date"]) if notes else _MET
    name, title = row.get("reader") or ("Sam Taylor", None)
    extra: dict[str, Any] = {}
    if "month_first" in inspect.signature(next_steps_line).parameters:
        extra["month_first"] = _month_first(row)
    text = next_steps_line(
        row["line"],
        frozenset(),
        "warm",
        "email",
        FirstChoice(""),
        reader=reader_names(name, title, None),
        days=(met, met + dt.timedelta(days=1)),
        **extra,
    )
    none = phrasebook.wordings("next_none", "warm", "email")
    wanted = f"{text}." == row.get("target")  # "she'll let me know": hearing from them is all
    return None if f"{text}." in none and not wanted else f"{text}."


def said_offer(row: dict[str, Any]) -> str | None:
    line = row["line"]
    offer = read_offer(line, lines_middle.common(line), lines_middle._roles().get(line, ""))
    return None if offer is None else offer.plain()


def rows() -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for row in json.loads((LINES / "closing.json").read_text("utf-8")):
        if row["field"] == "next_steps" and row.get("source") in _SOURCES:
            out.append((_SOURCES[row["source"]], row))
    for mid in lines_middle.rows():
        if mid.field == "C" and mid.source in _MIDDLE:
            target = None if mid.target == lines_middle.LEAVE else mid.target
            row = {"field": "contribution", "line": mid.line, "target": target, "fine": mid.good}
            out.append((f"reader {mid.source[-2:]}", row))
    for group, path in HELDOUT.items():
        out += [(group, row) for row in json.loads(path.read_text("utf-8"))]
    return out


def verdict(row: dict[str, Any], text: str | None) -> str:
    if text is None:
        return "exact" if row.get("target") is None else "left out"
    if text == row.get("target"):
        return "exact"
    return "well" if text in row.get("fine", ()) else "BROKEN"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every line not said exactly")
    parser.add_argument("--only", help="only the rows of this group ('reader 12', 'held-out 32')")
    args = parser.parse_args(argv)
    counts: dict[str, Counter[str]] = {}
    for group, row in rows():
        if args.only and group != args.only:
            continue
        field = row["field"]
        text = said_step(row) if field == "next_steps" else said_offer(row)
        found = verdict(row, text)
        for key in (f"{group} / {field}", f"{group} / all"):
            counts.setdefault(key, Counter())[found] += 1
        if args.show and found != "exact":
            print(f"{found:8} {group} {row['line']}\n   said: {text}\n   want: {row.get('target')}")
    for key in sorted(counts):
        c = counts[key]
        kinds = ("exact", "well", "left out", "BROKEN")
        print(f"{key:28} {sum(c.values()):3} lines: " + ", ".join(f"{k} {c[k]}" for k in kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
