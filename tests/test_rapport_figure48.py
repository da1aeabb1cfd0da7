"""A figure alone is no evidence that a sentence borrows another panellist's personal detail:
"(6 Dec!)" in one interviewer's note made "which cut the prep from about six to about two hours
per match" in the other's letter an error ("refers to a personal detail of Álvaro Ferrer"), so a
clean letter was marked not ready to send (reader 31's h232, found integrating session 48).
A name of the detail ("Valencia") still is. The notes are made up; sentences written by hand."""

from __future__ import annotations

from composer.models import Notes
from composer.rules import check_letter


def _notes() -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Sergio Llorente", "email": "sergio@example.com"},
            "company": "CF Maritim",
            "role": "Performance Analyst",
            "interview": {"date": "2026-12-03", "format": "onsite"},
            "interviewers": [
                {"name": "Alvaro Ferrer", "rapport": ["running the Valencia marathon (6 Dec!)"]},
                {"name": "Nerea Etxeberria", "topics": ["set-piece analysis"]},
            ],
            "highlights": ["built auto-tagging for set pieces -> prep 6h -> 2h per match"],
            "tone": "warm",
            "channel": "email",
        }
    )


def _letter(middle: str) -> str:
    return (
        "Subject: Thank you for the Performance Analyst interview\n\nDear Nerea,\n\nThank you"
        " for meeting me yesterday to talk about the Performance Analyst role at CF Maritim."
        f" I enjoyed our talk about set-piece analysis. {middle}\n\nI look forward to hearing"
        " from you.\n\nBest regards,\nSergio Llorente"
    )


def _grounding(text: str) -> list[str]:
    report = check_letter(text, _notes(), "Nerea Etxeberria")
    return [v.message for v in report.violations if v.rule == "grounding"]


def test_a_figure_shared_with_their_date_is_no_borrowed_detail() -> None:
    said = "I built auto-tagging for set pieces, which cut the prep from six to two hours."
    assert _grounding(_letter(said)) == []


def test_a_name_of_their_detail_is_still_borrowed() -> None:
    said = "I hope your Valencia marathon goes well."
    assert any("Alvaro Ferrer" in message for message in _grounding(_letter(said)))
