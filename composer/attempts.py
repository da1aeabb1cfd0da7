"""The draft-check-re-ask loop of one letter, shared by the panel's letters and the coordinator's.

For one addressee the backend writes up to `max_attempts` drafts; each draft is checked by the
rules, and a draft with errors goes back to the backend with its violations (the re-ask). The
first draft without errors wins; otherwise the best one (fewest errors) is kept, marked as
failing. `with_unique` then checks the letters of a panel together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from composer.backends.base import Backend
from composer.dates import send_by_date, send_by_passed
from composer.drafting import Draft, DraftRequest, Unsure, Usage
from composer.errors import UNSAFE_CHARACTERS
from composer.models import Interviewer, Notes
from composer.rules import check_letter
from composer.rules.facts import facts_for
from composer.rules.hygiene import prompt_phrases, prompt_spans
from composer.rules.report import Report, Violation
from composer.rules.text import ParsedLetter, parse
from composer.rules.unique import repeats, unique
from composer.rules.wording import split_subject

__all__ = ["Letter", "Progress", "Run", "letter_for", "with_unique"]

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Letter:
    """One composed letter to one interviewer (or to the panel's coordinator), with its send-by
    date and the rules report."""

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
    coordinator: bool = False  # the one letter to the panel's coordinator (`interviewer`)
    unsure: tuple[Unsure, ...] = ()  # the sentences the writer is least sure of (`Draft`)

    @property
    def ok(self) -> bool:
        return self.report.ok


def _feedback(report: Report, proofread: bool) -> tuple[Violation, ...]:
    """What a re-ask sends back: every error, plus proofreading warnings when asked for."""
    extra = [v for v in report.warnings if proofread and v.rule == "proofread"]
    return (*report.errors, *extra)


def _rank(report: Report) -> tuple[int, int]:
    return (len(report.errors), len(report.warnings))


@dataclass(frozen=True)
class Run:
    """What every letter of one `compose` call shares."""

    notes: Notes
    backend: Backend
    max_attempts: int
    proofread: bool
    dialect: str | None
    progress: Progress | None
    today: dt.date | None
    prompts: tuple[str, ...] = ()  # the prompts' texts: a letter must not repeat them (`leak`)


def letter_for(
    run: Run,
    person: Interviewer,
    label: str,
    earlier: list[tuple[str, ParsedLetter]] | None,
    resume: Letter | None = None,
    *,
    coordinator: bool = False,
) -> Letter:
    """Draft, check and re-ask until a draft has no errors or the attempts run out.

    With `earlier` (the other letters to the same panel), a draft that mostly repeats one of them
    breaks `unique` like any other rule, and goes back with that as feedback. `resume` carries on
    from a letter already written (its attempts, usage and report count; its errors are the
    feedback of the next draft). `coordinator` writes and checks the one letter to the panel's
    coordinator (then `person` is the coordinator as addressee).
    """
    notes = run.notes
    best: tuple[str, Report, tuple[str, ...], tuple[Unsure, ...]] | None = None
    usage = Usage()
    calls = 0
    attempts = 0
    previous: str | None = None
    feedback: tuple[Violation, ...] = ()
    if resume is not None:
        best = (resume.text, resume.report, resume.notices, resume.unsure)
        usage, calls, attempts = resume.usage, resume.calls, resume.attempts
        previous, feedback = resume.text, _feedback(resume.report, run.proofread)
    for attempt in range(attempts + 1, run.max_attempts + 1):
        if run.progress is not None:
            run.progress(f"{label}: draft {attempt} of at most {run.max_attempts}")
        request = DraftRequest(
            notes=notes,
            interviewer=person,
            attempt=attempt,
            previous=previous,
            violations=feedback,
            dialect=run.dialect,
            today=run.today,
            coordinator=coordinator,
        )
        draft = run.backend.draft(request)
        attempts += 1
        usage = usage + draft.usage
        calls += draft.calls
        text = UNSAFE_CHARACTERS.sub("", draft.text).strip()  # no escape codes, no bidi tricks
        report = _checked(run, draft, text, person, coordinator)
        if draft.findings:
            report = report.with_violations(list(draft.findings))
        if draft.explained:
            report = report.without_warnings(draft.explained)
        if earlier:
            report = report.with_violations(
                repeats(person.name, parse(text), earlier, facts_for(notes))
            )
        if best is None or _rank(report) < _rank(best[1]):
            best = (text, report, draft.notices, draft.unsure)
        feedback = _feedback(report, run.proofread)
        if not feedback:  # no errors, and no proofreading findings when proofreading
            break
        if run.backend.deterministic:
            break  # the same request would get the same draft: asking again cannot help
        previous = text
    assert best is not None  # max_attempts >= 1
    text, report, notices, unsure = best
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
        backend=run.backend.name,
        overdue=send_by_passed(send_by, run.today),
        notices=notices,
        coordinator=coordinator,
        unsure=unsure,
    )


def _checked(run: Run, draft: Draft, text: str, person: Interviewer, coordinator: bool) -> Report:
    """The rules' report of `text`, or the backend's own of the same draft when that is the
    same: checked without prompts, proofreading or dialect, and repeating no sentence of the
    prompts (the only finding the prompts could add)."""
    known = draft.checked
    if (
        known is None
        or text != draft.text
        or run.proofread
        or run.dialect is not None
        or coordinator
        or prompt_spans(parse(text), prompt_phrases(run.prompts))
    ):
        return check_letter(
            text,
            run.notes,
            to=person.name,
            proofread=run.proofread,
            dialect=run.dialect,
            prompts=run.prompts,
            coordinator=coordinator,
        )
    return known


def with_unique(letters: list[Letter], notes: Notes) -> list[Letter]:
    """Check the letters of one interview together and add the `unique` findings to each."""
    if len(letters) < 2:
        return letters
    # The `unique` rule alone: each letter's other rules were run when it was drafted.
    found = unique([(letter.to, parse(letter.text)) for letter in letters], facts_for(notes))
    merged: list[Letter] = []
    for letter, repeated in zip(letters, found, strict=True):
        known = set(letter.report.violations)
        extra = [v for v in repeated if v not in known]
        merged.append(
            replace(letter, report=letter.report.with_violations(extra)) if extra else letter
        )
    return merged
