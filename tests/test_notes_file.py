"""Loading notes files: the model's rules and the errors a person sees."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from composer.errors import NotesError
from composer.example import EXAMPLE_NOTES, example_notes_json
from composer.models import Notes
from composer.notes_file import MAX_BYTES, load_notes, parse_notes
from tests.conftest import example_files


def _write(tmp_path: Path, content: str | bytes, name: str = "notes.json") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _notes(**changes: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(EXAMPLE_NOTES))
    data.update(changes)
    return data


def _error(tmp_path: Path, content: str | bytes) -> str:
    path = _write(tmp_path, content)
    with pytest.raises(NotesError) as caught:
        load_notes(path)
    message = str(caught.value)
    assert str(path) in message
    return message


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.name)
def test_every_example_loads(path: Path) -> None:
    notes = load_notes(path)
    assert notes.interviewers and notes.candidate.name


def test_init_example_is_the_warm_example(examples_dir: Path) -> None:
    assert json.loads(example_notes_json()) == json.loads(
        (examples_dir / "warm_email.json").read_text(encoding="utf-8")
    )


def test_fields_are_read_as_written(warm_notes: Notes) -> None:
    assert warm_notes.candidate.name == "Priya Raman"
    assert warm_notes.interview.date.isoformat() == "2026-11-24"
    assert warm_notes.interviewers[0].salutation == "Ms. Whitfield"
    assert warm_notes.follow_up is None  # an empty string counts as missing
    assert warm_notes.tone == "warm" and warm_notes.channel == "email"


def test_strings_are_stripped_and_blank_list_items_dropped() -> None:
    data = _notes(company="  Northwind Analytics \n", qualifications=["  SQL  ", "", "   "])
    notes = parse_notes(json.dumps(data))
    assert notes.company == "Northwind Analytics"
    assert notes.qualifications == ["SQL"]


def test_candidate_address_is_optional_free_text_with_its_lines() -> None:
    data = _notes()
    assert parse_notes(json.dumps(data)).candidate.address is None
    data["candidate"]["address"] = "  14 Harbour View\nDún Laoghaire\n"
    assert parse_notes(json.dumps(data)).candidate.address == "14 Harbour View\nDún Laoghaire"
    data["candidate"]["address"] = "   "
    assert parse_notes(json.dumps(data)).candidate.address is None
    data["candidate"]["address"] = ["14 Harbour View"]
    with pytest.raises(NotesError, match=r"candidate\.address"):
        parse_notes(json.dumps(data))
    described = Notes.model_json_schema()["$defs"]["Candidate"]["properties"]["address"]
    assert "letterhead" in described["description"]


def test_defaults_for_optional_choices() -> None:
    data = _notes()
    del data["tone"], data["channel"]
    notes = parse_notes(json.dumps(data))
    assert (notes.tone, notes.channel, notes.open_to_other_roles) == ("warm", "email", False)


def test_interviewer_lookup_ignores_case_and_spacing(warm_notes: Notes) -> None:
    assert warm_notes.interviewer("  dana   WHITFIELD ").name == "Dana Whitfield"
    with pytest.raises(KeyError):
        warm_notes.interviewer("Dana Whitfeld")


def test_json_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    text = '{\n  "company": "Northwind"\n  "role": "x"\n}'
    message = _error(tmp_path, text)
    assert "line 3, column 3" in message
    assert "not valid JSON" in message


def test_every_bad_field_is_named_by_its_path(tmp_path: Path) -> None:
    data = _notes(channel="fax")
    data["interviewers"] = [{"name": "", "email": "not-an-email"}]
    data["interview"] = {"date": "24/11/2026"}
    message = _error(tmp_path, json.dumps(data))
    assert "interviewers[0].name: field required" in message
    assert "interviewers[0].email:" in message and "not a valid email" in message
    assert "interview.date: expected a date as YYYY-MM-DD" in message
    assert (
        "channel: 'fax' is not allowed; expected one of 'email', 'letter' or 'linkedin'" in message
    )


def test_missing_required_fields(tmp_path: Path) -> None:
    data = _notes()
    del data["company"]
    data["candidate"] = {"email": "a@example.com"}
    message = _error(tmp_path, json.dumps(data))
    assert "company: field required" in message
    assert "candidate.name: field required" in message


def test_unknown_key_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    data = _notes()
    data["interviewrs"] = data.pop("interviewers")
    message = _error(tmp_path, json.dumps(data))
    assert 'interviewrs: unknown key (did you mean "interviewers"?)' in message
    assert "interviewers: field required" in message


def test_unknown_nested_key_suggests_from_its_own_level(tmp_path: Path) -> None:
    data = _notes()
    data["interviewers"][0]["raport"] = ["x"]
    message = _error(tmp_path, json.dumps(data))
    assert 'interviewers[0].raport: unknown key (did you mean "rapport"?)' in message


def test_no_interviewer(tmp_path: Path) -> None:
    message = _error(tmp_path, json.dumps(_notes(interviewers=[])))
    assert "interviewers: add at least one interviewer" in message


def test_thin_notes_with_nothing_to_recall_still_load(tmp_path: Path) -> None:
    # (session 59) a thin file with no qualification or highlight gets a short, honest letter
    # whose report names the fields to fill in; it was refused at load (exit 2)
    path = tmp_path / "thin.json"
    path.write_text(json.dumps(_notes(qualifications=[], highlights=[""])), encoding="utf-8")
    notes = load_notes(path)
    assert notes.qualifications == [] and notes.highlights == []


def test_a_single_string_where_a_list_belongs(tmp_path: Path) -> None:
    data = _notes()
    data["interviewers"][0]["topics"] = "streaming"
    message = _error(tmp_path, json.dumps(data))
    assert "interviewers[0].topics: expected a list of strings" in message


def test_non_utf8_bytes(tmp_path: Path) -> None:
    content = json.dumps(_notes(company="Caf\u00e9 Co"), ensure_ascii=False).encode("latin-1")
    message = _error(tmp_path, content)
    assert "not UTF-8" in message and "line 1" in message


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xef\xbb\xbf" + json.dumps(_notes()).encode())
    assert load_notes(path).company == "Northwind Analytics"


def test_empty_file(tmp_path: Path) -> None:
    assert "the file is empty" in _error(tmp_path, "  \n")


def test_json_array(tmp_path: Path) -> None:
    message = _error(tmp_path, json.dumps([_notes()]))
    assert "the top level is an array" in message


def test_file_over_one_megabyte(tmp_path: Path) -> None:
    message = _error(tmp_path, " " * (MAX_BYTES + 1))
    assert "at most 1,000,000 bytes" in message


def test_duplicate_key(tmp_path: Path) -> None:
    text = json.dumps(_notes())[:-1] + ', "company": "Other"}'
    assert 'the key "company" appears twice' in _error(tmp_path, text)


def test_missing_file_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(NotesError, match=r"no such file.*thankyou init"):
        load_notes(tmp_path / "nope.json")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(NotesError, match="is a folder"):
        load_notes(tmp_path)


def test_white_space_inside_names_is_collapsed() -> None:
    data = _notes(company="Northwind \t Analytics", role="Senior  Data Engineer")
    data["candidate"]["name"] = "Priya   Raman"
    data["interviewers"][0]["name"] = "Dana  Whitfield"
    data["interviewers"][0]["salutation"] = "Ms.  Whitfield"
    notes = parse_notes(json.dumps(data))
    assert notes.candidate.name == "Priya Raman"
    assert notes.company == "Northwind Analytics" and notes.role == "Senior Data Engineer"
    assert notes.interviewers[0].name == "Dana Whitfield"
    assert notes.interviewers[0].salutation == "Ms. Whitfield"


def test_a_name_of_only_spaces_is_missing(tmp_path: Path) -> None:
    data = _notes()
    data["interviewers"][0]["name"] = " \t "
    assert "interviewers[0].name: field required" in _error(tmp_path, json.dumps(data))


def test_utf16_notes_from_notepad_are_read(tmp_path: Path) -> None:
    text = json.dumps(_notes(company="Ørsted A/S"), ensure_ascii=False)
    path = _write(tmp_path, text.encode("utf-16"))  # Python writes the byte-order mark
    assert load_notes(path).company == "Ørsted A/S"


def test_utf16_without_a_byte_order_mark_says_so(tmp_path: Path) -> None:
    message = _error(tmp_path, json.dumps(_notes()).encode("utf-16-le"))
    assert "UTF-16" in message and "UTF-8" in message
