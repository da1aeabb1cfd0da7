"""A credential held, tied to a reader's second topic, is said as a credential ("As for Blum
hinges and runners, I am Blum Installation Systems trained."), never as "one example came to
mind" (reader 14's h114 after the Bosch tie was fixed: "When we turned to e-bike repairs ...,
one example came to mind: I am Bosch eBike Systems certified."), and with no "as well" that
would have nothing before it when the first topic's point is left out; a further topic said
with the candidate's point keeps its own paragraph, never glued to the thanks. The members
below are made up; the expected sentences are written by hand."""

from __future__ import annotations

import datetime as dt

from composer import compose
from composer.models import Notes
from composer.offline.body import Sentence
from composer.offline.paragraphs import paragraphed


def _notes(tone: str) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Ines Varga", "email": "ines.varga@example.com"},
            "company": "Harbour Lane Kitchens",
            "role": "Kitchen Fitter",
            "interview": {"date": "2026-12-01", "format": "onsite"},
            "interviewers": [
                {
                    "name": "Pete Rowan",
                    "title": "Install Manager",
                    "salutation": "Pete",
                    "topics": ["worktop templating", "Blum hinges and runners"],
                },
                {
                    "name": "Dee Carter",
                    "title": "Showroom Manager",
                    "salutation": "Dee",
                    "topics": ["booking system for surveys", "customer handovers"],
                },
            ],
            "qualifications": ["Blum Installation Systems trained", "NVQ L2 site carpentry"],
            "highlights": ["templated 120+ worktops by laser"],
            "tone": tone,
            "channel": "email",
        }
    )


_HELD = {
    "As for Blum hinges and runners, I am Blum Installation Systems trained.",
    "When it comes to Blum hinges and runners, I am Blum Installation Systems trained.",
    "With regard to Blum hinges and runners, I am Blum Installation Systems trained.",
}


def test_a_credential_tied_to_a_second_topic_is_said_as_one() -> None:
    for tone in ("warm", "formal", "concise"):
        pete = compose(_notes(tone), today=dt.date(2026, 12, 2))[0].text
        paragraphs = pete.split("\n\n")
        # the paragraph may open on the first topic's point ("I templated more than 120
        # worktops by laser.", said since session 48), then the credential, said as one
        assert any(paragraphs[3].endswith(held) for held in _HELD), (tone, paragraphs[3])
        assert "came to mind" not in pete and "as well" not in pete


def test_a_further_topic_with_a_point_keeps_its_paragraph() -> None:
    got = paragraphed(
        [
            Sentence("thanks", 0, "Thank you for meeting me yesterday."),
            Sentence("topic_more", 1, "As for the rota, I am IOSH certified.", tied=True),
            Sentence("next_step", 5, "I look forward to hearing from you."),
        ]
    )
    assert [s.paragraph for s in got] == [0, 1, 5]
