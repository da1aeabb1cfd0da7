"""The compose pipeline: notes in, one checked letter per interviewer out.

For each interviewer the backend writes up to `max_attempts` drafts; each draft is checked by the
rules, and a draft with errors goes back to the backend with its violations (the re-ask). The first
draft without errors wins; otherwise the best one (fewest errors) is kept, marked as failing.
The letters to a panel are then checked together for `unique`; with a model, a draft that repeats
a letter written before it is re-asked like a draft that breaks any other rule.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from composer.backends.base import Backend, DraftRequest, Usage
from composer.backends.select import BackendKind, ModelSettings, choose_backend
from composer.dates import letter_date, send_by_date, send_by_passed
from composer.errors import BackendError, InputError
from composer.models import Interviewer, Notes
from composer.prompting import load_prompts
from composer.rules import check_letter, check_letters
from composer.rules.proofread import proofreading
from composer.rules.report import Report, Violation

__all__ = [
    "Letter",
    "compose",
    "letter_date",
    "send_by_date",
    "send_by_passed",
    "split_subject",
]

Progress = Callable[[str], None]

_SUBJECT = re.compile(r"\A[ \t]*subject[ \t]*:[ \t]*(?P<subject>[^\n]*)\n?", re.IGNORECASE)


@dataclass(frozen=True)
class Letter:
    """One letter to one interviewer, with its send-by date and the rules report."""

    to: str
    interviewer: Interviewer
    subject: str | None
    body: str
    text: str
    send_by: dt.date
    attempts: int
    report: Report
    usage: Usage = field(default_factory=Usage)
    calls: int = 0
    backend: str = ""
    overdue: bool = False
    notices: tuple[str, ...] = ()  # how the draft was written: notes left out, thin notes

    @property
    def ok(self) -> bool:
        return self.report.ok


def split_subject(text: str) -> tuple[str | None, str]:
    """Split a leading `Subject: ...` line from the body (None when there is none)."""
    stripped = text.strip()
    match = _SUBJECT.match(stripped)
    if match is None:
        return None, stripped
    return match.group("subject").strip(), stripped[match.end() :].strip()


def _backend_for(
    backend: Backend | None,
    client: object,
    settings: ModelSettings | None,
    model: str | None,
    progress: Progress | None = None,
) -> Backend:
    if backend is not None:
        return backend
    # A client or a model name asks for a model (no key: a clear error, never a silent offline
    # letter); settings alone ask for one when they (or the environment) name a key or base URL.
    wants = client is not None or model is not None or bool(settings and settings.model)
    kind: BackendKind = "openai" if wants else "auto" if settings is not None else "offline"
    settings = settings or ModelSettings()
    if model is not None:
        settings = replace(settings, model=model)
    chosen, _notice = choose_backend(kind, settings, client=client, progress=progress)
    return chosen


def _feedback(report: Report, proofread: bool) -> tuple[Violation, ...]:
    """What a re-ask sends back: every error, plus proofreading warnings when asked for."""
    extra = [v for v in report.warnings if proofread and v.rule == "proofread"]
    return (*report.errors, *extra)


def _rank(report: Report) -> tuple[int, int]:
    return (len(report.errors), len(report.warnings))


def _deterministic(backend: Backend) -> bool:
    """True for a backend that always writes the same draft for the same request (offline)."""
    return bool(getattr(backend, "deterministic", False))


def _repeats(
    text: str, person: Interviewer, earlier: list[Letter], notes: Notes
) -> list[Violation]:
    """The `unique` findings of a draft to `person` against the letters written before it."""
    pairs = [*((letter.to, letter.text) for letter in earlier), (person.name, text)]
    return [v for v in check_letters(pairs, notes)[-1].violations if v.rule == "unique"]


def _letter_for(
    notes: Notes,
    person: Interviewer,
    backend: Backend,
    *,
    max_attempts: int,
    proofread: bool,
    dialect: str | None,
    progress: Progress | None,
    label: str,
    today: dt.date | None,
    earlier: list[Letter] | None = None,
) -> Letter:
    """Draft, check and re-ask until a draft has no errors or the attempts run out.

    With `earlier` (the letters already written to the same panel), a draft that mostly repeats
    one of them breaks `unique` like any other rule, and goes back with that as feedback.
    """
    best: tuple[str, Report, tuple[str, ...]] | None = None
    usage = Usage()
    calls = 0
    attempts = 0
    previous: str | None = None
    feedback: tuple[Violation, ...] = ()
    for attempt in range(1, max_attempts + 1):
        if progress is not None:
            progress(f"{label}: draft {attempt} of at most {max_attempts}")
        request = DraftRequest(
            notes=notes,
            interviewer=person,
            attempt=attempt,
            previous=previous,
            violations=feedback,
            dialect=dialect,
            today=today,
        )
        draft = backend.draft(request)
        attempts += 1
        usage = usage + draft.usage
        calls += draft.calls
        text = draft.text.strip()
        report = check_letter(text, notes, to=person.name, proofread=proofread, dialect=dialect)
        if earlier:
            report = report.with_violations(_repeats(text, person, earlier, notes))
        if best is None or _rank(report) < _rank(best[1]):
            best = (text, report, draft.notices)
        feedback = _feedback(report, proofread)
        if not feedback:  # no errors, and no proofreading findings when proofreading
            break
        if _deterministic(backend):
            break  # the same request would get the same draft: asking again cannot help
        previous = text
    assert best is not None  # max_attempts >= 1
    text, report, notices = best
    subject, body = split_subject(text)
    send_by = send_by_date(notes.interview.date)
    return Letter(
        to=person.name,
        interviewer=person,
        subject=subject,
        body=body,
        text=text,
        send_by=send_by,
        attempts=attempts,
        report=report,
        usage=usage,
        calls=calls,
        backend=backend.name,
        overdue=send_by_passed(send_by, today),
        notices=notices,
    )


def _with_unique(letters: list[Letter], notes: Notes) -> list[Letter]:
    """Check the letters of one interview together and add the `unique` findings to each."""
    if len(letters) < 2:
        return letters
    together = check_letters([(letter.to, letter.text) for letter in letters], notes)
    merged: list[Letter] = []
    for letter, joint in zip(letters, together, strict=True):
        known = set(letter.report.violations)
        extra = [v for v in joint.violations if v.rule == "unique" and v not in known]
        merged.append(
            replace(letter, report=letter.report.with_violations(extra)) if extra else letter
        )
    return merged


def compose(
    notes: Notes,
    *,
    backend: Backend | None = None,
    client: object = None,
    settings: ModelSettings | None = None,
    model: str | None = None,
    max_attempts: int = 3,
    prompt_dir: Path | None = None,
    proofread: bool = False,
    dialect: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> list[Letter]:
    """One checked letter per interviewer; the offline composer unless a backend or client is given.

    `model` (or `settings.model`) also asks for a model service: OPENAI_API_KEY / OPENAI_BASE_URL
    or the settings say where, and InputError says what is missing when nothing does.
    `settings` with a base URL or key (or OPENAI_API_KEY / OPENAI_BASE_URL set) also picks the
    model; `progress` also gets the model backend's retry waits.
    `proofread` also checks spelling and grammar (the optional extra) and re-asks with what it
    finds; `dialect` ("american", "british", ...) proofreads in that dialect (and implies
    `proofread`) instead of accepting American and British spellings alike. Both need the
    `proofread` extra: without it, InputError (with the install hint) before any draft.
    A BackendError is re-raised with `completed` set to the letters finished before it.
    `today` (default: the real date) decides `Letter.overdue`.
    """
    if max_attempts < 1:
        raise InputError(f"max attempts must be at least 1, not {max_attempts}.")
    # A bad dialect or a missing checker fails now, not after the first draft.
    proofread, dialect = proofreading(proofread, dialect)
    chosen = _backend_for(backend, client, settings, model, progress)
    if prompt_dir is not None:
        # Only then: a backend built with its own prompts (or prompt folder) keeps them.
        _give_prompts(chosen, prompt_dir)
    # A model may write near-identical letters to a panel: each letter is checked against the
    # ones before it, so the later of two alike is re-asked within its own attempts. Asking a
    # deterministic backend again gets the same letter, so its letters are only checked at the end.
    compare = not _deterministic(chosen)
    letters: list[Letter] = []
    total = len(notes.interviewers)
    for index, person in enumerate(notes.interviewers, 1):
        label = f"Letter {index} of {total} to {person.name}"
        try:
            letters.append(
                _letter_for(
                    notes,
                    person,
                    chosen,
                    max_attempts=max_attempts,
                    proofread=proofread,
                    dialect=dialect,
                    progress=progress,
                    label=label,
                    today=today,
                    earlier=letters if compare else None,
                )
            )
        except BackendError as exc:
            exc.completed = _with_unique(letters, notes)
            raise
    return _with_unique(letters, notes)


def _give_prompts(backend: Backend, prompt_dir: Path | None) -> None:
    """Load the prompts (or a user's copies) and hand them to a backend that uses them.

    A backend that writes from prompts defines `use_prompts(prompts)`; the offline composer does
    not, but a bad `--prompt-dir` is still reported.
    """
    prompts = load_prompts(prompt_dir)
    use = getattr(backend, "use_prompts", None)
    if callable(use):
        use(prompts)
