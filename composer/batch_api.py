"""`thankyou batch --batch-api`: the letters drafted through the provider's Batch API.

Each round writes one JSONL line per letter still to draft (`custom_id` naming the notes file
and the interviewer), uploads it (`purpose=batch`), creates a batch for /v1/chat/completions,
polls it, then downloads the output and error files. Every letter is checked; those that break
a rule (or repeat another letter of their panel) go into the next round as a re-ask, with their
problems, until they pass or `max_attempts` drafts are spent. Then the letters and the summary
are written as `thankyou batch` writes them.

Everything the run knows lives in OUT/.thankyou-batch-api.json, written before and after every
step that talks to the service (the batch id the moment the batch exists), so a run stopped at
any point is picked up by `resume_batch_api` without drafting a letter twice; `cancel_batch_api`
cancels the batch in flight.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from composer.backends.base import DraftRequest, Usage
from composer.backends.openai_backend import OpenAIBackend
from composer.backends.openai_replies import letter_text
from composer.backends.transport import RetriesExhausted, call_with_retries
from composer.batch import (
    JOURNAL,
    Row,
    find_notes_files,
    folder_names,
    journal_rows,
    write_letter,
    write_summary,
)
from composer.compose import Letter, split_subject
from composer.dates import send_by_date, send_by_passed
from composer.errors import BackendError, InputError, NotesError
from composer.files import write_text_atomic
from composer.many import Composed
from composer.models import Notes
from composer.notes_file import load_notes
from composer.output import OutputFormat
from composer.rules import check_letter, check_letters
from composer.rules.report import Report, Violation

__all__ = ["STATE", "Poll", "cancel_batch_api", "resume_batch_api", "start_batch_api"]

STATE = ".thankyou-batch-api.json"
ENDPOINT = "/v1/chat/completions"
DONE = {"completed", "failed", "expired", "cancelled"}


@dataclass(frozen=True)
class Poll:
    """How to wait for a batch: first wait, growth, longest wait; `sleep` injectable."""

    first: float = 5.0
    factor: float = 1.5
    longest: float = 300.0
    limit: int = 100_000  # polls at most before giving up (the batch keeps running)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)


@dataclass
class _Slot:
    """One letter across rounds."""

    notes: str
    interviewer: str
    attempts: int = 0
    best: str | None = None
    best_rank: tuple[int, int] | None = None
    last: str | None = None
    feedback: list[dict[str, Any]] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    error: str | None = None
    done: bool = False


class _Run:
    """The state of one Batch API run, saved to OUT/.thankyou-batch-api.json after each step."""

    def __init__(self, out: Path, data: dict[str, Any]) -> None:
        self.out = out
        self.data = data
        self.slots = {cid: _Slot(**slot) for cid, slot in data.get("slots", {}).items()}

    @classmethod
    def load(cls, out: Path) -> _Run:
        path = out / STATE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(
                f"{path}: no Batch API run to pick up in {out}; start one with "
                "`thankyou batch NOTES... --out DIR --batch-api`."
            ) from None
        except (OSError, ValueError) as exc:
            raise InputError(f"{path}: cannot read the saved run ({exc}).") from None
        return cls(out, data)

    def save(self) -> None:
        self.data["slots"] = {cid: vars(slot) for cid, slot in self.slots.items()}
        text = json.dumps(self.data, indent=1, ensure_ascii=False)
        write_text_atomic(self.out / STATE, text + "\n", force=True)


def _custom_id(folder: str, index: int, name: str) -> str:
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
) -> list[Row]:
    """Draft every letter of `sources` through the Batch API; the summary rows (see module)."""
    if (out / STATE).exists():
        raise InputError(
            f"{out} holds a Batch API run already: pick it up with `thankyou batch --resume "
            f"{out}`, cancel it with --cancel, or give another --out."
        )
    out.mkdir(parents=True, exist_ok=True)
    paths = find_notes_files(sources)
    folders = folder_names(paths)
    bad: list[dict[str, Any]] = []
    slots: dict[str, _Slot] = {}
    for path in paths:
        try:
            notes = load_notes(path)
        except NotesError as exc:
            bad.append(vars(Row(str(path), "", "error", kind="notes", message=str(exc))))
            continue
        for index, person in enumerate(notes.interviewers):
            cid = _custom_id(folders[path], index, person.name)
            slots[cid] = _Slot(str(path), person.name)
    data = {
        "version": 1,
        "model": backend.model,
        "format": fmt,
        "max_attempts": max_attempts,
        "proofread": proofread,
        "dialect": dialect,
        "today": today.isoformat() if today else None,
        "folders": {str(p): name for p, name in folders.items()},
        "bad": bad,
        "round": None,
        "rounds": 0,
    }
    run = _Run(out, data)
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
    return _drive(_Run.load(out), backend, poll or Poll(), progress)


def cancel_batch_api(out: Path, backend: OpenAIBackend) -> str:
    """Cancel the batch in flight of the run saved in `out`; its status after the request."""
    run = _Run.load(out)
    current = run.data.get("round") or {}
    batch_id = current.get("batch_id")
    if not batch_id:
        raise InputError(f"{out}: no batch in flight to cancel.")
    batch = _call(backend, lambda: backend.client.batches.cancel(batch_id))
    run.data["cancelled"] = True
    run.save()
    return str(getattr(batch, "status", "cancelling"))


# -- the rounds -----------------------------------------------------------------------------


def _notes_cache(run: _Run) -> Callable[[str], Notes]:
    cache: dict[str, Notes] = {}

    def notes(path: str) -> Notes:
        if path not in cache:
            cache[path] = load_notes(path)
        return cache[path]

    return notes


def _drive(
    run: _Run, backend: OpenAIBackend, poll: Poll, progress: Callable[[str], None] | None
) -> list[Row]:
    notes_of = _notes_cache(run)
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
            upload = _call(
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
            batch = _call(
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
        batch = _wait(backend, current["batch_id"], poll, say)
        _collect(run, current["ids"], batch, backend, notes_of)
        run.data["round"] = None
        _review(run, notes_of)
        run.save()
        if batch.status != "completed":
            break  # failed, expired or cancelled: what came back is kept, the rest reported
    return _finish(run, backend, notes_of)


def _request_lines(
    run: _Run, ids: list[str], backend: OpenAIBackend, notes_of: Callable[[str], Notes]
) -> str:
    lines = []
    dialect = run.data.get("dialect")
    for cid in ids:
        slot = run.slots[cid]
        notes = notes_of(slot.notes)
        person = notes.interviewer(slot.interviewer)
        request = DraftRequest(
            notes=notes,
            interviewer=person,
            attempt=slot.attempts + 1,
            previous=slot.last,
            violations=tuple(Violation(**v) for v in slot.feedback),
            dialect=dialect,
        )
        body = {
            "model": backend.model,
            "messages": backend.prompts.messages(request),
            "max_tokens": backend.max_tokens,
        }
        line = {"custom_id": cid, "method": "POST", "url": ENDPOINT, "body": body}
        lines.append(json.dumps(line, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def _wait(backend: OpenAIBackend, batch_id: str, poll: Poll, say: Callable[[str], None]) -> Any:
    wait = poll.first
    for _ in range(poll.limit):
        batch = _call(backend, lambda: backend.client.batches.retrieve(batch_id))
        counts = getattr(batch, "request_counts", None)
        done = getattr(counts, "completed", 0) or 0
        failed = getattr(counts, "failed", 0) or 0
        total = getattr(counts, "total", 0) or 0
        say(f"batch {batch_id}: {batch.status}, {done + failed} of {total} answered")
        if batch.status in DONE:
            return batch
        poll.sleep(wait)
        wait = min(wait * poll.factor, poll.longest)
    raise BackendError(
        f"batch {batch_id} is still running after {poll.limit} polls: pick it up later with "
        "`thankyou batch --resume DIR`."
    )


def _lines(backend: OpenAIBackend, file_id: str | None) -> list[dict[str, Any]]:
    if not file_id:
        return []
    content = _call(backend, lambda: backend.client.files.content(file_id))
    text = content.text if hasattr(content, "text") else bytes(content).decode("utf-8")
    found = []
    for line in text.splitlines():
        if line.strip():
            try:
                found.append(json.loads(line))
            except ValueError:
                continue
    return found


def _collect(
    run: _Run,
    ids: list[str],
    batch: Any,
    backend: OpenAIBackend,
    notes_of: Callable[[str], Notes],
) -> None:
    """Take the round's answers: each draft checked on its own; errors kept per letter."""
    answered: set[str] = set()
    proofread = bool(run.data.get("proofread"))
    dialect = run.data.get("dialect")
    for line in _lines(backend, batch.output_file_id) + _lines(backend, batch.error_file_id):
        cid = line.get("custom_id")
        if cid not in run.slots or cid not in ids or cid in answered:
            continue
        answered.add(cid)
        slot = run.slots[cid]
        response = line.get("response") or {}
        body = response.get("body") or {}
        status = response.get("status_code")
        text = _content(body) if status == 200 else None
        if text is None:
            error = line.get("error") or (body.get("error") if isinstance(body, dict) else None)
            slot.error = _line_error(status, error)
            continue
        usage = body.get("usage") or {}
        slot.prompt_tokens += int(usage.get("prompt_tokens") or 0)
        slot.completion_tokens += int(usage.get("completion_tokens") or 0)
        slot.calls += 1
        slot.attempts += 1
        notes = notes_of(slot.notes)
        report = check_letter(
            text, notes, to=slot.interviewer, proofread=proofread, dialect=dialect
        )
        rank = (len(report.errors), len(report.warnings))
        if slot.best_rank is None or rank < tuple(slot.best_rank):
            slot.best, slot.best_rank = text, rank
        slot.last = text
        slot.feedback = [_as_dict(v) for v in _feedback(report, proofread)]
        slot.done = not slot.feedback
    status = getattr(batch, "status", "")
    why = _batch_errors(batch)
    for cid in ids:
        if cid not in answered and run.slots[cid].error is None:
            run.slots[cid].error = f"the batch ended {status} before this letter was answered{why}"


def _review(run: _Run, notes_of: Callable[[str], Notes]) -> None:
    """Letters of one panel that repeat each other: the later one goes into the next round."""
    max_attempts = int(run.data["max_attempts"])
    for path, ids in _panels(run).items():
        drafts = [(cid, run.slots[cid]) for cid in ids if run.slots[cid].last is not None]
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
            if repeats and slot.attempts < max_attempts and slot.error is None:
                slot.done = False
                slot.feedback = [*slot.feedback, *(_as_dict(v) for v in repeats)]


def _panels(run: _Run) -> dict[str, list[str]]:
    panels: dict[str, list[str]] = {}
    for cid, slot in run.slots.items():
        panels.setdefault(slot.notes, []).append(cid)
    return panels


def _finish(run: _Run, backend: OpenAIBackend, notes_of: Callable[[str], Notes]) -> list[Row]:
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
    for path, ids in _panels(run).items():
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
    slot: _Slot, notes: Notes, backend: OpenAIBackend, run: _Run, today: dt.date | None
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


def _batch_errors(batch: Any) -> str:
    """The first of the batch's own errors (a failed batch says why), as ` (code: message)`."""
    errors = getattr(batch, "errors", None)
    data = getattr(errors, "data", None) or []
    if not data:
        return ""
    first = data[0]
    code, message = getattr(first, "code", None), getattr(first, "message", None)
    return f" ({': '.join(str(x) for x in (code, message) if x)})" if code or message else ""


def _line_error(status: object, error: object) -> str:
    """What a failed line of the output or error file says, in a few words."""
    where = f"HTTP {status}" if isinstance(status, int) else "not run"
    if isinstance(error, dict):
        code, message = error.get("code") or error.get("type"), error.get("message")
        detail = ": ".join(str(x) for x in (code, message) if x)
        return f"the request failed in the batch ({where}{', ' + detail if detail else ''})"
    return f"the request failed in the batch ({where}, no reply)"


def _content(body: Any) -> str | None:
    choices = body.get("choices") if isinstance(body, dict) else None
    if not isinstance(choices, list) or not choices:
        return None
    message = choices[0].get("message") or {}
    text = letter_text(message.get("content"))
    return text.strip() if text and text.strip() else None


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


def _call(backend: OpenAIBackend, send: Callable[[], Any]) -> Any:
    """One request to the files or batches endpoints, with the transport's retries."""
    try:
        result, _ = call_with_retries(send, backend.retry, progress=backend.progress)
    except RetriesExhausted as exc:
        raise BackendError(
            f"the Batch API kept failing ({exc}) at {backend.base_url}: run `thankyou batch "
            "--resume DIR` later; nothing done so far is lost."
        ) from None
    except BackendError:
        raise
    except Exception as exc:
        status = getattr(exc, "status_code", None)
        if status is None and "openai" not in type(exc).__module__:
            raise
        raise BackendError(
            f"the Batch API refused a request (HTTP {status}) at {backend.base_url}: check the "
            "key, --base-url and that the service offers the Batch API."
        ) from None
    return result
