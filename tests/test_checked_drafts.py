"""A draft the backend checked itself (the offline writer checks every wording it tries) is not
checked again by compose, unless compose would check it otherwise: with the prompts' sentences
in it, proofreading, a dialect, or text that compose cleaned."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from composer.backends.base import BackendBase, Draft, DraftRequest
from composer.compose import compose, prompt_texts
from composer.notes_file import load_notes
from composer.offline import OfflineBackend
from composer.rules import check_letter
from composer.rules.report import Report, Violation

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
MARK = Violation("tone", "warning", "the backend's own report")


@dataclass
class Checked(BackendBase):
    """Drafts `text` and hands over a report of its own (marked, so its use can be seen)."""

    text: str
    deterministic: bool = True
    name: str = "checked"

    def draft(self, request: DraftRequest) -> Draft:
        own = Report(to=request.interviewer.name, words=1, violations=(MARK,))
        return Draft(text=self.text, checked=own)


def test_offline_letters_carry_the_report_a_full_check_gives() -> None:
    notes = load_notes(EXAMPLES / "panel_three.json")
    backend = OfflineBackend()
    letters = compose(notes, backend=backend)
    prompts = prompt_texts(backend, None)
    for letter in letters:
        alone = check_letter(letter.text, notes, to=letter.to, prompts=prompts)
        # compose adds the panel's `unique` findings and drops warnings a notice explains
        assert {v for v in alone.violations if v.severity == "error"} == set(letter.report.errors)
        assert letter.report.words == alone.words


def test_the_backends_report_is_used_for_its_own_text() -> None:
    notes = load_notes(EXAMPLES / "warm_email.json")
    text = compose(notes)[0].text
    [letter] = compose(notes, backend=Checked(text))
    assert MARK in letter.report.violations


def test_a_draft_repeating_a_prompt_sentence_is_checked_again() -> None:
    notes = load_notes(EXAMPLES / "warm_email.json")
    text = compose(notes)[0].text
    backend = Checked(text)
    system = prompt_texts(backend, None)[0]
    sentence = next(line for line in system.splitlines() if len(line.split()) > 8)
    leaky = text.replace("\n\n", f"\n\n{sentence}\n\n", 1)
    [letter] = compose(notes, backend=Checked(leaky))
    assert MARK not in letter.report.violations
    assert any(v.rule == "leak" for v in letter.report.errors)


def test_text_that_compose_cleaned_is_checked_again() -> None:
    notes = load_notes(EXAMPLES / "warm_email.json")
    text = compose(notes)[0].text
    [letter] = compose(notes, backend=Checked(text + "\n\n"))  # stripped by compose
    assert MARK not in letter.report.violations
