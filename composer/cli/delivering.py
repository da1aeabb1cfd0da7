"""Where `thankyou compose` puts the letters: printed on stdout, or written to the files of
--out (one per interviewer in a folder), with the --remind calendar; and the check, before any
work, that --out overwrites nothing without --force.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import typer

from composer.cli.app import say
from composer.cli.calendar_files import write_reminders
from composer.cli.options import ComposeOptions
from composer.compose import Letter
from composer.coordinator import wants_coordinator
from composer.errors import InputError
from composer.files import FileExists, NotARegularFile, check_target
from composer.models import Notes
from composer.output import plan_files, render, write_planned

__all__ = ["addressees", "check_targets", "deliver", "printed"]


def deliver(letters: list[Letter], notes: Notes, options: ComposeOptions, draft: str = "") -> None:
    """Write the letters to --out, or print them on stdout (a `draft` of `compose --ask` on
    stderr, under that heading: `rounds`); then the --remind calendar."""
    if not letters:
        return
    if options.out is None:
        data = render(letters, notes, options.format)
        if draft:
            say(f"\n{draft}\n")
            sys.stderr.flush()
            stream = typer.get_binary_stream("stderr")
            stream.write(data)
            stream.flush()
        else:
            printed(data)
        drafts: dict[int, Path] = {}
    else:
        drafts = _write_out(letters, notes, options.out, options)
    if options.remind is not None:
        write_reminders(
            options.remind,
            notes,
            letters,
            drafts=drafts,
            force=options.force,
            today=options.today,
        )


def printed(data: bytes) -> None:
    """The letters, rendered, on stdout."""
    try:
        sys.stdout.flush()
        stream = typer.get_binary_stream("stdout")
        stream.write(data)
        stream.flush()
    except BrokenPipeError:
        # the reader went away (`| head`): nothing more can be printed; keep Python's own
        # flush at exit quiet too
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise InputError(
            "stdout was closed before the letters were printed; pass --out FILE to write "
            "them to a file."
        ) from None


def _write_out(
    letters: list[Letter], notes: Notes, out: Path, options: ComposeOptions
) -> dict[int, Path]:
    """Write the letters to the files of --out; return which file holds which letter."""
    plan = _plan(out, notes, options)
    try:
        written = write_planned(letters, notes, options.format, plan, force=options.force)
    except FileExists as exc:
        raise _exists(exc) from None
    except NotARegularFile as exc:
        raise InputError(f"--out {exc.strerror}.") from None
    except OSError as exc:
        raise InputError(f"{options.out}: cannot write ({exc.strerror or exc}).") from None
    for path in written:
        say(f"Wrote {path}")
    file_of = {index: path for path, indices in plan for index in indices}
    return {number: file_of[number] for number in range(len(letters)) if number in file_of}


def _plan(out: Path, notes: Notes, options: ComposeOptions) -> list[tuple[Path, list[int]]]:
    """The files --out writes: one for one letter, else one per interviewer in the folder."""
    try:
        return plan_files(
            out, addressees(notes, options), options.format, folder=options.out_folder
        )
    except OSError as exc:  # e.g. a name too long for the file system
        raise InputError(f"--out {out}: cannot use this path ({exc.strerror or exc}).") from None


def addressees(notes: Notes, options: ComposeOptions) -> list[str]:
    """Who gets a letter, in the order compose writes them; the coordinator's file is named
    as theirs ("...-coordinator"), apart from a panellist of the same name."""
    names = [] if options.coordinator_only else [p.name for p in notes.interviewers]
    if wants_coordinator(notes, options.coordinator, options.coordinator_only):
        assert notes.coordinator is not None
        names.append(f"{notes.coordinator.name} coordinator")
    return names


def _exists(path: object) -> InputError:
    return InputError(f"{path}: already exists; pass --force to overwrite it.")


def check_targets(notes: Notes, options: ComposeOptions) -> None:
    """Refuse before any work when --out would overwrite a file without --force, or names
    something that is not a regular file (a device, a FIFO, a dangling symlink)."""
    if options.out is None:
        if sys.stdout is None:  # started with stdout closed (`>&-`)
            raise InputError(
                "stdout is closed, so the letters cannot be printed; pass --out FILE or --out "
                "FOLDER/ to write them to files."
            )
        return
    plan = _plan(options.out, notes, options)  # a bad --out is refused now, not after composing
    for path, _ in plan:
        try:
            check_target(path, force=options.force)
        except FileExists:
            raise _exists(path) from None
        except NotARegularFile as exc:
            raise InputError(f"--out {exc.strerror}.") from None
