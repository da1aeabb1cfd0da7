"""Notes files: the exact messages, limits and saved text that small slips in the code would change.

Each test here pins behaviour that a surviving mutant of composer/notes_file.py showed no other
test held: a message's wording, a limit's edge, the saved JSON's layout.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from composer.errors import NotesError
from composer.example import EXAMPLE_NOTES
from composer.files import FileExists
from composer.models import Notes
from composer.notes_file import (
    MAX_BYTES,
    draft_json,
    load_notes,
    load_prefill,
    notes_from_data,
    notes_json,
    parse_notes,
    save_new,
)

CLOSING = "Run `thankyou schema` for the expected shape, or `thankyou init` for an example."


def _notes() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(EXAMPLE_NOTES))
    return data


def _message(data: dict[str, Any]) -> list[str]:
    with pytest.raises(NotesError) as caught:
        parse_notes(json.dumps(data), "notes.json")
    return str(caught.value).splitlines()


# -- messages --------------------------------------------------------------------------------------


def test_a_validation_message_ends_with_where_to_look() -> None:
    data = _notes()
    data["role"] = 7
    assert _message(data) == [
        "notes.json: 1 problem(s) in the notes:",
        "  role: expected a string, got 7",
        CLOSING,
    ]


def test_a_problem_without_a_message_of_ours_keeps_the_models_own_words() -> None:
    data = _notes()
    data["interview"]["date"] = "9999-12-31"
    assert _message(data)[1] == (
        "  interview.date: 9999-12-31 is the last day a calendar holds, so there is no day after"
        " it to send the letter; check the year"
    )


def test_an_email_reason_keeps_its_own_colon() -> None:
    data = _notes()
    data["candidate"]["email"] = "priya@exa mple.com"
    line = _message(data)[1]
    assert line.startswith("  candidate.email: 'priya@exa mple.com' is not a valid email address (")
    # only the validator's prefix ("value is not a valid email address: ") is cut, not the
    # reason's own "characters: SPACE"
    assert line.endswith("invalid characters: SPACE.)")


def test_a_value_of_41_characters_is_cut_to_37_and_dots() -> None:
    data = _notes()
    data["interview"]["date"] = "x" * 39  # quoted: 41 characters
    assert _message(data)[1] == "  interview.date: expected a date as YYYY-MM-DD, got '" + (
        "x" * 36 + "..."
    )


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ([], "an array"),
        ("notes", "a string"),
        (3, "a number"),
        (2.5, "a number"),
        (None, "a JSON value"),
        (True, "a JSON value"),
    ],
)
def test_the_top_level_must_be_an_object(raw: Any, kind: str) -> None:
    with pytest.raises(NotesError) as caught:
        notes_from_data(raw)
    assert str(caught.value) == (
        f"<notes>: the top level is {kind}; a notes file is one JSON object "
        '{"candidate": ..., "company": ...}. Run `thankyou schema` to see the shape.'
    )


def test_notes_given_as_text_are_named_notes_by_default() -> None:
    data = _notes()
    data["tone"] = "loud"
    with pytest.raises(NotesError) as caught:
        parse_notes(json.dumps(data))
    assert str(caught.value).startswith("<notes>: 1 problem(s) in the notes:\n")


# -- the size limit ----------------------------------------------------------------------------


def test_notes_of_exactly_the_limit_are_read_and_one_byte_more_is_refused() -> None:
    text = json.dumps(_notes()).encode()
    exact = text + b" " * (MAX_BYTES - len(text))
    assert len(exact) == 1_000_000
    assert parse_notes(exact).company == "Northwind Analytics"
    with pytest.raises(NotesError) as caught:
        parse_notes(exact + b" ")
    assert str(caught.value) == (
        "<notes>: 1,000,001 bytes; a notes file is at most 1,000,000 bytes."
    )


def test_a_folder_given_as_notes_says_what_belongs_there(tmp_path: Path) -> None:
    with pytest.raises(NotesError) as caught:
        load_notes(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a folder; give the path of a notes file."


# -- answers read back for `thankyou interview` -------------------------------------------------


def test_prefill_drops_unknown_keys_inside_candidate_and_interview(tmp_path: Path) -> None:
    path = tmp_path / "partial.json"
    raw = {
        "candidate": {"name": "Priya Raman", "linkedin": "priya"},
        "interview": {"date": "2026-11-24", "duration": 45},
        "company": "Acme",
    }
    path.write_text(json.dumps(raw), encoding="utf-8")
    data, dropped = load_prefill(path)
    assert data == {
        "candidate": {"name": "Priya Raman"},
        "interview": {"date": "2026-11-24"},
        "company": "Acme",
    }
    assert dropped == ["candidate.linkedin", "interview.duration"]


def test_prefill_keeps_a_value_of_the_wrong_shape_for_the_questions_to_ask_again(
    tmp_path: Path,
) -> None:
    path = tmp_path / "partial.json"
    path.write_text(json.dumps({"company": {"name": "Acme"}, "role": 3}), encoding="utf-8")
    assert load_prefill(path) == ({"company": {"name": "Acme"}, "role": 3}, [])


def test_prefill_errors_are_notes_errors_naming_the_file(tmp_path: Path) -> None:
    folder_message = f"{tmp_path}: is a folder; give the path of a notes file."
    with pytest.raises(NotesError) as caught:
        load_prefill(tmp_path)
    assert str(caught.value) == folder_message

    not_json = tmp_path / "broken.json"
    not_json.write_text('{"company": }', encoding="utf-8")
    with pytest.raises(NotesError) as caught:
        load_prefill(not_json)
    assert str(caught.value).startswith(f"{not_json}: line 1, column 13: not valid JSON")

    latin = tmp_path / "latin.json"
    latin.write_bytes('{"company": "Café"}'.encode("latin-1"))
    with pytest.raises(NotesError) as caught:
        load_prefill(latin)
    assert str(caught.value).startswith(f"{latin}: ")
    assert "not UTF-8" in str(caught.value)

    array = tmp_path / "array.json"
    array.write_text("[1]", encoding="utf-8")
    with pytest.raises(NotesError) as caught:
        load_prefill(array)
    assert str(caught.value) == f"{array}: expected one JSON object {{...}} of notes."


# -- saving --------------------------------------------------------------------------------------


def test_save_new_tries_exactly_the_number_of_names_it_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "acme.json"
    path.write_text("1", encoding="utf-8")
    (tmp_path / "acme-2.json").write_text("2", encoding="utf-8")
    with pytest.raises(FileExists) as caught:
        save_new(path, "new", attempts=2)
    assert str(caught.value) == str(path)
    assert not (tmp_path / "acme-3.json").exists()
    assert save_new(path, "new", attempts=3) == tmp_path / "acme-3.json"


def test_save_new_gives_up_after_a_thousand_names(tmp_path: Path) -> None:
    path = tmp_path / "acme.json"
    path.write_text("0", encoding="utf-8")
    for number in range(2, 1001):
        (tmp_path / f"acme-{number}.json").write_text("0", encoding="utf-8")
    with pytest.raises(FileExists):
        save_new(path, "new")
    assert not (tmp_path / "acme-1001.json").exists()


def test_save_new_numbers_a_name_without_a_json_ending_at_its_end(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    assert save_new(path, "a") == path
    assert save_new(path, "b") == tmp_path / "notes.txt-2"
    assert (tmp_path / "notes.txt-2").read_text(encoding="utf-8") == "b"


def test_unfinished_answers_are_saved_as_indented_utf8_json() -> None:
    draft = {"company": "Ørsted", "interview": {"date": dt.date(2026, 11, 24)}}
    assert draft_json(draft) == (
        '{\n  "company": "Ørsted",\n  "interview": {\n    "date": "2026-11-24"\n  }\n}\n'
    )


def test_notes_are_saved_as_indented_utf8_json() -> None:
    data = _notes()
    data["company"] = "Ørsted"
    text = notes_json(Notes.model_validate(data))
    lines = text.splitlines()
    assert lines[0] == "{"
    assert lines[1] == '  "candidate": {'
    assert lines[2] == '    "name": "Priya Raman",'
    assert '  "company": "Ørsted",' in lines
    assert '    "date": "2026-11-24",' in lines
    assert '  "tone": "warm",' in lines
    assert text.endswith("\n}\n")


def test_an_unknown_key_in_the_coordinator_is_named_with_the_key_meant() -> None:
    # The coordinator may be left out (`Coordinator | None`): the keys offered are still its own.
    data = _notes()
    data["coordinator"] = {"name": "Rachel Adeyemi-Brooks", "emial": "rachel@example.com"}
    assert _message(data) == [
        "notes.json: 1 problem(s) in the notes:",
        '  coordinator.emial: unknown key (did you mean "email"?)',
        CLOSING,
    ]
