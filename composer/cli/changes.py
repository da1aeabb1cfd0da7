"""What a revision changed, for people: a word-level diff (in colour on a terminal) or a unified
diff of lines, and the one-line report of a revised letter."""

from __future__ import annotations

import difflib
import os
import re
import sys
from typing import TextIO

from composer.cli.app import say
from composer.compose import Letter
from composer.errors import visible

_TOKENS = re.compile(r"\s+|[^\s]+")
RED, GREEN, RESET = "\x1b[31m", "\x1b[32m", "\x1b[0m"


def use_colour(stream: TextIO | None = None) -> bool:
    """Colour on a terminal, unless NO_COLOR is set (https://no-color.org)."""
    stream = stream if stream is not None else sys.stderr
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    return tty and not os.environ.get("NO_COLOR")


def word_diff(old: str, new: str, *, colour: bool) -> str:
    """`new` with the words taken out of `old` and put in marked: red and green in colour,
    else `[-removed-]` and `{+added+}` (as `git diff --word-diff` writes them)."""
    before, after = _TOKENS.findall(old.strip()), _TOKENS.findall(new.strip())
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    parts: list[str] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append("".join(after[b1:b2]))
            continue
        if a2 > a1:
            parts.append(_mark("".join(before[a1:a2]), removed=True, colour=colour))
        if b2 > b1:
            parts.append(_mark("".join(after[b1:b2]), removed=False, colour=colour))
    return "".join(parts)


def _mark(text: str, *, removed: bool, colour: bool) -> str:
    if colour:
        # Each line coloured on its own, so a pager or a terminal never carries it over.
        code = RED if removed else GREEN
        return "\n".join(f"{code}{line}{RESET}" if line else line for line in text.split("\n"))
    return f"[-{text}-]" if removed else f"{{+{text}+}}"


def unified_diff(old: str, new: str, old_name: str, new_name: str) -> str:
    """A unified diff of the letters' lines, as `diff -u` writes it."""
    lines = difflib.unified_diff(
        old.strip().splitlines(keepends=True),
        new.strip().splitlines(keepends=True),
        fromfile=old_name,
        tofile=new_name,
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def changed_words(old: str, new: str) -> tuple[int, int]:
    """How many words were taken out and how many put in."""
    before, after = old.split(), new.split()
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    removed = added = 0
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op != "equal":
            removed += a2 - a1
            added += b2 - b1
    return removed, added


def show_changes(old: str, letter: Letter, *, diff: bool, old_name: str = "before") -> None:
    """On stderr: what the revision changed, as a unified diff or (on a terminal) word by word."""
    new = letter.text
    if old.strip() == new.strip():
        say("The revised letter is the same as before.")
        return
    removed, added = changed_words(old, new)
    if diff:
        say(unified_diff(old, new, old_name, "revised").rstrip("\n"))
    elif sys.stderr.isatty():
        # Straight to stderr: the colour codes must reach the terminal as they are.
        sys.stderr.write(word_diff(visible(old), visible(new), colour=use_colour()) + "\n")
        sys.stderr.flush()
    say(f"Changed: {removed} word(s) out, {added} in.")


def letter_status(letter: Letter) -> str:
    """A letter's standing after the checks: passing every rule is no promise that it reads
    well (a rule cannot tell a sentence that still reads as a note), so the candidate is asked
    to read it; one that breaks a rule is not ready."""
    return (
        "passes every rule; read it before sending"
        if letter.ok
        else "NOT READY: still breaks a rule"
    )


def report_letter(letter: Letter, before_words: int | None = None) -> None:
    """One line for the letter (ready or not, its length) and one per finding, on stderr."""
    for notice in letter.notices:
        say(f"Note: {notice}")
    status = letter_status(letter)
    words = letter.report.size
    now = letter.report.words if letter.report.characters is None else letter.report.characters
    if before_words is not None and before_words != now:
        words = f"{before_words} -> {letter.report.size}"
    drafts = f", {letter.attempts} drafts" if letter.attempts > 1 else ""
    say(f"Letter to {letter.to}: {status} ({words}{drafts}).")
    for violation in letter.report.violations:
        say(f"  {violation.severity} [{violation.rule}] {violation.message}")
