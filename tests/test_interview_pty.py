"""`thankyou interview` in a real pseudo-terminal: typed answers, letters out, notes saved."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from composer.cli.review import CHOICES
from composer.notes_file import load_notes
from tests.conftest import default_sigint

pexpect = pytest.importorskip("pexpect")

pytestmark = pytest.mark.slow

TODAY = dt.date(2026, 11, 25)
TIMEOUT = 30  # seconds per expected prompt; the whole run takes about a second


def spawn(
    args: list[str], cwd: Path, command: str = "interview", **extra_env: str
) -> pexpect.spawn:
    """`python -m composer COMMAND ARGS` in a terminal of its own, with no model service."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "THANKYOU_"))}
    env.update({"TERM": "dumb", "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"})
    env.update({"NO_COLOR": "1", **extra_env})
    return pexpect.spawn(
        sys.executable,
        ["-m", "composer", command, *args],
        cwd=str(cwd),
        env=env,
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(40, 400),  # wide: no line wrapping inside long prompts
        preexec_fn=default_sigint,
    )


def answer(child: pexpect.spawn, prompt: str, text: str) -> None:
    """Wait for `prompt`, then type `text` and Enter."""
    child.expect_exact(prompt)
    child.sendline(text)


def interrupt_at(child: pexpect.spawn, prompt: str) -> None:
    """Wait for `prompt`, then until the child waits for a key, then press Ctrl-C.

    Python's line editing sees a Ctrl-C only while it waits for a key: one that lands between
    the prompt being shown and that wait is noticed at the next key, which never comes. Where
    the system shows what a process waits in (/proc/PID/wchan on Linux), the key is pressed only
    once it waits for input (select or poll); the bound is one only a hang reaches.
    """
    child.expect_exact(prompt)
    wchan = Path(f"/proc/{child.pid}/wchan")
    deadline = time.monotonic() + TIMEOUT
    while wchan.exists() and time.monotonic() < deadline:
        waiting = wchan.read_text(encoding="ascii", errors="replace")
        if "poll" in waiting or "select" in waiting:
            break
        time.sleep(0.01)
    child.sendintr()


def type_interview(child: pexpect.spawn) -> None:
    """Answer every question of the interview about Amélie, as a person would type it."""
    answer(child, "Your full name", "Mei-Ling Zhou")
    answer(child, "Your email", "meiling.zhou@example")  # no dot in the domain
    child.expect_exact("not an email address")
    answer(child, "Your email", "meiling.zhou@example.net")
    answer(child, "Your phone", "")
    answer(child, "Company", "Brightline Health")
    answer(child, "Role you interviewed for", "Product Designer")
    answer(child, "Interview date", "the 24th")
    child.expect_exact("is not a date")
    answer(child, "Interview date", "yesterday")
    answer(child, "Format", "panel")
    answer(child, "Stage", "")
    answer(child, "Their full name", "Amélie Dubois-Lefèvre")
    answer(child, "Their job title", "Head of Design")
    answer(child, "Their email", "amelie.dubois-lefevre@brightline.example")
    answer(child, "How should the letter address them", "Amélie")
    child.expect_exact("What did you talk about")
    answer(child, "  > ", "the redesign of the patient onboarding flow")
    answer(child, "  > ", "")
    child.expect_exact("Only if it is true")
    answer(child, "  > ", "she just adopted a rescue greyhound")
    answer(child, "  > ", "")
    answer(child, "Add another interviewer?", "no")
    child.expect_exact("Qualifications to remind them of")
    answer(child, "  > ", "five years designing clinical software")
    answer(child, "  > ", "")
    child.expect_exact("Your strongest points: what you did")
    answer(child, "  > ", "led usability studies with forty nurses")
    answer(child, "  > ", "")
    answer(child, "What would you bring", "research-led design")
    answer(child, "Anything to clarify", "")
    answer(child, "Next steps they gave you", "a decision next week")
    answer(child, "other roles there?", "no")
    answer(child, "Tone", "")
    answer(child, "Send it as", "")
    child.expect_exact("Here is what you told me")
    child.expect_exact("name: Amélie Dubois-Lefèvre")
    answer(child, "Change", "")


def test_a_whole_interview_typed_at_the_terminal(tmp_path: Path) -> None:
    child = spawn(["--backend", "offline", "--today", TODAY.isoformat()], tmp_path)
    try:
        type_interview(child)
        child.expect_exact("Saved your notes to")
        answer(child, CHOICES, "a")  # the review: accept the letter as composed
        child.expect(pexpect.EOF)
        transcript = child.before
    finally:
        child.close(force=True)
    assert child.exitstatus == 0, transcript

    yesterday = TODAY - dt.timedelta(days=1)
    saved = tmp_path / f"brightline-health-{yesterday.isoformat()}.json"
    notes = load_notes(saved)
    assert notes.interviewers[0].name == "Amélie Dubois-Lefèvre"
    assert notes.interviewers[0].rapport == ["she just adopted a rescue greyhound"]
    assert notes.interview.date == yesterday
    assert notes.interview.format == "panel"
    # The letter, composed after the notes were saved, addressed as asked.
    letter = transcript.split("Subject: ", 1)[1]
    assert "Amélie," in letter
    assert "Mei-Ling Zhou" in letter
    assert "Letter to Amélie Dubois-Lefèvre: passes every rule" in transcript


@pytest.fixture(params=["default", "ignored"])
def runner_sigint(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run the test as if pytest had been started with SIGINT at its default, and with SIGINT
    ignored (a background job), which every child would inherit."""
    before = signal.getsignal(signal.SIGINT)
    if request.param == "ignored":
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield request.param
    finally:
        signal.signal(signal.SIGINT, before)


def test_ctrl_c_at_the_terminal_keeps_the_answers(tmp_path: Path, runner_sigint: str) -> None:
    child = spawn(["--backend", "offline", "--save", "notes.json"], tmp_path)
    try:
        answer(child, "Your full name", "Mei-Ling Zhou")
        answer(child, "Your email", "")
        answer(child, "Your phone", "")
        answer(child, "Company", "Brightline Health")
        interrupt_at(child, "Role you interviewed for")
        child.expect_exact("Saved what you typed so far to notes.partial.json")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 130
    data = json.loads((tmp_path / "notes.partial.json").read_text(encoding="utf-8"))
    assert data == {
        "candidate": {"name": "Mei-Ling Zhou", "email": None, "phone": None},
        "company": "Brightline Health",
    }
    assert not (tmp_path / "notes.json").exists()


def test_review_off_with_no_review(tmp_path: Path) -> None:
    args = ["--backend", "offline", "--today", TODAY.isoformat(), "--no-review"]
    child = spawn(args, tmp_path)
    try:
        type_interview(child)
        child.expect_exact("Saved your notes to")
        child.expect(pexpect.EOF)
        transcript = child.before
    finally:
        child.close(force=True)
    assert child.exitstatus == 0, transcript
    assert "[a]ccept" not in transcript and "Amélie Dubois-Lefèvre: passes every rule" in transcript
    assert not list(tmp_path.glob("*.drafts"))


# An editor as a script, changing words as a person would: the first time "five" becomes "5"
# (a number the notes do not have), the second time that is undone and "Warm" becomes "Kind".
EDITOR_SCRIPT = """\
import pathlib, sys
path = pathlib.Path(sys.argv[1])
text = path.read_text(encoding="utf-8")
if "five years" in text:
    text = text.replace("five years", "5 years", 1)
else:
    text = text.replace("5 years", "five years", 1).replace("Warm regards", "Kind regards", 1)
path.write_text(text, encoding="utf-8")
"""


def test_review_revise_then_edit_then_accept_keeps_every_draft(tmp_path: Path) -> None:
    editor = tmp_path / "editor.py"
    editor.write_text(EDITOR_SCRIPT, encoding="utf-8")
    args = ["--backend", "offline", "--today", TODAY.isoformat(), "--save", "notes.json"]
    child = spawn([*args, "--out", "letters/"], tmp_path, EDITOR=f"{sys.executable} {editor}")
    try:
        type_interview(child)
        child.expect_exact("Saved your notes to notes.json")
        child.expect_exact("rescue greyhound")  # the composed letter has the personal line
        answer(child, CHOICES, 'r "drop the personal line"')
        child.expect_exact("Revising: drop the personal line")
        child.expect_exact("Changed:")
        answer(child, CHOICES, "e")
        child.expect_exact("[-five-]{+5+}")  # the edit, word by word (no colour: NO_COLOR)
        child.expect_exact("error [grounding]")  # checked again: 5 is in no note
        child.expect_exact('"5"')
        answer(child, "Edit again? [y/N]", "y")
        child.expect_exact("[-5-]{+five+}")
        child.expect_exact("[-Warm-]{+Kind+}")
        child.expect_exact("passes every rule")
        answer(child, "Edit again? [y/N]", "")
        answer(child, CHOICES, "a")
        child.expect_exact("Wrote letters/")
        child.expect(pexpect.EOF)
        transcript = child.before
    finally:
        child.close(force=True)
    assert child.exitstatus == 0, transcript

    [written] = (tmp_path / "letters").iterdir()
    letter = written.read_text(encoding="utf-8")
    assert "Kind regards," in letter and "five years" in letter  # the hand edits
    assert "greyhound" not in letter  # the revision
    assert letter.startswith("Subject: ") and "Amélie," in letter

    drafts = tmp_path / "notes.drafts"
    kept = sorted(p.name for p in drafts.iterdir())
    stem = "amelie-dubois-lefevre"
    assert kept == [f"{stem}-draft-{n}.txt" for n in (1, 2, 3, 4)]
    composed, revised, edited, edited_again = (
        (drafts / name).read_text(encoding="utf-8") for name in kept
    )
    assert "greyhound" in composed and "Warm regards," in composed
    assert "greyhound" not in revised and "five years" in revised
    assert edited == revised.replace("five years", "5 years", 1)
    assert edited_again == revised.replace("Warm regards", "Kind regards", 1)
    assert edited_again.strip() == letter.strip()


def test_ctrl_c_in_the_review_keeps_the_draft_shown(tmp_path: Path, runner_sigint: str) -> None:
    args = ["--backend", "offline", "--today", TODAY.isoformat(), "--save", "notes.json"]
    child = spawn(args, tmp_path)
    try:
        type_interview(child)
        interrupt_at(child, CHOICES)
        child.expect_exact("Every draft you saw is in notes.drafts")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 130
    [draft] = (tmp_path / "notes.drafts").iterdir()
    assert "Amélie," in draft.read_text(encoding="utf-8")
    assert (tmp_path / "notes.json").exists()


def test_compose_review_writes_only_the_accepted_letters(tmp_path: Path) -> None:
    notes = Path(__file__).resolve().parent.parent / "examples" / "panel_three.json"
    (tmp_path / "panel.json").write_bytes(notes.read_bytes())
    args = ["panel.json", "--review", "--backend", "offline", "--out", "out/"]
    child = spawn([*args, "--today", TODAY.isoformat()], tmp_path, command="compose")
    try:
        child.expect_exact("Letter 1 of 3: to Amélie Dubois-Lefèvre")
        answer(child, CHOICES, "s")
        child.expect_exact("Letter 2 of 3: to Kjetil Ølstad")
        answer(child, CHOICES, "what?")
        child.expect_exact('Type a to accept, r "what to change" to revise')
        answer(child, CHOICES, "r")
        answer(child, "What should change?", "more formal")
        child.expect_exact("Changed:")
        answer(child, CHOICES, "a")
        child.expect_exact("Letter 3 of 3: to Chinedu Okafor")
        answer(child, CHOICES, "s")
        child.expect(pexpect.EOF)
        transcript = child.before
    finally:
        child.close(force=True)
    assert child.exitstatus == 0, transcript
    [written] = (tmp_path / "out").iterdir()
    assert written.name == "kjetil-olstad.txt"
    letter = written.read_text(encoding="utf-8")
    assert "\nSincerely,\nMei-Ling Zhou\n" in letter  # the formal sign-off
    assert "Dear Kjetil," in letter
    drafts = sorted(p.name for p in (tmp_path / "panel.drafts").iterdir())
    assert drafts == [
        "amelie-dubois-lefevre-draft-1.txt",
        "chinedu-okafor-draft-1.txt",
        "kjetil-olstad-draft-1.txt",
        "kjetil-olstad-draft-2.txt",
    ]
    second = (tmp_path / "panel.drafts" / "kjetil-olstad-draft-2.txt").read_text(encoding="utf-8")
    assert second.strip() == letter.strip()
