"""`thankyou compose`: notes in, checked letters out; also the options `thankyou interview` reuses.

`ComposeOptions` + `run_compose(notes, options)` do all the work and printing, so another command
can compose from notes it built itself. The `Annotated` aliases below are the shared option
declarations; `@with_compose_options` gives a command all of them at once, as one
`ComposeOptions`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import inspect
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, TypeVar, cast

import typer

from composer.backends.select import BackendKind, ModelSettings, choose_backend
from composer.cli.app import command, say
from composer.compose import Letter, compose, send_by_date, send_by_passed
from composer.errors import BackendError, ComposerError, InputError
from composer.files import FileExists
from composer.models import Notes
from composer.notes_file import load_notes, parse_notes
from composer.output import OutputFormat, plan_files, render, write_planned
from composer.rules.proofread import DIALECTS, dialect_name, require_checker

__all__ = [
    "ApiKeyOption",
    "BackendOption",
    "BaseUrlOption",
    "ComposeOptions",
    "DialectOption",
    "ForceOption",
    "FormatOption",
    "MaxAttemptsOption",
    "ModelOption",
    "OutOption",
    "PromptDirOption",
    "ProofreadOption",
    "ShowPromptOption",
    "TimeoutOption",
    "TodayOption",
    "require_proofreader",
    "run_compose",
    "show_error",
    "with_compose_options",
]

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
    typer.Option("--timeout", min=1.0, help="Seconds to wait for one model request."),
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
    bool, typer.Option("--force", help="Overwrite files that already exist at --out.")
]
ProofreadOption = Annotated[
    bool,
    typer.Option(
        "--proofread",
        help="Also check spelling and grammar (needs the proofread extra).",
    ),
]
TodayOption = Annotated[
    str | None,
    typer.Option("--today", hidden=True, help="Pretend today is YYYY-MM-DD (for tests)."),
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


LARGE_PANEL = 7


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
    today: dt.date | None = None
    client: Any = field(default=None, repr=False)

    def settings(self) -> ModelSettings:
        """The model settings these options describe."""
        return ModelSettings(
            model=self.model, base_url=self.base_url, api_key=self.api_key, timeout=self.timeout
        )


def parse_today(value: str | None) -> dt.date | None:
    """The --today date, or None; InputError when it is not YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--today {value!r}: expected a date like 2026-11-25.") from None


# Each ComposeOptions field a command line sets, with its option; --help lists them in this order.
_OPTION_ALIASES: dict[str, Any] = {
    "backend": BackendOption,
    "model": ModelOption,
    "base_url": BaseUrlOption,
    "api_key": ApiKeyOption,
    "timeout": TimeoutOption,
    "max_attempts": MaxAttemptsOption,
    "prompt_dir": PromptDirOption,
    "show_prompt": ShowPromptOption,
    "format": FormatOption,
    "out": OutOption,
    "force": ForceOption,
    "proofread": ProofreadOption,
    "dialect": DialectOption,
    "today": TodayOption,
}

F = TypeVar("F", bound=Callable[..., None])


def with_compose_options(func: F) -> F:
    """Give a command every option of `thankyou compose`, handed to it as `options`.

    The command declares its own parameters and `options: ComposeOptions`; Typer sees the
    compose options in place of `options`, so every composing command takes the same ones.
    """
    own = inspect.signature(func, eval_str=True)
    defaults = {f.name: f.default for f in dataclasses.fields(ComposeOptions)}
    shared = [
        inspect.Parameter(
            name, inspect.Parameter.KEYWORD_ONLY, default=defaults[name], annotation=alias
        )
        for name, alias in _OPTION_ALIASES.items()
    ]
    kept = [p for p in own.parameters.values() if p.name != "options"]

    @functools.wraps(func)
    def command_with_options(*args: Any, **kwargs: Any) -> None:
        values = {name: kwargs.pop(name) for name in _OPTION_ALIASES}
        values["today"] = parse_today(values["today"])
        out = values["out"]
        values["out"] = None if out is None else Path(out)
        values["out_folder"] = out is not None and out.endswith(("/", os.sep))
        func(*args, options=ComposeOptions(**values), **kwargs)

    signature = own.replace(parameters=[*kept, *shared])
    command_with_options.__signature__ = signature  # type: ignore[attr-defined]
    command_with_options.__annotations__ = {
        p.name: p.annotation for p in signature.parameters.values()
    } | {"return": None}
    return cast(F, command_with_options)


def show_prompts(notes: Notes, options: ComposeOptions) -> None:
    """Print, per letter, the messages a model would receive, labelled by role."""
    from composer.backends.base import DraftRequest
    from composer.prompting import load_prompts

    prompts = load_prompts(options.prompt_dir)
    total = len(notes.interviewers)
    for index, person in enumerate(notes.interviewers, 1):
        if index > 1:
            typer.echo("")
        title = f" Letter {index} of {total}: to {person.name} "
        typer.echo(f"{title:=^72}")
        for message in prompts.messages(DraftRequest(notes, person, dialect=options.dialect)):
            typer.echo(f"--- {message['role']} ---")
            typer.echo(message["content"])
    say(
        "Nothing was sent. This is what a model would receive for each first draft; "
        "a re-ask adds the draft and its problems."
    )


def _send_by_notice(notes: Notes, today: dt.date | None) -> str:
    send_by = send_by_date(notes.interview.date)
    when = f"{send_by:%A} {send_by.isoformat()}"
    if send_by_passed(send_by, today):
        return f"Send by {when}: the day after the interview has passed: send it today."
    return f"Send by {when} (the day after the interview)."


def _report(letters: list[Letter]) -> None:
    said: set[str] = set()
    for letter in letters:
        for notice in letter.notices:
            if notice not in said:  # a notice about the notes as a whole, once
                said.add(notice)
                say(f"Note: {notice}")
    for letter in letters:
        report = letter.report
        status = "ready to send" if letter.ok else "NOT READY: still breaks a rule"
        extra = f", {letter.attempts} drafts" if letter.attempts > 1 else ""
        say(f"Letter to {letter.to}: {status} ({report.words} words{extra}).")
        for violation in report.violations:
            say(f"  {violation.severity} [{violation.rule}] {violation.message}")


def _deliver(letters: list[Letter], notes: Notes, options: ComposeOptions) -> None:
    """Write the letters to --out, or print them on stdout."""
    if not letters:
        return
    if options.out is None:
        data = render(letters, notes, options.format)
        sys.stdout.flush()
        stream = typer.get_binary_stream("stdout")
        stream.write(data)
        stream.flush()
        return
    plan = _plan(options.out, notes, options)
    try:
        written = write_planned(letters, notes, options.format, plan, force=options.force)
    except FileExists as exc:
        raise _exists(exc) from None
    except OSError as exc:
        raise InputError(f"{options.out}: cannot write ({exc.strerror or exc}).") from None
    for path in written:
        say(f"Wrote {path}")


def _plan(out: Path, notes: Notes, options: ComposeOptions) -> list[tuple[Path, list[int]]]:
    """The files --out writes: one for one letter, else one per interviewer in the folder."""
    try:
        return plan_files(
            out, [p.name for p in notes.interviewers], options.format, folder=options.out_folder
        )
    except OSError as exc:  # e.g. a name too long for the file system
        raise InputError(f"--out {out}: cannot use this path ({exc.strerror or exc}).") from None


def _exists(path: object) -> InputError:
    return InputError(f"{path}: already exists; pass --force to overwrite it.")


def _check_targets(notes: Notes, options: ComposeOptions) -> None:
    """Refuse before any work when --out would overwrite a file without --force."""
    if options.out is None:
        return
    plan = _plan(options.out, notes, options)  # a bad --out is refused now, not after composing
    if options.force:
        return
    for path, _ in plan:
        if path.exists():
            raise _exists(path)


def require_proofreader(options: ComposeOptions) -> None:
    """Refuse before any work when --proofread or --dialect needs the checker and it is missing.

    --show-prompt proofreads nothing, so it needs no checker.
    """
    if options.show_prompt or not (options.proofread or options.dialect is not None):
        return
    require_checker("--proofread" if options.proofread else "--dialect")


def _compose_and_deliver(notes: Notes, options: ComposeOptions) -> int:
    if options.show_prompt:
        show_prompts(notes, options)
        return 0
    require_proofreader(options)
    _check_targets(notes, options)
    if len(notes.interviewers) > LARGE_PANEL:
        say(
            f"A panel of {len(notes.interviewers)}: writing one letter each. With a panel this "
            "large, one letter to the coordinator that names everyone is also fine."
        )
    progress = say if sys.stderr.isatty() else None
    backend, notice = choose_backend(
        options.backend, options.settings(), client=options.client, progress=progress
    )
    if notice:
        say(notice)
    try:
        letters = compose(
            notes,
            backend=backend,
            max_attempts=options.max_attempts,
            prompt_dir=options.prompt_dir,
            proofread=options.proofread,
            dialect=options.dialect,
            # The real date when not given: a letter sent late names the interview's weekday.
            today=options.today or dt.date.today(),
            progress=progress,
        )
    except BackendError as exc:
        _deliver(exc.completed, notes, options)
        if exc.completed:
            _report(exc.completed)
            say(_send_by_notice(notes, options.today))
            say(f"Kept the {len(exc.completed)} letter(s) finished before the failure.")
        return show_error(exc)
    _deliver(letters, notes, options)
    _report(letters)
    say(_send_by_notice(notes, options.today))
    failing = [letter.to for letter in letters if not letter.ok]
    if failing:
        say(
            f"{len(failing)} letter(s) still break a rule ({', '.join(failing)}): "
            "written anyway and marked; fix them before sending."
        )
        return 1
    return 0


def run_compose(notes: Notes, options: ComposeOptions) -> int:
    """Compose, print or write the letters and the report; return the exit code (0, 1, 2 or 3)."""
    try:
        return _compose_and_deliver(notes, options)
    except ComposerError as exc:
        return show_error(exc)


def show_error(exc: ComposerError) -> int:
    """Say what failed in one line on stderr and return its exit code (THANKYOU_DEBUG re-raises)."""
    if os.environ.get("THANKYOU_DEBUG"):
        raise exc
    say(f"error: {exc}")
    return exc.exit_code


def read_notes_argument(source: str) -> Notes:
    """The notes from a path, or from stdin when `source` is `-`."""
    if source == "-":
        return parse_notes(typer.get_binary_stream("stdin").read(), "<stdin>")
    return load_notes(Path(source))


@command("compose")
@with_compose_options
def compose_command(
    notes: Annotated[
        str, typer.Argument(metavar="NOTES", help="The notes file (JSON); - reads stdin.")
    ],
    options: ComposeOptions,
) -> None:
    """Write one checked thank-you letter per interviewer from a notes file.

    Letters go to stdout (or --out), the report and notices to stderr.
    Exit 0 ready, 1 a letter still breaks a rule (written anyway, marked), 2 bad input,
    3 model failure.

    Examples:

      thankyou compose notes.json

      thankyou compose notes.json --format eml --out drafts/

      thankyou compose notes.json --show-prompt
    """
    code = run_compose(read_notes_argument(notes), options)
    if code:
        raise typer.Exit(code)
