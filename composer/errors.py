"""Errors shown to the user: each carries the message to print and the exit code to use.

A message names a setting the caller chose by its parameter name in backticks (`timeout`,
`base_url`): a library caller reads the name they passed, and the command line shows its own
flag for it (`--timeout`) instead.
"""

from __future__ import annotations

import re
from typing import Any

# Control characters (NUL, escape, bell...) and the bidirectional overrides that can make text
# read differently from what it holds; line breaks and tabs are plain white space.
UNSAFE_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# What compose says when it is asked for the letter to the coordinator and the notes name none.
MISSING_COORDINATOR = (
    'the notes have no "coordinator", who gets the one letter that thanks the panel; add '
    'who arranged the interviews to the notes, for example "coordinator": {"name": '
    '"Sam Okafor", "title": "Talent Acquisition Partner", "email": '
    '"sam.okafor@example.com"} (name required; title, email and salutation optional), '
    "or leave out `coordinator` and `coordinator_only` to write only the panellists' letters."
)


def visible(text: str) -> str:
    """`text` safe for a terminal: each unsafe character written as an escape such as \\u202e."""
    return UNSAFE_CHARACTERS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class ComposerError(Exception):
    """An error whose message is written for a person; the CLI prints it and exits."""

    exit_code = 1


class InputError(ComposerError):
    """Bad input or usage: a notes file, a letter file, a prompt file, an option (exit 2)."""

    exit_code = 2


class NotesError(InputError):
    """A notes file that cannot be read or does not describe an interview."""


class PromptError(InputError):
    """A prompt file that is missing or names a value that does not exist."""


class BackendError(ComposerError):
    """The model service failed: network, credentials, quota, a refusal (exit 3).

    `completed` holds the letters (`composer.Letter`) finished before the failure, so the caller
    can keep them; this module sits below the compose pipeline, so their type is not named here.
    """

    exit_code = 3

    def __init__(self, message: str, *, completed: list[Any] | None = None, **extra: Any):
        super().__init__(message)
        self.completed: list[Any] = list(completed or [])
        self.extra = extra


class OfflineWriterError(ComposerError):
    """The offline writer failed on notes it should have read: a fault of ours, said as one line
    (exit 1) with what to do, never a traceback; THANKYOU_DEBUG=1 shows the details."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread by the command line's handler: stop like Ctrl-C."""


class Interrupted(KeyboardInterrupt):
    """Composing was stopped by Ctrl-C (or SIGTERM): `completed` holds the letters finished
    before it (`composer.Letter`), `missing` the names of the interviewers still without one,
    and `signal_number` the signal (2 for Ctrl-C, 15 for SIGTERM)."""

    def __init__(self, completed: list[Any], missing: list[str], signal_number: int = 2):
        super().__init__(f"interrupted; {len(missing)} letter(s) not written")
        self.completed = list(completed)
        self.missing = list(missing)
        self.signal_number = signal_number


class NotInNotesError(InputError):
    """A revision asks for a fact that no note holds: a letter may say only what the notes do.

    `terms` are the unsupported words, `field` the notes field to add them to, `draft` the
    revision that used them (None offline, where nothing is drafted).
    """

    def __init__(self, terms: list[str], field: str, draft: str | None = None) -> None:
        shown = ", ".join(f'"{term}"' for term in terms)
        super().__init__(
            f"the instruction asks for {shown}, which is in none of your notes, so the letter "
            "cannot say it: every fact in a letter must come from the notes. If it is true, add "
            f"it to the notes under {field}, then revise again."
        )
        self.terms = list(terms)
        self.field = field
        self.draft = draft


class NeedsModelError(InputError):
    """An instruction the offline composer cannot carry out: free-form revision needs a model."""
