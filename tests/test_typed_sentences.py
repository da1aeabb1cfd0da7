"""Lines the candidate types as sentences or in terse notes: a sentence that opens with when or
where ("In 2025 I closed ...") is said as typed (compose asks people to reword lines in full,
and it came out "The in 2025 I closed ..."); "our own" stays the candidate's; "7y" is not pasted;
a company word typed in lower case gets its capital."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer.notes_file import load_notes
from composer.offline.items import read_point
from composer.offline.offer import read_offer
from composer.offline.writer import Writer, named


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "In 2025 I closed 28 engineering hires at Lumora",
            "In 2025 I closed 28 engineering hires at Lumora.",
        ),
        (
            "Last year, I ran six staff engineer searches",
            "Last year, I ran six staff engineer searches.",
        ),
        (
            "in 2024 i took Ashgrove Lodge from RI to Good",
            "In 2024 I took Ashgrove Lodge from RI to Good.",
        ),
        ("Since 2019 I have led the night team", "Since 2019 I have led the night team."),
        (
            "At Harwood Road I handed over 48 units early",
            "At Harwood Road I handed over 48 units early.",
        ),
        ("As a mentor, I trained 4 apprentices", "As a mentor, I trained four apprentices."),
    ],
)
def test_a_sentence_that_opens_with_when_or_where_is_said_as_typed(typed: str, said: str) -> None:
    read = read_point(typed)
    assert read.said is not None, read.why
    assert read.said.text().rstrip(".") + "." == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # "our own" is the candidate's side, never "the own"
        (
            "cut agency use from 22% to 6% via our own bank staff",
            "I cut agency use from 22% to 6% via my own bank staff.",
        ),
        ("rebuilt our own booking sheet", "I rebuilt my own booking sheet."),
    ],
)
def test_our_own_is_the_candidates(typed: str, said: str) -> None:
    read = read_point(typed)
    assert read.said is not None, read.why
    assert read.said.text().rstrip(".") + "." == said


@pytest.mark.parametrize("typed", ["7y TR/IH SaaS", "7y in tech recruiting, 4 in-house"])
def test_a_figure_with_its_unit_cut_to_a_letter_is_not_pasted(typed: str) -> None:
    # "I have 7y TR/IH SaaS" was said; the candidate is asked to reword it instead
    read = read_point(typed)
    assert read.said is None and "'7y'" in read.why


def test_a_company_word_typed_in_lower_case_gets_its_capital_in_the_letter() -> None:
    # h58: "get elmfield to Good" for Elmfield House Care Home; "house", "care" and "the" are
    # ordinary words and stay as they are
    company = "Elmfield House Care Home (Larchwood Care Group)"
    said = "My aim would be to get elmfield to Good; the house and its care matter."
    assert named(said, company) == (
        "My aim would be to get Elmfield to Good; the house and its care matter."
    )
    assert named("I enjoyed the visit.", "The Grafton Hotel") == "I enjoyed the visit."
    notes = load_notes(Path(__file__).parent / "corpus" / "readers" / "h58.json")
    text = Writer(notes, 0, today=dt.date(2026, 12, 2)).write().text
    assert "get Elmfield to Good" in text and "elmfield" not in text


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # compose asks for a contribution it left out; the answer comes back as a sentence
        (
            "I would cut time to fill with tighter intake meetings and calibrated scorecards",
            "I would cut time to fill with tighter intake meetings and calibrated scorecards.",
        ),
        ("i would cut TTF w/ tighter intake mtgs", "I would cut TTF with tighter intake meetings."),
        ("I'd like to rebuild the by-the-glass list", "I'd like to rebuild the by-the-glass list."),
    ],
)
def test_a_contribution_typed_as_the_candidates_sentence_is_said_as_typed(
    typed: str, said: str
) -> None:
    offer = read_offer(typed)
    assert offer is not None and offer.frame == "clause" and offer.text == said
