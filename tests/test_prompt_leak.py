"""`leak` knows the prompts in use: a letter that repeats any of their sentences (system, request,
re-ask; a user's own copies too) is not ready, while the example wordings the prompts quote
(what a letter may say) stay allowed."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from composer.backends.base import Draft, DraftRequest
from composer.cli import app
from composer.compose import compose
from composer.models import Notes
from composer.prompting import PROMPT_FILES, default_prompt_dir, load_prompts
from composer.rules import check_letter
from tests.conftest import EXAMPLES
from tests.test_model_compose import GOOD

SHIPPED = load_prompts()
TEXTS = (SHIPPED.system.text, SHIPPED.request.text, SHIPPED.reask.text)
CLOSING = "I hope your flight to Lisbon next week goes smoothly."

# A paragraph of prompts/system.md as the file wraps it, pasted into the letter by a model.
SYSTEM_PARAGRAPH = """Bring back one or two points from this reader's conversation and tie them to
the candidate's qualifications, highlights or contribution."""


def with_inserted(extra: str) -> str:
    return GOOD.replace(CLOSING, f"{CLOSING}\n\n{extra}")


def leaks(text: str, notes: Notes, prompts: tuple[str, ...] = TEXTS) -> list[str]:
    report = check_letter(text, notes, to="Dana Whitfield", prompts=prompts)
    return [v.message for v in report.errors if v.rule == "leak"]


def test_a_paragraph_of_the_system_prompt_is_a_leak(warm_notes: Notes) -> None:
    assert leaks(GOOD, warm_notes) == []
    found = leaks(with_inserted(SYSTEM_PARAGRAPH), warm_notes)
    assert len(found) == 1  # one finding for the paragraph's first sentence line
    assert "instructions given to the model" in found[0]
    assert "Bring back one or two points from this reader's conversation" in found[0]


def test_sentences_of_the_request_and_the_reask_are_leaks(warm_notes: Notes) -> None:
    request = "Personal details they shared (use at most one, only as written here):"
    reask = "Rewrite the whole letter and fix every item above."
    assert leaks(with_inserted(request), warm_notes)
    assert leaks(with_inserted(reask), warm_notes)
    # a sentence in other words is the letter's own business
    assert leaks(with_inserted("I will rewrite my notes on the whole project."), warm_notes) == []


def test_the_example_wordings_the_prompts_quote_are_not_leaks(warm_notes: Notes) -> None:
    # system.md quotes "I hope your trip goes well" as a way to use a personal detail
    assert (
        leaks(with_inserted("I hope your trip goes well, and thank you again."), warm_notes) == []
    )


def test_without_the_prompts_only_the_general_patterns_apply(warm_notes: Notes) -> None:
    assert leaks(with_inserted(SYSTEM_PARAGRAPH), warm_notes, prompts=()) == []


class Writes:
    name = "fixed"
    deterministic = False

    def __init__(self, text: str) -> None:
        self.text = text

    def draft(self, request: DraftRequest) -> Draft:
        return Draft(self.text)

    def use_prompts(self, prompts: object) -> None:
        """No prompts: the draft is fixed."""


def test_compose_checks_against_a_users_own_prompts(warm_notes: Notes, tmp_path: Path) -> None:
    folder = tmp_path / "prompts"
    folder.mkdir()
    for name in PROMPT_FILES:
        shutil.copy(Path(str(default_prompt_dir())) / name, folder / name)
    own = "Mention the candidate's volunteer work with the harbour rowing club every time."
    with (folder / "system.md").open("a", encoding="utf-8") as handle:
        handle.write(f"\n{own}\n")
    text = with_inserted(own)
    [shipped] = compose(warm_notes, backend=Writes(text), max_attempts=1)
    assert shipped.ok  # the shipped prompts do not hold that sentence
    [custom] = compose(warm_notes, backend=Writes(text), max_attempts=1, prompt_dir=folder)
    assert not custom.ok
    assert [v.rule for v in custom.report.errors] == ["leak"]


def test_check_command_knows_the_shipped_prompts(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(with_inserted(SYSTEM_PARAGRAPH), encoding="utf-8")
    notes = str(EXAMPLES / "warm_email.json")
    result = CliRunner().invoke(app, ["check", str(letter), "--notes", notes, "--no-proofread"])
    assert result.exit_code == 1
    assert "[leak]" in result.stdout + result.stderr
    assert "instructions given to the model" in result.stdout + result.stderr
