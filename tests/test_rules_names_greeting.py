"""`names` owns a misspelt interviewer's name wherever it is, the greeting included."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.notes_file import load_notes
from composer.rules import check_letter, check_letters

CORPUS = Path(__file__).resolve().parent / "corpus"
NOTES = load_notes(CORPUS / "notes" / "hart_mills.json")
# The same interview, where she asked to be called Anna.
FIRST_NAME = NOTES.model_copy(
    update={"interviewers": [NOTES.interviewers[0].model_copy(update={"salutation": "Anna"})]}
)
GOOD = (CORPUS / "good" / "hart_mills_kowalska.txt").read_text(encoding="utf-8")
PANEL = load_notes(Path(__file__).resolve().parent.parent / "examples" / "panel_three.json")
KJETIL = (CORPUS / "good" / "panel_kjetil.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("greeting", "written", "right"),
    [
        ("Dear Ms. Kowalski,", "Kowalski", "Kowalska"),
        ("Dear Ms. Kowalsky,", "Kowalsky", "Kowalska"),
        ("Dear Anna Kowalski,", "Kowalski", "Kowalska"),
        ("Dear Ana,", "Ana", "Anna"),  # a short first name: only in the greeting
        ("Dear Ann,", "Ann", "Anna"),
    ],
)
def test_a_near_miss_in_the_greeting_is_names_alone(
    greeting: str, written: str, right: str
) -> None:
    text = GOOD.replace("Dear Ms. Kowalska,", greeting)
    found = check_letter(text, NOTES if "." in greeting else FIRST_NAME).violations
    assert [(v.rule, v.quote) for v in found] == [("names", written)]
    assert f'spelled "{right}"' in found[0].message and found[0].fix == (
        f'Spell "{written}" exactly as "{right}".'
    )


def test_the_greeting_near_miss_still_finds_the_addressee() -> None:
    text = KJETIL.replace("Hello Kjetil,", "Hello Kjetli,")
    assert text != KJETIL
    (report,) = check_letters([("", text)], PANEL)
    assert report.to == "Kjetil Ølstad"
    assert [(v.rule, v.quote) for v in report.violations] == [("names", "Kjetli")]


def test_a_short_word_in_the_body_is_not_read_as_a_name() -> None:
    # "Ann" in prose is left alone; only after the greeting word is it surely a name
    text = GOOD.replace("I look forward", "Ann said so too. I look forward")
    found = {v.rule for v in check_letter(text, NOTES).violations}
    assert "names" not in found


def test_a_different_name_in_the_greeting_is_still_the_greeting_rule() -> None:
    text = GOOD.replace("Dear Ms. Kowalska,", "Dear Mr. Brennan,")
    assert {v.rule for v in check_letter(text, NOTES).violations} >= {"greeting"}
    assert "names" not in {v.rule for v in check_letter(text, NOTES).violations}
