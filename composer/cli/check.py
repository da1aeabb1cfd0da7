"""`thankyou check` and `thankyou rules`: the commands; the work is in `composer.cli.checking`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from composer.cli.app import command
from composer.cli.options import ChannelOption, DialectOption, MaxCharsOption


@command()
def check(
    letters: Annotated[
        list[str],
        typer.Argument(
            metavar="LETTER",
            help="Letters to check (plain-text files, or .eml drafts); - reads stdin.",
        ),
    ],
    notes: Annotated[
        Path, typer.Option("--notes", "-n", help="The notes file (JSON) the letters are from.")
    ],
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            help="Who the letters are for (an interviewer's name, as in the notes); applies to "
            "every letter given. Default: the interviewer each letter's greeting names.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
    proofread: Annotated[
        bool | None,
        typer.Option(
            "--proofread/--no-proofread",
            help="Also check spelling and grammar (default: on when the proofread extra is "
            "installed).",
            show_default=False,
        ),
    ] = None,
    dialect: DialectOption = None,
    coordinator: Annotated[
        bool,
        typer.Option(
            "--coordinator",
            help="Check each as the letter to the panel's coordinator (the notes' "
            '"coordinator"): it names every panellist and no one\'s personal notes.',
        ),
    ] = False,
    channel: ChannelOption = None,
    max_chars: MaxCharsOption = None,
) -> None:
    """Check letters against the notes they were written from.

    Each finding names its rule (see `thankyou rules`). Exit code 0: no errors (warnings
    allowed); 1: a letter breaks an error rule; 2: bad input.

    Letters to several interviewers of one interview are checked together, so two letters that
    are the same apart from the names are caught.

    Examples:

      thankyou check letter.txt --notes notes.json

      thankyou check out/*.txt --notes panel.json --json

      pbpaste | thankyou check - --notes notes.json --to "Dana Whitfield"

      thankyou check to-coordinator.txt --notes big-panel.json --coordinator
      thankyou check note.txt --notes notes.json --channel linkedin --max-chars 300
    """
    # Loaded here, on use: `thankyou --help` must not pay for loading the rules.
    from composer.cli import checking

    code = checking.run_check(
        letters,
        notes,
        to,
        as_json,
        proofread,
        dialect,
        coordinator,
        channel=channel,
        max_chars=max_chars,
    )
    if code:
        raise typer.Exit(code)


@command()
def rules() -> None:
    """List every rule a letter is checked against: id, severity and what it asks for.

    Errors mean the letter should not be sent as is; warnings are worth fixing.

    Example: thankyou rules
    """
    from composer.cli import checking  # loaded on use, as above

    checking.print_rules()
