"""A date typed in figures in the next steps is read by the candidate's country: "12/8" is
December 8 in a US candidate's notes (reader 11's h85, "theyll email by 12/8") and 12 August in
a British candidate's. The sections and the coordinator's letter pass the country to the step
reader; before, it read no figures, and h85's letters dropped the date. Each expected sentence
is written by hand."""

from __future__ import annotations

from composer.models import Notes
from composer.offline.coordinator import CoordinatorWriter
from composer.offline.writer import Writer


def _notes(phone: str, steps: str, **extra: object) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Dana Reyes", "phone": phone},
            "company": "Harbor Clinic",
            "role": "Clinic Coordinator",
            "interview": {"date": "2027-06-01"},
            "interviewers": [
                {
                    "name": "Ana Ruiz",
                    "title": "Clinic Director",
                    "topics": ["the new walk-in clinic"],
                }
            ],
            "qualifications": ["Certified Medical Assistant since 2019"],
            "next_steps": steps,
            "tone": "concise",
            **extra,
        }
    )


def test_a_us_candidate_s_figures_are_month_first() -> None:
    text = Writer(_notes("(415) 555-0139", "theyll email by 6/8"), 0).write().text
    assert "June 8" in text
    assert "6 August" not in text and "August" not in text


def test_a_british_candidate_s_figures_are_day_first() -> None:
    text = Writer(_notes("07700 900123", "theyll email by 8/6"), 0).write().text
    assert "8 June" in text
    assert "August" not in text


def test_the_coordinator_s_letter_reads_the_country_too() -> None:
    notes = _notes(
        "(415) 555-0139",
        "theyll email by 6/8",
        coordinator={"name": "Sam Lee", "title": "Recruiter"},
    )
    text = "\n".join(CoordinatorWriter(notes).closing())
    assert "June 8" in text
