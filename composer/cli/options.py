"""The options of the composing commands, declared once, and what they add up to.

`thankyou compose` and `thankyou interview` take the same options: each command lists them as
ordinary parameters annotated with the aliases below, and passes its values (`ctx.params`) to
`compose_options`, which returns one `ComposeOptions`. This module imports nothing heavy, so
`thankyou --help` stays fast.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from composer.channels import CHANNELS
from composer.choices import PANEL_JOBS, TONES, BackendKind, OutputFormat
from composer.english import DIALECTS, dialect_name
from composer.errors import InputError

if TYPE_CHECKING:
    from composer.backends.base import ModelSettings

BackendOption = Annotated[
    BackendKind,
    typer.Option(
        "--backend",
        case_sensitive=False,
        help="Who writes: auto (a model when a key or base URL is set, else offline), "
        "offline (built in, no network) or openai (any OpenAI-compatible service).",
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="Model name (default: THANKYOU_MODEL, else a small chat model)."),
]
BaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        envvar="OPENAI_BASE_URL",
        help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 for Ollama "
        "[env: OPENAI_BASE_URL].",
        show_envvar=False,
    ),
]
ApiKeyOption = Annotated[
    str | None,
    typer.Option(
        "--api-key",
        envvar="OPENAI_API_KEY",
        help="API key [env: OPENAI_API_KEY]; never printed.",
        show_default=False,
        show_envvar=False,
    ),
]
TimeoutOption = Annotated[
    float,
    typer.Option(
        "--timeout",
        min=1.0,
        help="Seconds one model request may take, the whole exchange (connect, headers, body). "
        "The retries of one draft stop after 2 minutes in all (or one --timeout, if longer); a "
        "retry is sent only while a whole --timeout still fits.",
    ),
]
MaxAttemptsOption = Annotated[
    int,
    typer.Option("--max-attempts", min=1, help="Drafts per letter before giving up."),
]
PromptDirOption = Annotated[
    Path | None,
    typer.Option(
        "--prompt-dir",
        help="Use your own edited copies of system.md, request.md and reask.md from this folder.",
    ),
]
ShowPromptOption = Annotated[
    bool,
    typer.Option(
        "--show-prompt",
        help="Print exactly what would be sent to a model for each letter, and send nothing.",
    ),
]
FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="Output format: text, markdown, eml (a draft for your mail client) or json.",
    ),
]
OutOption = Annotated[
    str | None,  # as typed: a trailing slash says "a folder", and Path would drop it
    typer.Option(
        "--out",
        "-o",
        metavar="<path>",
        help="Write to this file (one letter, e.g. letter.eml) or folder (one file per "
        "interviewer, named after them) instead of stdout.",
    ),
]
ForceOption = Annotated[
    bool,
    typer.Option("--force", help="Overwrite files that already exist at --out or --remind."),
]
ProofreadOption = Annotated[
    bool,
    typer.Option(
        "--proofread",
        help="Also check spelling and grammar (needs the proofread extra).",
    ),
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        show_default=False,
        help="Letters a model drafts at the same time (default: the whole panel at once, "
        f"up to {PANEL_JOBS}; the offline composer writes one by one).",
    ),
]
BatchJobsOption = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Letters a model drafts at the same time, across all the notes files (the offline "
        "composer writes one by one).",
    ),
]
TodayOption = Annotated[
    str | None,
    typer.Option("--today", hidden=True, help="Pretend today is YYYY-MM-DD (for tests)."),
]

RemindOption = Annotated[
    Path | None,
    typer.Option(
        "--remind",
        metavar="FILE.ics",
        help="Also write a calendar file: the day to send each letter, and the day to check in "
        "if you hear nothing (the working day after the date in next_steps, else a week later).",
    ),
]
CoordinatorOption = Annotated[
    bool | None,
    typer.Option(
        "--coordinator/--no-coordinator",
        help="Also write one letter to the panel's coordinator (the notes' \"coordinator\") "
        "that thanks and names the whole panel. Default: only for a panel of more than seven "
        "whose notes name a coordinator.",
        show_default=False,
    ),
]
CoordinatorOnlyOption = Annotated[
    bool,
    typer.Option(
        "--coordinator-only",
        help="Write only the letter to the coordinator, not one to each panellist.",
    ),
]
FromInviteOption = Annotated[
    Path | None,
    typer.Option(
        "--from-invite",
        metavar="INVITE.ics",
        help="Start from the calendar invitation: company, date, format and the interviewers, "
        "their names spelled as the invitation spells them.",
    ),
]
MeOption = Annotated[
    str | None,
    typer.Option(
        "--me",
        metavar="ADDRESS",
        help="Your address (or name) as the invitation lists you, when it cannot tell who you are.",
    ),
]
TimezoneOption = Annotated[
    str | None,
    typer.Option(
        "--timezone",
        metavar="ZONE",
        help="Your time zone, e.g. Europe/Dublin, for the day of the interview "
        "(default: this computer's).",
    ),
]
ReviewOption = Annotated[
    bool,
    typer.Option(
        "--review",
        help="At a terminal, show each letter before it is written: accept, revise, edit or "
        "skip it. Every draft shown is kept in NOTES.drafts/.",
    ),
]
AskOption = Annotated[
    bool | None,
    typer.Option(
        "--ask/--no-ask",
        help="After the letters, ask you to reword the notes lines the offline writer could "
        "not read, then write the letters again (default: on when stdin and stdout are a "
        "terminal). --ask also reads answers piped in.",
        show_default=False,
    ),
]
ReviewSwitchOption = Annotated[
    bool | None,
    typer.Option(
        "--review/--no-review",
        help="Show each letter before it is written: accept, revise, edit or skip it (default: "
        "on at a terminal). Every draft shown is kept beside the notes.",
        show_default=False,
    ),
]


def _one_of(choices: Collection[str]) -> Callable[[str | None], str | None]:
    """A callback that checks an option's value against `choices` (in any case)."""

    def check(value: str | None) -> str | None:
        if value is not None and value.lower() not in choices:
            raise typer.BadParameter(f"{value!r}: choose one of {', '.join(choices)}.")
        return None if value is None else value.lower()

    return check


def _choice_option(flag: str, choices: Collection[str], help: str) -> Any:
    """A `--flag` option whose value is one of `choices`, read in any case."""
    return typer.Option(
        flag,
        metavar="[" + "|".join(choices) + "]",
        callback=_one_of(choices),
        help=help,
        show_default=False,
    )


ChannelOption = Annotated[
    str | None,
    _choice_option(
        "--channel",
        CHANNELS,
        "Send the thanks by this channel instead of the notes' own: email, letter (printed) "
        "or linkedin (a connection note of at most 200 characters, signed with your name).",
    ),
]
ToneOption = Annotated[
    str | None,
    _choice_option(
        "--tone", TONES, "Write in this tone instead of the notes' own: warm, formal or concise."
    ),
]
MaxCharsOption = Annotated[
    int | None,
    typer.Option(
        "--max-chars",
        metavar="N",
        help="A LinkedIn note's character limit instead of 200 (the free account's), e.g. 300 "
        "on Premium.",
        show_default=False,
    ),
]


def dialect_option(value: str | None) -> str | None:
    """The --dialect value's canonical name ("en-GB" is "british"); a bad value is a usage error."""
    try:
        return dialect_name(value)
    except InputError as exc:
        raise typer.BadParameter(str(exc)) from None


DialectOption = Annotated[
    str | None,
    typer.Option(
        "--dialect",
        metavar="DIALECT",
        callback=dialect_option,
        help=f"Proofread in one English dialect: {', '.join(DIALECTS)}. Turns proofreading on. "
        "Default: American and British spellings both pass.",
        show_default=False,
    ),
]


@dataclass
class ComposeOptions:
    """Everything `thankyou compose` accepts besides the notes."""

    backend: BackendKind = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 60.0
    max_attempts: int = 3
    prompt_dir: Path | None = None
    show_prompt: bool = False
    format: OutputFormat = "text"
    out: Path | None = None
    out_folder: bool = False  # --out was written as a folder ("drafts/")
    force: bool = False
    proofread: bool = False
    dialect: str | None = None
    jobs: int | None = None  # None: the whole panel at once, up to PANEL_JOBS
    today: dt.date | None = None
    remind: Path | None = None  # --remind: the calendar file to write
    coordinator: bool | None = None  # None: only for a panel of more than seven
    coordinator_only: bool = False
    channel: str | None = None  # --channel: instead of the notes' own
    tone: str | None = None  # --tone: instead of the notes' own
    max_chars: int | None = None  # --max-chars: a LinkedIn note's limit
    client: Any = field(default=None, repr=False)
    review: bool = False  # --review: each letter is shown and accepted before it is written
    drafts: Path | None = None  # where a review keeps every draft it shows
    ask: bool | None = None  # --ask/--no-ask: reword the lines left out (None: at a terminal)
    notes_path: Path | None = None  # the notes file read (None: stdin or built by a command)

    def model_settings(self) -> ModelSettings:
        """How to reach the model service, as these options say."""
        # Loaded on use: the backends load the notes model, which `thankyou --help` must not.
        from composer.backends.base import ModelSettings

        return ModelSettings(self.model, self.base_url, self.api_key, self.timeout)


def parse_today(value: str | None) -> dt.date | None:
    """The --today date, or None; InputError when it is not YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--today {value!r}: expected a date like 2026-11-25.") from None


def compose_options(params: Mapping[str, Any]) -> ComposeOptions:
    """The `ComposeOptions` that a command's values describe (`ctx.params`; others are ignored).

    `out` may be the text as typed (a trailing slash says "a folder") or a Path.
    """
    out = params.get("out")
    prompt_dir = params.get("prompt_dir")
    return ComposeOptions(
        backend=params.get("backend", "auto"),
        model=params.get("model"),
        base_url=params.get("base_url"),
        api_key=params.get("api_key"),
        timeout=params.get("timeout", 60.0),
        max_attempts=params.get("max_attempts", 3),
        prompt_dir=None if prompt_dir is None else Path(prompt_dir),
        show_prompt=params.get("show_prompt", False),
        format=params.get("format", "text"),
        out=None if out is None else Path(out),
        out_folder=isinstance(out, str) and out.endswith(("/", os.sep)),
        force=params.get("force", False),
        proofread=params.get("proofread", False),
        dialect=params.get("dialect"),
        jobs=params.get("jobs"),
        today=parse_today(params.get("today")),
        remind=None if params.get("remind") is None else Path(params["remind"]),
        coordinator=params.get("coordinator"),
        coordinator_only=params.get("coordinator_only", False),
        channel=params.get("channel"),
        tone=params.get("tone"),
        max_chars=params.get("max_chars"),
        review=bool(params.get("review")),
        ask=params.get("ask"),
    )
