"""Careful lines (whole sentences) said as typed, not refused or bent by a shorthand reading
(scout 45, session 43): a title's capital words, a sentence's own final stop, and a share of
the things counted ("most of them settled") joined as a relative clause."""

from __future__ import annotations

import datetime as dt

import pytest

from composer import compose
from composer.models import Notes
from composer.offline.cvresults import result
from composer.offline.flagged import stopped
from composer.offline.notemarks import raw
from composer.offline.realise import Clause
from tests.fakes import follow_up

TODAY = dt.date(2026, 12, 4)


def _letter(highlights: list[str]) -> str:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Orla Keane", "email": "orla.keane@example.ie"},
            "company": "Fenwick Harte LLP",
            "role": "Associate, Pensions Law",
            "interview": {"date": "2026-12-03", "format": "onsite"},
            "interviewers": [
                {
                    "name": "Conor Walsh",
                    "title": "Partner",
                    "topics": ["the new auto-enrolment scheme"],
                }
            ],
            "highlights": highlights,
            "tone": "formal",
        }
    )
    return compose(notes, today=TODAY)[0].text


def test_a_sentence_ending_on_a_title_word_is_no_abbreviation() -> None:
    # "Work." was taken for a short form that could not be spelled out, and the line left out
    line = "Wrote the client guide to the Code of Practice on Flexible Work."
    assert raw(Clause("I", "wrote", "the client guide"), line) == ""
    # a short form typed with its stop is still one
    assert raw(Clause("I", "wrote", "the guide"), "Wrote the guide for the Dept.") != ""
    assert raw(Clause("I", "am", "free"), "Free to start Wed.") != ""


def test_a_title_in_capitals_with_to_and_a_verb_is_a_name_not_a_pasted_line() -> None:
    title = "I wrote a briefing on the Right to Request Flexible Work."
    assert stopped(title) == ""
    assert stopped("I did the course, Want to learn more.") != ""  # a line's first word


@pytest.mark.parametrize(
    ("text", "before", "said"),
    [
        (
            "most of them settled before adjudication",
            "employers at more than 30 tribunal hearings",
            ", most of which settled before adjudication",
        ),
        ("two of them went to court", "12 clients", ", two of whom went to court"),
        ("most of them stayed on", "eight apprentices", ", most of whom stayed on"),
    ],
)
def test_a_share_of_them_with_its_own_verb_is_a_relative_clause(
    text: str, before: str, said: str
) -> None:
    assert result(text, before) == said


def test_the_careful_highlights_are_said_in_the_letter() -> None:
    letter = _letter(
        [
            "Represented trustees at more than 40 Pensions Ombudsman hearings, most of them "
            "settled before a determination.",
            "Wrote the client guide to the Code of Practice on the Right to Request Flexible Work.",
        ]
    )
    assert "at more than 40 Pensions Ombudsman hearings, most of which settled before" in letter
    assert "the most of them" not in letter
    assert "the Code of Practice on the Right to Request Flexible Work." in letter


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("When Tom asked about weekend cover, I forgot to mention that I am free most Saturdays. "
         "I would like to make that clear.",
         "To add to my answer on weekend cover: I am free most Saturdays."),
        ("When Ana asked about the audit, I forgot to mention that I led the ISO 9001 "
         "recertification in 2024. I just want to clarify that.",
         "To add to my answer on the audit: I led the ISO 9001 recertification in 2024."),
    ],
)  # fmt: skip
def test_a_last_sentence_that_only_says_the_point_matters_is_not_said(
    typed: str, said: str
) -> None:
    # reader 23: "... once the agreed waiting time had passed. I would like to make that clear."
    assert follow_up(typed) == said


def test_a_careful_follow_up_to_a_panellist_drops_the_note_that_it_matters() -> None:
    # reader 23 h180, a panel: the careful line is said as typed, without its last sentence
    from composer.offline.carefulasked import said_with_care

    typed = (
        "When Ana asked about the audit, I forgot to mention that I led the ISO 9001 "
        "recertification in 2024. I would like to make that clear."
    )
    assert said_with_care(typed, ["Tom Reyes", "Tom"]) == (
        "When Ana asked about the audit, I forgot to mention that I led the ISO 9001 "
        "recertification in 2024."
    )
