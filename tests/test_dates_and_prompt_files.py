"""The interview date: the last calendar day is a clear error, and a future date is refused by
`compose` as by `interview`. A prompt file that is a FIFO is named as one, never read."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer.cli import app
from composer.compose import compose
from composer.errors import InputError, NotesError
from composer.models import Notes
from composer.notes_file import parse_notes
from composer.prompting import PROMPT_FILES, default_prompt_dir
from composer.questions import Invalid, parse_date
from tests.conftest import EXAMPLES

runner = CliRunner()


def notes_file(tmp_path: Path, date: str) -> Path:
    data = json.loads((EXAMPLES / "warm_email.json").read_text(encoding="utf-8"))
    data["interview"]["date"] = date
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_last_day_of_the_calendar_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["compose", str(notes_file(tmp_path, "9999-12-31"))])
    assert result.exit_code == 2
    assert "interview.date: 9999-12-31 is the last day a calendar holds" in result.stderr
    assert "Traceback" not in result.stderr
    check = runner.invoke(app, ["check", "-", "--notes", str(notes_file(tmp_path, "9999-12-31"))])
    assert check.exit_code == 2 and "Traceback" not in check.stderr


def test_the_day_before_it_still_has_a_send_by_date() -> None:
    data = json.loads((EXAMPLES / "warm_email.json").read_text(encoding="utf-8"))
    data["interview"]["date"] = "9999-12-30"
    assert parse_notes(json.dumps(data), "n").interview.date == dt.date(9999, 12, 30)
    with pytest.raises(NotesError):
        data["interview"]["date"] = "9999-12-31"
        parse_notes(json.dumps(data), "n")


def test_compose_refuses_a_future_interview_like_interview_does(tmp_path: Path) -> None:
    path = notes_file(tmp_path, "2026-11-26")
    result = runner.invoke(app, ["compose", str(path), "--today", "2026-11-25"])
    assert result.exit_code == 2
    assert "interview.date 2026-11-26 is in the future (today is 2026-11-25)" in result.stderr
    assert result.stdout == ""
    with pytest.raises(Invalid, match="in the future"):
        parse_date("2026-11-26", dt.date(2026, 11, 25))  # the interview's own rule
    same_day = runner.invoke(app, ["compose", str(path), "--today", "2026-11-26"])
    assert same_day.exit_code == 0, same_day.stderr


def test_the_library_applies_the_same_rule(warm_notes: Notes) -> None:
    day = warm_notes.interview.date
    with pytest.raises(InputError, match="in the future"):
        compose(warm_notes, today=day - dt.timedelta(days=1))
    assert compose(warm_notes, today=day)


def test_a_prompt_file_that_is_a_fifo_is_named_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "prompts"
    folder.mkdir()
    shipped = Path(str(default_prompt_dir()))
    for name in PROMPT_FILES:
        if name != "request.md":
            shutil.copy(shipped / name, folder / name)
    os.mkfifo(folder / "request.md")  # opening it to read would block forever
    result = runner.invoke(
        app,
        [
            "compose",
            str(EXAMPLES / "warm_email.json"),
            "--show-prompt",
            "--prompt-dir",
            str(folder),
        ],
    )
    assert result.exit_code == 2
    assert "request.md: not a regular file (a named pipe (FIFO))" in result.stderr
    assert "not found" not in result.stderr
