"""The `addressing` rule: the reader is written to as "you", never spoken of by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.notes_file import load_notes
from composer.rules import check_letter

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "warm_email.json")  # to Dana Whitfield, "Ms. Whitfield"
GOOD = (ROOT / "tests" / "corpus" / "good" / "warm_email_dana.txt").read_text(encoding="utf-8")
CLOSE = "I look forward to hearing from you about a decision by December 5"


def _found(close: str) -> list[str]:
    assert CLOSE in GOOD
    report = check_letter(GOOD.replace(CLOSE, close), NOTES)
    return [v.quote or "" for v in report.violations if v.rule == "addressing"]


@pytest.mark.parametrize(
    ("close", "quote"),
    [
        ("I understand Dana will decide by December 5, and I look forward to it", "Dana will"),
        ("As Ms. Whitfield said, a decision comes by December 5", "Ms. Whitfield said"),
        ("Dana Whitfield mentioned a decision by December 5", "Dana Whitfield mentioned"),
        ("I gather Dana'll decide by December 5", "Dana'll"),
        # session 39, reader 19 h149: a name typed in lower case in the notes, with "does"
        ("I would run the office so dana does not have to before December 5", "dana does not"),
        ("I would take on the rota so Dana doesn't have to by December 5", "Dana doesn't"),
    ],
)
def test_the_reader_named_as_a_subject_is_found(close: str, quote: str) -> None:
    assert _found(close) == [quote]


@pytest.mark.parametrize(
    "close",
    [
        CLOSE,
        "Thank you, Dana, for the time; I look forward to a decision by December 5",
        "Dana, I look forward to hearing from you about a decision by December 5",
        "I look forward to hearing from you, Dana, about a decision by December 5",
        # another person of the same name is not the reader
        "Priya will send the report, and I look forward to a decision by December 5",
    ],
)
def test_addressing_the_reader_is_fine(close: str) -> None:
    assert _found(close) == []


def test_only_the_body_is_read() -> None:
    # The greeting names the reader; no finding there.
    assert "Dear Ms. Whitfield," in GOOD
    assert _found(CLOSE) == []


def test_the_finding_is_an_error_with_its_line() -> None:
    report = check_letter(GOOD.replace(CLOSE, "Dana will decide by December 5"), NOTES)
    (found,) = [v for v in report.violations if v.rule == "addressing"]
    assert found.severity == "error" and found.message.startswith("line 9:")
    assert '"you"' in found.message
    assert not report.ok
