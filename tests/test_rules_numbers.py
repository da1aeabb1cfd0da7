"""Numbers in a letter must come from the notes: ordinals by their number, and numbers in a
title-case Subject line as much as anywhere else. Letters are the hand-written corpus letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.models import Notes
from composer.rules import check_letter

GOOD = (Path(__file__).parent / "corpus" / "good" / "warm_email_dana.txt").read_text("utf-8")
SUBJECT = "Subject: Thank you for the Senior Data Engineer interview"


def grounding_quotes(text: str, notes: Notes) -> list[str | None]:
    return [v.quote for v in check_letter(text, notes).violations if v.rule == "grounding"]


@pytest.mark.parametrize(
    ("date", "quotes"),
    [
        ("the 12th", ["12th"]),  # no 12 in the notes
        ("the 21st", ["21st"]),
        ("the 5th", []),  # "December 5" is in the notes
        ("December 5th", []),
    ],
)
def test_an_ordinal_is_known_only_by_a_number_in_the_notes(
    warm_notes: Notes, date: str, quotes: list[str]
) -> None:
    text = GOOD.replace("a decision by December 5", f"a decision by {date}")
    assert text != GOOD
    assert grounding_quotes(text, warm_notes) == quotes


@pytest.mark.parametrize(
    ("subject", "quotes"),
    [
        ("Subject: Thank You for the 3 Senior Data Engineer Interviews", ["3"]),
        ("Subject: Thank You for the 2nd Senior Data Engineer Interview", ["2nd"]),
        ("Subject: Thank You for the Senior Data Engineer Interview on the 12th", ["12th"]),
        ("Subject: Thank You for the Senior Data Engineer Interview on the 5th", []),
        ("Subject: Thank You for the Senior Data Engineer Interview", []),
    ],
)
def test_numbers_in_a_title_case_subject_are_checked(
    warm_notes: Notes, subject: str, quotes: list[str]
) -> None:
    text = GOOD.replace(SUBJECT, subject)
    assert text != GOOD
    assert grounding_quotes(text, warm_notes) == quotes


@pytest.mark.parametrize(
    ("typed", "quotes"),
    [
        ("37ish", []),  # "about 37" in the letter is the notes' "37ish"
        ("37-ish", []),
        ("37", []),
        ("38ish", ["37"]),  # a rough figure supports its own number only
        ("3ish", ["37"]),
    ],
)
def test_a_rough_figure_typed_with_ish_supports_its_number(
    warm_notes: Notes, typed: str, quotes: list[str]
) -> None:
    notes = warm_notes.model_copy(
        update={"highlights": [*warm_notes.highlights, f"coached {typed} new starters"]}
    )
    text = GOOD.replace("Best regards,", "I have coached about 37 new starters.\n\nBest regards,")
    assert text != GOOD
    assert grounding_quotes(text, notes) == quotes


@pytest.mark.parametrize(
    ("typed", "said", "quotes"),
    [
        ("4.1s -> 2.2s", "from 4.1 seconds to 2.2 seconds", []),  # a unit glued to its figure
        ("24h to 4h", "from 24 hours to four hours", []),
        ("14mins", "to 14 minutes", []),
        ("4.1s -> 2.2s", "from 4.7 seconds to 2.2 seconds", ["4.7"]),  # still only its own figure
        ("24h to 4h", "from 25 hours to four hours", ["25"]),
    ],
)
def test_a_unit_glued_to_a_figure_supports_the_figure(
    warm_notes: Notes, typed: str, said: str, quotes: list[str]
) -> None:
    notes = warm_notes.model_copy(
        update={"highlights": [*warm_notes.highlights, f"cut page load time {typed}"]}
    )
    text = GOOD.replace("Best regards,", f"I cut page load time {said}.\n\nBest regards,")
    assert text != GOOD
    assert grounding_quotes(text, notes) == quotes
