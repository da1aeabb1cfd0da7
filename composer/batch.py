"""Many notes files in, one folder of letters out: what `thankyou batch` does, as a library.

Layout of the output folder:

    OUT/<notes-file-stem>/<interviewer>.<ext>   one letter per interviewer
    OUT/summary.json, OUT/summary.csv           one row per letter (or per bad notes file)
    OUT/.thankyou-batch.jsonl                   the journal: one line per finished letter

The journal (see `composer.journal`) is appended to as each letter is written, so a run that is
stopped loses nothing; the next run reads it and skips the interviews whose letters were all
written ok (unless `force`), and writes the others again. The letters of one interview are
written together (they are checked against each other), so an interview with any letter not ok
is written again whole. The summary is written at the end from the journal.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from composer.backends.base import Backend
from composer.batchfiles import NotesFiles, find_notes_files, folder_names
from composer.channels import channel_spec
from composer.errors import InputError
from composer.files import write_bytes_atomic
from composer.journal import (
    FIELDS,
    JOURNAL,
    Journal,
    Row,
    Status,
    exit_code,
    journal_rows,
    write_summary,
    written_paths,
)
from composer.many import Composed, compose_many
from composer.models import Notes, with_channel
from composer.notes_file import load_notes
from composer.output import OutputFormat, check_format, plan_files, render
from composer.workers import DEFAULT_JOBS

__all__ = [
    "FIELDS",
    "JOURNAL",
    "BatchRun",
    "NotesFiles",
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

WRITERS = 4  # threads writing letter files
WRITES_AHEAD = 16  # letters composed but not yet on disk, at most


@dataclass
class BatchRun:
    """What a run did: its rows in input order (read from the journal each time they are
    iterated, so none is held in memory), and how many it skipped as already done."""

    rows: Iterable[Row] = field(default_factory=list)
    skipped: int = 0


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
    files: NotesFiles | None = None,
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
    paths = files if files is not None else find_notes_files(sources)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out}: is a file; give a folder for the letters.")
    out.mkdir(parents=True, exist_ok=True)
    before = journal_rows(out)
    ours = written_paths(before)
    earlier = {} if force else before
    journal = Journal(out)
    run = BatchRun(rows=journal)

    # Files are written (and synced to disk) by a few threads while the next letters are
    # composed; their rows go into the journal in the order the letters came, each once its
    # letter is on disk.
    writers = ThreadPoolExecutor(max_workers=WRITERS, thread_name_prefix="thankyou-write")
    written: deque[tuple[int, Future[Row]]] = deque()

    def record(position: int, row: Row) -> None:
        # A bad notes file waits behind the letters before it: the journal stays in input
        # order (the summary is then read from it straight through).
        future: Future[Row] = Future()
        future.set_result(row)
        written.append((position, future))

    def drain(ahead: int) -> None:
        while len(written) > ahead:
            position, future = written.popleft()
            row = future.result()
            journal.add(position, row)
            if on_row is not None:
                on_row(row, True)

    # Where the interviews given to compose_many came from, by their index there: (position,
    # path, folder name), dropped once the interview's letters have all come.
    sent: dict[int, tuple[int, Path, str]] = {}
    numbers = itertools.count()

    def readable() -> Iterator[Notes]:
        for position, path in enumerate(paths):
            done = _done(earlier.get(str(path)), out)
            if done is not None:
                journal.earlier[position] = done
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
            sent[next(numbers)] = (position, path, paths.folder(position))
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
        last = -1
        for item in letters:
            if item.index != last:  # the letters of one interview come together
                sent.pop(last, None)
            last = item.index
            position, path, name = sent[item.index]
            folder = out / name
            written.append(
                (position, writers.submit(write_letter, item, path, folder, fmt, out, ours, force))
            )
            drain(WRITES_AHEAD)
    finally:
        # Stopped or not, the summary says what is done so far.
        drain(0)
        writers.shutdown()
        journal.close()
        write_summary(out, journal)
    return run


@functools.lru_cache(maxsize=WRITES_AHEAD)
def _plan(folder: Path, names: tuple[str, ...], fmt: OutputFormat) -> list[tuple[Path, list[int]]]:
    """The files of an interview's letters, planned once for all its letters (not again for
    each: they come one after another)."""
    return plan_files(folder, names, fmt, folder=True)


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
    target = _plan(folder, tuple(names), fmt)[index][0]
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
