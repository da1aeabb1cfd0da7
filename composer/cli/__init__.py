"""The `thankyou` command: a thin layer that turns arguments into library calls and prints."""

from __future__ import annotations

from composer.cli import (
    batch,  # noqa: F401  (registers its command)
    check,  # noqa: F401  (registers its commands)
    compose,  # noqa: F401  (registers its command)
    interview,  # noqa: F401  (registers its command)
    notes_cmds,  # noqa: F401  (registers its commands)
    revise,  # noqa: F401  (registers its command)
)
from composer.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the `thankyou` console script."""
    app(prog_name="thankyou")
