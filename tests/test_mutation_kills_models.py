"""The notes model: exact messages and walks that small slips in composer/models.py would change."""

from __future__ import annotations

import json
from typing import Any

import pytest

from composer.errors import NotesError
from composer.example import EXAMPLE_NOTES
from composer.models import require_notes, text_values
from composer.notes_file import parse_notes

INVISIBLE = "; delete it (it is invisible in most editors, and a letter must not carry it)"


def _problem(company: str) -> str:
    data: dict[str, Any] = json.loads(json.dumps(EXAMPLE_NOTES))
    data["company"] = company
    with pytest.raises(NotesError) as caught:
        parse_notes(json.dumps(data), "notes.json")
    return str(caught.value).splitlines()[1]


@pytest.mark.parametrize(
    ("char", "kind", "code"),
    [
        ("\u202a", "a bidirectional override", "202A"),  # the first of the overrides
        ("\x7f", "a control character", "007F"),  # DEL sorts above the letters
        ("\x1b", "a control character", "001B"),
    ],
)
def test_an_unsafe_character_is_named_by_kind_code_and_place(
    char: str, kind: str, code: str
) -> None:
    assert _problem(f"Acme{char} Ltd") == (
        f"  company: contains {kind} (U+{code}) at character 5{INVISIBLE}"
    )


def test_require_notes_names_the_type_it_was_given() -> None:
    with pytest.raises(TypeError) as caught:
        require_notes({"company": "Acme"}, "compose")
    assert str(caught.value) == (
        "compose() expected Notes, from load_notes() or Notes.model_validate(), not dict"
    )


def test_text_values_walks_every_string_depth_first() -> None:
    dumped = {"a": "x", "b": ["y", {"c": "z", "d": 3}], "e": ("w",), "f": None}
    assert list(text_values(dumped)) == ["x", "y", "z", "w"]
