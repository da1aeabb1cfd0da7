"""The journal of `thankyou batch` and the summary written from it.

OUT/.thankyou-batch.jsonl has one line per finished letter (or bad notes file), appended by every
run as each letter is written: a run that is stopped loses nothing, and the next run reads it to
skip what is done. The summary (OUT/summary.json and summary.csv, one row per letter in the
order of the notes files) is written at the end from the journal, row by row: a run keeps no row
in memory (nor, when its letters come in the order of the notes files, where they lie).
"""

from __future__ import annotations

import csv
import io
import json
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from composer.files import write_chunks_atomic

__all__ = [
    "FIELDS",
    "JOURNAL",
    "Journal",
    "Row",
    "Status",
    "exit_code",
    "journal_rows",
    "write_summary",
    "written_paths",
]

JOURNAL = ".thankyou-batch.jsonl"
Status = Literal["ok", "failed", "error"]
"""ok: written, breaks no rule; failed: written, still breaks a rule; error: not written."""


@dataclass(frozen=True)
class Row:
    """One line of the summary: a letter, or a notes file that could not be read."""

    notes: str
    interviewer: str
    status: Status
    attempts: int = 0
    tokens: int = 0
    send_by: str = ""
    path: str = ""
    kind: str = ""  # for errors: "service" (the model failed), "notes" (a bad notes file),
    # "output" (the letter could not be written there)
    message: str = ""


FIELDS = [f for f in Row.__dataclass_fields__]


def _fields(row: Row) -> dict[str, object]:
    """`asdict(row)` without its deep copy: every field is a string or a number."""
    return {name: getattr(row, name) for name in FIELDS}


def exit_code(rows: Iterable[Row]) -> int:
    """3 when the service failed for a letter, else 2 for a bad notes file (or a letter that
    could not be written), else 1 for a letter that still breaks a rule, else 0."""
    return _code({(row.status, row.kind) for row in rows})


def _code(kinds: set[tuple[str, str]]) -> int:
    if ("error", "service") in kinds:
        return 3
    if any(status == "error" for status, _ in kinds):
        return 2
    return 1 if any(status == "failed" for status, _ in kinds) else 0


def journal_rows(out: Path) -> dict[str, dict[str, Row]]:
    """The last journal row per notes file and interviewer, from earlier runs."""
    journal = out / JOURNAL
    found: dict[str, dict[str, Row]] = {}
    if not journal.exists():
        return found
    with journal.open(encoding="utf-8") as lines:
        for line in lines:
            row = _row(line)
            if row is not None:
                found.setdefault(row.notes, {})[row.interviewer] = row
    return found


def _row(line: str | bytes) -> Row | None:
    try:
        return Row(**json.loads(line))
    except (ValueError, TypeError):
        return None  # a line cut short when a run was stopped


def written_paths(rows: dict[str, dict[str, Row]]) -> set[str]:
    """The letter files (relative to the output folder) that runs of this tool wrote."""
    return {row.path for by_name in rows.values() for row in by_name.values() if row.path}


class Journal:
    """This run's part of the journal in `out`: rows appended as letters are written, read back
    (by iterating it) in the order of the notes files (`position`) for the summary.

    Each row reaches the operating system as it is added (one write of a whole line, then a
    flush), so a run that is killed loses no row it added. `earlier` holds the rows of notes
    files done in an earlier run, by position: they are in the summary, not added again.

    Rows added in the order of the notes files (as the offline composer writes them) are read
    back straight from where this run began: no index is kept. Only once a row comes out of
    that order (letters drafted by a model finish out of order) is each row's offset and
    position kept (16 bytes a row).
    """

    def __init__(self, out: Path) -> None:
        self.path = out / JOURNAL
        self._handle = self.path.open("ab")
        if self._handle.tell() and not _ends_a_line(self.path):
            self._handle.write(b"\n")  # after a line cut short by a stopped run
        self._start = self._handle.tell()
        self._rows = 0  # rows added by this run
        self._last = (-1, "")  # the position and notes file of the last row added
        self._offsets: array[int] | None = None  # once out of order: where each row starts
        self._positions = array("q")  # ... and the position of its notes file
        self.earlier: dict[int, list[Row]] = {}

    def add(self, position: int, row: Row) -> None:
        """Append `row` (of the notes file at `position`) to the journal, at once."""
        if self._offsets is None and not self._in_order(position, row.notes):
            self._offsets, self._positions = self._index()
        if self._offsets is not None:
            self._offsets.append(self._handle.tell())
            self._positions.append(position)
        self._handle.write(json.dumps(_fields(row), ensure_ascii=False).encode() + b"\n")
        self._handle.flush()
        self._rows += 1
        self._last = (position, row.notes)

    def _in_order(self, position: int, notes: str) -> bool:
        """Whether a row of `position` may follow the last row when read straight through: of
        the same notes file, or of the next one not done by an earlier run (with other notes)."""
        last, last_notes = self._last
        if position == last:
            return notes == last_notes
        return position == self._after(last) and notes != last_notes

    def _after(self, position: int) -> int:
        """The first position after `position` not done by an earlier run."""
        position += 1
        while position in self.earlier:
            position += 1
        return position

    def _straight(self) -> Iterator[tuple[int, int, Row]]:
        """(offset, position, row) of each row of this run, added in order: read from the file."""
        position, notes = -1, None
        with self.path.open("rb") as journal:
            journal.seek(self._start)
            for _ in range(self._rows):
                offset = journal.tell()
                row = _row(journal.readline())
                assert row is not None, "a row this run wrote"
                if row.notes != notes:  # the next notes file's rows
                    position, notes = self._after(position), row.notes
                yield offset, position, row

    def _index(self) -> tuple[array[int], array[int]]:
        """Where each row of this run lies and the position of its notes file."""
        self._handle.flush()
        offsets, positions = array("q"), array("q")
        for offset, position, _ in self._straight():
            offsets.append(offset)
            positions.append(position)
        return offsets, positions

    def _sorted(self, offsets: array[int]) -> Iterator[tuple[int, int, Row]]:
        """(offset, position, row) of each row of this run, in the order of the notes files."""
        positions = self._positions
        with self.path.open("rb") as journal:
            for index in sorted(range(len(positions)), key=positions.__getitem__):
                journal.seek(offsets[index])
                row = _row(journal.readline())
                assert row is not None, "a row this run wrote"
                yield offsets[index], positions[index], row

    def close(self) -> None:
        self._handle.close()

    def __iter__(self) -> Iterator[Row]:
        """Every row of the summary, earlier runs' included, in the order of the notes files
        (read from the file again each time)."""
        if not self._handle.closed:
            self._handle.flush()
        rows = self._straight() if self._offsets is None else self._sorted(self._offsets)
        earlier = sorted(self.earlier)
        next_earlier = 0
        for _, position, row in rows:
            while next_earlier < len(earlier) and earlier[next_earlier] < position:
                yield from self.earlier[earlier[next_earlier]]
                next_earlier += 1
            yield row
        for position in earlier[next_earlier:]:
            yield from self.earlier[position]


def _ends_a_line(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, io.SEEK_END)
        return handle.read(1) == b"\n"


def write_summary(out: Path, rows: Iterable[Row]) -> None:
    """summary.json (rows, counts, exit code) and summary.csv (the rows) in `out`.

    `rows` is read twice, row by row (a list, or a run's `Journal`): no copy of the rows, as
    dictionaries or as text, is held.
    """
    write_chunks_atomic(out / "summary.json", _summary_json(rows), force=True)
    write_chunks_atomic(out / "summary.csv", _summary_csv(rows), force=True)


def _summary_json(rows: Iterable[Row]) -> Iterator[bytes]:
    """The text of json.dumps({"letters": rows, "counts": ..., "exit_code": ...}, indent=2),
    one row at a time."""
    counts = {"ok": 0, "failed": 0, "error": 0}
    kinds: set[tuple[str, str]] = set()
    yield b'{\n  "letters": ['
    for row in rows:
        item = _indented(row)
        yield f"{',' if sum(counts.values()) else ''}\n    {item}".encode()
        counts[row.status] += 1
        kinds.add((row.status, row.kind))
    yield b"\n  ]," if sum(counts.values()) else b"],"
    rest = json.dumps({"counts": counts, "exit_code": _code(kinds)}, indent=2, ensure_ascii=False)
    yield f"\n{rest[2:]}\n".encode()  # without its opening "{\n"


def _indented(row: Row) -> str:
    """json.dumps(asdict(row), indent=2, ensure_ascii=False) with every line after the first
    indented 4 more: the same text, built without the pure-Python encoder that indent= needs
    (every field is a string, encoded as json.dumps does, or an int)."""
    items = ",\n      ".join(
        f"{key}{_encode(value) if isinstance(value, str) else int(value)}"
        for key, value in zip(_KEYS, (getattr(row, name) for name in FIELDS), strict=True)
    )
    return f"{{\n      {items}\n    }}"


_KEYS = [f"{json.dumps(name)}: " for name in FIELDS]
_encode = json.encoder.encode_basestring  # what json.dumps(..., ensure_ascii=False) uses


def _summary_csv(rows: Iterable[Row]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(_fields(row))
        yield buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue().encode()
