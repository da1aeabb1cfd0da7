"""The candidate's answers at compose's questions as the letters say them, against the sentence
written by hand for each: exact, or another outcome for a person to judge (well / left out /
BROKEN).

A table has the columns job, field, typed and target, and may have `note`: the notes line the
question was about, and `verdict`: accept or refuse, whether the answer should be taken at all
(counted against whether the letter's reader took it). With a note, the answer is first put
into the notes as the asking flow puts it (`leftout.rewritten`: a follow-up's question may stay
before the answer), and the letter's reader reads what was stored; a personal note is read by
`rapport_line`. An answer to accept that the reader left out although the last gate passes it
as a sentence (`flagged.stopped`) is marked STRICTER: the check on an answer should never be
stricter than the one on a sentence written from a note.

    PYTHONPATH=. python benchmarks/ask_heldout.py [TABLE.tsv ...]
      (default: tests/corpus/lines/ask_heldout33.tsv)
    PYTHONPATH=. python benchmarks/ask_heldout.py tests/corpus/lines/ask_doubts_heldout33.tsv
      (a table of letter sentences: whether compose asks about each one's note, `doubts`)
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from composer.models import Notes
from composer.offline.doubts import doubted
from composer.offline.flagged import stopped
from composer.offline.followup import follow_up_line
from composer.offline.items import read_point
from composer.offline.leftout import LeftOut, rewritten
from composer.offline.offer import read_offer
from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line

T = TypeVar("T")
LINES = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "lines"
TABLE = LINES / "ask_heldout33.tsv"
_NOTES = {
    "candidate": {"name": "Sam Doe"},
    "company": "Acme",
    "role": "Technician",
    "interview": {"date": "2026-12-01"},
    "interviewers": [{"name": "Alex Reed"}],
    "qualifications": ["a placeholder the notes model needs"],
}


class _First(Variation):
    """The first wording of every choice."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


def stored(field: str, note: str, typed: str) -> str:
    """What the asking flow puts into the notes for `typed`, answered to `note` in `field`."""
    data: dict[str, object] = dict(_NOTES)
    person = {"name": "Alex Reed", "rapport": [note] if note else []}
    data["interviewers"] = [person]
    path = f"interviewers[0].rapport[{0}]" if field == "rapport" else field
    if field in ("qualifications", "highlights"):
        data[field] = [note] if note else []
        data["highlights" if field == "qualifications" else "qualifications"] = ["a placeholder"]
        path = f"{field}[0]"
    elif field in ("follow_up", "contribution"):
        data[field] = note or None
    notes = rewritten(Notes.model_validate(data), LeftOut(path, note, "", ""), typed)
    if field == "rapport":
        return notes.interviewers[0].rapport[0]
    value = getattr(notes, field)
    return str(value[0] if isinstance(value, list) else value)


def said(field: str, typed: str) -> str | None:
    """The sentence a letter says for `typed` in `field`, or None when it is left out."""
    if field == "follow_up":
        return follow_up_line(typed, frozenset(), "warm", "email", _First(""))
    if field == "contribution":
        offer = read_offer(typed)
        return None if offer is None else offer.plain()
    if field == "rapport":
        return rapport_line(typed, ("Alex Reed",)).text
    return read_point(typed).sentence()


def doubts(table: Path) -> None:
    """A table of letter sentences (columns job, note, sentence, verdict: ask or keep): whether
    compose asks about the note each was said from (`doubts.doubted`), against the verdict."""
    counts = {"ask": [0, 0], "keep": [0, 0]}  # verdict -> [as judged, not]
    with table.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows, delimiter="\t"):
            notes = Notes.model_validate({**_NOTES, "qualifications": [row["note"]]})
            asked = bool(doubted(notes, [row["sentence"]]))
            right = asked == (row["verdict"] == "ask")
            counts[row["verdict"]][not right] += 1
            mark = "ok" if right else "MISSED" if asked is False else "FALSE"
            print(f"{mark:<7}{row['verdict']:<5}{row['sentence']}")
    (caught, missed), (kept, false) = counts["ask"], counts["keep"]
    print(f"to ask: {caught} asked, {missed} missed; to keep: {kept} kept, {false} asked")


def main() -> None:
    if sys.argv[1:] and "doubts" in Path(sys.argv[1]).name:
        doubts(Path(sys.argv[1]))
        return
    exact = out = other = stricter = 0
    verdicts = {"accept": [0, 0], "refuse": [0, 0]}  # hand verdict -> [as judged, not]
    tables = [Path(a) for a in sys.argv[1:]] or [TABLE]
    for table in tables:
        with table.open(encoding="utf-8") as rows:
            for row in csv.DictReader(rows, delimiter="\t"):
                typed = row["typed"]
                if "note" in row:
                    typed = stored(row["field"], row["note"], typed)
                got = said(row["field"], typed)
                target = row["target"]
                if row.get("verdict") in verdicts:
                    took = got is not None
                    verdicts[row["verdict"]][took != (row["verdict"] == "accept")] += 1
                if got == target or (got is None and target.startswith("leave out")):
                    exact += 1
                    mark = "exact"
                elif got is None:
                    out += 1
                    mark = "LEFT OUT"
                    # the reader refused what the last gate passes as a sentence: a check on
                    # an answer stricter than the one on a sentence written from a note
                    sentence = row["typed"].rstrip(" .") + "."
                    if row.get("verdict") == "accept" and not stopped(sentence):
                        stricter += 1
                        mark = "STRICTER"
                else:
                    other += 1
                    mark = "JUDGE"
                print(f"{mark:<9}{row['field']:<15}{got}\n{'':<24}target: {target}")
    print(f"exact {exact}, left out {out}, to judge by reading {other}")
    print(f"answers to accept that the gate passes as they are but the reader left out: {stricter}")
    if any(sum(counts) for counts in verdicts.values()):
        (taken, refused), (kept_out, let_in) = verdicts["accept"], verdicts["refuse"]
        print(
            f"answers to accept: {taken} accepted, {refused} refused; answers to refuse: "
            f"{kept_out} refused, {let_in} accepted"
        )


if __name__ == "__main__":
    main()
