"""The compose pipeline: notes in, one checked letter per interviewer out.

For each interviewer the backend writes up to `max_attempts` drafts; each draft is checked by the
rules, and a draft with errors goes back to the backend with its violations (the re-ask). The first
draft without errors wins; otherwise the best one (fewest errors) is kept, marked as failing.
The letters to a panel are then checked together for `unique`; with a model, a draft that repeats
a letter written before it is re-asked like a draft that breaks any other rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from composer import dates
from composer.attempts import Letter, Progress, Run, letter_for, with_unique
from composer.backend_choice import choose_backend
from composer.backends.base import Backend, ModelSettings
from composer.choices import BackendKind, panel_jobs
from composer.coordinator import add_coordinator_letter, missing_name, wants_coordinator
from composer.dates import letter_date, send_by_date, send_by_passed
from composer.drafting import DraftRequest
from composer.english import dialect_name
from composer.errors import (
    BackendError,
    InputError,
    Interrupted,
    Terminated,
)
from composer.models import Interviewer, Notes, require_notes
from composer.prompting import Prompts, load_prompts
from composer.rules.facts import facts_for
from composer.rules.proofread import proofreading
from composer.rules.report import Report
from composer.rules.text import ParsedLetter, parse
from composer.rules.unique import SHARED_LIMIT, normalised_sentences, repeats, shared_share
from composer.rules.wording import split_subject
from composer.workers import run_panels

__all__ = [
    "Letter",
    "PanelJob",
    "Progress",
    "compose",
    "compose_run",
    "letter_date",
    "preview_messages",
    "prompt_texts",
    "send_by_date",
    "send_by_passed",
    "split_subject",
]


def preview_messages(
    notes: Notes,
    *,
    prompt_dir: Path | None = None,
    dialect: str | None = None,
    coordinator: bool | None = None,
    coordinator_only: bool = False,
) -> list[tuple[Interviewer, list[dict[str, str]]]]:
    """The messages a model would receive for each letter's first draft; nothing is sent.

    `coordinator` and `coordinator_only` choose the letters as for `compose`.
    """
    require_notes(notes, "preview_messages")
    prompts = load_prompts(prompt_dir)
    spelling = dialect_name(dialect)
    to_coordinator = wants_coordinator(notes, coordinator, coordinator_only)
    requests = [] if coordinator_only else [DraftRequest(notes, p) for p in notes.interviewers]
    if to_coordinator and notes.coordinator is not None:
        requests.append(DraftRequest(notes, notes.coordinator.as_addressee(), coordinator=True))
    return [(r.interviewer, prompts.messages(replace(r, dialect=spelling))) for r in requests]


def check_not_future(interview_date: dt.date, today: dt.date | None = None) -> None:
    """InputError for an interview after `today`: a thank-you letter follows the interview
    (the same rule as `thankyou interview`, so a typed year never yields a letter dated ahead)."""
    today = today or dates.local_today()
    if interview_date > today:
        raise InputError(
            f"interview.date {interview_date.isoformat()} is in the future (today is "
            f"{today.isoformat()}); a thank-you letter follows the interview: give the day it "
            "took place."
        )


def _model_backend(
    client: object,
    settings: ModelSettings | None,
    model: str | None,
    progress: Progress | None,
) -> Backend:
    """The backend the older keywords (`client`, `settings`, `model`) ask for."""
    # A client or a model name asks for a model (no key: a clear error, never a silent offline
    # letter); settings alone ask for one when they (or the environment) name a key or base URL.
    wants = client is not None or model is not None or bool(settings and settings.model)
    kind: BackendKind = "openai" if wants else "auto" if settings is not None else "offline"
    settings = settings or ModelSettings()
    if model is not None:
        settings = replace(settings, model=model)
    chosen, _notice = choose_backend(kind, settings, client=client, progress=progress)
    return chosen


def compose(
    notes: Notes,
    backend: Backend | None = None,
    *,
    max_attempts: int = 3,
    prompt_dir: Path | None = None,
    proofread: bool = False,
    dialect: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    client: Any = None,
    settings: ModelSettings | None = None,
    model: str | None = None,
    jobs: int | None = None,
    coordinator: bool | None = None,
    coordinator_only: bool = False,
) -> list[Letter]:
    """One checked letter per interviewer, written by `backend` (default: the offline writer).

    A model backend comes from `choose_backend("openai", ModelSettings(...), client=...)`.
    (`client`, `settings` and `model` are older shortcuts to the same thing.)
    `prompt_dir` replaces the backend's prompts with the user's copies. `proofread` also checks
    spelling and grammar (the optional extra) and re-asks with what it finds; `dialect`
    ("american", "british", ...) proofreads in that dialect. Without the extra either is an
    InputError with the install hint, before any draft. A BackendError is re-raised with
    `completed` set to the letters finished before it; Ctrl-C raises Interrupted (a
    KeyboardInterrupt) with the finished letters and the missing names. `today` (default: the
    real date) decides `Letter.overdue`, and an interview after it is an InputError;
    `progress` gets one line per draft (and a model backend's retry waits).
    With a model, up to `jobs` letters of a panel are drafted at the same time (then checked
    together, and those that repeat another asked again); by default every letter of the panel,
    up to PANEL_JOBS (8). The offline writer writes one by one.
    `coordinator` adds, last, one letter to the notes' `coordinator` that thanks the whole panel
    (None: only for a panel of more than seven whose notes name one; True without one in the
    notes is an InputError saying what to add); `coordinator_only` writes that letter alone.
    """
    require_notes(notes, "compose")
    jobs = panel_jobs(len(notes.interviewers), jobs)
    backend, proofread, dialect = prepare(
        backend,
        client=client,
        settings=settings,
        model=model,
        max_attempts=max_attempts,
        prompt_dir=prompt_dir,
        proofread=proofread,
        dialect=dialect,
        progress=progress,
        jobs=jobs,
    )
    texts = prompt_texts(backend, prompt_dir)
    run = Run(notes, backend, max_attempts, proofread, dialect, progress, today, texts)
    return compose_run(run, jobs, coordinator, coordinator_only)


def compose_run(
    run: Run, jobs: int = 1, coordinator: bool | None = False, coordinator_only: bool = False
) -> list[Letter]:
    """`compose` for a `run` whose backend is prepared and prompts read (`prepare`,
    `prompt_texts`): `compose_many` prepares once for all its notes, not again for each."""
    notes = run.notes
    check_not_future(notes.interview.date, run.today)
    to_coordinator = wants_coordinator(notes, coordinator, coordinator_only)
    try:
        letters = [] if coordinator_only else _panel_letters(run, jobs)
    except Interrupted as exc:
        if to_coordinator:
            exc.missing.append(missing_name(notes))
        raise
    return add_coordinator_letter(run, letters) if to_coordinator else letters


def _panel_letters(run: Run, jobs: int) -> list[Letter]:
    """One letter per interviewer: at once with a model, else one after another."""
    notes, backend = run.notes, run.backend
    if jobs > 1 and len(notes.interviewers) > 1 and not backend.deterministic:
        return _at_once(PanelJob(run), jobs)
    # A model may write near-identical letters to a panel: each letter is checked against the
    # ones before it, so the later of two alike is re-asked within its own attempts. Asking a
    # deterministic backend again gets the same letter, so its letters are only checked at the end.
    letters: list[Letter] = []
    earlier: list[tuple[str, ParsedLetter]] = []
    total = len(notes.interviewers)
    for index, person in enumerate(notes.interviewers, 1):
        label = f"Letter {index} of {total} to {person.name}"
        try:
            letter = letter_for(run, person, label, None if backend.deterministic else earlier)
        except BackendError as exc:
            exc.completed = with_unique(letters, notes)
            raise
        except KeyboardInterrupt as exc:  # Ctrl-C (or SIGTERM): the finished letters are kept
            missing = [p.name for p in notes.interviewers[len(letters) :]]
            number = 15 if isinstance(exc, Terminated) else 2
            raise Interrupted(with_unique(letters, notes), missing, number) from exc
        letters.append(letter)
        if not backend.deterministic:  # only a backend asked again needs the earlier letters
            earlier.append((letter.to, parse(letter.text)))
    return with_unique(letters, notes)


def prompt_texts(backend: Backend, prompt_dir: Path | None) -> tuple[str, ...]:
    """The texts of the prompts the backend writes from (system, request, re-ask, revise); for
    a backend without prompts, those it would be given."""
    prompts = getattr(backend, "prompts", None)
    if not isinstance(prompts, Prompts):
        prompts = load_prompts(prompt_dir)
    texts = (
        prompts.system.text,
        prompts.request.text,
        prompts.reask.text,
        prompts.coordinator_request().text,
    )
    return texts if prompts.revise is None else (*texts, prompts.revise.text)


def _at_once(job: PanelJob, jobs: int) -> list[Letter]:
    """The panel's letters drafted `jobs` at a time; Ctrl-C keeps those already finished."""
    try:
        [(_, outcomes)] = run_panels([job], jobs)
    except KeyboardInterrupt as exc:
        finished = getattr(exc, "finished", {}).get(id(job), {})
        done = {i: o for i, o in finished.items() if isinstance(o, Letter)}
        letters = [done[i] for i in sorted(done)]
        missing = [p.name for i, p in enumerate(job.run.notes.interviewers) if i not in done]
        number = 15 if isinstance(exc, Terminated) else 2
        raise Interrupted(with_unique(letters, job.run.notes), missing, number) from exc
    return job.letters_or_raise(outcomes)


def prepare(
    backend: Backend | None,
    *,
    client: object,
    settings: ModelSettings | None,
    model: str | None,
    max_attempts: int,
    prompt_dir: Path | None,
    proofread: bool,
    dialect: str | None,
    progress: Progress | None,
    jobs: int = 1,
) -> tuple[Backend, bool, str | None]:
    """Check the arguments and pick the backend: (backend, proofread, dialect) to compose with."""
    if backend is not None and not isinstance(backend, Backend):
        raise TypeError(
            "compose() expected a Backend (an object with name, deterministic, draft() and "
            f"use_prompts(); see composer.BackendBase), not {type(backend).__name__}"
        )
    if max_attempts < 1:
        raise InputError(f"`max_attempts` must be at least 1, not {max_attempts}.")
    if jobs < 1:
        raise InputError(f"`jobs` must be at least 1, not {jobs}.")
    # A bad dialect or a missing checker fails now, not after the first draft.
    proofread, dialect = proofreading(proofread, dialect)
    if backend is None:
        backend = _model_backend(client, settings, model, progress)
    if prompt_dir is not None:
        # Only then: a backend built with its own prompts (or prompt folder) keeps them.
        backend.use_prompts(load_prompts(prompt_dir))
    return backend, proofread, dialect


@dataclass
class PanelJob:
    """The letters of one interview, drafted at once by `composer.workers.run_panels`.

    Each letter is first written on its own; then the later of two letters that repeat each
    other is asked again, within its `max_attempts`, until none collide (as when drafting one
    by one, where each letter is checked against those before it).
    """

    run: Run
    index: int = 0  # the position of its notes in a longer input (compose_many)

    @classmethod
    def of(
        cls,
        notes: Notes,
        backend: Backend,
        *,
        max_attempts: int,
        proofread: bool,
        dialect: str | None,
        progress: Progress | None,
        today: dt.date | None,
        index: int = 0,
        prompts: tuple[str, ...] = (),
    ) -> PanelJob:
        """The job for the letters of `notes` (`index`: its place in a longer input; `prompts`:
        the texts a letter must not repeat, as `prompt_texts` gives them)."""
        run = Run(notes, backend, max_attempts, proofread, dialect, progress, today, prompts)
        return cls(run, index)

    @property
    def notes(self) -> Notes:
        return self.run.notes

    @property
    def size(self) -> int:
        return len(self.run.notes.interviewers)

    def _write(self, index: int, others: list[Letter], resume: Letter | None) -> Letter:
        person = self.run.notes.interviewers[index]
        label = f"Letter {index + 1} of {self.size} to {person.name}"
        earlier = [(letter.to, parse(letter.text)) for letter in others]
        return letter_for(self.run, person, label, earlier, resume)

    def first(self, index: int) -> Letter:
        check_not_future(self.run.notes.interview.date, self.run.today)
        return self._write(index, [], None)

    def repeats(self, done: Mapping[int, Letter]) -> list[int]:
        chosen: set[int] = set()
        for earlier, later in _repeating_pairs(done, self.run.notes):
            if earlier in chosen or later in chosen:
                continue  # one of the two is written again already
            if done[later].attempts < self.run.max_attempts:
                chosen.add(later)
        return sorted(chosen)

    def again(self, index: int, done: Mapping[int, Letter]) -> Letter:
        letter = done[index]
        others = [done[i] for i in sorted(done) if i != index]
        earlier = [(other.to, parse(other.text)) for other in others]
        found = repeats(letter.to, parse(letter.text), earlier, facts_for(self.run.notes))
        resume = replace(letter, report=_without_unique(letter.report).with_violations(found))
        return self._write(index, others, resume)

    def settle(self, done: Mapping[int, Letter]) -> dict[int, Letter]:
        order = sorted(done)
        plain = [replace(done[i], report=_without_unique(done[i].report)) for i in order]
        return dict(zip(order, with_unique(plain, self.run.notes), strict=True))

    def letters_or_raise(self, outcomes: list[object]) -> list[Letter]:
        """The letters in interviewers' order; the first failure raised, with the others kept."""
        letters = [o for o in outcomes if isinstance(o, Letter)]
        for outcome in outcomes:
            if isinstance(outcome, BackendError):
                outcome.completed = letters
            if isinstance(outcome, BaseException):
                raise outcome
        return letters


def _repeating_pairs(done: Mapping[int, Letter], notes: Notes) -> list[tuple[int, int]]:
    """The (earlier, later) letters of a panel that mostly repeat each other (the `unique` rule)."""
    facts = facts_for(notes)
    order = sorted(done)
    sentences = {i: normalised_sentences(parse(done[i].text), facts) for i in order}
    return [
        (a, b)
        for n, a in enumerate(order)
        for b in order[n + 1 :]
        if done[a].to != done[b].to and shared_share(sentences[a], sentences[b]) > SHARED_LIMIT
    ]


def _without_unique(report: Report) -> Report:
    return replace(report, violations=tuple(v for v in report.violations if v.rule != "unique"))
