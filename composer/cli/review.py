"""Reviewing letters at the terminal before they are written: accept, revise, edit or skip each.

Every draft the user is shown is first saved in a drafts folder (`<reader>-draft-N.txt`, never
over an earlier file), and a hand edit happens on a copy inside that folder, so Ctrl-C, a crash
or a closed terminal loses nothing that was typed or generated.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from composer.backends.base import Backend
from composer.cli.app import say
from composer.cli.changes import report_letter, show_changes
from composer.cli.options import ComposeOptions
from composer.compose import Letter
from composer.errors import BackendError, InputError
from composer.files import FileExists, slug, write_text_atomic
from composer.models import Notes
from composer.revise import recheck, revise
from composer.userfiles import decode_text

Ask = Callable[[str], str]

CHOICES = '[a]ccept  [r]evise "..."  [e]dit  [s]kip: '
_REPLY = re.compile(r"^\s*(?P<word>[A-Za-z]+)\s*(?P<rest>.*?)\s*$", re.DOTALL)
_QUOTES = "\"'“”‘’"


def ask_terminal(prompt: str) -> str:
    """A line typed at the terminal; the prompt goes to stderr when stdout is not the terminal
    (so `compose --review > letters.txt` keeps only the letters)."""
    if sys.stdout.isatty():
        return input(prompt)
    sys.stderr.write(prompt)
    sys.stderr.flush()
    return input()


def editor_command() -> list[str]:
    """$VISUAL, else $EDITOR, else an editor found on this system (Notepad on Windows)."""
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            return shlex.split(value, posix=os.name != "nt")
    if os.name == "nt":
        return ["notepad"]
    for candidate in ("editor", "nano", "vim", "vi"):
        found = shutil.which(candidate)
        if found:
            return [found]
    raise InputError("no text editor found: set VISUAL or EDITOR, e.g. export EDITOR=nano.")


def drafts_folder(notes_path: Path | None) -> Path:
    """Where a review keeps its drafts: `<notes>.drafts/` beside the notes, else
    `thankyou-drafts/` here (notes read from stdin)."""
    if notes_path is None:
        return Path("thankyou-drafts")
    return notes_path.with_name(f"{notes_path.stem}.drafts")


class DraftKeeper:
    """Saves each draft shown to the user in `folder`, numbered per interviewer."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def keep(self, letter: Letter) -> Path:
        """Save the letter's text as the next free `<reader>-draft-N.txt` and return where."""
        stem = slug(letter.to)
        number = 1
        while True:
            path = self.folder / f"{stem}-draft-{number}.txt"
            try:
                write_text_atomic(path, letter.text.rstrip("\n") + "\n")
            except FileExists:
                number += 1  # an earlier draft (of this run or another): never replaced
                continue
            return path


class Review:
    """One review session: the notes, the backend and options to revise with, the drafts kept."""

    def __init__(
        self,
        notes: Notes,
        backend: Backend,
        options: ComposeOptions,
        drafts: Path,
        ask: Ask | None = None,
    ) -> None:
        self.notes = notes
        self.backend = backend
        self.options = options
        self.keeper = DraftKeeper(drafts)
        self.drafts = drafts
        self.ask = ask if ask is not None else ask_terminal

    def letters(self, letters: list[Letter]) -> list[Letter]:
        """Show each letter and ask what to do with it; the accepted letters, in order.
        Ctrl-C or the end of input stops it (re-raised) with every draft shown kept."""
        accepted: list[Letter] = []
        try:
            for index, letter in enumerate(letters, 1):
                title = f" Letter {index} of {len(letters)}: to {letter.to} "
                say(f"\n{title:=^72}")
                result = self.one(letter)
                if result is None:
                    say(f"Skipped the letter to {letter.to}; its drafts are in {self.drafts}.")
                else:
                    accepted.append(result)
        except (KeyboardInterrupt, EOFError):
            say(f"\nStopped. Every draft you saw is in {self.drafts}.")
            raise
        return accepted

    def show(self, letter: Letter) -> None:
        path = self.keeper.keep(letter)  # saved before it is shown
        say("")
        say(letter.text)
        say("")
        report_letter(letter)
        say(f"(kept as {path})")

    def one(self, letter: Letter) -> Letter | None:
        """The letter as the user accepts it, or None when they skip it."""
        self.show(letter)
        while True:
            found = _REPLY.match(self.ask(CHOICES))
            word = found.group("word").casefold() if found else ""
            rest = found.group("rest").strip(_QUOTES + " ") if found else ""
            if word in ("a", "accept"):
                return letter
            if word in ("s", "skip"):
                return None
            if word in ("e", "edit"):
                letter = self.edit_loop(letter)
            elif word in ("r", "revise"):
                instruction = rest or self.ask("What should change? ").strip(_QUOTES + " ")
                if instruction:
                    letter = self.revise(letter, instruction)
            else:
                say('Type a to accept, r "what to change" to revise, e to edit, or s to skip.')

    def revise(self, letter: Letter, instruction: str) -> Letter:
        if letter.coordinator:
            say("The letter to the coordinator cannot be revised by instruction; edit it instead.")
            return letter
        say(f"Revising: {instruction}")
        options = self.options
        try:
            revised = revise(
                letter.text,
                self.notes,
                instruction,
                to=letter.to,
                backend=self.backend,
                max_attempts=options.max_attempts,
                prompt_dir=options.prompt_dir,
                proofread=options.proofread,
                dialect=options.dialect,
                today=options.today,
                progress=say,
            )
        except (InputError, BackendError) as exc:
            say(f"Not revised: {exc}")
            return letter
        show_changes(letter.text, revised, diff=False)
        self.show(revised)
        return revised

    def edit_loop(self, letter: Letter) -> Letter:
        while True:
            try:
                letter = self.edit(letter)
            except InputError as exc:
                say(f"Not edited: {exc}")
                return letter
            if self.ask("Edit again? [y/N] ").strip().casefold() not in ("y", "yes"):
                return letter

    def edit(self, letter: Letter) -> Letter:
        """Open the letter in the editor on a copy kept in the drafts folder, then check it."""
        command = editor_command()
        copy = self.keeper.keep(letter)  # the copy the editor works on; kept if it changes
        before = copy.read_bytes()
        sys.stdout.flush()
        sys.stderr.flush()
        try:
            status = subprocess.run([*command, str(copy)], check=False).returncode
        except OSError as exc:
            copy.unlink()
            raise InputError(f"cannot start the editor {command[0]!r} ({exc.strerror}).") from None
        after = copy.read_bytes()
        if status != 0 or after == before:
            copy.unlink()  # the same text as the draft before it
            if status != 0:
                raise InputError(f"the editor {command[0]!r} exited with status {status}.")
            say("No change.")
            return letter
        options = self.options
        text = decode_text(after, str(copy))
        edited = recheck(
            letter, text, self.notes, proofread=options.proofread, dialect=options.dialect
        )
        show_changes(letter.text, edited, diff=False)
        report_letter(edited)
        say(f"(kept as {copy})")
        return edited
