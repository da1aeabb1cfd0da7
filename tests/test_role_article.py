"""A role written with a leading article ("an Account Executive") reads right everywhere."""

from __future__ import annotations

import pytest

from composer.backends.base import DraftRequest
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.rules import check_letter

ROLES = ["an Account Executive", "the Data Engineer role", "A Senior Data Engineer", "The Analyst"]


def _with_role(notes: Notes, role: str) -> Notes:
    return notes.model_copy(update={"role": role})


def _offline(notes: Notes) -> str:
    return OfflineBackend().draft(DraftRequest(notes=notes, interviewer=notes.interviewers[0])).text


@pytest.mark.parametrize("role", ROLES)
def test_offline_letter_has_one_article_before_the_role(warm_notes: Notes, role: str) -> None:
    notes = _with_role(warm_notes, role)
    text = _offline(notes)
    bare = role.split(maxsplit=1)[1]
    assert f"the {bare}" in text
    lowered = text.casefold()
    for doubled in ("the an ", "the a ", "the the ", "for the a", "role role", "role position"):
        assert doubled not in lowered, text
    report = check_letter(text, notes)
    assert report.violations == (), [v.message for v in report.violations]


def test_the_rule_accepts_the_role_with_or_without_its_article(warm_notes: Notes) -> None:
    text = _offline(warm_notes)
    role = warm_notes.role
    assert role in text
    for written in (f"an {role}", f"the {role}", f"THE {role}"):
        notes = _with_role(warm_notes, written)
        assert "role-and-company" not in {v.rule for v in check_letter(text, notes).violations}


def test_the_rule_still_catches_a_missing_role(warm_notes: Notes) -> None:
    text = _offline(warm_notes).replace(warm_notes.role, "Platform Engineer")
    notes = _with_role(warm_notes, f"an {warm_notes.role}")
    [found] = [v for v in check_letter(text, notes).violations if v.rule == "role-and-company"]
    assert f'the role "an {warm_notes.role}"' in found.message
    assert f'"thank you for the conversation about the {warm_notes.role} role at' in found.message
    assert "the an " not in found.message


def test_the_rule_suggestion_does_not_double_the_role_noun(warm_notes: Notes) -> None:
    text = _offline(warm_notes).replace(warm_notes.role, "Platform Engineer")
    notes = _with_role(warm_notes, "the Data Engineer role")
    [found] = [v for v in check_letter(text, notes).violations if v.rule == "role-and-company"]
    assert "about the Data Engineer role at" in found.message
    assert "the the" not in found.message and "role role" not in found.message


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("School Counselor (gr 6-8)", "School Counselor"),
        ("Warehouse Operations Manager (2nd shift)", "Warehouse Operations Manager"),
        ("Senior MSK Physiotherapist (Band 7 equiv.)", "Senior MSK Physiotherapist"),
        ("Band 6 Community Midwife (Penwith team)", "Band 6 Community Midwife"),
        ("Senior Civil Engineer (Drainage)", "Senior Civil Engineer (Drainage)"),
        ("Senior Cabin Crew (Cabin Supervisor)", "Senior Cabin Crew (Cabin Supervisor)"),
    ],
)
def test_a_note_takers_bracket_after_the_role_stays_out_of_the_letter(
    warm_notes: Notes, typed: str, said: str
) -> None:
    # A bracket of notes ("gr 6-8", "2nd shift") is the candidate's aide-memoire, not the job's
    # title; one in the title's own capitals ("(Drainage)") is how the advert names the job.
    notes = _with_role(warm_notes, typed)
    text = _offline(notes)
    assert f"the {said} " in text
    assert said == typed or "(" not in text.split("\n\n", 1)[1]
    report = check_letter(text, notes)
    assert "role-and-company" not in {v.rule for v in report.violations}
