"""A LinkedIn note: the name alone on its last line, and its length in characters at each bound."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.notes_file import load_notes
from composer.rules import check_letter
from composer.rules.report import Violation

ROOT = Path(__file__).resolve().parent.parent
NOTE = load_notes(ROOT / "examples" / "linkedin_note.json")  # Noor Haddad to Elena Marsh
HEAD = "Hi Elena,\nThank you for the talk on the spring author tour. I look forward to hearing back"
TAIL = " about the Marketing Coordinator role at Fernway Books.\nNoor"


def _of(rule: str, text: str) -> list[Violation]:
    return [v for v in check_letter(text, NOTE).violations if v.rule == rule]


def _note(characters: int) -> str:
    """The note padded with "very soon" and "!" to exactly `characters`, line breaks included."""
    room = characters - len(HEAD) - len(TAIL)
    text = HEAD + " soon" + " very soon" * ((room - 5) // 10) + "!" * ((room - 5) % 10) + TAIL
    assert len(text) == characters
    return text


@pytest.mark.parametrize("signed", ["Noor", "Noor Haddad", "— Noor", "-- Noor Haddad", "~Noor"])
def test_the_first_or_full_name_after_an_optional_dash_signs_the_note(signed: str) -> None:
    assert _of("signature", f"{HEAD}{TAIL[:-4]}{signed}") == []


def test_a_note_signed_with_something_else_names_what_it_is_signed_with() -> None:
    (found,) = _of("signature", f"{HEAD}{TAIL[:-4]}— Noor H.")
    assert found.message == (
        'line 3: the note is signed "Noor H."; sign it with your name, "Noor Haddad" (or "Noor").'
    )
    assert found.fix == 'End with your name alone on the last line: "Noor Haddad" (or "Noor").'
    assert found.quote == "Noor H."


def test_a_note_without_a_name_quotes_its_last_line() -> None:
    (found,) = _of("signature", f"{HEAD}{TAIL[:-5]}\n\n")
    last = "Thank you for the talk on the spring author tour. I look forward to hearing back"
    assert found.message == (
        f'line 2 "{last[:47]}...": a LinkedIn connection note ends with your name on a line '
        'of its own, and this one does not. Add "Noor Haddad" as the last line.'
    )
    assert found.quote == last + TAIL[:-5]
    assert found.fix == 'End with your name alone on the last line: "Noor Haddad" (or "Noor").'


def test_an_empty_note_is_called_the_note() -> None:
    for text in ("", "\n\n"):
        report = check_letter(text, NOTE, "Elena Marsh")
        (found,) = [v for v in report.violations if v.rule == "signature"]
        assert found.message == (
            "the note: a LinkedIn connection note ends with your name on a line of its own, and "
            'this one does not. Add "Noor Haddad" as the last line.'
        )
        assert found.quote is None


def test_200_characters_fit_and_201_are_one_too_many() -> None:
    assert _of("length", _note(200)) == []
    (found,) = _of("length", _note(201))
    assert found.message == (
        "the note has 201 characters, line breaks included, and the limit of a LinkedIn "
        "connection note is 200: cut 1. Keep the greeting, the thanks with the role and "
        "company, one point and a short close."
    )
    assert found.fix == "Shorten the note to at most 200 characters (now 201)."


def test_60_characters_are_enough_and_59_too_few() -> None:
    short = "Hi Elena,\nThank you! I look forward to hearing back.\nNoor"
    assert len(short) == 57
    assert _of("length", short.replace("you!", "you!!!!")) == []  # 60
    (found,) = _of("length", short.replace("you!", "you!!!"))  # 59
    assert found.message == (
        "the note has 59 characters; a LinkedIn connection note needs at least 60 to thank "
        "them, name the role and company and recall one point."
    )
    assert found.fix == "Lengthen the note to 60-200 characters (now 59)."
