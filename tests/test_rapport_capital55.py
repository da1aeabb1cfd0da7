"""A word of another panellist's personal detail said in lower case is no borrowed detail: "It is
an area I know from my own work" in Raymond Cho's letter was an error ("refers to a personal
detail of Dr. Samuel Okafor": "We both did fieldwork in the Driftless Area"), and a clean letter
was marked not ready to send (reader 73's h397, session 55). The name itself still is. The notes
are made up; sentences written by hand."""

from __future__ import annotations

from composer.models import Notes
from composer.rules import check_letter


def _notes() -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Ana Kowal", "email": "ana@example.com"},
            "company": "Prairie Museum",
            "role": "Collections Manager",
            "interview": {"date": "2027-03-03", "format": "onsite"},
            "interviewers": [
                {
                    "name": "Samuel Okafor",
                    "rapport": ["We both did fieldwork in the Driftless Area"],
                },
                {"name": "Raymond Cho", "topics": ["data publication to GBIF"]},
            ],
            "highlights": ["managed the Specify migration with no loss of data"],
            "tone": "warm",
            "channel": "email",
        }
    )


def _grounding(middle: str) -> list[str]:
    text = (
        "Subject: Thank you for the Collections Manager interview\n\nDear Raymond,\n\nThank you"
        " for meeting me yesterday to talk about the Collections Manager role at Prairie Museum."
        f" I enjoyed our talk about data publication to GBIF. {middle}\n\nI look forward to"
        " hearing from you.\n\nBest regards,\nAna Kowal"
    )
    report = check_letter(text, _notes(), "Raymond Cho")
    return [v.message for v in report.violations if v.rule == "grounding"]


def test_a_common_word_of_their_detail_in_lower_case_is_no_borrowed_detail() -> None:
    said = "It is an area I know from my own work: I managed the Specify migration."
    assert _grounding(said) == []


def test_the_name_of_their_detail_is_still_borrowed() -> None:
    said = "I hope you get back to the Driftless Area soon."
    assert any("Samuel Okafor" in message for message in _grounding(said))
