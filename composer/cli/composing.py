"""What `thankyou compose` does: notes in, checked letters out, printed or written, and a report.

`run_compose(notes, options)` does all the work and printing, so another command (`thankyou
interview`) can compose from notes it built itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import signal
import sys
from pathlib import Path

import typer

from composer import dates
from composer.backend_choice import choose_backend
from composer.backends.base import Backend, ModelSettings
from composer.cli.app import say, show_error
from composer.cli.calendar_files import check_remind_target
from composer.cli.changes import letter_status
from composer.cli.clarifying import check_ask as check_clarify
from composer.cli.clarifying import clarify
from composer.cli.delivering import check_targets, deliver, printed
from composer.cli.options import ComposeOptions
from composer.cli.review import Review, drafts_folder
from composer.cli.rounds import Round, drafting
from composer.cli.signals import signals_held, sigterm_interrupts
from composer.compose import Letter, compose, preview_messages
from composer.coordinator import LARGE_PANEL
from composer.dates import send_by_date, send_by_passed
from composer.errors import BackendError, ComposerError, InputError, Interrupted, Terminated
from composer.models import Notes, with_channel
from composer.notes_file import load_notes
from composer.offline import OfflineBackend
from composer.offline.leftout import marked
from composer.output import check_format, render
from composer.rules.proofread import proofreading

__all__ = [
    "check_targets",
    "deliver",
    "read_notes_argument",
    "require_proofreader",
    "run_compose",
    "send_by_notice",
    "show_error",
    "with_review",
]


def _settings(options: ComposeOptions) -> ModelSettings:
    return ModelSettings(
        model=options.model,
        base_url=options.base_url,
        api_key=options.api_key,
        timeout=options.timeout,
    )


def show_prompts(notes: Notes, options: ComposeOptions) -> None:
    """Print, per letter, the messages a model would receive, labelled by role."""
    previews = preview_messages(
        notes,
        prompt_dir=options.prompt_dir,
        dialect=options.dialect,
        coordinator=options.coordinator,
        coordinator_only=options.coordinator_only,
    )
    for index, (person, messages) in enumerate(previews, 1):
        if index > 1:
            typer.echo("")
        title = f" Letter {index} of {len(previews)}: to {person.name} "
        typer.echo(f"{title:=^72}")
        for message in messages:
            typer.echo(f"--- {message['role']} ---")
            typer.echo(message["content"])
    say(
        "Nothing was sent. This is what a model would receive for each first draft; "
        "a re-ask adds the draft and its problems."
    )


def send_by_notice(notes: Notes, today: dt.date | None) -> str:
    send_by = send_by_date(notes.interview.date)
    when = f"{send_by:%A} {send_by.isoformat()}"
    if send_by_passed(send_by, today):
        return f"Send by {when}: the day after the interview has passed: send it today."
    return f"Send by {when} (the day after the interview)."


def _report(letters: list[Letter]) -> None:
    said: set[str] = set()
    for letter in letters:
        for notice in letter.notices:
            if notice not in said:  # a notice about the notes as a whole, once
                said.add(notice)
                say(f"Note: {notice}")
    for letter in letters:
        report = letter.report
        status = letter_status(letter)
        extra = f", {letter.attempts} drafts" if letter.attempts > 1 else ""
        to = f"the coordinator {letter.to}" if letter.coordinator else letter.to
        say(f"Letter to {to}: {status} ({report.size}{extra}).")
        for violation in report.violations:
            say(f"  {violation.severity} [{violation.rule}] {violation.message}")


def _asked(options: ComposeOptions) -> bool:
    return options.coordinator is not None or options.coordinator_only


def require_proofreader(options: ComposeOptions) -> None:
    """Refuse before any work when --proofread or --dialect needs the checker and it is missing.

    --show-prompt proofreads nothing, so it needs no checker.
    """
    if options.show_prompt or not (options.proofread or options.dialect is not None):
        return
    proofreading(options.proofread, options.dialect)


def _as_asked(notes: Notes, options: ComposeOptions) -> Notes:
    """The notes with the channel and tone the options ask for instead of their own."""
    notes = with_channel(notes, options.channel, options.max_chars)
    if options.tone is not None:
        notes = notes.model_copy(update={"tone": options.tone})
    return notes


def _letters(notes: Notes, options: ComposeOptions, backend: Backend) -> list[Letter]:
    return compose(
        notes,
        backend=backend,
        max_attempts=options.max_attempts,
        prompt_dir=options.prompt_dir,
        proofread=options.proofread,
        dialect=options.dialect,
        # The real date when not given: a letter sent late names the interview's weekday.
        today=options.today or dates.local_today(),
        progress=say if sys.stderr.isatty() else None,
        jobs=options.jobs,
        coordinator=options.coordinator,
        coordinator_only=options.coordinator_only,
    )


def _compose_and_deliver(typed: Notes, options: ComposeOptions) -> int:
    notes = _as_asked(typed, options)
    check_clarify(options)
    check_format(notes, options.format)
    if options.show_prompt:
        show_prompts(notes, options)
        return 0
    require_proofreader(options)
    check_targets(notes, options)
    check_remind_target(options.remind, options.force)
    if len(notes.interviewers) > LARGE_PANEL and notes.coordinator is None and not _asked(options):
        say(
            f"A panel of {len(notes.interviewers)}: writing one letter each. With a panel this "
            "large, one letter to the coordinator that names everyone is the custom: add a "
            '"coordinator" to the notes ({"name": "...", "title": "...", "email": "..."}) and '
            "it is written too (--coordinator-only for that letter alone)."
        )
    progress = say if sys.stderr.isatty() else None
    backend, notice = choose_backend(
        options.backend, _settings(options), client=options.client, progress=progress
    )
    if notice:
        say(notice)
    _answering(backend, typed)
    try:
        letters = _letters(notes, options, backend)
    except Interrupted as exc:
        return _keep_interrupted(exc, notes, options)
    except BackendError as exc:
        deliver(exc.completed, notes, options)
        if exc.completed:
            _report(exc.completed)
            say(send_by_notice(notes, options.today))
            say(f"Kept the {len(exc.completed)} letter(s) finished before the failure.")
        return show_error(exc)
    if options.review:
        try:
            letters, notes, options = _reviewed(letters, notes, options, backend)
        except KeyboardInterrupt:
            return 128 + signal.SIGINT
        except EOFError:
            return 2
        if not letters:
            return 0

    def again(rewritten: Notes) -> Round:
        # this run's own files are written again: --out and --remind are replaced
        notes = _as_asked(rewritten, options)
        _answering(backend, rewritten)
        return _round(_letters(notes, options, backend), notes, again_options)

    again_options = dataclasses.replace(options, force=True)
    return clarify(_round(letters, notes, options), typed, options, again)


def _round(letters: list[Letter], notes: Notes, options: ComposeOptions) -> Round:
    """The letters as a round of `compose --ask` (`rounds.Round`), to be shown."""
    return Round(
        letters,
        lambda draft: _delivered(letters, notes, options, draft),
        lambda: printed(render(letters, notes, options.format)),
        drafts=drafting(options.out is None),
    )


def _answering(backend: Backend, notes: Notes) -> None:
    """Tell the offline writer which lines the notes mark as typed at `compose --ask`
    (`Notes.answered`): each wins a place in a letter, in the asking session and whenever the
    saved notes are composed again."""
    if isinstance(backend, OfflineBackend) and (lines := marked(notes)) != backend.answered:
        backend.answering(lines)


def _delivered(
    letters: list[Letter], notes: Notes, options: ComposeOptions, draft: str = ""
) -> int:
    """Deliver (a `draft` on stderr) and report the letters; 1 when one still breaks a rule."""
    deliver(letters, notes, options, draft)
    _report(letters)
    say(send_by_notice(notes, options.today))
    failing = [letter.to for letter in letters if not letter.ok]
    if failing:
        say(
            f"{len(failing)} letter(s) still break a rule ({', '.join(failing)}): "
            "written anyway and marked; fix them before sending."
        )
        return 1
    return 0


def with_review(options: ComposeOptions, notes_path: Path | None) -> ComposeOptions:
    """The options of `--review`: refused without a terminal to ask at, or with --show-prompt;
    the drafts go beside the notes file."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise InputError("--review needs a terminal to ask at; run it without redirecting input.")
    if options.show_prompt:
        raise InputError("--review and --show-prompt do not go together: drop one.")
    return dataclasses.replace(options, review=True, drafts=drafts_folder(notes_path))


def _reviewed(
    letters: list[Letter], notes: Notes, options: ComposeOptions, backend: Backend
) -> tuple[list[Letter], Notes, ComposeOptions]:
    """The letters the user accepts at the terminal, with the notes and options narrowed to
    their readers (so --out names one file per accepted letter)."""
    drafts = options.drafts or drafts_folder(None)
    accepted = Review(notes, backend, options, drafts).letters(letters)
    if not accepted:
        say(f"No letter accepted; every draft you saw is in {drafts}.")
        return [], notes, options
    readers = {letter.to for letter in accepted if not letter.coordinator}
    kept = [p for p in notes.interviewers if p.name in readers]
    to_coordinator = any(letter.coordinator for letter in accepted)
    options = dataclasses.replace(
        options, coordinator=to_coordinator, coordinator_only=to_coordinator and not kept
    )
    return accepted, notes.model_copy(update={"interviewers": kept or notes.interviewers}), options


def _keep_interrupted(exc: Interrupted, notes: Notes, options: ComposeOptions) -> int:
    """After Ctrl-C or SIGTERM: deliver and report the finished letters, name the missing ones,
    and return 130 or 143. Another signal meanwhile waits until the letters are out."""
    name = "SIGTERM" if exc.signal_number == signal.SIGTERM else "Ctrl-C"
    with signals_held():
        deliver(exc.completed, notes, options)
        if exc.completed:
            _report(exc.completed)
            say(send_by_notice(notes, options.today))
        kept = (
            f"kept the {len(exc.completed)} letter(s) finished"
            if exc.completed
            else "no letter was finished"
        )
        say(f"Interrupted ({name}): {kept}; not written: {', '.join(exc.missing)}.")
    return 128 + exc.signal_number


def run_compose(notes: Notes, options: ComposeOptions) -> int:
    """Compose, print or write the letters and the report; return the exit code (0, 1, 2 or 3,
    130 after Ctrl-C and 143 after SIGTERM)."""
    if options.out is not None and str(options.out) == "-":
        options = dataclasses.replace(options, out=None, out_folder=False)  # `--out -` is stdout
    try:
        with sigterm_interrupts():
            return _compose_and_deliver(notes, options)
    except ComposerError as exc:
        return show_error(exc)
    except KeyboardInterrupt as exc:  # while the finished letters were being written
        number = signal.SIGTERM if isinstance(exc, Terminated) else signal.SIGINT
        say("Interrupted while writing the letters: each file is whole or not there at all.")
        return 128 + number


def read_notes_argument(source: str) -> Notes:
    """The notes from a path, or from stdin when `source` is `-`."""
    return load_notes(source)
