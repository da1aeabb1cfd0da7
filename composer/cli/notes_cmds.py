"""`thankyou schema` and `thankyou init`: the shape of a notes file, and one to start from."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import typer

from composer.cli.app import command, fail, say
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
) -> None:
    """Write a filled-in example notes file to edit.

    \b
    Examples:
      thankyou init               # writes notes.json here
      thankyou init acme.json     # then edit it and run: thankyou compose acme.json
    """
    try:
        if path.is_dir():  # a folder: the file goes inside it, as with compose --out
            path = path / "notes.json"
        write_text_atomic(path, example_notes_json(), force=force)
    except FileExists:
        raise fail(f"{path} already exists; pass --force to overwrite it.") from None
    except OSError as exc:
        raise fail(f"{path}: cannot write it ({exc.strerror}).") from None
    say(
        f"Wrote {path}. Edit it with your own notes, then run: "
        f"thankyou compose {shlex.quote(str(path))}"
    )
