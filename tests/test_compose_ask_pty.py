"""`thankyou compose` in a real pseudo-terminal: it asks for the notes lines it left out, writes
the letter again with the answers typed, keeps them as promised, and asks nothing when piped."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from tests.test_interview_pty import answer, interrupt_at, spawn

pexpect = pytest.importorskip("pexpect")

pytestmark = pytest.mark.slow

ASK = Path(__file__).parent / "corpus" / "ask"  # h57 typed tersely
ARGS = ["h57.json", "--backend", "offline", "--today", "2026-12-02"]
PROMPT = "Your words (Enter keeps it out): "


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(ASK / "h57.json", tmp_path / "h57.json")
    return tmp_path


def test_the_lines_left_out_are_asked_for_and_the_letter_says_them(folder: Path) -> None:
    before = (folder / "h57.json").read_bytes()
    child = spawn(ARGS, folder, command="compose")
    child.logfile_read = seen = io.StringIO()  # all the terminal showed
    try:
        answer(child, "Rewrite them now? [Y/n] ", "yep")  # neither y nor n: asked again
        child.expect_exact("Please answer y or n (Enter means yes).")
        answer(child, "Rewrite them now? [Y/n] ", "")  # Enter: yes
        # the results first, then the follow-up, the contribution, the qualifications
        child.expect_exact('1 of 6. A result of yours. Your note: "')
        answer(child, PROMPT, "")
        answer(child, PROMPT, "")
        child.expect_exact("3 of 6. Your follow-up.")
        answer(child, PROMPT, "I have placed six staff engineers since 2024")
        answer(child, PROMPT, "")
        child.expect_exact('5 of 6. A qualification of yours. Your note: "7y (4 IH) TR')
        answer(child, PROMPT, "")
        answer(child, PROMPT, "I run the full hiring cycle in Greenhouse and Ashby")
        answer(child, "stays as it was? [Y/n] ", "y")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    transcript = seen.getvalue().replace("\r\n", "\n")
    assert child.exitstatus == 0, transcript  # the letter written again is ready to send
    assert transcript.count("Subject:") == 2
    *_, again = transcript.split("Subject:")
    assert "I run the full hiring cycle in Greenhouse and Ashby." in again
    assert "I have placed six staff engineers since 2024." in again
    assert (folder / "h57.json").read_bytes() == before
    saved = json.loads((folder / "h57-2.json").read_text(encoding="utf-8"))
    assert saved["qualifications"] == [
        "7y (4 IH) TR - SaaS/B2B",
        "I run the full hiring cycle in Greenhouse and Ashby",
    ]
    assert saved["follow_up"] == "I have placed six staff engineers since 2024"


def test_ctrl_c_keeps_the_answers_typed_so_far(folder: Path) -> None:
    child = spawn(ARGS, folder, command="compose")
    try:
        answer(child, "Rewrite them now? [Y/n] ", "y")
        answer(child, PROMPT, "I closed 28 engineering hires in 2025")
        answer(child, PROMPT, "")
        interrupt_at(child, PROMPT)
        child.expect_exact("Stopped. The 1 line(s) you rewrote are saved in h57-2.json")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 130
    saved = json.loads((folder / "h57-2.json").read_text(encoding="utf-8"))
    assert saved["highlights"][0] == "I closed 28 engineering hires in 2025"


def test_no_ask_and_a_pipe_ask_nothing(folder: Path) -> None:
    for args, shell in (([*ARGS, "--no-ask"], False), (ARGS, True)):
        if shell:  # stdout into a pipe, stdin still the terminal
            command = " ".join([sys.executable, "-m", "composer", "compose", *args, "| cat"])
            child = pexpect.spawn(
                "bash",
                ["-c", f"set -o pipefail; {command}"],
                cwd=str(folder),
                encoding="utf-8",
                timeout=30,
            )
        else:
            child = spawn(args, folder, command="compose")
        try:
            child.expect(pexpect.EOF)
            transcript = child.before
        finally:
            child.close(force=True)
        assert "Rewrite them now?" not in transcript
        assert "on a terminal asks you to reword them" in transcript
        assert child.exitstatus == 0, transcript  # the thin letter passes
    assert sorted(p.name for p in folder.iterdir()) == ["h57.json"]
