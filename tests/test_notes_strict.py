"""The notes model is strict at every level, and what it cleans up stays cleaned up."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from composer.errors import NotesError
from composer.example import EXAMPLE_NOTES
from composer.models import Notes
from composer.notes_file import field_path, parse_notes


def _notes() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(EXAMPLE_NOTES))
    return data


@pytest.mark.parametrize(
    ("level", "key", "line"),
    [
        ("candidate", "emial", '  candidate.emial: unknown key (did you mean "email"?)'),
        ("candidate", "linkedin", "  candidate.linkedin: unknown key (`thankyou schema` lists"),
        ("interview", "stgae", '  interview.stgae: unknown key (did you mean "stage"?)'),
        ("interview", "duration", "  interview.duration: unknown key (`thankyou schema` lists"),
    ],
)
def test_an_unknown_key_inside_candidate_or_interview_is_an_error(
    level: str, key: str, line: str
) -> None:
    data = _notes()
    data[level][key] = "x"
    with pytest.raises(NotesError) as caught:
        parse_notes(json.dumps(data), "notes.json")
    lines = str(caught.value).splitlines()
    assert lines[0] == "notes.json: 1 problem(s) in the notes:"
    assert lines[1].startswith(line), lines


def test_validation_cleans_up_and_the_cleaned_notes_round_trip() -> None:
    raw = {
        "candidate": {"name": "  Priya   Raman ", "email": "", "phone": "  ", "address": None},
        "company": " Northwind  Analytics",
        "role": "Data Engineer ",
        "interview": {"date": "2026-11-24", "format": "", "stage": " second round "},
        "interviewers": [
            {
                "name": "Dana\tWhitfield",
                "salutation": " Ms.  Whitfield ",
                "topics": ["  streaming ", "", "   "],
                "rapport": None,
            }
        ],
        "qualifications": ["six years of Airflow", " "],
        "highlights": [],
        "tone": " ",
        "channel": "",
    }
    notes = Notes.model_validate(raw)
    # each value as a person would have meant it, written out by hand
    cleaned = {
        "candidate": {"name": "Priya Raman", "email": None, "phone": None, "address": None},
        "company": "Northwind Analytics",
        "role": "Data Engineer",
        "interview": {"date": "2026-11-24", "format": None, "stage": "second round"},
        "interviewers": [
            {
                "name": "Dana Whitfield",
                "title": None,
                "email": None,
                "salutation": "Ms. Whitfield",
                "topics": ["streaming"],
                "rapport": [],
            }
        ],
        "qualifications": ["six years of Airflow"],
        "highlights": [],
        "contribution": None,
        "follow_up": None,
        "next_steps": None,
        "open_to_other_roles": False,
        "coordinator": None,
        "tone": "warm",
        "channel": "email",
        "max_chars": None,
    }
    assert notes.model_dump(mode="json") == cleaned
    assert notes.interview.date == dt.date(2026, 11, 24)
    # cleaning twice changes nothing more, and the saved form reads back as the same notes
    assert Notes.model_validate(notes.model_dump(mode="json")) == notes
    assert parse_notes(json.dumps(cleaned), "saved.json") == notes


def _problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(NotesError) as caught:
        parse_notes(json.dumps(data), "notes.json")
    return str(caught.value).splitlines()[1:-1]


def test_each_model_rule_has_its_message() -> None:
    data = _notes()
    data["company"] = "   "
    data["interviewers"][0]["topics"] = "streaming"
    data["tone"] = "loud"
    assert _problems(data) == [
        "  company: field required (it is empty)",
        "  interviewers[0].topics: expected a list of strings, one item each, not a single string",
        "  tone: 'loud' is not allowed; expected one of 'warm', 'formal' or 'concise'",
    ]
    nothing = _notes()
    nothing["qualifications"] = [" "]
    nothing["highlights"] = []
    assert parse_notes(json.dumps(nothing)).qualifications == []  # thin notes load (session 59)
    only_highlights = _notes()
    only_highlights["qualifications"] = []
    only_highlights["highlights"] = ["led a migration"]
    assert parse_notes(json.dumps(only_highlights)).highlights == ["led a migration"]


def test_an_interviewer_is_found_by_name_whatever_the_case_and_spacing() -> None:
    notes = parse_notes(json.dumps(_notes()))
    person = notes.interviewers[0]
    shouted = "  " + "   ".join(person.name.upper().split()) + " "
    assert notes.interviewer(shouted) is person
    with pytest.raises(KeyError) as caught:
        notes.interviewer("Nobody Atall")
    assert caught.value.args == ("Nobody Atall",)


@pytest.mark.parametrize(
    ("address", "lines"),
    [
        ("14 Harbour View\nDun Laoghaire", ["14 Harbour View", "Dun Laoghaire"]),
        ("14 Harbour View, Dun Laoghaire, ", ["14 Harbour View", "Dun Laoghaire"]),
        (
            "14 Harbour View, Flat 2\n Dun Laoghaire\n\n",
            ["14 Harbour View, Flat 2", "Dun Laoghaire"],
        ),
        (None, []),
    ],
)
def test_the_address_becomes_letterhead_lines(address: str | None, lines: list[str]) -> None:
    data = _notes()
    data["candidate"]["address"] = address
    assert parse_notes(json.dumps(data)).candidate.address_lines() == lines


@pytest.mark.parametrize(
    ("loc", "path"),
    [
        (("interviewers", 0, "name"), "interviewers[0].name"),
        (("interviewers", 2, "topics", 1), "interviewers[2].topics[1]"),
        (("interview", "function-before[_optional_text(), str]", "stage"), "interview.stage"),
        (("qualifications", "list[str]", 0, "str"), "qualifications[0]"),
        ((), "(top level)"),
    ],
)
def test_field_paths_read_like_the_file(loc: tuple[int | str, ...], path: str) -> None:
    assert field_path(loc) == path


def test_a_wrong_value_is_quoted_short() -> None:
    data = _notes()
    data["interview"]["date"] = "x" * 38  # 40 characters quoted: kept whole
    data["open_to_other_roles"] = ["é" * 40]  # a list, as JSON, cut to 37 and "..."
    lines = _problems(data)
    assert lines[0] == f"  interview.date: expected a date as YYYY-MM-DD, got '{'x' * 38}'"
    assert lines[1] == ('  open_to_other_roles: expected true or false, got ["' + "é" * 35 + "...")


def test_missing_wrong_type_and_bad_email_messages() -> None:
    data = _notes()
    del data["candidate"]["name"]
    data["candidate"]["email"] = "priya.example.com"
    data["company"] = 5
    lines = _problems(data)
    assert lines[0] == "  candidate.name: field required"
    email = lines[1]
    assert email.startswith("  candidate.email: 'priya.example.com' is not a valid email address (")
    # the validator's own reason, without pydantic's "value is not a valid email address: "
    reason = email.split(" address (", 1)[1]
    assert reason[0].isupper() and reason.endswith(")") and ": " not in reason
    assert lines[2] == "  company: expected a string, got 5"
