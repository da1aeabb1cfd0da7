"""`thankyou interview`: the command and its options; the work is in `composer.cli.interviewing`."""

from __future__ import annotations

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
    FromInviteOption,
    JobsOption,
    MaxAttemptsOption,
    MaxCharsOption,
    MeOption,
    ModelOption,
    OutOption,
    PromptDirOption,
    ProofreadOption,
    RemindOption,
    ReviewSwitchOption,
    ShowPromptOption,
    TimeoutOption,
    TimezoneOption,
    TodayOption,
    ToneOption,
    compose_options,
)


@command()
def interview(
    ctx: typer.Context,
    save: Annotated[
        Path | None,
        typer.Option(
            "--save",
            help="Where to save the notes (default: <company>-<date>.json here). An existing "
            "file is never overwritten, even with --force: a -2, -3... name is used instead.",
        ),
    ] = None,
    prefill: Annotated[
        Path | None,
        typer.Option(
            "--from",
            help="Pre-fill every answer from this notes file (press Enter to keep each).",
        ),
    ] = None,
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
    from_invite: FromInviteOption = None,
    me: MeOption = None,
    timezone: TimezoneOption = None,
    review: ReviewSwitchOption = None,
    ask: AskOption = None,
) -> None:
    """Ask for the facts, save them, then compose.

    Asks about the interview one question at a time, saves the answers as a notes file, then
    writes the letters from them.

    Takes the same options as `thankyou compose`. Answers can also be piped in, one per
    line (lists end with an empty line). Ctrl-C saves what you have typed so far (exit 130);
    piped input that ends early does the same (exit 2). Otherwise the exit codes are those
    of `thankyou compose`. At a terminal each letter is shown before it is written: accept,
    revise, edit or skip it (--no-review writes them at once).

    Examples:

      thankyou interview

      thankyou interview --from northwind-analytics-2026-11-24.json --format eml --out drafts/

      thankyou interview --from-invite invite.ics --remind reminders.ics
    """
    options = compose_options(ctx.params)
    # Loaded here, on use: `thankyou --help` must not pay for loading the notes model.
    from composer.cli import interviewing

    interviewing.run_interview(
        save, prefill, options, from_invite=from_invite, me=me, timezone=timezone, review=review
    )
