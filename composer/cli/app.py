"""The Typer app every command registers on, and the error handling they share."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from composer.__about__ import __version__
from composer.errors import ComposerError

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
    typer.echo(message, err=True)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print `message` as an error and return the Exit to raise."""
    say(f"error: {message}")
    return typer.Exit(code)


def reports_errors(func: F) -> F:
    """Turn a ComposerError (or an OSError) into one line on stderr and its exit code.

    THANKYOU_DEBUG re-raises instead.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ComposerError as exc:
            if os.environ.get("THANKYOU_DEBUG"):
                raise
            raise fail(str(exc), exc.exit_code) from None
        except OSError as exc:
            # A path the system refuses (too long, no permission) that no check caught: still
            # one line and the bad-input code, never a traceback.
            if os.environ.get("THANKYOU_DEBUG"):
                raise
            where = f"{exc.filename}: " if exc.filename else ""
            raise fail(f"{where}{exc.strerror or exc}.") from None

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
