"""The end of a Batch API run: the best draft of each letter written out, and the summary."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from composer.backends.base import Usage
from composer.backends.openai_backend import OpenAIBackend
from composer.batch import (
    JOURNAL,
    Row,
    journal_rows,
    write_letter,
    write_summary,
)
from composer.batch_api.state import Run, Slot, panels
from composer.compose import Letter, split_subject
from composer.dates import send_by_date, send_by_passed
from composer.errors import BackendError
from composer.many import Composed
from composer.models import Notes
from composer.output import OutputFormat
from composer.rules import check_letter, check_letters
from composer.rules.report import Violation


def finish(run: Run, backend: OpenAIBackend, notes_of: Callable[[str], Notes]) -> list[Row]:
    """Write every letter (the best draft of each) and the summary; the rows."""
    fmt: OutputFormat = run.data["format"]
    today = dt.date.fromisoformat(run.data["today"]) if run.data.get("today") else None
    folders = run.data["folders"]
    # files this tool wrote before (a finish cut short) may be replaced; a user's never
    ours = {
        row.path for rows in journal_rows(run.out).values() for row in rows.values() if row.path
    }
    rows_by_notes: dict[str, list[Row]] = {}
    for row in run.data.get("bad", []):
        rows_by_notes.setdefault(row["notes"], []).append(Row(**row))
    for path, ids in panels(run).items():
        notes = notes_of(path)
        letters: list[Letter] = []
        for cid in ids:
            slot = run.slots[cid]
            if slot.best is None:
                continue
            letters.append(_letter(slot, notes, backend, run, today))
        if len(letters) > 1:
            together = check_letters([(x.to, x.text) for x in letters], notes)
            letters = [
                _with(letter, [v for v in joint.violations if v.rule == "unique"])
                for letter, joint in zip(letters, together, strict=True)
            ]
        by_name = {letter.to: letter for letter in letters}
        rows = rows_by_notes.setdefault(path, [])
        for cid in ids:
            slot = run.slots[cid]
            person = notes.interviewer(slot.interviewer)
            letter = by_name.get(slot.interviewer)
            item = Composed(
                0,
                notes,
                person,
                letter=letter,
                error=None if letter else BackendError(slot.error or "no draft came back"),
            )
            folder = run.out / folders[path]
            row = write_letter(item, Path(path), folder, fmt, run.out, ours, False)
            rows.append(row)
            with (run.out / JOURNAL).open("a", encoding="utf-8") as journal:
                journal.write(json.dumps(vars(row), ensure_ascii=False) + "\n")
    order = sorted(rows_by_notes, key=_order(folders))
    ordered = [row for path in order for row in rows_by_notes[path]]
    write_summary(run.out, ordered)
    run.data["finished"] = True
    run.save()
    return ordered


def _order(folders: dict[str, str]) -> Callable[[str], int]:
    positions = {path: n for n, path in enumerate(folders)}
    return lambda path: positions.get(path, -1)


def _letter(
    slot: Slot, notes: Notes, backend: OpenAIBackend, run: Run, today: dt.date | None
) -> Letter:
    text = slot.best or ""
    report = check_letter(
        text,
        notes,
        to=slot.interviewer,
        proofread=bool(run.data.get("proofread")),
        dialect=run.data.get("dialect"),
    )
    subject, body = split_subject(text)
    send_by = send_by_date(notes.interview.date)
    return Letter(
        to=slot.interviewer,
        interviewer=notes.interviewer(slot.interviewer),
        subject=subject,
        body=body,
        text=text,
        send_by=send_by,
        attempts=slot.attempts,
        report=report,
        usage=Usage(slot.prompt_tokens, slot.completion_tokens),
        calls=slot.calls,
        backend=f"{backend.name} batch",
        overdue=send_by_passed(send_by, today),
    )


def _with(letter: Letter, extra: list[Violation]) -> Letter:
    if not extra:
        return letter
    report = letter.report.with_violations(extra)
    return Letter(**{**vars(letter), "report": report})
