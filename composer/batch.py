"""Many notes files in, one folder of letters out: what `thankyou batch` does, as a library.

Layout of the output folder:

    OUT/<notes-file-stem>/<interviewer>.<ext>   one letter per interviewer
    OUT/summary.json, OUT/summary.csv           one row per letter (or per bad notes file)
    OUT/.thankyou-batch.jsonl                   the journal: one line per finished letter

The journal is appended to as each letter is written, so a run that is stopped loses nothing;
the next run reads it and skips the interviews whose letters were all written ok (unless
`force`), and writes the others again. The letters of one interview are written together (they
are checked against each other), so an interview with any letter not ok is written again whole.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from composer.backends.base import Backend
from composer.channels import channel_spec
from composer.errors import InputError
from composer.files import write_bytes_atomic, write_chunks_atomic
from composer.many import Composed, compose_many
from composer.models import Notes, with_channel
from composer.notes_file import load_notes
from composer.output import OutputFormat, check_format, plan_files, render
from composer.workers import DEFAULT_JOBS

__all__ = [
    "FIELDS",
    "JOURNAL",
    "BatchRun",
    "Row",
    "Status",
    "exit_code",
    "find_notes_files",
    "folder_names",
    "journal_rows",
    "run_batch",
    "write_letter",
    "write_summary",
    "written_paths",
]

JOURNAL = ".thankyou-batch.jsonl"
WRITERS = 4  # threads writing letter files
WRITES_AHEAD = 16  # letters composed but not yet on disk, at most
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


def find_notes_files(sources: Sequence[Path]) -> list[Path]:
    """The notes files named: files as given, folders read for `*.json` (not recursively)."""
    found: list[Path] = []
    seen: set[Path] = set()
    for source in sources:
        if source.is_dir():
            paths = sorted(p for p in source.glob("*.json") if p.is_file())
        else:
            paths = [source]  # a missing file is reported in the summary like a bad one
        for path in paths:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found


def folder_names(paths: Sequence[Path]) -> dict[Path, str]:
    """A distinct folder name per notes file: its stem, numbered when two share one."""
    used: set[str] = set()
    names: dict[Path, str] = {}
    for path in paths:
        stem = path.stem or "notes"
        name, number = stem, 2
        while name.casefold() in used:
            name, number = f"{stem}-{number}", number + 1
        used.add(name.casefold())
        names[path] = name
    return names


@dataclass
class BatchRun:
    """What a run did: its rows in input order, and what it skipped as already done."""

    rows: list[Row] = field(default_factory=list)
    skipped: int = 0

    @property
    def counts(self) -> dict[str, int]:
        result = {"ok": 0, "failed": 0, "error": 0}
        for row in self.rows:
            result[row.status] += 1
        return result


def exit_code(rows: Iterable[Row]) -> int:
    """3 when the service failed for a letter, else 2 for a bad notes file (or a letter that
    could not be written), else 1 for a letter that still breaks a rule, else 0."""
    kinds = {(row.status, row.kind) for row in rows}
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
            try:
                row = Row(**json.loads(line))
            except (ValueError, TypeError):
                continue  # a line cut short when a run was stopped
            found.setdefault(row.notes, {})[row.interviewer] = row
    return found


def written_paths(rows: dict[str, dict[str, Row]]) -> set[str]:
    """The letter files (relative to the output folder) that runs of this tool wrote."""
    return {row.path for by_name in rows.values() for row in by_name.values() if row.path}


def _done(rows: dict[str, Row] | None, out: Path) -> list[Row] | None:
    """The rows of an interview finished ok in an earlier run (all letters there), else None."""
    if not rows or "" in rows:
        return None
    if all(row.status == "ok" and (out / row.path).is_file() for row in rows.values()):
        return list(rows.values())
    return None


def run_batch(
    sources: Sequence[Path],
    out: Path,
    backend: Backend,
    *,
    fmt: OutputFormat = "text",
    force: bool = False,
    jobs: int = DEFAULT_JOBS,
    max_attempts: int = 3,
    proofread: bool = False,
    dialect: str | None = None,
    prompt_dir: Path | None = None,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
    on_row: Callable[[Row, bool], None] | None = None,
    files: Sequence[Path] | None = None,
    coordinator: bool | None = None,
    channel: str | None = None,
    max_chars: int | None = None,
) -> BatchRun:
    """Write the letters of every notes file in `sources` under `out`, with the summary.

    `channel` replaces every notes file's own; `max_chars` is the limit of the LinkedIn notes
    among them (the others are counted in words and keep their bounds).

    `on_row(row, fresh)` hears of every row as it is made (for a progress display), and of the
    rows of interviews done in an earlier run (`fresh` False); `files` is the list
    `find_notes_files(sources)` gives, when the caller made it already. `coordinator` adds the
    letter to each large panel's coordinator as `compose` does (None: for a panel of more than
    seven whose notes name one).
    """
    paths = list(files) if files is not None else find_notes_files(sources)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out}: is a file; give a folder for the letters.")
    out.mkdir(parents=True, exist_ok=True)
    folders = folder_names(paths)
    before = journal_rows(out)
    ours = written_paths(before)
    earlier = {} if force else before
    run = BatchRun()
    rows_by_file: dict[int, list[Row]] = {}
    journal = (out / JOURNAL).open("a", encoding="utf-8")

    def record(position: int, row: Row) -> None:
        rows_by_file.setdefault(position, []).append(row)
        journal.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
        journal.flush()
        if on_row is not None:
            on_row(row, True)

    # Files are written (and synced to disk) by a few threads while the next letters are
    # composed; their rows are recorded in the order the letters came.
    writers = ThreadPoolExecutor(max_workers=WRITERS, thread_name_prefix="thankyou-write")
    written: deque[tuple[int, Future[Row]]] = deque()

    def drain(ahead: int) -> None:
        while len(written) > ahead:
            position, future = written.popleft()
            record(position, future.result())

    sent: list[tuple[int, Path]] = []  # (position, path) of each notes given to compose_many

    def readable() -> Iterator[Notes]:
        for position, path in enumerate(paths):
            done = _done(earlier.get(str(path)), out)
            if done is not None:
                rows_by_file[position] = done
                run.skipped += len(done)
                for row in done:
                    if on_row is not None:
                        on_row(row, False)
                continue
            try:
                notes = load_notes(path)
                wanted = channel_spec(channel or notes.channel)
                notes = with_channel(notes, channel, max_chars if wanted.max_setting else None)
                check_format(notes, fmt)
            except InputError as exc:
                record(position, Row(str(path), "", "error", kind="notes", message=str(exc)))
                continue
            sent.append((position, path))
            yield notes

    try:
        letters = compose_many(
            readable(),
            backend,
            max_attempts=max_attempts,
            proofread=proofread,
            dialect=dialect,
            prompt_dir=prompt_dir,
            today=today,
            progress=progress,
            jobs=jobs,
            coordinator=coordinator,
        )
        for item in letters:
            position, path = sent[item.index]
            folder = out / folders[path]
            written.append(
                (position, writers.submit(write_letter, item, path, folder, fmt, out, ours, force))
            )
            drain(WRITES_AHEAD)
    finally:
        # Stopped or not, the summary says what is done so far.
        drain(0)
        writers.shutdown()
        journal.close()
        run.rows = [row for position in sorted(rows_by_file) for row in rows_by_file[position]]
        write_summary(out, run.rows)
    return run


def write_letter(
    item: Composed,
    notes_path: Path,
    folder: Path,
    fmt: OutputFormat,
    out: Path,
    ours: set[str],
    force: bool,
) -> Row:
    """Write one letter into its interview's folder and say how it went.

    A file there that no run of this tool wrote (not in `ours`) is kept unless `force`.
    """
    names = [p.name for p in item.notes.interviewers]
    if item.coordinator:  # named as in `thankyou compose`: "<name>-coordinator"
        names.append(f"{item.interviewer.name} coordinator")
        index = len(names) - 1
    else:
        index = names.index(item.interviewer.name)
    if item.letter is None:
        assert item.error is not None
        kind = "notes" if isinstance(item.error, InputError) else "service"
        return Row(
            str(notes_path), item.interviewer.name, "error", kind=kind, message=str(item.error)
        )
    letter = item.letter
    target = plan_files(folder, names, fmt, folder=True)[index][0]
    common = {
        "notes": str(notes_path),
        "interviewer": letter.to,
        "attempts": letter.attempts,
        "tokens": letter.usage.total_tokens,
        "send_by": letter.send_by.isoformat(),
    }
    relative = str(target.relative_to(out))
    if not force and relative not in ours and target.exists():
        return Row(
            **common,  # type: ignore[arg-type]
            status="error",
            kind="output",
            message=f"{target}: already exists; pass --force to overwrite it.",
        )
    try:
        # Letters this tool wrote in an earlier run are replaced.
        write_bytes_atomic(target, render([letter], item.notes, fmt), force=True)
    except OSError as exc:
        return Row(
            **common,  # type: ignore[arg-type]
            status="error",
            kind="output",
            message=f"{target}: cannot write ({exc.strerror or exc}).",
        )
    problems = "; ".join(f"[{v.rule}] {v.message}" for v in letter.report.errors)
    return Row(
        **common,  # type: ignore[arg-type]
        status="ok" if letter.ok else "failed",
        path=relative,
        message=problems,
    )


def write_summary(out: Path, rows: Sequence[Row]) -> None:
    """summary.json (rows, counts, exit code) and summary.csv (the rows) in `out`.

    Each is written row by row: a run over thousands of notes files does not hold a second copy
    of its rows, as dictionaries and as text, at the end.
    """
    counts = {"ok": 0, "failed": 0, "error": 0}
    for row in rows:
        counts[row.status] += 1
    tail = {"counts": counts, "exit_code": exit_code(rows)}
    write_chunks_atomic(out / "summary.json", _summary_json(rows, tail), force=True)
    write_chunks_atomic(out / "summary.csv", _summary_csv(rows), force=True)


def _summary_json(rows: Sequence[Row], tail: dict[str, object]) -> Iterator[bytes]:
    """The text of json.dumps({"letters": rows, **tail}, indent=2), one row at a time."""
    yield b'{\n  "letters": ['
    for index, row in enumerate(rows):
        item = json.dumps(asdict(row), indent=2, ensure_ascii=False).replace("\n", "\n    ")
        yield f"{',' if index else ''}\n    {item}".encode()
    yield b"\n  ]," if rows else b"],"
    rest = json.dumps(tail, indent=2, ensure_ascii=False)
    yield f"\n{rest[2:]}\n".encode()  # without its opening "{\n"


def _summary_csv(rows: Sequence[Row]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(asdict(row))
        yield buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue().encode()
