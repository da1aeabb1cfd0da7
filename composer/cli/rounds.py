"""The rounds of letters of `compose --ask`: stdout gets the letters to send, once.

`compose --ask` writes the letters, asks about the lines it left out, and writes them again with
the answers (a second time after a "once more"). With stdout sent to a file or a pipe, a round
that questions follow is a draft: its letters go to stderr under a heading, with the questions,
and only the last round's letters go to stdout. When the session ends early (a no, the input
ending, Ctrl-C, a failure), the last round written is the one printed there: nothing typed is
lost (the answers are in the new notes file) and stdout is never left empty. At a terminal
stdout and stderr are the same screen, so every round shows where it always did; with --out
each round writes the files, and the last one written is the one that stays.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from composer.cli.asking import isatty
from composer.compose import Letter

__all__ = ["FIRST_DRAFT", "MORE_DRAFT", "SURE_DRAFT", "Round", "drafting"]

# The headings of a draft round's letters on stderr.
FIRST_DRAFT = (
    "Draft letters, before your answers (the letters to send go to stdout once, at the end):"
)
MORE_DRAFT = "Draft letters with your answers so far (one more question follows):"
SURE_DRAFT = "Draft letters with your answers so far (questions on a few sentences follow):"


def drafting(to_stdout: bool) -> bool:
    """Whether a round questions follow goes to stderr as a draft: the letters are printed
    (`to_stdout`, no --out) and stdout is not the terminal the questions are on."""
    return to_stdout and not isatty(sys.stdout)


@dataclass
class Round:
    """One round of letters, written; `show` delivers and reports them (as a draft under a
    heading on stderr, or to send), `publish` prints a round shown as a draft on stdout."""

    letters: list[Letter]
    deliver: Callable[[str], int]  # deliver and report; a heading puts them on stderr
    print_out: Callable[[], None]  # print the letters on stdout
    drafts: bool  # whether a draft goes to stderr (`drafting`)
    drafted: bool = False  # shown as a draft, and not yet printed on stdout

    def show(self, heading: str = "") -> int:
        """Deliver and report the letters, as a draft under `heading` when one is given and
        drafts go to stderr; the exit code of the letters (1 when one breaks a rule)."""
        draft = heading if self.drafts else ""
        self.drafted = bool(draft)
        return self.deliver(draft)

    def publish(self) -> None:
        """Print on stdout the letters shown as a draft: they are the last round."""
        if self.drafted:
            self.drafted = False
            self.print_out()
