"""False alarms of the rules on sentences a good letter says, each found on real letters: a
common word read as a slip of a name, a common word in a colleague's personal note read as
borrowing it."""

from __future__ import annotations

import pytest

from composer.models import Notes
from composer.rules import check_letter


def test_no_word_the_writer_starts_a_sentence_with_can_read_as_a_slip_of_a_name() -> None:
    """The names rule reads a capitalised word near a name as a slip ("Safe" for "Café"), unless
    it is common English: every word a wording starts a sentence with must be one."""
    import re

    from composer.offline import phrasebook
    from composer.rules.names import COMMON_WORDS

    starts: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            for sentence in re.split(r"(?<=[.!?:])\s+", value):
                found = re.match(r"[A-Z][a-z]{3,}", sentence)
                if found:
                    starts.add(found.group().lower())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(phrasebook.BOOK)
    assert "safe" in starts and "thank" in starts  # the walk reaches the wordings
    assert sorted(starts - COMMON_WORDS) == []


def test_safe_travels_is_no_slip_of_a_cafe_name() -> None:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Ana Ruiz"},
            "company": "Café Lumen",
            "role": "Barista",
            "interview": {"date": "2026-11-30"},
            "interviewers": [{"name": "Joe Park", "topics": ["latte art"]}],
            "highlights": ["pulled 300 shots a day"],
            "tone": "warm",
            "channel": "email",
        }
    )
    letter = (
        "Subject: Thanks\n\nDear Joe,\n\nThank you for meeting me yesterday about the Barista "
        "role at Café Lumen.\n\nSafe travels next week. Cafe Lumen is lovely.\n\n"
        "Best regards,\nAna Ruiz"
    )
    found = [
        v.quote for v in check_letter(letter, notes, to="Joe Park").errors if v.rule == "names"
    ]
    assert found == ["Cafe"]  # the accent slip still counts; "Safe" does not


def _data_panel() -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Ana Ruiz"},
            "company": "Lumen Data",
            "role": "Data Engineer",
            "interview": {"date": "2026-11-30"},
            "interviewers": [
                {"name": "Joe Park", "topics": ["dbt models"]},
                {
                    "name": "Kim Roe",
                    "topics": ["airflow"],
                    "rapport": ["writes for Data Engineering Weekly"],
                },
            ],
            "highlights": ["cut pipeline runtime by 40%"],
            "next_steps": "take-home next week",
            "tone": "warm",
            "channel": "email",
        }
    )


@pytest.mark.parametrize(
    ("sentence", "borrowed"),
    [
        ("I am looking forward to the take-home next week.", False),  # "week", not "Weekly"
        ("I hope your writing for Data Engineering Weekly goes well.", True),
    ],
)
def test_a_common_word_in_a_colleagues_title_is_no_borrowed_detail(
    sentence: str, borrowed: bool
) -> None:
    letter = (
        "Subject: Thanks\n\nDear Joe,\n\nThank you for meeting me yesterday about the Data "
        "Engineer role at Lumen Data. I cut pipeline runtime by 40% at my last job, and I "
        "enjoyed our talk about dbt models.\n\n"
        f"{sentence} Thank you again for your time.\n\nBest regards,\nAna Ruiz"
    )
    report = check_letter(letter, _data_panel(), to="Joe Park")
    found = [v.quote for v in report.errors if v.rule == "grounding"]
    assert found == ([sentence] if borrowed else [])


@pytest.mark.parametrize(
    ("after", "flagged"),
    [
        ("My experience covers eight years of boiler work.", []),  # a new sentence
        ("Mxyzzy said I would fit in well.", ["Mxyzzy"]),  # a name the notes lack, still found
    ],
)
def test_a_sentence_after_a_company_ending_in_ltd_starts_a_new_sentence(
    after: str, flagged: list[str]
) -> None:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Ana Ruiz"},
            "company": "Hale Plumbing Ltd",
            "role": "Gas Engineer",
            "interview": {"date": "2026-11-30"},
            "interviewers": [{"name": "Joe Park", "topics": ["combi boilers"]}],
            "qualifications": ["8 yrs boiler work"],
            "tone": "warm",
            "channel": "email",
        }
    )
    letter = (
        "Subject: Thanks\n\nDear Joe,\n\nThank you for meeting me yesterday about the Gas "
        f"Engineer role at Hale Plumbing Ltd. {after} I enjoyed our talk about combi boilers."
        "\n\nBest regards,\nAna Ruiz"
    )
    report = check_letter(letter, notes, to="Joe Park")
    assert [v.quote for v in report.errors if v.rule == "grounding"] == flagged
