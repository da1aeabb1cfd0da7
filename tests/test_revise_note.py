"""`revise` of a LinkedIn note: offline through the note writer, with a model through the loop;
either way the note stays within its character limit."""

from __future__ import annotations

from pathlib import Path

import openai
import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from composer.cli import app
from composer.errors import NeedsModelError
from composer.models import Notes, with_channel
from composer.notes_file import load_notes
from composer.revise import revise
from composer.rules import check_letter
from tests.fakes import MODEL, answer_in_turn
from tests.test_linkedin_model import NOTE_195, NOTE_201

TODAY = "2026-11-25"
KEY = "sk-test-revise-note-0123456789"

# Hand-written notes for examples/linkedin_note.json, to Elena Marsh.
ELENA_FULL = (
    "Hi Elena,\n"
    "Thank you for talking with me yesterday about the Marketing Coordinator role at Fernway "
    "Books. I really enjoyed our talk about the spring author tour. Hope to talk again soon.\n"
    "Noor Haddad"
)
ELENA_SHORT = (
    "Hi Elena,\nThanks for our chat about the Marketing Coordinator role at Fernway Books and "
    "the spring author tour. Hope to talk again soon.\nNoor Haddad"
)


@pytest.fixture
def note_notes(examples_dir: Path) -> Notes:
    return load_notes(examples_dir / "linkedin_note.json")


def chars(text: str) -> int:
    return len(text.strip())


def test_the_hand_written_notes_pass_the_rules(note_notes: Notes) -> None:
    for text in (ELENA_FULL, ELENA_SHORT):
        report = check_letter(text, note_notes, to="Elena Marsh")
        assert report.ok, report.violations
        assert report.characters == chars(text) <= 200


@pytest.mark.parametrize("instruction", ["shorter", "concise", "make it shorter"])
def test_offline_shorter_writes_a_shorter_note(note_notes: Notes, instruction: str) -> None:
    revised = revise(ELENA_FULL, note_notes, instruction, today=None)
    assert revised.ok, revised.report.violations
    assert revised.report.characters is not None
    assert revised.report.characters < chars(ELENA_FULL)
    # about a fifth shorter at most, never below the channel's floor
    assert revised.report.characters <= chars(ELENA_FULL) - chars(ELENA_FULL) // 5
    assert revised.text.splitlines()[0] == "Hi Elena," and revised.text.endswith("Noor Haddad")


def test_offline_longer_stays_within_the_limit(note_notes: Notes) -> None:
    revised = revise(ELENA_SHORT, note_notes, "longer")
    assert revised.ok
    assert chars(ELENA_SHORT) < chars(revised.text) <= 200
    premium = with_channel(note_notes, max_chars=300)
    roomy = revise(ELENA_SHORT, premium, "longer")
    assert chars(ELENA_SHORT) < chars(roomy.text) <= 300


def test_offline_longer_at_the_limit_says_why_not(note_notes: Notes) -> None:
    # "longer" again and again: each note longer than the last, until none fits in 200
    text = ELENA_SHORT
    for _ in range(20):
        try:
            text_after = revise(text, note_notes, "longer").text
        except NeedsModelError as exc:
            said = str(exc)
            assert "already the longest" in said or "cannot be longer" in said
            assert "200" in said and "max_chars" in said
            break
        assert chars(text) < chars(text_after) <= 200
        text = text_after
    else:
        pytest.fail("the offline writer kept finding longer notes")
    at_limit = ELENA_FULL.replace("Hope to talk again soon", "Hope to talk with you soon")
    assert chars(at_limit) == 200
    with pytest.raises(NeedsModelError, match=r"cannot be longer.*max_chars"):
        revise(at_limit, note_notes, "longer")


def test_offline_more_formal_and_mention_a_highlight(note_notes: Notes) -> None:
    formal = revise(ELENA_FULL, note_notes, "more formal")
    assert formal.ok and formal.text.startswith("Dear Elena,") and chars(formal.text) <= 200
    mention = revise(ELENA_FULL, note_notes, "mention grew a newsletter")
    assert mention.ok and chars(mention.text) <= 200
    assert "grew a newsletter from 2,000 to 9,000 readers" in mention.text


def test_offline_mention_without_room_is_a_clear_message(note_notes: Notes) -> None:
    with pytest.raises(NeedsModelError, match="no room for it in this note"):
        revise(ELENA_FULL, note_notes, "mention the Tana French novel")


def test_cli_revise_with_channel_linkedin_reports_characters(
    tmp_path: Path, examples_dir: Path
) -> None:
    letter = tmp_path / "note.txt"
    letter.write_text(NOTE_195 + "\n", encoding="utf-8")
    notes = str(examples_dir / "warm_email.json")
    args = ["revise", str(letter), "--notes", notes, "--backend", "offline", "--today", TODAY]
    result = CliRunner().invoke(app, [*args, "--channel", "linkedin", "more formal"])
    assert result.exit_code == 0, result.stderr
    assert chars(result.stdout) <= 200 and result.stdout.startswith("Dear Ms. Whitfield,")
    assert f"{chars(result.stdout)} characters)" in result.stderr
    # the offline writer has no note of this reader as short as asked: said, not a traceback
    shorter = CliRunner().invoke(app, [*args, "--channel", "linkedin", "shorter"])
    assert shorter.exit_code == 2 and "Traceback" not in shorter.stderr
    assert f"no fewer than this one ({chars(NOTE_195)})" in shorter.stderr
    # a longer note on a Premium account
    longer = CliRunner().invoke(
        app, [*args, "--channel", "linkedin", "--max-chars", "300", "longer"]
    )
    assert longer.exit_code == 0, longer.stderr
    assert chars(NOTE_195) < chars(longer.stdout) <= 300


def test_with_a_model_a_longer_note_over_the_limit_is_sent_back(
    httpserver: HTTPServer, warm_notes: Notes
) -> None:
    bodies = answer_in_turn(httpserver, [NOTE_201, NOTE_195])
    client = openai.OpenAI(api_key=KEY, base_url=httpserver.url_for("/v1"), timeout=5)
    notes = with_channel(warm_notes, "linkedin")
    start = NOTE_195.replace(" I enjoyed our talk about moving batch jobs to streaming.", "")
    revised = revise(start, notes, "longer", client=client, model=MODEL)
    assert revised.ok and revised.text == NOTE_195 and revised.attempts == 2
    ask = bodies[0]["messages"][1]["content"]
    assert "longer" in ask and "never more than 200" in ask and "hard bounds" in ask
    reask = bodies[1]["messages"][3]["content"]
    assert "[length]" in reask and "201 characters" in reask
    assert not httpserver.handler_errors
