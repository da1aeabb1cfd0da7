"""prompts/: loading, filling by name, edited copies, and the re-ask conversation."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from composer.backends.base import DraftRequest
from composer.errors import InputError, PromptError
from composer.models import Notes
from composer.notes_file import load_notes
from composer.offline import OfflineBackend
from composer.prompting import (
    PROMPT_FILES,
    SPELLINGS,
    PromptTemplate,
    default_prompt_dir,
    load_prompts,
)
from composer.rules import check_letter
from composer.rules.proofread import DIALECTS
from composer.rules.report import Violation

ROOT = Path(__file__).resolve().parent.parent
KESTREL = ROOT / "tests" / "corpus" / "notes" / "kestrel_letter.json"


def user_message(notes: Notes, dialect: str | None = None) -> str:
    """The first-draft request for the letter to the first interviewer."""
    request = DraftRequest(notes, notes.interviewers[0], dialect=dialect)
    return load_prompts().messages(request)[1]["content"]


@pytest.fixture
def prompt_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "my-prompts"
    folder.mkdir()
    for name in PROMPT_FILES:
        shutil.copy(ROOT / "prompts" / name, folder / name)
    return folder


def test_shipped_prompts_load_and_fill_every_fact(warm_notes: Notes) -> None:
    prompts = load_prompts()
    person = warm_notes.interviewers[0]
    messages = prompts.messages(DraftRequest(warm_notes, person))
    assert [m["role"] for m in messages] == ["system", "user"]
    user = messages[1]["content"]
    for fact in (
        warm_notes.company,
        warm_notes.role,
        warm_notes.candidate.name,
        person.name,
        "Ms. Whitfield",
        "moving the nightly batch jobs to streaming",
        "she is flying to Lisbon next week",
        "cut warehouse costs by 40% at Contoso",
        "a decision by December 5",
        "2026-11-24, a Tuesday",  # the weekday, which `grounding` checks
    ):
        assert fact in user
    assert "{{" not in user and "{{" not in messages[0]["content"]


def test_system_instructions_are_compact() -> None:
    prompts = load_prompts()
    assert len(prompts.system.text) < 3000


def test_the_editable_checkout_falls_back_to_the_repository_prompts() -> None:
    folder = default_prompt_dir()
    assert folder.joinpath("system.md").is_file()


def test_reask_sends_only_the_last_draft_and_numbered_violations(warm_notes: Notes) -> None:
    prompts = load_prompts()
    violations = (
        Violation("grounding", "error", "invents a city", quote="Porto", fix="remove Porto"),
        Violation("length", "error", "too short: 40 words"),
    )
    request = DraftRequest(
        warm_notes,
        warm_notes.interviewers[0],
        attempt=3,
        previous="Dear Ms. Whitfield, draft two",
        violations=violations,
    )
    messages = prompts.messages(request)
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert messages[2]["content"] == "Dear Ms. Whitfield, draft two"
    reask = messages[3]["content"]
    assert "1. [grounding] invents a city" in reask
    assert '"Porto"' in reask and "remove Porto" in reask
    assert "2. [length] too short: 40 words" in reask
    assert "attempt 2" in reask
    # A second call gives equal, independent lists: nothing is shared or mutated.
    again = prompts.messages(request)
    assert again == messages and again is not messages
    again[0]["content"] = "changed"
    assert prompts.messages(request)[0]["content"] != "changed"


def test_values_with_braces_are_inserted_literally() -> None:
    template = PromptTemplate.parse("request.md", "request.md", "Company: {{company}}, {{role}}")
    filled = template.fill({"company": '{"a": {{role}}}', "role": "$5 {{x}}"})
    assert filled == 'Company: {"a": {{role}}}, $5 {{x}}'


def test_a_missing_value_names_the_file_and_placeholder() -> None:
    template = PromptTemplate.parse("request.md", "/p/request.md", "To {{interviewer_name}}")
    with pytest.raises(PromptError, match=r"/p/request.md.*\{\{interviewer_name\}\}"):
        template.fill({"company": "x"})


def test_unknown_placeholder_in_an_edited_copy_is_an_error(
    prompt_copy: Path, warm_notes: Notes
) -> None:
    path = prompt_copy / "request.md"
    path.write_text(path.read_text() + "\nFavourite colour: {{colour}}\n", encoding="utf-8")
    pattern = r"request\.md, line \d+: unknown placeholder \{\{colour\}\}"
    with pytest.raises(PromptError, match=pattern):
        load_prompts(prompt_copy)


def test_malformed_placeholder_is_an_error(prompt_copy: Path) -> None:
    (prompt_copy / "reask.md").write_text("Fix {{ the violations }}", encoding="utf-8")
    with pytest.raises(PromptError, match=r"reask\.md, line 1"):
        load_prompts(prompt_copy)


def test_edited_copies_are_used(prompt_copy: Path, warm_notes: Notes) -> None:
    (prompt_copy / "system.md").write_text("Be brief. Write to {{interviewer_name}}.\n")
    prompts = load_prompts(prompt_copy)
    messages = prompts.messages(DraftRequest(warm_notes, warm_notes.interviewers[0]))
    assert messages[0]["content"] == "Be brief. Write to Dana Whitfield."


@pytest.mark.parametrize("missing", PROMPT_FILES)
def test_a_missing_file_in_the_prompt_dir_is_a_clear_error(prompt_copy: Path, missing: str) -> None:
    (prompt_copy / missing).unlink()
    with pytest.raises(PromptError, match=re.escape(f"{missing}: prompt file not found")):
        load_prompts(prompt_copy)


def test_a_missing_prompt_dir_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PromptError, match="no such folder"):
        load_prompts(tmp_path / "nope")


def test_an_empty_or_binary_prompt_file_is_an_error(prompt_copy: Path) -> None:
    (prompt_copy / "system.md").write_text("  \n")
    with pytest.raises(PromptError, match="empty"):
        load_prompts(prompt_copy)
    (prompt_copy / "system.md").write_bytes(b"\xff\xfe bad")
    with pytest.raises(PromptError, match="not UTF-8"):
        load_prompts(prompt_copy)


def test_the_address_is_given_line_by_line_and_never_left_blank(warm_notes: Notes) -> None:
    assert "- Candidate address, one line each:\n  - not given\n" in user_message(warm_notes)
    candidate = warm_notes.candidate.model_copy(update={"address": "12 Elm Row, Leeds, LS1 4AB"})
    notes = warm_notes.model_copy(update={"candidate": candidate})
    assert "one line each:\n  - 12 Elm Row\n  - Leeds\n  - LS1 4AB\n" in user_message(notes)


def test_a_printed_letter_is_asked_for_with_the_letterhead_the_rules_accept() -> None:
    notes = load_notes(KESTREL)
    assert notes.channel == "letter" and notes.candidate.address
    offline = OfflineBackend().draft(DraftRequest(notes, notes.interviewers[0])).text
    assert check_letter(offline, notes).ok
    letterhead = offline.split("\n\nDear ", 1)[0].splitlines()
    assert "19 November 2026" in letterhead  # the day after the interview
    user = user_message(notes)
    assert "No subject line" in user and "letterhead" in user
    # Every line the offline composer puts in its letterhead is given to the model.
    for line in filter(None, letterhead):
        assert line in user, line
    system = load_prompts().messages(DraftRequest(notes, notes.interviewers[0]))[0]["content"]
    assert "letterhead built only from" in system


def test_an_email_is_asked_for_with_a_subject_line_and_no_letterhead(warm_notes: Notes) -> None:
    user = user_message(warm_notes)
    assert 'Start with a line "Subject: ..."' in user
    assert "letterhead" not in user and "November 2026" not in user


def test_the_chosen_spelling_is_asked_for(warm_notes: Notes) -> None:
    assert "Either American or British spelling is fine" in user_message(warm_notes)
    for given in ("british", "en-GB", " UK "):
        user = user_message(warm_notes, given)
        assert "Use British spelling (organise, colour)." in user, given
        assert "Either American" not in user
    assert "Use American spelling" in user_message(warm_notes, "us")
    assert set(SPELLINGS) == set(DIALECTS)
    with pytest.raises(InputError, match="klingon"):
        user_message(warm_notes, "klingon")


def test_a_request_without_the_new_values_is_an_error() -> None:
    template = PromptTemplate.parse(
        "request.md", "request.md", "{{spelling}} {{candidate_address}}"
    )
    with pytest.raises(PromptError, match=r"\{\{candidate_address\}\}"):
        template.fill({"spelling": "Use British spelling."})
