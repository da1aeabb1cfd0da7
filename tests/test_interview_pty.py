"""`thankyou interview` in a real pseudo-terminal: typed answers, letters out, notes saved."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from composer.notes_file import load_notes

pexpect = pytest.importorskip("pexpect")

pytestmark = pytest.mark.slow

TODAY = dt.date(2026, 11, 25)
TIMEOUT = 30  # seconds per expected prompt; the whole run takes about a second


def _default_sigint() -> None:
    """In the child before exec: Ctrl-C interrupts, whatever disposition pytest was started with.
    A runner started in the background (or by some CI wrappers) ignores SIGINT, the child would
    inherit that, and Python installs no KeyboardInterrupt handler for an ignored signal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def spawn(args: list[str], cwd: Path) -> pexpect.spawn:
    """`python -m composer interview ARGS` in a terminal of its own, with no model service."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "THANKYOU_"))}
    env.update({"TERM": "dumb", "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"})
    return pexpect.spawn(
        sys.executable,
        ["-m", "composer", "interview", *args],
        cwd=str(cwd),
        env=env,
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(40, 400),  # wide: no line wrapping inside long prompts
        preexec_fn=_default_sigint,
    )


def answer(child: pexpect.spawn, prompt: str, text: str) -> None:
    """Wait for `prompt`, then type `text` and Enter."""
    child.expect_exact(prompt)
    child.sendline(text)


def test_a_whole_interview_typed_at_the_terminal(tmp_path: Path) -> None:
    child = spawn(["--backend", "offline", "--today", TODAY.isoformat()], tmp_path)
    try:
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
        child.expect_exact("Your strongest points")
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
        child.expect_exact("Saved your notes to")
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
    assert "Letter to Amélie Dubois-Lefèvre: ready to send" in transcript


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
        child.expect_exact("Role you interviewed for")
        child.sendintr()
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
