"""`thankyou compose`: the command and its options; the work is in `composer.cli.composing`."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated

import typer

from composer.cli.app import command
from composer.cli.options import (
    ApiKeyOption,
    AskOption,
    BackendOption,
    BaseUrlOption,
    ChannelOption,
    CoordinatorOnlyOption,
    CoordinatorOption,
    DialectOption,
    ForceOption,
    FormatOption,
    JobsOption,
    MaxAttemptsOption,
    MaxCharsOption,
    ModelOption,
    OutOption,
    PromptDirOption,
    ProofreadOption,
    RemindOption,
    ReviewOption,
    ShowPromptOption,
    TimeoutOption,
    TodayOption,
    ToneOption,
    compose_options,
)


@command("compose")
def compose_command(
    ctx: typer.Context,
    notes: Annotated[
        str, typer.Argument(metavar="NOTES", help="The notes file (JSON); - reads stdin.")
    ],
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
    jobs: JobsOption = None,
    today: TodayOption = None,
    remind: RemindOption = None,
    coordinator: CoordinatorOption = None,
    coordinator_only: CoordinatorOnlyOption = False,
    channel: ChannelOption = None,
    max_chars: MaxCharsOption = None,
    tone: ToneOption = None,
    review: ReviewOption = False,
    ask: AskOption = None,
) -> None:
    """Write one checked thank-you letter per interviewer from a notes file.

    Letters go to stdout (or --out), the report and notices to stderr.
    Exit 0 ready, 1 a letter still breaks a rule (written anyway, marked), 2 bad input,
    3 model failure.

    At a terminal, notes lines the offline writer could not read are asked for again after
    the letters, which are then written again (--no-ask skips it); your answers go to a new
    notes file beside yours. Ctrl-C keeps them (exit 130).

    Examples:

      thankyou compose notes.json

      thankyou compose notes.json --format eml --out drafts/

      thankyou compose notes.json --show-prompt

      thankyou compose notes.json --out drafts/ --remind reminders.ics

      thankyou compose big-panel.json --coordinator-only --format eml --out drafts/

      thankyou compose notes.json --review --out drafts/
    """
    options = compose_options(ctx.params)
    options = dataclasses.replace(options, notes_path=None if notes == "-" else Path(notes))
    # Loaded here, on use: `thankyou --help` must not pay for loading the library.
    from composer.cli import composing

    if options.review:
        options = composing.with_review(options, None if notes == "-" else Path(notes))
    code = composing.run_compose(composing.read_notes_argument(notes), options)
    if code:
        raise typer.Exit(code)
