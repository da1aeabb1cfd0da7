"""`thankyou batch`: many notes files into one folder, the summary, resuming, exit codes; offline
and against a real HTTP server on 127.0.0.1 through the real openai client."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from composer.batch import JOURNAL, Row, exit_code
from composer.cli import app
from composer.models import Notes
from composer.notes_file import load_notes
from tests.test_model_compose import (
    BAD,
    GOOD,
    KEY,
    MODEL,
    Script,
    addressee,
    assert_no_key,
    fault,
    ok,
    panel_answers,
    waits,  # noqa: F401  (the fixture: retry waits recorded, never slept)
)

TODAY = "2026-11-25"


def batch(*args: str) -> Any:
    return CliRunner().invoke(app, ["batch", *args, "--today", TODAY])


def summary(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture
def inbox(tmp_path: Path, examples_dir: Path) -> Path:
    """A folder with the warm email and the panel of three, plus a bad notes file."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for name in ("warm_email.json", "panel_three.json"):
        (folder / name).write_bytes((examples_dir / name).read_bytes())
    (folder / "broken.json").write_text('{"candidate": {"name": "A"}, "company": 3}')
    (folder / "README.txt").write_text("not a notes file: not read")
    return folder


def test_a_folder_of_notes_gives_a_folder_per_file_and_a_summary(
    inbox: Path, tmp_path: Path
) -> None:
    out = tmp_path / "letters"
    result = batch(str(inbox), "--out", str(out))
    assert result.exit_code == 2, result.stderr  # the bad notes file
    assert sorted(p.name for p in (out / "panel_three").iterdir()) == [
        "amelie-dubois-lefevre.txt",
        "chinedu-okafor.txt",
        "kjetil-olstad.txt",
    ]
    letter = (out / "warm_email" / "dana-whitfield.txt").read_text(encoding="utf-8")
    assert "Dear Dana" in letter or "Dear Ms. Whitfield" in letter
    data = summary(out)
    rows = data["letters"]
    assert [(Path(r["notes"]).name, r["interviewer"], r["status"]) for r in rows] == [
        ("broken.json", "", "error"),
        ("panel_three.json", "Amélie Dubois-Lefèvre", "ok"),
        ("panel_three.json", "Kjetil Ølstad", "ok"),
        ("panel_three.json", "Chinedu Okafor", "ok"),
        ("warm_email.json", "Dana Whitfield", "ok"),
    ]
    assert rows[0]["kind"] == "notes" and "company" in rows[0]["message"]
    assert rows[4]["path"] == "warm_email/dana-whitfield.txt"
    assert rows[4]["send_by"] == "2026-11-25" and rows[4]["attempts"] == 1
    assert data["counts"] == {"ok": 4, "failed": 0, "error": 1} and data["exit_code"] == 2
    with (out / "summary.csv").open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [(r["interviewer"], r["status"], r["path"]) for r in table] == [
        (r["interviewer"], r["status"], r["path"]) for r in rows
    ]
    # not a terminal: one plain line per letter on stderr
    assert "ok     " in result.stderr and "warm_email/dana-whitfield.txt" in result.stderr
    assert "Exit 2" in result.stderr and "Traceback" not in result.stderr


def test_a_second_run_skips_what_is_done_and_redoes_the_rest(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "letters"
    batch(str(inbox), "--out", str(out))
    kept = out / "warm_email" / "dana-whitfield.txt"
    kept.write_text("the letter as the user edited it", encoding="utf-8")
    (out / "panel_three" / "kjetil-olstad.txt").unlink()  # lost: the panel is written again
    (inbox / "broken.json").unlink()  # the bad file is gone: nothing left to fail
    result = batch(str(inbox), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert kept.read_text(encoding="utf-8") == "the letter as the user edited it"
    assert (out / "panel_three" / "kjetil-olstad.txt").is_file()
    assert "1 done by an earlier run" in result.stderr
    assert [r["status"] for r in summary(out)["letters"]] == ["ok"] * 4


def test_force_writes_everything_again(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "letters"
    batch(str(inbox), "--out", str(out))
    kept = out / "warm_email" / "dana-whitfield.txt"
    kept.write_text("old", encoding="utf-8")
    result = batch(str(inbox), "--out", str(out), "--force")
    assert result.exit_code == 2
    assert kept.read_text(encoding="utf-8") != "old"
    assert "earlier run" not in result.stderr


def test_a_file_the_tool_did_not_write_is_never_overwritten_without_force(
    inbox: Path, tmp_path: Path
) -> None:
    out = tmp_path / "letters"
    (out / "warm_email").mkdir(parents=True)
    mine = out / "warm_email" / "dana-whitfield.txt"
    mine.write_text("my own draft", encoding="utf-8")
    result = batch(str(inbox / "warm_email.json"), "--out", str(out))
    assert result.exit_code == 2
    assert mine.read_text(encoding="utf-8") == "my own draft"
    [row] = summary(out)["letters"]
    assert row["status"] == "error" and "--force" in row["message"]
    assert batch(str(inbox / "warm_email.json"), "--out", str(out), "--force").exit_code == 0
    assert mine.read_text(encoding="utf-8") != "my own draft"


def test_notes_files_with_the_same_name_get_their_own_folders(
    tmp_path: Path, examples_dir: Path
) -> None:
    for side in ("a", "b"):
        (tmp_path / side).mkdir()
        (tmp_path / side / "notes.json").write_bytes(
            (examples_dir / "warm_email.json").read_bytes()
        )
    out = tmp_path / "letters"
    result = batch(str(tmp_path / "a"), str(tmp_path / "b" / "notes.json"), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert (out / "notes" / "dana-whitfield.txt").is_file()
    assert (out / "notes-2" / "dana-whitfield.txt").is_file()


def test_eml_format_and_a_missing_file(tmp_path: Path, examples_dir: Path) -> None:
    out = tmp_path / "letters"
    result = batch(
        str(examples_dir / "warm_email.json"),
        str(tmp_path / "missing.json"),
        "--out",
        str(out),
        "--format",
        "eml",
    )
    assert result.exit_code == 2
    assert b"X-Unsent: 1" in (out / "warm_email" / "dana-whitfield.eml").read_bytes()
    rows = summary(out)["letters"]
    assert rows[1]["status"] == "error" and "no such file" in rows[1]["message"]


def test_no_notes_files_is_a_usage_error(tmp_path: Path) -> None:
    result = batch(str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no notes files in")


@pytest.mark.parametrize(
    ("statuses", "code"),
    [
        ([("ok", "")], 0),
        ([("ok", ""), ("failed", "")], 1),
        ([("failed", ""), ("error", "notes")], 2),
        ([("failed", ""), ("error", "output")], 2),
        ([("error", "notes"), ("error", "service"), ("failed", "")], 3),
        ([], 0),
    ],
)
def test_the_exit_code_is_the_most_serious_outcome(
    statuses: list[tuple[str, str]], code: int
) -> None:
    rows = [Row("n.json", "X", status, kind=kind) for status, kind in statuses]  # type: ignore[arg-type]
    assert exit_code(rows) == code


# -- with a model, over HTTP -------------------------------------------------------------------


def model_batch(base_url: str, *args: str) -> Any:
    return batch(
        *args, "--backend", "openai", "--base-url", base_url, "--api-key", KEY, "--model", MODEL
    )


@pytest.fixture
def model_inbox(tmp_path: Path, examples_dir: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for name in ("warm_email.json", "panel_three.json"):
        (folder / name).write_bytes((examples_dir / name).read_bytes())
    return folder


def answers(panel: Notes, warm: str | None = GOOD, fail_for: str | None = None) -> Any:
    """GOOD (or `warm`) for Dana Whitfield, the offline letter for each panellist."""
    for_panel = panel_answers(panel, fail_for=fail_for)

    def answer(body: dict[str, Any]) -> Any:
        if "Dana Whitfield" in body["messages"][1]["content"]:
            return ok(warm) if warm is not None else fault(500)
        return for_panel(body)

    return answer


@pytest.mark.usefixtures("waits")
def test_model_letters_with_tokens_and_a_service_failure_then_a_resume(
    httpserver: HTTPServer, model_inbox: Path, tmp_path: Path
) -> None:
    panel = load_notes(model_inbox / "panel_three.json")
    out = tmp_path / "letters"
    script = Script(httpserver, answers(panel, warm=None))
    url = httpserver.url_for("/v1")
    result = model_batch(url, str(model_inbox), "--out", str(out), "--jobs", "4")
    assert result.exit_code == 3, result.stderr
    rows = summary(out)["letters"]
    assert [(r["interviewer"], r["status"], r["kind"]) for r in rows] == [
        ("Amélie Dubois-Lefèvre", "ok", ""),
        ("Kjetil Ølstad", "ok", ""),
        ("Chinedu Okafor", "ok", ""),
        ("Dana Whitfield", "error", "service"),
    ]
    assert [r["tokens"] for r in rows[:3]] == [500, 500, 500]
    assert "500" in rows[3]["message"]
    assert script.count == 3 + 4  # one per panel letter; four tries of the failing one
    assert_no_key(result.stdout, result.stderr, (out / "summary.json").read_bytes())
    assert_no_key((out / JOURNAL).read_bytes(), (out / "summary.csv").read_bytes())

    httpserver.clear()
    again = Script(httpserver, answers(panel))
    result = model_batch(url, str(model_inbox), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert again.count == 1  # only Dana's letter was asked for
    assert [
        addressee(body, load_notes(model_inbox / "warm_email.json")).name for body in again.bodies
    ] == ["Dana Whitfield"]
    assert [r["status"] for r in summary(out)["letters"]] == ["ok"] * 4


@pytest.mark.usefixtures("waits")
def test_a_model_letter_that_keeps_breaking_rules_is_written_marked_exit_1(
    httpserver: HTTPServer, model_inbox: Path, tmp_path: Path
) -> None:
    panel = load_notes(model_inbox / "panel_three.json")
    Script(httpserver, answers(panel, warm=BAD))
    out = tmp_path / "letters"
    result = model_batch(
        httpserver.url_for("/v1"), str(model_inbox), "--out", str(out), "--max-attempts", "2"
    )
    assert result.exit_code == 1, result.stderr
    dana = summary(out)["letters"][3]
    assert (dana["status"], dana["attempts"], dana["tokens"]) == ("failed", 2, 1000)
    assert "[placeholders]" in dana["message"] or "[length]" in dana["message"]
    assert (out / dana["path"]).read_text(encoding="utf-8").strip().endswith(BAD.strip()[-10:])


def test_the_terminal_bar_counts_letters_of_all_files_and_the_trouble(inbox: Path) -> None:
    from composer.batch import find_notes_files
    from composer.cli.batching import _Bar

    bar = _Bar(find_notes_files([inbox]))
    task = bar.progress.tasks[0]
    assert task.total == 1 + 3 + 1  # the bad file counts as one row
    bar.row(Row("a.json", "A", "ok"), True)
    bar.row(Row("a.json", "B", "failed"), True)
    bar.row(Row("b.json", "", "error", kind="notes", message="b.json: bad"), True)
    assert task.completed == 3
    assert task.fields["trouble"] == "1 break a rule, 1 not written"


def test_ctrl_c_says_how_to_go_on_and_exits_130(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import composer.cli.batching as batch_cli

    def stopped(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_cli, "run_batch", stopped)
    result = batch(str(inbox), "--out", str(tmp_path / "out"))
    assert result.exit_code == 130
    assert "run the same command again" in result.stderr and "Traceback" not in result.stderr
