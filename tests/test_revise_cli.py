"""`thankyou revise` offline: reading the letter (file, .eml, stdin), writing the revised one
(stdout, --out, --in-place), and showing what changed (word diff, --diff, colour rules)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from composer.cli import app
from composer.cli.changes import (
    GREEN,
    RED,
    RESET,
    changed_words,
    unified_diff,
    use_colour,
    word_diff,
)
from composer.compose import compose
from composer.models import Notes

TODAY = "2026-11-25"


@pytest.fixture
def letter_file(tmp_path: Path, warm_notes: Notes) -> Path:
    path = tmp_path / "letter.txt"
    text = compose(warm_notes, today=dt.date.fromisoformat(TODAY))[0].text
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.fixture
def notes_path(examples_dir: Path) -> str:
    return str(examples_dir / "warm_email.json")


def run(*args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(app, ["revise", *args, "--today", TODAY], input=stdin)


def test_an_offline_instruction_prints_the_revised_letter(
    letter_file: Path, notes_path: str
) -> None:
    result = run(str(letter_file), "--notes", notes_path, "more formal")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Subject: With thanks for the Senior Data Engineer interview")
    assert "\nSincerely,\nPriya Raman\n" in result.stdout
    assert "Changed: " in result.stderr and "passes every rule" in result.stderr
    assert letter_file.read_text(encoding="utf-8").startswith("Subject: Thanks for talking")


def test_the_letter_is_read_from_stdin(letter_file: Path, notes_path: str) -> None:
    result = run(
        "-", "--notes", notes_path, "drop the personal line", stdin=letter_file.read_text()
    )
    assert result.exit_code == 0, result.stderr
    assert "Dear Ms. Whitfield," in result.stdout and "Lisbon" not in result.stdout


def test_an_unknown_offline_instruction_is_exit_2_in_one_line(
    letter_file: Path, notes_path: str
) -> None:
    result = run(str(letter_file), "--notes", notes_path, "make it sound like Shakespeare")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()[-1:]
    assert line.startswith("error: ") and "free-form revision needs a model" in line
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_fact_in_no_note_is_exit_2_naming_the_field(letter_file: Path, notes_path: str) -> None:
    result = run(str(letter_file), "--notes", notes_path, "mention our trip to Paris")
    assert result.exit_code == 2 and result.stdout == ""
    assert "in none of your notes" in result.stderr
    assert "interviewers[0].rapport" in result.stderr


def test_in_place_keeps_a_backup(letter_file: Path, notes_path: str) -> None:
    before = letter_file.read_text(encoding="utf-8")
    result = run(str(letter_file), "--notes", notes_path, "drop the personal line", "--in-place")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert letter_file.with_name("letter.txt.bak").read_text(encoding="utf-8") == before
    after = letter_file.read_text(encoding="utf-8")
    assert "Lisbon" in before and "Lisbon" not in after and after.startswith("Subject: ")


def test_in_place_with_stdin_is_a_usage_error(letter_file: Path, notes_path: str) -> None:
    result = run("-", "--notes", notes_path, "shorter", "--in-place", stdin=letter_file.read_text())
    assert result.exit_code == 2 and "needs a letter file" in result.stderr


def test_in_place_refuses_to_replace_an_old_backup(letter_file: Path, notes_path: str) -> None:
    backup = letter_file.with_name("letter.txt.bak")
    backup.write_text("older\n", encoding="utf-8")
    before = letter_file.read_text(encoding="utf-8")
    result = run(str(letter_file), "--notes", notes_path, "shorter", "--in-place")
    assert result.exit_code == 2 and "letter.txt.bak: already exists" in result.stderr
    assert backup.read_text(encoding="utf-8") == "older\n"
    assert letter_file.read_text(encoding="utf-8") == before


def test_out_never_overwrites_without_force(letter_file: Path, notes_path: str) -> None:
    taken = letter_file.with_name("taken.txt")
    taken.write_text("mine\n", encoding="utf-8")
    result = run(str(letter_file), "--notes", notes_path, "shorter", "--out", str(taken))
    assert result.exit_code == 2 and "--force" in result.stderr
    assert taken.read_text(encoding="utf-8") == "mine\n"
    result = run(str(letter_file), "--notes", notes_path, "shorter", "--out", str(taken), "--force")
    assert result.exit_code == 0, result.stderr
    assert taken.read_text(encoding="utf-8").startswith("Subject: Thanks for talking")


def test_out_folder_names_the_file_after_the_reader(
    letter_file: Path, examples_dir: Path, panel_notes: Notes, tmp_path: Path
) -> None:
    second = compose(panel_notes, today=dt.date.fromisoformat(TODAY))[1].text
    source = tmp_path / "kjetil.txt"
    source.write_text(second, encoding="utf-8")
    notes = str(examples_dir / "panel_three.json")
    result = run(
        str(source), "--notes", notes, "drop the personal line", "--out", f"{tmp_path}/out/"
    )
    assert result.exit_code == 0, result.stderr
    [written] = (tmp_path / "out").iterdir()
    assert written.name == "kjetil-olstad.txt"
    text = written.read_text(encoding="utf-8")
    assert "Dear Kjetil," in text and "Norway" in second and "Norway" not in text


def test_an_eml_draft_is_read_and_written_back_as_eml(tmp_path: Path, notes_path: str) -> None:
    draft = tmp_path / "dana.eml"
    composed = CliRunner().invoke(
        app,
        ["compose", notes_path, "--backend", "offline", "-f", "eml", "--out", str(draft),
         "--today", TODAY],
    )  # fmt: skip
    assert composed.exit_code == 0, composed.stderr
    result = run(str(draft), "--notes", notes_path, "more formal", "--in-place")
    assert result.exit_code == 0, result.stderr
    written = draft.read_text(encoding="utf-8")
    assert "X-Unsent: 1" in written and "Sincerely," in written
    assert "Subject: With thanks for the Senior Data Engineer interview" in written
    assert draft.with_name("dana.eml.bak").read_text(encoding="utf-8").count("X-Unsent: 1") == 1


def test_diff_shows_a_unified_diff(letter_file: Path, notes_path: str) -> None:
    result = run(str(letter_file), "--notes", notes_path, "drop the personal line", "--diff")
    assert result.exit_code == 0, result.stderr
    assert f"--- {letter_file}\n+++ revised\n" in result.stderr
    assert "\n-I hope your trip to Lisbon next week goes well.\n" in result.stderr


def test_show_prompt_prints_the_revise_request_and_sends_nothing(
    letter_file: Path, notes_path: str
) -> None:
    result = run(str(letter_file), "--notes", notes_path, "make it  warmer", "--show-prompt")
    assert result.exit_code == 0, result.stderr
    assert "--- system ---" in result.stdout and "--- user ---" in result.stdout
    assert "make it warmer" in result.stdout
    assert letter_file.read_text(encoding="utf-8").strip() in result.stdout
    assert "Nothing was sent" in result.stderr


def test_word_diff_marks_the_words_taken_out_and_put_in() -> None:
    old = "Thank you for the call.\n\nBest regards,\nPriya"
    new = "Thanks for the video call.\n\nBest regards,\nPriya"
    assert word_diff(old, new, colour=False) == (
        "[-Thank you-]{+Thanks+} for the{+ video+} call.\n\nBest regards,\nPriya"
    )
    coloured = word_diff(old, new, colour=True)
    assert coloured.startswith(f"{RED}Thank you{RESET}{GREEN}Thanks{RESET} for the")
    assert changed_words(old, new) == (2, 2)  # "Thank you" out; "Thanks", "video" in


def test_unified_diff_shows_changed_lines() -> None:
    diff = unified_diff("a\nb\nc", "a\nB\nc", "letter.txt", "revised")
    assert diff.splitlines() == ["--- letter.txt", "+++ revised", "@@ -1,3 +1,3 @@", " a", "-b",
                                 "+B", " c"]  # fmt: skip


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_colour(_Stream(True))  # type: ignore[arg-type]
    assert not use_colour(_Stream(False))  # type: ignore[arg-type]
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_colour(_Stream(True))  # type: ignore[arg-type]


def test_no_word_diff_when_stderr_is_not_a_terminal(letter_file: Path, notes_path: str) -> None:
    result = run(str(letter_file), "--notes", notes_path, "drop the personal line")
    assert result.exit_code == 0, result.stderr
    assert "[-" not in result.stderr and "\x1b[" not in result.stderr


def test_compose_review_needs_a_terminal(notes_path: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["compose", notes_path, "--review", "--backend", "offline", "--today", TODAY]
    )
    assert result.exit_code == 2 and "--review needs a terminal" in result.stderr
    assert result.stdout == ""


def _review_answers(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """Answer the review's questions from `answers`, in order; the prompts asked are returned."""
    from composer.cli import review

    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr(review, "ask_terminal", ask)
    return asked


def test_review_of_a_large_panel_writes_only_the_coordinators_letter_when_only_it_is_accepted(
    examples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from composer.cli.composing import run_compose
    from composer.cli.options import ComposeOptions
    from composer.notes_file import load_notes

    notes = load_notes(examples_dir / "big_panel_coordinator.json")
    count = len(notes.interviewers)
    asked = _review_answers(monkeypatch, ["s"] * count + ["r warmer", "a"])
    options = ComposeOptions(
        backend="offline",
        out=tmp_path / "out",
        out_folder=True,
        review=True,
        drafts=tmp_path / "drafts",
        today=dt.date.fromisoformat(TODAY),
    )
    assert run_compose(notes, options) == 0
    assert len(asked) == count + 2
    [written] = (tmp_path / "out").iterdir()
    assert written.name == "rachel-adeyemi-brooks-coordinator.txt"
    assert "Ms. Adeyemi-Brooks" in written.read_text(encoding="utf-8")
    kept = sorted(p.name for p in (tmp_path / "drafts").iterdir())
    assert len(kept) == count + 1  # every letter shown once; the refused revision adds none
    assert "rachel-adeyemi-brooks-draft-1.txt" in kept
