"""What `thankyou interview` does: ask for the facts, save them as notes, then compose."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any

import typer
from pydantic import ValidationError

from composer import dates
from composer.cli.app import fail, say, show_error
from composer.cli.asking import interactive as _interactive
from composer.cli.asking import quoted as _quoted
from composer.cli.asking import terminal_ask
from composer.cli.calendar_files import check_remind_target, invite_notes, overlay_invite
from composer.cli.composing import require_proofreader, run_compose, with_review
from composer.cli.options import ComposeOptions
from composer.errors import ComposerError
from composer.files import FileExists
from composer.interview import InterviewSession
from composer.models import Notes
from composer.notes_file import default_notes_path, draft_json, load_prefill, notes_json, save_new

INTERRUPTED = 130  # the shell's code for a program stopped by Ctrl-C (128 + SIGINT)


def _target(save: Path | None, data: dict[str, Any], *, partial: bool = False) -> Path:
    """Where to save: --save (a folder gets the default name inside it), else the default name."""
    if save is None or _is_dir(save):
        name = default_notes_path(data, partial=partial)
        return name if save is None else save / name
    return save.with_name(f"{save.stem}.partial{save.suffix or '.json'}") if partial else save


def _is_dir(path: Path) -> bool:
    """Whether `path` is a folder; False when the system cannot even look (name too long)."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _save_notes(notes: Notes, save: Path | None) -> Path:
    target = _target(save, notes.model_dump(mode="json"))
    text = notes_json(notes)
    try:
        written = save_new(target, text)
    except (FileExists, OSError) as exc:
        raise _unsaved(target, text, exc) from None
    if written != target:
        say(f"{target} already exists, so the notes went to a new file.")
    return written


def _unsaved(target: Path, text: str, exc: Exception) -> typer.Exit:
    """Saving failed: show the answers so they are not lost, and return the Exit to raise."""
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "it already exists"
    say(f"error: {target}: cannot save the notes ({reason}). Here they are; copy them:")
    say(text.rstrip("\n"))
    return typer.Exit(2)


def _save_partial(session: InterviewSession, save: Path | None, why: str, code: int) -> typer.Exit:
    """Keep what was typed so far and return the Exit to raise."""
    say("")
    if not session.answered:
        say(f"{why}; nothing was typed yet, so nothing was saved.")
        return typer.Exit(code)
    notes: Notes | None = None
    try:
        notes = Notes.model_validate(session.draft)
    except ValidationError:
        pass
    else:  # stopped at the summary: the notes are complete, only the letters are missing
        if not (notes.qualifications or notes.highlights):  # the interview asks for one of
            notes = None  # them before its summary: stopped before it, so unfinished
    if notes is not None:
        path = _save_notes(notes, save)
        say(f"{why} before composing. Saved your notes to {path}")
        say(f"Compose the letters with: thankyou compose {_quoted(path)}")
        return typer.Exit(code)
    target = _target(save, session.draft, partial=True)
    text = draft_json(session.draft)
    try:
        written = save_new(target, text)
    except (FileExists, OSError) as exc:
        _unsaved(target, text, exc)
        return typer.Exit(code)
    say(
        f"{why}. Saved what you typed so far to {written}\n"
        "It is unfinished: fill in the rest by hand, "
        f"or pick up where you stopped with: thankyou interview --from {_quoted(written)}"
    )
    return typer.Exit(code)


def run_interview(
    save: Path | None,
    prefill: Path | None,
    options: ComposeOptions,
    *,
    from_invite: Path | None = None,
    me: str | None = None,
    timezone: str | None = None,
    review: bool | None = None,
) -> None:
    """Ask the questions, save the notes, compose; ends by raising typer.Exit unless all pass.

    With `from_invite`, the invitation's facts are the answers' defaults, on top of `prefill`.
    `review` (None: on at a terminal) shows each letter before it is written.
    """
    # Say so now, not after every question has been answered.
    require_proofreader(options)
    if options.out is not None and options.out.is_file() and not options.force:
        raise fail(
            f"{options.out}: already exists; pass --force to overwrite it, or another --out."
        )
    check_remind_target(options.remind, options.force)
    start: dict[str, Any] = {}
    if prefill is not None:
        start, dropped = load_prefill(prefill)
        if dropped:
            say(f"{prefill}: ignoring unknown keys: {', '.join(dropped)}")
    if from_invite is not None:
        candidate = start.get("candidate")
        candidate = candidate if isinstance(candidate, dict) else {}
        invited, _ = invite_notes(
            from_invite,
            me=[me or "", str(candidate.get("email") or ""), str(candidate.get("name") or "")],
            timezone=timezone,
        )
        start = overlay_invite(start, invited)
    session = InterviewSession(
        terminal_ask, say, prefill=start, today=options.today or dates.local_today()
    )
    try:
        notes = session.run()
    except (KeyboardInterrupt, typer.Abort):
        raise _save_partial(session, save, "Stopped", INTERRUPTED) from None
    except EOFError:
        raise _save_partial(session, save, "The input ended", 2) from None
    path = _save_notes(notes, save)
    say(f"Saved your notes to {path}")
    if review is None and options.ask:  # --ask asks after the letters, instead of a review
        review = False
    if review is None:  # on by default when someone is at the terminal to answer
        review = _interactive(sys.stdin) and sys.stderr.isatty() and not options.show_prompt
    if review:
        options = with_review(options, path)
    options = dataclasses.replace(options, notes_path=path)  # lines left out: answers beside it
    again = f"thankyou compose {_quoted(path)}"
    try:
        code = run_compose(notes, options)
    except KeyboardInterrupt:
        say(f"\nStopped. Your notes are in {path}; compose them with: {again}")
        raise typer.Exit(INTERRUPTED) from None
    except ComposerError as exc:
        code = show_error(exc)
        say(f"Your notes are saved in {path}; try again with: {again}")
        raise typer.Exit(code) from None
    if code:
        say(f"Your notes are saved in {path}; to compose again: {again}")
        raise typer.Exit(code)
