"""Control characters, NUL and bidirectional overrides: refused in notes with a message that
names them by code point, never echoed raw to the terminal, and dropped from a model's draft."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer.backends.base import Draft, DraftRequest
from composer.cli import app
from composer.compose import compose
from composer.errors import NotesError
from composer.models import Notes
from composer.notes_file import parse_notes
from tests.conftest import EXAMPLES
from tests.test_model_compose import GOOD

RAW = ["\x00", "\x1b", "\x07", "\x85", "\u202e", "\u2066"]


def notes_with(**changes: object) -> bytes:
    data = json.loads((EXAMPLES / "warm_email.json").read_text(encoding="utf-8"))
    data.update(changes)
    return json.dumps(data).encode("utf-8")


@pytest.mark.parametrize("char", RAW, ids=[f"U+{ord(c):04X}" for c in RAW])
def test_notes_with_an_unsafe_character_are_refused_by_code_point(
    tmp_path: Path, char: str
) -> None:
    path = tmp_path / "notes.json"
    path.write_bytes(notes_with(contribution=f"a plan{char} that keeps the reports running"))
    result = CliRunner().invoke(app, ["compose", str(path)])
    assert result.exit_code == 2
    assert "contribution: contains" in result.stderr
    assert f"(U+{ord(char):04X}) at character 7" in result.stderr
    assert char not in result.stderr and result.stdout == ""


def test_unsafe_characters_in_names_lists_and_nested_fields_are_refused() -> None:
    data = json.loads(notes_with(company="Northwind\u202e Analytics"))
    data["interviewers"][0]["topics"] = ["streaming\x1b[2J jobs"]
    with pytest.raises(NotesError) as caught:
        parse_notes(json.dumps(data).encode(), "notes.json")
    assert "company: contains a bidirectional override (U+202E)" in str(caught.value)
    assert "interviewers[0].topics: contains a control character (U+001B)" in str(caught.value)


def test_line_breaks_and_tabs_are_still_plain_white_space() -> None:
    data = json.loads(notes_with())
    data["candidate"]["address"] = "14 Harbour View\r\nDun Laoghaire\tIreland"
    notes = parse_notes(json.dumps(data).encode(), "notes.json")
    assert notes.candidate.address_lines() == ["14 Harbour View", "Dun Laoghaire\tIreland"]


def test_an_unknown_key_with_an_escape_code_is_not_echoed_raw(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    data = json.loads(notes_with())
    data["\x1b[31mred\u202e"] = "x"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(app, ["compose", str(path)])
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert "red" in result.stderr


class Writes:
    name = "fixed"
    deterministic = False

    def __init__(self, text: str) -> None:
        self.text = text

    def draft(self, request: DraftRequest) -> Draft:
        return Draft(self.text)

    def use_prompts(self, prompts: object) -> None:
        """No prompts: the draft is fixed."""


def test_a_draft_loses_escape_codes_and_bidi_overrides(warm_notes: Notes) -> None:
    dirty = GOOD.replace("Dear Ms. Whitfield,", "Dear Ms.\x1b Whitfield,\u202e\x00")
    [letter] = compose(warm_notes, backend=Writes(dirty))
    assert "Dear Ms. Whitfield," in letter.text
    assert not any(c in letter.text for c in "\x1b\u202e\x00")
