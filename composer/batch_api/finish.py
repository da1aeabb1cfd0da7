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
from composer.batch_api.state import Run, Slot, addressee, panels
from composer.compose import Letter, split_subject
from composer.dates import send_by_date, send_by_passed
from composer.errors import BackendError, ComposerError, InputError
from composer.many import Composed
from composer.models import Interviewer, Notes
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
        # the panellists' letters are checked together; the coordinator's (which names them
        # all) is checked on its own, as compose does
        letters: dict[str, Letter] = {}
        for cid in ids:
            slot = run.slots[cid]
            if slot.best is not None:
                letters[cid] = _letter(slot, notes, backend, run, today)
        panel = [cid for cid in letters if not run.slots[cid].coordinator]
        if len(panel) > 1:
            together = check_letters([(letters[c].to, letters[c].text) for c in panel], notes)
            for cid, joint in zip(panel, together, strict=True):
                letters[cid] = _with(
                    letters[cid], [v for v in joint.violations if v.rule == "unique"]
                )
        rows = rows_by_notes.setdefault(path, [])
        for cid in ids:
            slot = run.slots[cid]
            letter = letters.get(cid)
            error: ComposerError | None = None
            if letter is None:
                why = slot.error or "no draft came back"
                error = InputError(why) if slot.kind == "notes" else BackendError(why)
            if slot.coordinator and notes.coordinator is None:
                # the summary row's label ("coordinator"), kept as it is: not a person's name
                person = Interviewer.model_construct(name=slot.interviewer)
            else:
                person = addressee(slot, notes)
            item = Composed(
                0, notes, person, letter=letter, error=error, coordinator=slot.coordinator
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
        coordinator=slot.coordinator,
    )
    subject, body = split_subject(text)
    send_by = send_by_date(notes.interview.date)
    return Letter(
        to=slot.interviewer,
        interviewer=addressee(slot, notes),
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
        coordinator=slot.coordinator,
    )


def _with(letter: Letter, extra: list[Violation]) -> Letter:
    if not extra:
        return letter
    report = letter.report.with_violations(extra)
    return Letter(**{**vars(letter), "report": report})
