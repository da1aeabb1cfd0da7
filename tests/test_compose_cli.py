"""`thankyou compose`: outputs, files, exit codes, send-by messages and --show-prompt."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from composer.backends.base import Draft, DraftRequest
from composer.cli import app
from composer.cli.composing import run_compose
from composer.cli.options import ComposeOptions
from composer.errors import BackendError
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.prompting import PROMPT_FILES
from tests.conftest import EXAMPLES, ROOT

runner = CliRunner()
WARM = str(EXAMPLES / "warm_email.json")
PANEL = str(EXAMPLES / "panel_three.json")


def run(*args: str, input: str | None = None) -> Result:
    return runner.invoke(app, ["compose", *args], input=input)


def test_one_letter_on_stdout_and_the_report_on_stderr() -> None:
    result = run(WARM, "--today", "2026-11-25")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Subject: Thank")
    assert "Priya Raman" in result.stdout
    assert "offline composer" in result.stderr
    assert "Letter to Dana Whitfield: passes every rule" in result.stderr
    assert "Send by Wednesday 2026-11-25 (the day after the interview)." in result.stderr
    assert "send it today" not in result.stderr
    assert "Send by" not in result.stdout


def test_a_passed_send_by_date_says_send_it_today() -> None:
    result = run(WARM, "--today", "2026-12-02")
    assert result.exit_code == 0
    assert "the day after the interview has passed: send it today" in result.stderr


def test_notes_from_stdin() -> None:
    result = run("-", input=(EXAMPLES / "phone_screen.json").read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.stderr
    assert "Tomás Rivera" in result.stdout


def test_bad_notes_exit_2_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"company": "X"}', encoding="utf-8")
    result = run(str(bad))
    assert result.exit_code == 2
    assert "error:" in result.stderr and "Traceback" not in result.stderr
    assert run(str(tmp_path / "missing.json")).exit_code == 2


def test_a_bad_today_is_a_usage_error() -> None:
    result = run(WARM, "--today", "tomorrow")
    assert result.exit_code == 2 and "--today" in result.stderr


def test_json_output_parses() -> None:
    result = run(PANEL, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [item["to"] for item in data["letters"]] == [
        "Amélie Dubois-Lefèvre",
        "Kjetil Ølstad",
        "Chinedu Okafor",
    ]
    assert all(item["ok"] for item in data["letters"])


def test_panel_letters_on_stdout_are_separated() -> None:
    result = run(PANEL)
    assert result.exit_code == 0
    assert "Letter 3 of 3: to Chinedu Okafor" in result.stdout
    assert result.stderr.count("passes every rule") == 3


def test_out_file_for_one_letter(tmp_path: Path) -> None:
    target = tmp_path / "dana.eml"
    result = run(WARM, "--format", "eml", "--out", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    parsed = message_from_bytes(target.read_bytes(), policy=policy.default)
    assert parsed["X-Unsent"] == "1" and "Thank" in str(parsed["Subject"])
    assert f"Wrote {target}" in result.stderr


def test_out_folder_for_a_panel(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    result = run(PANEL, "--format", "markdown", "--out", str(folder))
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["amelie-dubois-lefevre.md", "chinedu-okafor.md", "kjetil-olstad.md"]
    assert "## To Kjetil Ølstad" in (folder / "kjetil-olstad.md").read_text(encoding="utf-8")


def test_existing_files_are_never_overwritten_without_force(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    mine = folder / "kjetil-olstad.txt"
    mine.write_text("my own edits", encoding="utf-8")
    result = run(PANEL, "--out", str(folder))
    assert result.exit_code == 2
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert mine.read_text(encoding="utf-8") == "my own edits"
    assert sorted(p.name for p in folder.iterdir()) == ["kjetil-olstad.txt"]  # nothing half-done
    forced = run(PANEL, "--out", str(folder), "--force")
    assert forced.exit_code == 0
    assert "Kjetil" in mine.read_text(encoding="utf-8")
    assert len(list(folder.iterdir())) == 3


def test_a_trailing_slash_makes_out_a_folder_even_with_a_dot(tmp_path: Path) -> None:
    folder = tmp_path / "drafts.v2"
    result = run(WARM, "--out", f"{folder}/")
    assert result.exit_code == 0, result.stderr
    assert folder.is_dir()
    assert [p.name for p in folder.iterdir()] == ["dana-whitfield.txt"]


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_panel_to_a_file_name_is_refused_before_any_work(
    tmp_path: Path, force: list[str]
) -> None:
    target = tmp_path / "panel.txt"
    result = run(PANEL, "--out", str(target), *force)
    assert result.exit_code == 2
    assert "needs a folder" in result.stderr and "panel/" in result.stderr
    assert result.stdout == ""
    assert "Letter to" not in result.stderr  # refused up front, nothing composed
    assert list(tmp_path.iterdir()) == []


def test_an_out_path_the_file_system_refuses_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    result = run(WARM, "--out", str(tmp_path / ("a" * 300 + ".txt")))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --out ") and "cannot use this path" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stdout == ""


def test_show_prompt_prints_every_message_and_sends_nothing() -> None:
    # A base URL nobody listens on: any request would fail with exit 3.
    result = run(PANEL, "--show-prompt", "--backend", "openai", "--base-url", "http://127.0.0.1:9/v1",
                 "--api-key", "sk-secret-do-not-print")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    for name in ("Amélie Dubois-Lefèvre", "Kjetil Ølstad", "Chinedu Okafor"):
        assert f"to {name} =" in result.stdout
    assert result.stdout.count("--- system ---") == 3
    assert result.stdout.count("--- user ---") == 3
    assert "she just adopted a rescue greyhound" in result.stdout
    assert "Nothing was sent" in result.stderr
    assert "sk-secret-do-not-print" not in result.stdout + result.stderr


def test_show_prompt_asks_for_the_chosen_spelling() -> None:
    chosen = run(WARM, "--show-prompt", "--dialect", "en-GB")
    assert chosen.exit_code == 0, chosen.stderr
    assert "\nUse British spelling (organise, colour).\n" in chosen.stdout
    either = run(WARM, "--show-prompt")
    assert "Use British" not in either.stdout
    assert "\nEither American or British spelling is fine; keep to one.\n" in either.stdout


def test_show_prompt_of_a_printed_letter_asks_for_its_letterhead() -> None:
    result = run(str(EXAMPLES / "formal_letter.json"), "--show-prompt")
    assert result.exit_code == 0, result.stderr
    assert "Open with a letterhead" in result.stdout and "24 November 2026" in result.stdout


def test_show_prompt_uses_edited_copies(tmp_path: Path) -> None:
    for name in PROMPT_FILES:
        shutil.copy(ROOT / "prompts" / name, tmp_path / name)
    (tmp_path / "system.md").write_text("Write to {{interviewer_name}} kindly.\n", encoding="utf-8")
    result = run(WARM, "--show-prompt", "--prompt-dir", str(tmp_path))
    assert result.exit_code == 0
    assert "--- system ---\nWrite to Dana Whitfield kindly.\n--- user ---" in result.stdout


def test_a_broken_prompt_dir_is_exit_2(tmp_path: Path) -> None:
    result = run(WARM, "--prompt-dir", str(tmp_path))
    assert result.exit_code == 2
    assert "system.md: prompt file not found" in result.stderr


def _bad_draft(self: OfflineBackend, request: DraftRequest) -> Draft:
    return Draft(text=f"Dear {request.interviewer.name},\n\nThanks.\n\nBye")


def test_a_letter_that_still_breaks_a_rule_exits_1_and_is_marked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(OfflineBackend, "draft", _bad_draft)
    result = run(WARM, "--max-attempts", "2")
    assert result.exit_code == 1
    assert result.stdout.startswith("!! NOT READY TO SEND")
    assert "Dear Dana Whitfield" in result.stdout
    assert "NOT READY" in result.stderr and "error [" in result.stderr
    assert " drafts" not in result.stderr  # asking the offline composer again cannot help
    target = tmp_path / "letter.txt"
    assert run(WARM, "--out", str(target)).exit_code == 1
    assert "NOT READY TO SEND" in target.read_text(encoding="utf-8")


def test_a_backend_failure_exits_3_after_keeping_finished_letters(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real = OfflineBackend.draft

    def flaky(self: OfflineBackend, request: DraftRequest) -> Draft:
        if request.interviewer.name == "Kjetil Ølstad":
            raise BackendError("model service unavailable at http://127.0.0.1:9/v1; try later")
        return real(self, request)

    monkeypatch.setattr(OfflineBackend, "draft", flaky)
    result = run(PANEL)
    assert result.exit_code == 3
    assert "Amélie" in result.stdout and "Kjetil" not in result.stdout
    assert result.stderr.strip().endswith(
        "error: model service unavailable at http://127.0.0.1:9/v1; try later"
    )
    folder = tmp_path / "out"
    assert run(PANEL, "--out", str(folder)).exit_code == 3
    assert [p.name for p in folder.iterdir()] == ["amelie-dubois-lefevre.txt"]


def test_run_compose_is_reusable(panel_notes: Notes, capsys: pytest.CaptureFixture[str]) -> None:
    code = run_compose(panel_notes, ComposeOptions(backend="offline", format="json"))
    captured = capsys.readouterr()
    assert code == 0
    assert len(json.loads(captured.out)["letters"]) == 3
    assert "offline composer" not in captured.err  # an explicit backend needs no notice


def test_options_never_show_the_key() -> None:
    assert "sk-123" not in repr(ComposeOptions(api_key="sk-123"))


def test_progress_only_at_a_terminal(
    warm_notes: Notes, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    assert run_compose(warm_notes, ComposeOptions(backend="offline")) == 0
    assert "draft 1" not in capsys.readouterr().err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert run_compose(warm_notes, ComposeOptions(backend="offline")) == 0
    assert "Letter 1 of 1 to Dana Whitfield: draft 1 of at most 3" in capsys.readouterr().err


def test_a_large_panel_mentions_the_coordinator_letter(
    warm_notes: Notes, capsys: pytest.CaptureFixture[str]
) -> None:
    data = warm_notes.model_dump(mode="json")
    first = data["interviewers"][0]
    names = ["Ana", "Ben", "Cleo", "Dev", "Eva", "Finn", "Gus", "Hana"]
    data["interviewers"] = [
        {**first, "name": f"{name} Whitfield", "salutation": name} for name in names
    ]
    code = run_compose(Notes.model_validate(data), ComposeOptions(backend="offline"))
    err = capsys.readouterr().err
    assert "A panel of 8" in err and "coordinator" in err
    assert code == 0  # every letter of the panel is ready to send


def test_compose_and_interview_build_the_same_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import composer.cli.composing as compose_cli
    import composer.cli.interviewing as interview_cli

    seen: list[ComposeOptions] = []

    def record(notes: Notes, options: ComposeOptions) -> int:
        seen.append(options)
        return 0

    monkeypatch.setattr(compose_cli, "run_compose", record)
    monkeypatch.setattr(interview_cli, "run_compose", record)
    monkeypatch.chdir(tmp_path)
    given = ["--backend", "openai", "--model", "m1", "--base-url", "http://127.0.0.1:9/v1"]
    given += ["--api-key", "k", "--timeout", "5", "--max-attempts", "2", "--show-prompt"]
    given += ["-f", "json", "-o", "out", "--force", "--proofread", "--dialect", "uk"]
    given += ["--prompt-dir", "prompts", "--today", "2026-11-30"]
    assert run(WARM, *given).exit_code == 0
    interview = runner.invoke(app, ["interview", "--from", WARM, *given], input="\n" * 200)
    assert interview.exit_code == 0, interview.stderr
    expected = ComposeOptions(
        backend="openai",
        model="m1",
        base_url="http://127.0.0.1:9/v1",
        api_key="k",
        timeout=5.0,
        max_attempts=2,
        prompt_dir=Path("prompts"),
        show_prompt=True,
        format="json",
        out=Path("out"),
        force=True,
        proofread=True,
        dialect="british",
        today=dt.date(2026, 11, 30),
    )
    # each names its notes file, where answers to --ask go beside: the one read, the one saved
    composed, interviewed = seen
    assert composed.notes_path == Path(WARM)
    assert interviewed.notes_path is not None and interviewed.notes_path.exists()
    assert [dataclasses.replace(o, notes_path=None) for o in seen] == [expected, expected]
    assert run(WARM).exit_code == 0
    assert seen[-1] == ComposeOptions(notes_path=Path(WARM))  # the defaults
