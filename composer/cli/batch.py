"""`thankyou batch`: the letters of many notes files into one folder, with a summary."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from composer.choices import DEFAULT_JOBS
from composer.cli.app import command
from composer.cli.options import (
    ApiKeyOption,
    BackendOption,
    BaseUrlOption,
    BatchJobsOption,
    ChannelOption,
    CoordinatorOption,
    DialectOption,
    FormatOption,
    MaxAttemptsOption,
    MaxCharsOption,
    ModelOption,
    PromptDirOption,
    ProofreadOption,
    RemindOption,
    TimeoutOption,
    TodayOption,
)


@command("batch")
def batch_command(
    ctx: typer.Context,
    notes: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="NOTES...",
            help="Notes files (JSON), or folders whose *.json files are notes files.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", metavar="DIR", help="The folder for letters and summary."),
    ] = None,
    backend: BackendOption = "auto",
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    api_key: ApiKeyOption = None,
    timeout: TimeoutOption = 60.0,
    max_attempts: MaxAttemptsOption = 3,
    prompt_dir: PromptDirOption = None,
    format: FormatOption = "text",
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Write every letter again, even those written ok by an earlier run, and "
            "overwrite files in DIR this command did not write, and the --remind file.",
        ),
    ] = False,
    proofread: ProofreadOption = False,
    dialect: DialectOption = None,
    jobs: BatchJobsOption = DEFAULT_JOBS,
    batch_api: Annotated[
        bool,
        typer.Option(
            "--batch-api",
            help="Send the letters through the provider's Batch API (half the price, results "
            "within a day) instead of one request each.",
        ),
    ] = False,
    resume: Annotated[
        Path | None,
        typer.Option("--resume", metavar="DIR", help="Pick up the Batch API run saved in DIR."),
    ] = None,
    cancel: Annotated[
        Path | None,
        typer.Option("--cancel", metavar="DIR", help="Cancel the Batch API run saved in DIR."),
    ] = None,
    poll_seconds: Annotated[
        float,
        typer.Option("--poll-seconds", hidden=True, help="First wait between polls (tests)."),
    ] = 5.0,
    today: TodayOption = None,
    coordinator: CoordinatorOption = None,
    channel: ChannelOption = None,
    max_chars: MaxCharsOption = None,
    remind: RemindOption = None,
) -> None:
    """Write the letters for many notes files: DIR/<notes-file>/<interviewer>.<ext>.

    DIR/summary.json and DIR/summary.csv list every letter (ok, failed: breaks a rule,
    error: not written) with attempts, tokens, send-by date and path. Run it again to resume:
    interviews whose letters were all written ok are skipped, the rest written again.

    Exit 0 all ok, 1 some letters break a rule, 2 some notes files were bad, 3 the model
    service failed for some letters (the most serious wins).

    Examples:

      thankyou batch notes/ --out letters/

      thankyou batch a.json b.json --out letters/ --format eml --jobs 8

      thankyou batch notes/ --out letters/ --remind reminders.ics

      thankyou batch notes/ --out letters/ --batch-api; thankyou batch --resume letters/
    """
    # Loaded here, on use: `thankyou --help` must not pay for loading the library.
    from composer.cli import batching

    batching.run(ctx.params)
