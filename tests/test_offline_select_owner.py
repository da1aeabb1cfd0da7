"""Whose letter a point goes to when the notes are typed as people type them: a point about a
topic the letter cannot name is still that reader's; a public body is "the" Probation Service
in prose; a formal close does not look forward twice.
Each expectation is reasoned as the candidate would want it, never copied from output."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.models import Notes
from composer.offline.envelope import company_said
from composer.offline.select import select
from composer.offline.writer import Writer


def _panel(**changes: Any) -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Sam Okafor", "email": "sam.okafor@example.co.uk"},
        "company": "Kestrel Build Ltd",
        "role": "Site Manager",
        "interview": {"date": "2026-11-30", "format": "panel"},
        "interviewers": [
            {
                "name": "Dawn Pike",
                "title": "Construction Director",
                "salutation": "Dawn",
                # a year glued on with no "in": the letter cannot name this topic
                "topics": ["handover of the 3 new care homes 2027", "subbie payments"],
            },
            {
                "name": "Luke Barrow",
                "title": "H&S Manager",
                "salutation": "Luke",
                "topics": ["RIDDOR reporting on site"],
            },
        ],
        "qualifications": ["SMSTS + CSCS black card"],
        "highlights": ["led handover of 2 care homes at Wakefield, both on time"],
        "tone": "warm",
        "channel": "email",
    }
    data.update(changes)
    return Notes.model_validate(data)


def _points(notes: Notes, index: int) -> list[str]:
    return [p.source for p in select(notes, index).points]


def test_a_point_about_a_topic_the_letter_cannot_name_goes_to_that_reader() -> None:
    # Dawn talked about handing over three new care homes; the candidate led the handover of
    # two at Wakefield. Her topic reads as a note ("... care homes 2027") and is not named,
    # but the handover result is hers, not Luke's (whose topic is RIDDOR reporting).
    notes = _panel()
    assert _points(notes, 0) == ["led handover of 2 care homes at Wakefield, both on time"]
    assert "led handover of 2 care homes at Wakefield, both on time" not in _points(notes, 1)


def test_a_public_body_takes_the_in_prose_and_a_firm_does_not() -> None:
    assert company_said("Probation Service, West Midlands Region") == (
        "the Probation Service, West Midlands Region"
    )
    assert company_said("Northern Centre for Cancer Care, Newcastle NHS FT").startswith(
        "the Northern Centre"
    )
    assert company_said("Environment Agency") == "the Environment Agency"
    # a sentence leaves a firm's legal form off; "& Co." is part of a name
    assert company_said("Kestrel Build Ltd") == "Kestrel Build"
    assert company_said("Straits Meridian Shipping Pte. Ltd.") == "Straits Meridian Shipping"
    assert company_said("Fynbos Cold Logistics (Pty) Ltd") == "Fynbos Cold Logistics"
    assert company_said("Northwind Analytics, Inc.") == "Northwind Analytics"
    assert company_said("Pike & Co.") == "Pike & Co."
    assert company_said("Bank of America") == "Bank of America"
    assert company_said("The Harrowgate Hotel, Edinburgh") == "The Harrowgate Hotel, Edinburgh"
    # the parent group in a bracket is for the letterhead; a sentence names the home alone
    assert company_said("Elmfield House Care Home (Larchwood Care Group)") == (
        "Elmfield House Care Home"
    )
    assert company_said("Leeds Adult Probation Service (NPS)") == (
        "the Leeds Adult Probation Service"
    )


@pytest.mark.parametrize("name", ["Anna Berg", "Tom Reyes", "Ola Nowak", "Ravi Shah"])
def test_a_formal_letter_with_no_next_step_says_look_forward_once(name: str) -> None:
    # An audiologist's formal email: she recommended a book ("I look forward to reading it")
    # and the notes give no next step. The close must not say "I look forward" again; a
    # person writes "I hope to hear from you in due course." or the like.
    notes = Notes.model_validate(
        {
            "candidate": {"name": name, "email": "cand@example.com"},
            "company": "Corvel Audiology",
            "role": "Audiologist",
            "interview": {"date": "2026-11-30", "format": "onsite"},
            "interviewers": [
                {
                    "name": "Dr. Jane Moss",
                    "title": "Lead Audiologist",
                    "topics": ["paediatric hearing tests"],
                    "rapport": ["she recommended the book 'Pediatric Audiology' by Madell"],
                }
            ],
            "qualifications": ["MSc Audiology, UCL"],
            "highlights": ["fitted 300+ hearing aids last yr"],
            "tone": "formal",
            "channel": "email",
        }
    )
    text = Writer(notes, 0, today=dt.date(2026, 12, 1)).write().text
    assert text.count("look forward") + text.count("looking forward") <= 1, text


@pytest.mark.parametrize("tone", ["formal", "warm", "concise"])
def test_a_qualification_passed_is_said_plainly_not_as_a_result_to_be_proud_of(
    tone: str,
) -> None:
    # A mortgage adviser typed her qualification as something done ("passed my DipFA last
    # yr"). It is a qualification she holds: "I passed my DipFA last year." as a person says
    # it, never "One result I am particularly proud of: I passed my DipFA last year."
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Gail Pryor", "email": "gail@example.co.uk"},
            "company": "Brookfield Building Society",
            "role": "Mortgage Adviser",
            "interview": {"date": "2026-11-30", "format": "onsite"},
            "interviewers": [
                {"name": "Rob Hale", "title": "Branch Manager", "topics": ["the branch"]}
            ],
            "qualifications": ["passed my DipFA last yr"],
            "tone": tone,
            "channel": "letter",
        }
    )
    for salt in range(4):
        text = Writer(notes, 0, today=dt.date(2026, 12, 1), salt=salt).write().text
        assert "DipFA" in text, text
        assert "proud" not in text, text


def test_a_contribution_typed_as_a_list_goes_to_the_reader_its_first_part_is_about() -> None:
    # The head baker offers "a shorter menu the counter staff can sell + monthly staff
    # tastings". The owner is cutting the menu down; the chef's wholesale tasting sessions
    # share a word with its second part only. The offer leads with the menu: the owner's.
    notes = _panel(
        company="Crumb & Co",
        role="Head Baker",
        interviewers=[
            {"name": "Ravi Shah", "title": "Head Chef", "topics": ["wholesale tasting sessions"]},
            {"name": "Ellen Moss", "title": "Owner", "topics": ["cutting the menu down"]},
        ],
        qualifications=["City & Guilds level 3 patisserie"],
        highlights=[],
        contribution="a shorter menu the counter staff can sell + monthly staff tastings",
    )
    assert select(notes, 1).contribution is not None
    assert select(notes, 0).contribution is None


@pytest.mark.parametrize("company", ["Kestrel Build Pte. Ltd.", "Kestrel Build Pvt. Ltd."])
def test_a_letter_naming_the_firm_without_its_legal_form_passes_the_company_rule(
    company: str,
) -> None:
    from composer.compose import compose

    [first, *_] = compose(_panel(company=company), max_attempts=1, today=dt.date(2026, 12, 1))
    assert "Kestrel Build" in first.text and "Pte" not in first.text and "Pvt" not in first.text
    assert not [v for v in first.report.violations if v.rule == "role-and-company"], first.text
