"""What `thankyou revise` does: read the letter and the notes, revise, write, show what changed.

The revised letter is written as `compose` writes a letter (stdout, or --out, never over a file
without --force), or with --in-place over the letter itself after keeping it as LETTER.bak.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import typer

from composer.backend_choice import choose_backend
from composer.channels import channel_spec
from composer.choices import OutputFormat
from composer.cli.app import say, show_error
from composer.cli.changes import report_letter, show_changes
from composer.cli.composing import (
    check_targets,
    deliver,
    require_proofreader,
    send_by_notice,
)
from composer.cli.options import ComposeOptions
from composer.drafting import DraftRequest, Revision
from composer.errors import ComposerError, InputError
from composer.files import FileExists, NotARegularFile, check_target, write_bytes_atomic
from composer.models import Notes, with_channel
from composer.notes_file import load_notes
from composer.output import render
from composer.prompting import load_prompts
from composer.revise import revise
from composer.rules import check_letter, resolve_addressee
from composer.userfiles import read_letter

BACKUP_SUFFIX = ".bak"


@dataclasses.dataclass(frozen=True)
class RevisePlan:
    """What `thankyou revise` was asked: the letter (a path, or "-"), the change, and where the
    revised letter goes besides the shared output options."""

    letter: str
    instruction: str
    notes: str
    to: str | None = None
    in_place: bool = False
    diff: bool = False


def _backup(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def _check_in_place(plan: RevisePlan, options: ComposeOptions) -> tuple[Path, OutputFormat]:
    """The letter file to write over and its format; refused before any work when it cannot be
    done (stdin, --out too, an earlier backup in the way)."""
    if options.out is not None:
        raise InputError("--in-place writes over LETTER itself; drop --out or --in-place.")
    if plan.letter == "-":
        raise InputError("--in-place needs a letter file, not stdin (-); use --out instead.")
    path = Path(plan.letter)
    backup = _backup(path)
    try:
        check_target(backup, force=options.force)
    except FileExists:
        raise InputError(
            f"{backup}: already exists (from an earlier revision?); move it, or pass --force "
            "to replace it with the letter as it is now."
        ) from None
    except NotARegularFile as exc:
        raise InputError(f"{backup}: {exc.strerror}.") from None
    return path, "eml" if path.suffix.lower() == ".eml" else "text"


def _write(path: Path, data: bytes, *, force: bool) -> None:
    try:
        write_bytes_atomic(path, data, force=force)
    except FileExists:
        raise InputError(f"{path}: already exists; pass --force to overwrite it.") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc}).") from None


def _show_prompt(text: str, notes: Notes, to: str, plan: RevisePlan, opts: ComposeOptions) -> None:
    revision = Revision(text.strip(), " ".join(plan.instruction.split()))
    request = DraftRequest(notes, notes.interviewer(to), dialect=opts.dialect, revision=revision)
    for message in load_prompts(opts.prompt_dir).messages(request):
        typer.echo(f"--- {message['role']} ---")
        typer.echo(message["content"])
    say("Nothing was sent. This is what a model would receive to revise the letter.")


def _revise(plan: RevisePlan, options: ComposeOptions) -> int:
    facts = with_channel(load_notes(plan.notes), options.channel, options.max_chars)
    keep_subject = channel_spec(facts.channel).has_subject
    text = read_letter(plan.letter, keep_subject=keep_subject)
    name = resolve_addressee(text, facts, plan.to)
    if options.show_prompt:
        _show_prompt(text, facts, name, plan, options)
        return 0
    require_proofreader(options)
    # The revised letter is written as compose writes the letter to this one interviewer.
    reader = facts.model_copy(update={"interviewers": [facts.interviewer(name)]})
    target: Path | None = None
    if plan.in_place:
        target, fmt = _check_in_place(plan, options)
        options = dataclasses.replace(options, format=fmt)
    else:
        check_targets(reader, options)
    progress = say if sys.stderr.isatty() else None
    backend, notice = choose_backend(
        options.backend, options.model_settings(), client=options.client, progress=progress
    )
    if notice:
        say(notice)
    revised = revise(
        text,
        facts,
        plan.instruction,
        to=name,
        backend=backend,
        max_attempts=options.max_attempts,
        prompt_dir=options.prompt_dir,
        proofread=options.proofread,
        dialect=options.dialect,
        today=options.today,
        progress=progress,
    )
    if target is None:
        deliver([revised], reader, options)
    else:
        _write(_backup(target), target.read_bytes(), force=options.force)
        _write(target, render([revised], reader, options.format), force=True)
        say(f"Wrote {target} (the letter as it was is in {_backup(target)})")
    show_changes(
        text, revised, diff=plan.diff, old_name="<stdin>" if plan.letter == "-" else plan.letter
    )
    before = check_letter(text, facts, to=name)
    report_letter(revised, before.words if before.characters is None else before.characters)
    say(send_by_notice(facts, options.today))
    if not revised.ok:
        say("The revised letter still breaks a rule: written anyway and marked; fix it first.")
        return 1
    return 0


def run_revise(plan: RevisePlan, options: ComposeOptions) -> int:
    """Revise, write and report; the exit code (0, 1, 2 or 3)."""
    if options.out is not None and str(options.out) == "-":
        options = dataclasses.replace(options, out=None, out_folder=False)  # `--out -` is stdout
    try:
        return _revise(plan, options)
    except ComposerError as exc:
        return show_error(exc)
