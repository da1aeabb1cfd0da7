"""The `shorthand` rule: note marks and abbreviations left in a letter are found, names are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.notes_file import load_notes
from composer.rules import check_letter

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "warm_email.json")
GOOD = (ROOT / "tests" / "corpus" / "good" / "warm_email_dana.txt").read_text(encoding="utf-8")
SENTENCE = "At Contoso I cut warehouse costs by 40%"


def _shorthand(text: str, notes=NOTES) -> list[str]:  # type: ignore[no-untyped-def]
    report = check_letter(text, notes)
    return [v.quote or "" for v in report.violations if v.rule == "shorthand"]


def _with(replacement: str) -> str:
    assert SENTENCE in GOOD
    return GOOD.replace(SENTENCE, replacement)


def test_the_good_letter_has_no_shorthand() -> None:
    assert _shorthand(GOOD) == []


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("At Contoso I cut warehouse costs by 40% w/ a small team", "w/"),
        ("At Contoso I cut warehouse costs by 40% w/o new hardware", "w/o"),
        ("At Contoso I cut warehouse costs 40% -> 24%", "->"),
        ("At Contoso I cut warehouse costs 40% => 24%", "=>"),
        ("At Contoso I cut warehouse costs by 40% \u2192 a record", "\u2192"),
        ("At Contoso I cut warehouse costs by 40% in batch + streaming", "+"),
        ("At Contoso I cut warehouse costs by 40% in 3 wks", "wks"),
        ("At Contoso I cut warehouse costs by 40% in a wk", "wk"),
        ("At Contoso I cut warehouse costs by 40% over two yrs", "yrs"),
        ("At Contoso I cut warehouse costs by 40% in one yr", "yr"),
        ("At Contoso I cut warehouse costs by 40% in six mths", "mths"),
        ("At Contoso I cut warehouse costs by 40% in 300hrs", "hrs"),
        ("At Contoso I cut warehouse costs by 40% with the mgmt team", "mgmt"),
        ("At Contoso I cut warehouse costs by 40% for a govt client", "govt"),
        ("At Contoso I cut warehouse costs by approx 40%", "approx"),
        ("At Contoso I cut warehouse costs by 40%, esp. storage", "esp."),
        # in capitals: the marks are found in any case, not only when typed in lower case
        ("At Contoso I cut warehouse costs by 40% with the Mgmt team", "Mgmt"),
        ("At Contoso I cut warehouse costs by 40% with the MGMT team", "MGMT"),
        ("At Contoso I cut warehouse costs by 40% for a Govt client", "Govt"),
        ("At Contoso I cut warehouse costs by 40%, W/ a small team", "W/"),
    ],
)
def test_each_note_mark_is_found(sentence: str, quote: str) -> None:
    assert _shorthand(_with(sentence)) == [quote]


@pytest.mark.parametrize(
    "sentence",
    [
        "At Contoso I cut warehouse costs by 40% with a small team",
        "At Contoso I cut warehouse costs by 40% in C++ and Java",
        "At Contoso I cut warehouse costs by 40% after 2+ years of work",
        "At Contoso I cut warehouse costs by 40%, especially storage",
        "At Contoso I cut warehouse costs by 40% in three weeks",
        "At Contoso I cut warehouse costs by 40% in Esperanto",  # "esp" inside a word
        "At Contoso I cut warehouse costs by 40% (see https://example.com/w/costs)",
        "At Contoso I cut warehouse costs by 40% at 9am - 5pm",
    ],
)
def test_full_words_and_addresses_are_not_shorthand(sentence: str) -> None:
    assert _shorthand(_with(sentence)) == []


def test_a_name_written_with_a_plus_in_the_notes_is_left_alone() -> None:
    notes = NOTES.model_copy(update={"company": "Bloom + Wild"})
    text = GOOD.replace("Northwind Analytics", "Bloom + Wild").replace("Northwind", "Bloom + Wild")
    assert _shorthand(text, notes) == []
    assert _shorthand(text.replace(SENTENCE, SENTENCE + " in batch + streaming"), notes) == ["+"]


def test_the_letterhead_is_an_address_block_not_letter_text() -> None:
    head = "Priya Raman\n12 Mill Rd, Apt 3\nGovt Quarter, Springfield\n\n"
    assert _shorthand(head + GOOD.split("\n\n", 1)[1]) == []
    assert _shorthand(head + GOOD.split("\n\n", 1)[1].replace(SENTENCE, SENTENCE + " in 3 wks"))


def test_the_greeting_is_read_when_there_is_no_subject() -> None:
    # No subject line: the letter's text starts at the greeting, which is letter text.
    text = GOOD.split("\n\n", 1)[1].replace("Whitfield,", "Whitfield + team,", 1)
    report = check_letter(text, NOTES)
    (found,) = [v for v in report.violations if v.rule == "shorthand"]
    assert found.quote == "+"
    assert found.message.startswith("line 1:")


def test_the_finding_says_where_and_what_to_write() -> None:
    report = check_letter(_with("At Contoso I cut warehouse costs by 40% in 3 wks"), NOTES)
    (found,) = [v for v in report.violations if v.rule == "shorthand"]
    assert found.severity == "error"
    assert found.message.startswith("line 7:")
    assert '"weeks"' in found.message and '"wks"' in (found.fix or "")
    assert not report.ok


def test_a_word_spelled_out_from_the_notes_shorthand_is_the_notes_own() -> None:
    # The notes say "Univ of Leeds" and "3 wks"; the letter writes them out in full.
    notes = NOTES.model_copy(
        update={"qualifications": [*NOTES.qualifications, "MEng, Univ of Leeds", "a 3 wks course"]}
    )
    said = SENTENCE + "; I hold an MEng from the University of Leeds and a three-weeks course"
    report = check_letter(_with(said), notes)
    assert [v for v in report.violations if v.rule == "grounding"] == []
    # Without the shorthand in the notes, the full words are not the notes' own.
    report = check_letter(_with(said), NOTES)
    assert any(v.rule == "grounding" and "University" in v.message for v in report.violations)
