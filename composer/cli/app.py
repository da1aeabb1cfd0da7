"""The Typer app every command registers on, and the error handling they share."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from composer.__about__ import __version__
from composer.errors import ComposerError, visible

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="thankyou",
    help=(
        "Write and check the thank-you letter to send the day after a job interview.\n\n"
        "Exit codes: 0 ok (warnings allowed), 1 a letter breaks a rule, 2 bad input or usage, "
        "3 model or backend failure."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def say(message: str) -> None:
    """A message for the person at the terminal: stderr, so stdout stays the result."""
    typer.echo(visible(message), err=True)  # nothing from a file reaches the terminal raw


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print `message` as an error and return the Exit to raise."""
    say(f"error: {message}")
    return typer.Exit(code)


# The flag of each library setting that error messages name in backticks (see composer.errors).
FLAGS = {
    "api_key": "--api-key",
    "backend": "--backend",
    "base_url": "--base-url",
    "coordinator": "--coordinator",
    "coordinator_only": "--coordinator-only",
    "channel": "--channel",
    "dialect": "--dialect",
    "format": "--format",
    "max_chars": "--max-chars",
    "model": "--model",
    "out": "--out",
    "prompt_dir": "--prompt-dir",
    "proofread": "--proofread",
    "timeout": "--timeout",
    "to": "--to",
}
_SETTING = re.compile(r"`(\w+)`")


def with_flags(message: str) -> str:
    """A library message as the command line says it: settings named by their flags."""
    return _SETTING.sub(lambda m: FLAGS.get(m.group(1), m.group(0)), message)


def message_for(exc: ComposerError) -> str:
    """The error's message as the command line says it: settings named by their flags."""
    return with_flags(str(exc))


def show_error(exc: Exception) -> int:
    """Say what failed in one line on stderr and return the exit code to use.

    A ComposerError keeps its own code; an OSError no check caught (a path the system refuses)
    is bad input. THANKYOU_DEBUG=1 re-raises instead, for the full traceback.
    """
    if os.environ.get("THANKYOU_DEBUG"):
        raise exc
    if isinstance(exc, ComposerError):
        say(f"error: {message_for(exc)}")
        return exc.exit_code
    where = f"{exc.filename}: " if isinstance(exc, OSError) and exc.filename else ""
    strerror = exc.strerror if isinstance(exc, OSError) else None
    say(f"error: {where}{strerror or exc}.")
    return 2


def reports_errors(func: F) -> F:
    """Turn a ComposerError (or an OSError) into one line on stderr and its exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (ComposerError, OSError) as exc:
            raise typer.Exit(show_error(exc)) from None

    return wrapper  # type: ignore[return-value]


def command(*args: Any, **kwargs: Any) -> Callable[[F], F]:
    """`app.command` for a function whose ComposerErrors become clean exits."""

    def register(func: F) -> F:
        app.command(*args, **kwargs)(reports_errors(func))
        return func

    return register


def _version(value: bool) -> None:
    if value:
        typer.echo(f"thankyou {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Write and check the thank-you letter to send the day after a job interview."""
