"""The work of `thankyou batch`: run the batch (or the Batch API run), show progress, report."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import typer

from composer.backend_choice import choose_backend
from composer.backends.base import ModelSettings
from composer.batch import (
    BatchRun,
    NotesFiles,
    Row,
    exit_code,
    find_notes_files,
    run_batch,
    write_summary,
)
from composer.choices import DEFAULT_JOBS
from composer.cli.app import say, with_flags
from composer.cli.calendar_files import check_remind_target, write_batch_reminders
from composer.cli.options import compose_options
from composer.errors import InputError
from composer.output import OutputFormat
from composer.rules.proofread import proofreading

EXIT_MEANING = {
    0: "every letter is ready",
    1: "some letters still break a rule (written and marked: fix them before sending)",
    2: "some notes files are bad, or a letter could not be written (see summary.json; fix "
    "them and run the same command again)",
    3: "the model service failed for some letters (run the same command again to retry them)",
}


def run(params: Mapping[str, Any]) -> None:
    """Run `thankyou batch` with the command's values (`ctx.params`); raise typer.Exit."""
    options = compose_options(params)
    notes = params["notes"]
    out = options.out
    batch_api = params["batch_api"]
    resume = params["resume"]
    cancel = params["cancel"]
    settings = options.model_settings()
    channel, max_chars = options.channel, options.max_chars
    if resume is not None or cancel is not None or batch_api:
        if options.remind is not None:
            raise InputError(
                "--remind: not with --batch-api, --resume or --cancel yet; run `thankyou batch "
                "NOTES... --out DIR --remind FILE.ics` again once the letters are written."
            )
        given = [
            flag
            for flag, value in (
                ("--channel", channel),
                ("--max-chars", max_chars),
                ("--coordinator/--no-coordinator", options.coordinator),
            )
            if value is not None
        ]
        if given and not batch_api:
            raise InputError(
                f"{', '.join(given)}: a Batch API run keeps the choices it was started with; "
                "drop them from --resume and --cancel."
            )
        code = _batch_api(
            notes or [], out, settings, resume, cancel, params["poll_seconds"],
            fmt=options.format, max_attempts=options.max_attempts, proofread=options.proofread,
            dialect=options.dialect, today=options.today, prompt_dir=options.prompt_dir,
            coordinator=options.coordinator, channel=channel, max_chars=max_chars,
        )  # fmt: skip
        if code:
            raise typer.Exit(code)
        return
    if not notes or out is None:
        raise InputError("give the notes files (or folders) and --out DIR for the letters.")
    files = find_notes_files(notes)
    if not files:
        raise InputError(
            f"no notes files in {', '.join(map(str, notes))}: give .json files or folders "
            "holding them."
        )
    check_remind_target(options.remind, options.force)
    proofreading(options.proofread, options.dialect)  # a missing checker is refused first
    terminal = sys.stderr.isatty()
    chosen, notice = choose_backend(options.backend, settings, progress=None)
    if notice:
        say(notice)
    display = _Bar(files) if terminal else _Lines()
    try:
        with display, _startup_frozen():
            run = run_batch(
                notes,
                out,
                chosen,
                fmt=options.format,
                force=options.force,
                jobs=DEFAULT_JOBS if options.jobs is None else options.jobs,
                max_attempts=options.max_attempts,
                proofread=options.proofread,
                dialect=options.dialect,
                prompt_dir=options.prompt_dir,
                today=options.today,
                on_row=display.row,
                files=files,
                coordinator=options.coordinator,
                channel=channel,
                max_chars=max_chars,
            )
    except KeyboardInterrupt:
        say(
            f"Stopped. The letters written so far are in {out / 'summary.json'}; run the same "
            "command again to go on from there."
        )
        raise typer.Exit(130) from None
    run.rows = _flagged(run.rows, out)
    if options.remind is not None:
        write_batch_reminders(
            options.remind, run.rows, out, force=options.force, today=options.today
        )
    code = _finish(run, out)
    if code:
        raise typer.Exit(code)


@contextlib.contextmanager
def _startup_frozen() -> Iterator[None]:
    """Keep what is loaded at start-up out of the cycle collector's walks during the run: a
    collection then looks only at what the letters made. The collector keeps its usual pace:
    composing leaves reference cycles (dozens of objects a letter), and collected less
    often they pile up, so a batch's memory grew with the number of files it wrote."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _flagged(rows: Iterable[Row], out: Path) -> Iterable[Row]:
    """The rows with settings named by their flags, as the command line says them; the summary
    files are written again when a message changes. Row by row: `rows` may be a run's journal."""
    flagged = _Flagged(rows)
    if any(_with_flags(row) is not row for row in rows):
        write_summary(out, flagged)
    return flagged


class _Flagged:
    """`rows` with settings named by their flags, each time they are iterated."""

    def __init__(self, rows: Iterable[Row]) -> None:
        self.rows = rows

    def __iter__(self) -> Iterator[Row]:
        return map(_with_flags, self.rows)


def _with_flags(row: Row) -> Row:
    """`row` itself when its message names no setting (most do not: no copy of every row)."""
    message = with_flags(row.message)
    return row if message == row.message else replace(row, message=message)


def _batch_api(
    notes: list[Path],
    out: Path | None,
    settings: ModelSettings,
    resume: Path | None,
    cancel: Path | None,
    poll_seconds: float,
    *,
    fmt: OutputFormat,
    max_attempts: int,
    proofread: bool,
    dialect: str | None,
    today: dt.date | None,
    prompt_dir: Path | None,
    coordinator: bool | None,
    channel: str | None,
    max_chars: int | None,
) -> int:
    """--batch-api, --resume and --cancel: the Batch API run in DIR."""
    from composer.backends.openai_backend import OpenAIBackend
    from composer.batch_api import Poll, cancel_batch_api, resume_batch_api, start_batch_api

    if sum(x is not None for x in (resume, cancel)) + bool(notes) > 1:
        raise InputError(
            "give either notes files with --batch-api, or --resume DIR, or --cancel DIR."
        )
    backend = OpenAIBackend.from_settings(settings, prompt_dir=prompt_dir, progress=say)
    poll = Poll(first=poll_seconds)
    if cancel is not None:
        status = cancel_batch_api(cancel, backend)
        say(f"Asked to cancel the batch of {cancel}: it is {status}. Letters already answered "
            f"are written by `thankyou batch --resume {cancel}`.")  # fmt: skip
        return 0
    if resume is not None:
        try:
            rows = resume_batch_api(resume, backend, poll=poll, progress=say)
        except KeyboardInterrupt:
            return _stopped(resume)
        return _report_rows(rows, resume)
    if not notes or out is None:
        raise InputError("give the notes files (or folders) and --out DIR for the letters.")
    proofreading(proofread, dialect)  # a missing checker is refused before any work
    say(f"Sending the letters through the Batch API of {backend.base_url}; the run is saved in "
        f"{out}: if it is stopped, `thankyou batch --resume {out}` picks it up.")  # fmt: skip
    try:
        rows = start_batch_api(
            notes, out, backend, fmt=fmt, max_attempts=max_attempts, proofread=proofread,
            dialect=dialect, today=today, poll=poll, progress=say, coordinator=coordinator,
            channel=channel, max_chars=max_chars,
        )  # fmt: skip
    except KeyboardInterrupt:
        return _stopped(out)
    return _report_rows(rows, out)


def _stopped(out: Path) -> int:
    say(
        f"Stopped. The run is saved in {out}: `thankyou batch --resume {out}` picks it up "
        "(the batch itself goes on at the provider)."
    )
    return 130


def _report_rows(rows: list[Row], out: Path) -> int:
    flagged = _flagged(rows, out)
    for row in flagged:
        say(_line(row))
    return _finish(BatchRun(rows=flagged), out)


def _finish(run: BatchRun, out: Path) -> int:
    counts = {"ok": 0, "failed": 0, "error": 0}
    bad = 0
    for row in run.rows:
        counts[row.status] += 1
        bad += not row.interviewer
    letters = sum(counts.values()) - bad
    parts = [
        f"{letters} letters: {counts['ok']} ok, {counts['failed']} break a rule, "
        f"{counts['error'] - bad} not written",
        f"{run.skipped} done by an earlier run" if run.skipped else "",
        f"{bad} bad notes file(s)" if bad else "",
    ]
    say(f"{'; '.join(p for p in parts if p)}. Summary: {out / 'summary.json'}")
    code = exit_code(run.rows)
    if code:
        say(f"Exit {code}: {EXIT_MEANING[code]}.")
    return code


def _line(row: Row) -> str:
    who = f" / {row.interviewer}" if row.interviewer else ""
    where = f" -> {row.path}" if row.path else ""
    if row.status == "error" and row.message.startswith(row.notes):
        return f"{row.status:6} {with_flags(row.message)}"  # it names the file already
    why = f": {with_flags(row.message)}" if row.status == "error" else ""
    return f"{row.status:6} {row.notes}{who}{where}{why}"


class _Lines:
    """One plain line per letter on stderr (not a terminal: logs, CI)."""

    def __enter__(self) -> _Lines:
        return self

    def __exit__(self, *_: object) -> None:
        return None

    def row(self, row: Row, fresh: bool) -> None:
        say(_line(row) if fresh else f"done   {row.notes} / {row.interviewer} (earlier run)")


class _Bar:
    """A Rich progress bar on stderr: letters done of all, failures, time left."""

    def __init__(self, files: NotesFiles) -> None:
        from rich.console import Console  # here: only a terminal run pays for importing Rich
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("letters"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[trouble]}"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        self.task = self.progress.add_task("letters", total=_letters_in(files), trouble="")
        self.failed = 0
        self.errors = 0

    def __enter__(self) -> _Bar:
        self.progress.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.progress.stop()

    def row(self, row: Row, fresh: bool) -> None:
        if row.status == "failed":
            self.failed += 1
        elif row.status == "error":
            self.errors += 1
            self.progress.console.print(_line(row), markup=False, highlight=False)
        trouble = ", ".join(
            text
            for count, text in (
                (self.failed, f"{self.failed} break a rule"),
                (self.errors, f"{self.errors} not written"),
            )
            if count
        )
        self.progress.update(self.task, advance=1, trouble=trouble)


def _letters_in(files: Iterable[Path]) -> int:
    """How many letters the files ask for (a file that cannot be read counts as one)."""
    total = 0
    for path in files:
        try:
            people = json.loads(path.read_bytes()).get("interviewers")
            total += len(people) if isinstance(people, list) and people else 1
        except (OSError, ValueError, AttributeError):
            total += 1
    return total
