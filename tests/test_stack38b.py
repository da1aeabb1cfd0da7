"""Session 38b (stack): a word of the role in another form ties nothing ("coding" in a
"Clinical Coder" letter: held-out l01 of session 38 linked a depth-of-coding result to the coding
backlog by that word alone)."""

from __future__ import annotations

from composer.models import Notes
from composer.offline.ties import generic_of, role_stems, tie


def _notes(role: str) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Ann Lee"},
            "company": "Eastfield Trust",
            "role": role,
            "interview": {"date": "2026-12-02", "format": "onsite"},
            "interviewers": [{"name": "Gill Hart", "topics": ["the coding backlog"]}],
            "qualifications": ["Eight years in hospital records"],
            "highlights": ["Raised coding depth in orthopaedics from 4.1 to 5.6"],
        }
    )


def test_the_role_word_in_another_form_ties_nothing() -> None:
    generic = generic_of(_notes("Senior Clinical Coder"))
    point = "Raised coding depth in orthopaedics from 4.1 to 5.6"
    assert tie(point, "the coding backlog", generic) == 0


def test_a_shared_subject_beside_the_role_word_still_ties() -> None:
    generic = generic_of(_notes("Senior Clinical Coder"))
    assert tie("Cleared a five-week backlog in three months", "the coding backlog", generic) > 0


def test_role_stems_hold_the_verb_forms_of_the_doer() -> None:
    found = role_stems("Clinical Coder")
    assert {"coder", "codin", "coded"} <= found
    assert "supervising"[:5] in role_stems("Wig Supervisor")
    assert "nursi" in role_stems("Staff Nurse")
    assert "teach" in role_stems("Maths Teacher") and "taugh" in role_stems("Maths Teacher")
