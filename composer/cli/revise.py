"""`thankyou revise`: the command and its options; the work is in `composer.cli.revising`."""

from __future__ import annotations

from typing import Annotated

import typer

from composer.cli.app import command
from composer.cli.options import (
    ApiKeyOption,
    BackendOption,
    BaseUrlOption,
    ChannelOption,
    DialectOption,
    ForceOption,
    FormatOption,
    MaxAttemptsOption,
    MaxCharsOption,
    ModelOption,
    OutOption,
    PromptDirOption,
    ProofreadOption,
    ShowPromptOption,
    TimeoutOption,
    TodayOption,
    compose_options,
)


@command("revise")
def revise_command(
    ctx: typer.Context,
    letter: Annotated[
        str,
        typer.Argument(
            metavar="LETTER", help="The letter to change: a text file, an .eml draft, or - (stdin)."
        ),
    ],
    instruction: Annotated[
        str,
        typer.Argument(metavar="INSTRUCTION", help='What to change, in your words: "shorter".'),
    ],
    notes: Annotated[
        str, typer.Option("--notes", "-n", help="The notes file (JSON) the letter is from.")
    ],
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            help="Who the letter is for, by name as in the notes (default: whom it greets).",
        ),
    ] = None,
    in_place: Annotated[
        bool,
        typer.Option(
            "--in-place", help="Write the revised letter over LETTER, keeping it as LETTER.bak."
        ),
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Show what changed as a unified diff.")
    ] = False,
    backend: BackendOption = "auto",
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    api_key: ApiKeyOption = None,
    timeout: TimeoutOption = 60.0,
    max_attempts: MaxAttemptsOption = 3,
    prompt_dir: PromptDirOption = None,
    show_prompt: ShowPromptOption = False,
    format: FormatOption = "text",
    out: OutOption = None,
    force: ForceOption = False,
    proofread: ProofreadOption = False,
    dialect: DialectOption = None,
    today: TodayOption = None,
    channel: ChannelOption = None,
    max_chars: MaxCharsOption = None,
) -> None:
    """Change a letter as you ask, check it again with every rule, and show what changed.

    With a model any instruction works, but the letter still says only what the notes hold:
    ask for a fact no note has and you are told which notes field to add it to. Offline:
    shorter, longer, concise, more formal, warmer, drop the personal line, mention <something
    in the notes>; anything else needs a model (exit 2).

    The revised letter goes to stdout (or --out, or over LETTER with --in-place), the report
    and what changed to stderr (word by word on a terminal, or --diff).
    Exit 0 ready, 1 it still breaks a rule (written anyway, marked), 2 bad input or an
    instruction that cannot be carried out, 3 model failure.

    Examples:

      thankyou revise letter.txt --notes notes.json "shorter"

      thankyou revise letter.eml --notes notes.json "mention the streaming migration" --in-place

      thankyou revise draft.txt --notes panel.json --to "Kjetil Ølstad" "more formal" --diff
    """
    options = compose_options(ctx.params)
    # Loaded here, on use: `thankyou --help` must not pay for loading the library.
    from composer.cli import revising

    plan = revising.RevisePlan(letter, instruction, notes, to, in_place, diff)
    code = revising.run_revise(plan, options)
    if code:
        raise typer.Exit(code)
