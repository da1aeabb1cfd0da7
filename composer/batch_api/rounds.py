"""Starting, resuming and cancelling a Batch API run, and its rounds of drafts and checks."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from composer.backends.base import DraftRequest
from composer.backends.openai_backend import OpenAIBackend
from composer.batch import Row, find_notes_files, folder_names
from composer.batch_api.finish import finish
from composer.batch_api.service import (
    ENDPOINT,
    Poll,
    batch_errors,
    call,
    file_lines,
    line_error,
    reply_text,
    wait_for_batch,
)
from composer.batch_api.state import (
    STATE,
    Run,
    Slot,
    addressee,
    notes_cache,
    panels,
    run_notes,
)
from composer.coordinator import wants_coordinator
from composer.errors import InputError
from composer.models import Notes
from composer.output import OutputFormat, check_format
from composer.rules import check_letter, check_letters
from composer.rules.report import Report, Violation

__all__ = ["cancel_batch_api", "resume_batch_api", "start_batch_api"]


def _custom_id(folder: str, index: int | str, name: str) -> str:
    return f"{folder}/{index}/{name}"


def start_batch_api(
    sources: Sequence[Path],
    out: Path,
    backend: OpenAIBackend,
    *,
    fmt: OutputFormat = "text",
    max_attempts: int = 3,
    proofread: bool = False,
    dialect: str | None = None,
    today: dt.date | None = None,
    poll: Poll | None = None,
    progress: Callable[[str], None] | None = None,
    coordinator: bool | None = None,
    channel: str | None = None,
    max_chars: int | None = None,
) -> list[Row]:
    """Draft every letter of `sources` through the Batch API; the summary rows (see module).

    `coordinator`, `channel` and `max_chars` as for `run_batch`: the letter to a large panel's
    coordinator goes into the same rounds as the panellists' letters.
    """
    if (out / STATE).exists():
        raise InputError(
            f"{out} holds a Batch API run already: pick it up with `thankyou batch --resume "
            f"{out}`, cancel it with --cancel, or give another --out."
        )
    out.mkdir(parents=True, exist_ok=True)
    paths = find_notes_files(sources)
    folders = folder_names(paths)
    bad: list[dict[str, Any]] = []
    slots: dict[str, Slot] = {}
    overrides = {"channel": channel, "max_chars": max_chars}
    for path in paths:
        try:
            notes = run_notes(overrides, str(path))
            check_format(notes, fmt)
        except InputError as exc:
            bad.append(vars(Row(str(path), "", "error", kind="notes", message=str(exc))))
            continue
        for index, person in enumerate(notes.interviewers):
            cid = _custom_id(folders[path], index, person.name)
            slots[cid] = Slot(str(path), person.name)
        try:
            wanted = wants_coordinator(notes, coordinator, False)
        except InputError as exc:  # asked for, and these notes cannot have it: said in its row
            cid = _custom_id(folders[path], "coordinator", "")
            slots[cid] = Slot(str(path), "coordinator", error=str(exc), coordinator=True)
            slots[cid].kind = "notes"
            continue
        if wanted and notes.coordinator is not None:
            cid = _custom_id(folders[path], "coordinator", notes.coordinator.name)
            slots[cid] = Slot(str(path), notes.coordinator.name, coordinator=True)
    data = {
        "version": 1,
        "model": backend.model,
        "format": fmt,
        "max_attempts": max_attempts,
        "proofread": proofread,
        "dialect": dialect,
        "today": today.isoformat() if today else None,
        "folders": {str(p): name for p, name in folders.items()},
        "channel": channel,
        "max_chars": max_chars,
        "bad": bad,
        "round": None,
        "rounds": 0,
    }
    run = Run(out, data)
    run.slots = slots
    run.save()
    return _drive(run, backend, poll or Poll(), progress)


def resume_batch_api(
    out: Path,
    backend: OpenAIBackend,
    *,
    poll: Poll | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Row]:
    """Pick up the run saved in `out` where it stopped."""
    return _drive(Run.load(out), backend, poll or Poll(), progress)


def cancel_batch_api(out: Path, backend: OpenAIBackend) -> str:
    """Cancel the batch in flight of the run saved in `out`; its status after the request."""
    run = Run.load(out)
    current = run.data.get("round") or {}
    batch_id = current.get("batch_id")
    if not batch_id:
        raise InputError(f"{out}: no batch in flight to cancel.")
    batch = call(backend, lambda: backend.client.batches.cancel(batch_id))
    run.data["cancelled"] = True
    run.save()
    return str(getattr(batch, "status", "cancelling"))


# -- the rounds -----------------------------------------------------------------------------


def _drive(
    run: Run, backend: OpenAIBackend, poll: Poll, progress: Callable[[str], None] | None
) -> list[Row]:
    notes_of = notes_cache(run)
    say = progress or (lambda _line: None)
    max_attempts = int(run.data["max_attempts"])
    while True:
        current = run.data.get("round")
        if current is None:
            todo = [
                cid
                for cid, slot in run.slots.items()
                if not slot.done and slot.error is None and slot.attempts < max_attempts
            ]
            if not todo:
                break
            current = {"ids": todo, "input_file_id": None, "batch_id": None}
            run.data["round"] = current
            run.data["rounds"] = int(run.data["rounds"]) + 1
            run.save()
        if current["input_file_id"] is None:
            lines = _request_lines(run, current["ids"], backend, notes_of)
            upload = call(
                backend,
                functools.partial(
                    backend.client.files.create,
                    file=("letters.jsonl", lines.encode("utf-8")),
                    purpose="batch",
                ),
            )
            current["input_file_id"] = str(upload.id)
            run.save()
        if current["batch_id"] is None:
            batch = call(
                backend,
                functools.partial(
                    backend.client.batches.create,
                    input_file_id=current["input_file_id"],
                    endpoint=ENDPOINT,
                    completion_window="24h",
                    metadata={"tool": "thankyou-composer"},
                ),
            )
            current["batch_id"] = str(batch.id)
            run.save()  # at once: a run stopped from here on picks this batch up
            say(f"batch {batch.id} created for {len(current['ids'])} letters")
        batch = wait_for_batch(backend, current["batch_id"], poll, say)
        _collect(run, current["ids"], batch, backend, notes_of)
        run.data["round"] = None
        _review(run, notes_of)
        run.save()
        if batch.status != "completed":
            break  # failed, expired or cancelled: what came back is kept, the rest reported
    return finish(run, backend, notes_of)


def _request_lines(
    run: Run, ids: list[str], backend: OpenAIBackend, notes_of: Callable[[str], Notes]
) -> str:
    lines = []
    dialect = run.data.get("dialect")
    today = dt.date.fromisoformat(run.data["today"]) if run.data.get("today") else None
    for cid in ids:
        slot = run.slots[cid]
        notes = notes_of(slot.notes)
        request = DraftRequest(
            notes=notes,
            interviewer=addressee(slot, notes),
            attempt=slot.attempts + 1,
            previous=slot.last,
            violations=tuple(Violation(**v) for v in slot.feedback),
            dialect=dialect,
            today=today,
            coordinator=slot.coordinator,
        )
        body = {
            "model": backend.model,
            "messages": backend.prompts.messages(request),
            "max_tokens": backend.max_tokens,
        }
        line = {"custom_id": cid, "method": "POST", "url": ENDPOINT, "body": body}
        lines.append(json.dumps(line, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def _collect(
    run: Run,
    ids: list[str],
    batch: Any,
    backend: OpenAIBackend,
    notes_of: Callable[[str], Notes],
) -> None:
    """Take the round's answers: each draft checked on its own; errors kept per letter."""
    answered: set[str] = set()
    proofread = bool(run.data.get("proofread"))
    dialect = run.data.get("dialect")
    for line in file_lines(backend, batch.output_file_id) + file_lines(
        backend, batch.error_file_id
    ):
        cid = line.get("custom_id")
        if cid not in run.slots or cid not in ids or cid in answered:
            continue
        answered.add(cid)
        slot = run.slots[cid]
        response = line.get("response") or {}
        body = response.get("body") or {}
        status = response.get("status_code")
        text = reply_text(body) if status == 200 else None
        if text is None:
            error = line.get("error") or (body.get("error") if isinstance(body, dict) else None)
            slot.error = line_error(status, error)
            continue
        usage = body.get("usage") or {}
        slot.prompt_tokens += int(usage.get("prompt_tokens") or 0)
        slot.completion_tokens += int(usage.get("completion_tokens") or 0)
        slot.calls += 1
        slot.attempts += 1
        notes = notes_of(slot.notes)
        report = check_letter(
            text,
            notes,
            to=slot.interviewer,
            proofread=proofread,
            dialect=dialect,
            coordinator=slot.coordinator,
        )
        rank = (len(report.errors), len(report.warnings))
        if slot.best_rank is None or rank < tuple(slot.best_rank):
            slot.best, slot.best_rank = text, rank
        slot.last = text
        slot.feedback = [_as_dict(v) for v in _feedback(report, proofread)]
        slot.done = not slot.feedback
    status = getattr(batch, "status", "")
    why = batch_errors(batch)
    for cid in ids:
        if cid not in answered and run.slots[cid].error is None:
            run.slots[cid].error = f"the batch ended {status} before this letter was answered{why}"


def _review(run: Run, notes_of: Callable[[str], Notes]) -> None:
    """Letters of one panel that repeat each other: the later one goes into the next round, and a
    repeating draft counts its repetition as an error when drafts are ranked (checked alone, a
    copy of a colleague's letter breaks no rule and would stay the best draft)."""
    max_attempts = int(run.data["max_attempts"])
    for path, ids in panels(run).items():
        drafts = [
            (cid, run.slots[cid])
            for cid in ids
            if run.slots[cid].last is not None and not run.slots[cid].coordinator
        ]
        if len(drafts) < 2:
            continue
        notes = notes_of(path)
        reports = check_letters([(s.interviewer, s.last or "") for _, s in drafts], notes)
        for n, ((_, slot), report) in enumerate(zip(drafts, reports, strict=True)):
            before = {other.interviewer for _, other in drafts[:n]}
            repeats = [
                v
                for v in report.violations
                if v.rule == "unique" and any(name in v.message for name in before)
            ]
            if repeats and slot.last == slot.best and slot.best_rank is not None:
                errors, warnings = slot.best_rank
                slot.best_rank = (errors + len(repeats), warnings)
            if repeats and slot.attempts < max_attempts and slot.error is None:
                slot.done = False
                slot.feedback = [*slot.feedback, *(_as_dict(v) for v in repeats)]


def _feedback(report: Report, proofread: bool) -> list[Violation]:
    extra = [v for v in report.warnings if proofread and v.rule == "proofread"]
    return [*report.errors, *extra]


def _as_dict(violation: Violation) -> dict[str, Any]:
    return {
        "rule": violation.rule,
        "severity": violation.severity,
        "message": violation.message,
        "quote": violation.quote,
        "fix": violation.fix,
    }
