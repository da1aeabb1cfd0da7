"""Letters for many interviews: `compose_many` yields each letter as its interview is done.

With a model, up to `jobs` letters (across all the interviews) are drafted at the same time;
the letters of one interview come out together, once they have been checked against each other,
in the interviewers' order. Interviews are read from the input only as workers free up, so a
generator of notes is never held in memory at once. The offline composer writes one letter
after another, in input order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from composer.attempts import Run
from composer.backends.base import Backend, ModelSettings
from composer.compose import Letter, PanelJob, Progress, compose_run, prepare, prompt_texts
from composer.coordinator import add_coordinator_letter, wants_coordinator
from composer.errors import BackendError, ComposerError, InputError
from composer.models import Interviewer, Notes, require_notes
from composer.workers import DEFAULT_JOBS, run_panels

__all__ = ["Composed", "compose_many"]


@dataclass(frozen=True)
class Composed:
    """One letter from `compose_many`, or the error that stopped it.

    `index` is the position of its notes in the input; exactly one of `letter` and `error` is
    set. A letter that still breaks a rule is a letter (`letter.ok` is False), not an error.
    """

    index: int
    notes: Notes
    interviewer: Interviewer
    letter: Letter | None = None
    error: ComposerError | None = None
    coordinator: bool = False  # the letter to the panel's coordinator (`interviewer`)

    @property
    def ok(self) -> bool:
        """True for a letter that breaks no rule."""
        return self.letter is not None and self.letter.ok


def compose_many(
    notes_list: Iterable[Notes],
    backend: Backend | None = None,
    *,
    client: object = None,
    settings: ModelSettings | None = None,
    model: str | None = None,
    max_attempts: int = 3,
    prompt_dir: Path | None = None,
    proofread: bool = False,
    dialect: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    jobs: int = DEFAULT_JOBS,
    coordinator: bool | None = None,
) -> Iterator[Composed]:
    """Compose the letters of every notes in `notes_list`, yielding each as its interview is done.

    The arguments are those of `compose`; the letter to a panel's coordinator, when
    `coordinator` asks for it (None: for a panel of more than seven whose notes name one), comes
    after the panellists' letters, and notes without a coordinator yield it as an InputError.
    A model failure (BackendError) or bad input for one letter is yielded as that letter's
    `error` and the others go on; the letters of one interview come out together, in the
    interviewers' order, and interviews in the order they finish (`Composed.index` says which).
    """
    chosen, proofread, dialect = prepare(
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
    if chosen.deterministic:
        yield from _one_by_one(
            notes_list,
            chosen,
            max_attempts,
            proofread,
            dialect,
            today,
            progress,
            coordinator,
            prompt_dir,
        )
        return
    # The prompts' texts (the user's copies from `prompt_dir`, when given): no letter may repeat
    # them (`leak`), as in `compose`.
    texts = prompt_texts(chosen, prompt_dir)
    work = (
        PanelJob.of(
            notes,
            chosen,
            max_attempts=max_attempts,
            proofread=proofread,
            dialect=dialect,
            progress=progress,
            today=today,
            index=index,
            prompts=texts,
        )
        for index, notes in enumerate(_checked(notes_list))
    )
    for job, outcomes in run_panels(work, jobs):
        for person, outcome in zip(job.notes.interviewers, outcomes, strict=True):
            yield _composed(job.index, job.notes, person, outcome)
        yield from _to_coordinator(job.index, job.notes, coordinator, job.run)


def _to_coordinator(
    index: int, notes: Notes, coordinator: bool | None, run: Run
) -> Iterator[Composed]:
    """The letter to the coordinator of one interview, when it is wanted (else nothing)."""
    try:
        if not wants_coordinator(notes, coordinator, False):
            return
    except InputError as exc:
        # a label for the summary's row, not a person: built as typed, never given capitals
        label = Interviewer.model_construct(name="coordinator")
        yield Composed(index, notes, label, error=exc, coordinator=True)
        return
    assert notes.coordinator is not None
    person = notes.coordinator.as_addressee()
    try:
        [letter] = add_coordinator_letter(run, [])
    except BackendError as exc:
        yield Composed(index, notes, person, error=exc, coordinator=True)
        return
    yield Composed(index, notes, person, letter=letter, coordinator=True)


def _checked(notes_list: Iterable[Notes]) -> Iterator[Notes]:
    for notes in notes_list:
        require_notes(notes, "compose_many")
        yield notes


def _composed(index: int, notes: Notes, person: Interviewer, outcome: object) -> Composed:
    if isinstance(outcome, Letter):
        return Composed(index, notes, person, letter=outcome)
    if isinstance(outcome, ComposerError):
        return Composed(index, notes, person, error=outcome)
    assert isinstance(outcome, BaseException)
    raise outcome  # a bug, not a failure of the service or the input


def _one_by_one(
    notes_list: Iterable[Notes],
    backend: Backend,
    max_attempts: int,
    proofread: bool,
    dialect: str | None,
    today: dt.date | None,
    progress: Progress | None,
    coordinator: bool | None,
    prompt_dir: Path | None,
) -> Iterator[Composed]:
    # The backend is prepared and the prompts read once (checked against the user's prompts
    # from `prompt_dir`, as `compose` is), not again for each notes.
    texts = prompt_texts(backend, prompt_dir)
    for index, notes in enumerate(notes_list):
        run = Run(notes, backend, max_attempts, proofread, dialect, progress, today, texts)
        try:
            require_notes(notes, "compose")
            letters = compose_run(run)
        except ComposerError as exc:
            done = exc.completed if isinstance(exc, BackendError) else []
            by_name = {letter.to: letter for letter in done}
            for person in notes.interviewers:
                kept = by_name.get(person.name)
                yield Composed(index, notes, person, letter=kept, error=None if kept else exc)
            continue
        for person, letter in zip(notes.interviewers, letters, strict=True):
            yield Composed(index, notes, person, letter=letter)
        yield from _to_coordinator(index, notes, coordinator, run)
