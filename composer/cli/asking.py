"""Asking the person at the terminal: one line at a time, with line editing, or read from piped
input (echoed, so a transcript reads well). `thankyou interview` and `thankyou compose` ask here.
"""

from __future__ import annotations

import contextlib
import shlex
import sys
from pathlib import Path
from typing import Any

import typer


def terminal_ask(prompt: str, default: str | None) -> str:
    """Ask on the terminal (line editing) or read a line of piped input; Enter gives `default`."""
    if prompt.endswith(" "):
        shown = prompt
    elif default:
        shown = f"{prompt} [{default}]: "
    else:
        shown = f"{prompt}: "
    stdin = sys.stdin  # not a fresh wrapper per call: that would read ahead and lose lines
    if interactive(stdin):
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
        if not isatty(stdin):
            typer.echo(line, err=True)  # piped answers: echo them so the transcript reads well
    return line if line.strip() else (default or "")


def quoted(path: Path) -> str:
    """`path` as it can be pasted into a shell command."""
    return shlex.quote(str(path))


def interactive(stdin: Any) -> bool:
    """True when someone types at `stdin` and reads stdout: both are terminals."""
    return isatty(stdin) and isatty(sys.stdout)


def isatty(stream: Any) -> bool:
    """`stream.isatty()`, False for a closed or missing stream."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
