"""`thankyou interview`: ask for the facts, save them as notes, then compose the letters."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from composer.cli.app import command, fail, say
from composer.errors import ComposerError
from composer.files import FileExists
from composer.interview import (
    InterviewSession,
    default_notes_path,
    draft_json,
    load_prefill,
    notes_json,
    save_new,
)
from composer.models import Notes

INTERRUPTED = 130  # the shell's code for a program stopped by Ctrl-C (128 + SIGINT)


def terminal_ask(prompt: str, default: str | None) -> str:
    """Ask on the terminal (line editing) or read a line of piped input; Enter gives `default`."""
    if prompt.endswith(" "):
        shown = prompt
    elif default:
        shown = f"{prompt} [{default}]: "
    else:
        shown = f"{prompt}: "
    stdin = sys.stdin  # not a fresh wrapper per call: that would read ahead and lose lines
    if _interactive(stdin):
        with contextlib.suppress(ImportError):  # no readline on Windows
            import readline  # noqa: F401  (arrow keys and history for input())
        line = input(shown)
    else:
        # Prompts go to stderr so `thankyou interview > letters.txt` keeps only the letters.
        typer.echo(shown, nl=False, err=True)
        line = stdin.readline()
        if not line:
            raise EOFError
        line = line.rstrip("\r\n")
        if not _isatty(stdin):
            typer.echo(line, err=True)  # piped answers: echo them so the transcript reads well
    return line if line.strip() else (default or "")


def _interactive(stdin: Any) -> bool:
    return _isatty(stdin) and _isatty(sys.stdout)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _save_notes(notes: Notes, save: Path | None) -> Path:
    target = save if save is not None else default_notes_path(notes.model_dump(mode="json"))
    try:
        written = save_new(target, notes_json(notes))
    except FileExists:
        raise fail(f"{target}: it and its numbered variants exist; pass another --save.") from None
    except OSError as exc:
        raise fail(f"{target}: cannot write the notes ({exc.strerror}).") from None
    if written != target:
        say(f"{target} already exists, so the notes went to a new file.")
    return written


def _save_partial(session: InterviewSession, save: Path | None, why: str, code: int) -> typer.Exit:
    """Keep what was typed so far and return the Exit to raise."""
    say("")
    if not session.answered:
        say(f"{why}; nothing was typed yet, so nothing was saved.")
        return typer.Exit(code)
    target = (
        save.with_name(f"{save.stem}.partial{save.suffix or '.json'}")
        if save is not None
        else default_notes_path(session.draft, partial=True)
    )
    try:
        written = save_new(target, draft_json(session.draft))
    except (FileExists, OSError) as exc:
        say(f"{why}; could not save the answers to {target} ({exc}).")
        return typer.Exit(code)
    say(
        f"{why}. Saved what you typed so far to {written}\n"
        "It is unfinished, so `thankyou compose` will not take it yet: fill in the rest by hand, "
        f"or pick up where you stopped with: thankyou interview --from {written}"
    )
    return typer.Exit(code)


@command()
def interview(
    save: Annotated[
        Path | None,
        typer.Option(
            "--save",
            help="Where to save the notes (default: <company>-<date>.json here; "
            "an existing file is never overwritten).",
        ),
    ] = None,
    prefill: Annotated[
        Path | None,
        typer.Option(
            "--from",
            help="Pre-fill every answer from this notes file (press Enter to keep each).",
        ),
    ] = None,
) -> None:
    """Answer questions about the interview; the notes are saved, then the letters composed.

    Answers can also be piped in, one per line (lists end with an empty line).

    Examples:

      thankyou interview

      thankyou interview --from northwind-analytics-2026-11-24.json
    """
    start: dict[str, Any] = {}
    if prefill is not None:
        start, dropped = load_prefill(prefill)
        if dropped:
            say(f"{prefill}: ignoring unknown keys: {', '.join(dropped)}")
    session = InterviewSession(terminal_ask, say, prefill=start, today=dt.date.today())
    try:
        notes = session.run()
    except (KeyboardInterrupt, typer.Abort):
        raise _save_partial(session, save, "Stopped", INTERRUPTED) from None
    except EOFError:
        raise _save_partial(session, save, "The input ended before the last question", 2) from None
    path = _save_notes(notes, save)
    say(f"Saved your notes to {path}")
    try:
        code = _compose(notes)
    except KeyboardInterrupt:
        say(f"\nStopped. Your notes are in {path}; compose them with: thankyou compose {path}")
        raise typer.Exit(INTERRUPTED) from None
    except ComposerError as exc:
        if os.environ.get("THANKYOU_DEBUG"):
            raise
        say(f"error: {exc}")
        say(f"Your notes are saved in {path}; try again with: thankyou compose {path}")
        raise typer.Exit(exc.exit_code) from None
    if code:
        say(f"Your notes are saved in {path}; after changing them: thankyou compose {path}")
        raise typer.Exit(code)


def _compose(notes: Notes) -> int:
    """Placeholder until `thankyou compose` lands (issue 4)."""
    return 0
