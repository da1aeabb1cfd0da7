"""The CLI skeleton: version, help, schema, init, and a start-up that stays light."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from composer.__about__ import __version__
from composer.cli import app
from composer.notes_file import load_notes

runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"thankyou {__version__}"


def test_no_arguments_shows_help() -> None:
    result = runner.invoke(app, [])
    assert "Usage" in result.output and "init" in result.output


def test_every_command_has_help_with_an_example() -> None:
    commands = list(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    assert {"schema", "init"} <= set(commands)
    for name in commands:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.stdout, f"{name} --help shows no example"
        assert f"thankyou {name}" in result.stdout.split("Example", 1)[1], name


def test_schema_is_the_notes_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert set(schema["required"]) >= {"candidate", "company", "role", "interview", "interviewers"}
    assert schema["additionalProperties"] is False


def test_init_writes_valid_notes(tmp_path: Path) -> None:
    target = tmp_path / "mine.json"
    result = runner.invoke(app, ["init", str(target)])
    assert result.exit_code == 0
    assert load_notes(target).company == "Northwind Analytics"
    assert "thankyou compose" in result.stderr


def test_init_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "notes.json"
    target.write_text("my precious notes", encoding="utf-8")
    result = runner.invoke(app, ["init", str(target)])
    assert result.exit_code == 2
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "my precious notes"
    assert runner.invoke(app, ["init", str(target), "--force"]).exit_code == 0
    assert load_notes(target).candidate.name == "Priya Raman"


def test_init_into_a_folder_writes_notes_json_inside_it(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert load_notes(tmp_path / "notes.json").company == "Northwind Analytics"


def test_init_prints_a_compose_command_that_can_be_pasted(tmp_path: Path) -> None:
    target = tmp_path / "my notes.json"
    result = runner.invoke(app, ["init", str(target)])
    assert result.exit_code == 0
    assert f"thankyou compose '{target}'" in result.stderr


def test_init_to_a_path_the_system_refuses_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / ("n" * 300 + ".json"))])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "File name too long" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_any_path_the_system_refuses_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    notes = str(Path(__file__).parent.parent / "examples" / "warm_email.json")
    long_dir = str(tmp_path / ("d" * 300))
    result = runner.invoke(app, ["compose", notes, "--show-prompt", "--prompt-dir", long_dir])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "File name too long" in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_init_default_path_in_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["init"]).exit_code == 0
    assert (tmp_path / "notes.json").is_file()


def test_unknown_option_is_a_usage_error() -> None:
    assert runner.invoke(app, ["init", "--bogus"]).exit_code == 2


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_python_dash_m_behaves_like_thankyou() -> None:
    result = _run("-m", "composer", "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"thankyou {__version__}"


def test_help_does_not_import_openai() -> None:
    code = (
        "import sys\n"
        "from composer.cli import main\n"
        "sys.argv = ['thankyou', '--help']\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "assert 'openai' not in sys.modules, 'openai was imported'\n"
        "assert 'harper' not in sys.modules, 'harper was imported'\n"
    )
    result = _run("-c", code)
    assert result.returncode == 0, result.stderr
