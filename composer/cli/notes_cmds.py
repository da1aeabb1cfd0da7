"""`thankyou schema` and `thankyou init`: the shape of a notes file, and one to start from."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import typer

from composer.cli.app import command, fail, say
from composer.cli.options import FromInviteOption, MeOption, TimezoneOption
from composer.example import example_notes_json
from composer.files import FileExists, write_text_atomic


@command()
def schema() -> None:
    """Print the JSON Schema of a notes file.

    Example: thankyou schema > notes.schema.json
    """
    # Loaded here, on use: `thankyou --help` must not pay for building the notes model.
    from composer.models import Notes

    typer.echo(json.dumps(Notes.model_json_schema(), indent=2, ensure_ascii=False))


@command()
def init(
    path: Path = typer.Argument(Path("notes.json"), help="Where to write the example notes."),
    force: bool = typer.Option(False, "--force", help="Overwrite the file if it exists."),
    from_invite: FromInviteOption = None,
    me: MeOption = None,
    timezone: TimezoneOption = None,
) -> None:
    """Write a filled-in example notes file to edit, or notes started from an invitation.

    \b
    Examples:
      thankyou init               # writes notes.json here
      thankyou init acme.json     # then edit it and run: thankyou compose acme.json
      thankyou init acme.json --from-invite invite.ics   # names as the invitation spells them
    """
    if path.is_dir():  # a folder: the file goes inside it, as with compose --out
        path = path / "notes.json"
    if path.exists() and not force:  # say so before reading anything
        raise fail(f"{path} already exists; pass --force to overwrite it.")
    to_fill: list[str] = []
    text = example_notes_json()
    if from_invite is not None:
        # Loaded here, on use: reading invitations loads the notes model and icalendar.
        from composer.cli.calendar_files import invite_notes

        notes, to_fill = invite_notes(from_invite, me=me, timezone=timezone)
        text = json.dumps(notes, indent=2, ensure_ascii=False) + "\n"
    try:
        write_text_atomic(path, text, force=force)
    except FileExists:
        raise fail(f"{path} already exists; pass --force to overwrite it.") from None
    except OSError as exc:
        raise fail(f"{path}: cannot write it ({exc.strerror}).") from None
    again = f"thankyou compose {shlex.quote(str(path))}"
    if not to_fill:
        say(f"Wrote {path}. Edit it with your own notes, then run: {again}")
        return
    say(f"Wrote {path}. The invitation does not give these; fill them in:")
    for line in to_fill:
        say(f"  - {line}")
    say(f"Add what each interviewer talked about (topics), then run: {again}")
