"""The next steps the candidate was given reach every letter, whatever its tone: in the request
to a model, and in what the rules ask of a close. Letters here are written by hand."""

from __future__ import annotations

import pytest

from composer.backends.base import DraftRequest
from composer.models import Notes
from composer.prompting import load_prompts
from composer.rules import check_letter

NEXT = "a decision by December 5"

# A formal letter for examples/warm_email.json whose close does not look ahead.
FORMAL_NO_CLOSE = """Subject: Thank you for the Senior Data Engineer interview

Dear Ms. Whitfield,

Thank you for the opportunity to discuss the Senior Data Engineer position at Northwind Analytics \
yesterday. Our conversation about moving the nightly batch jobs to streaming was most informative, \
and it gave me a clear picture of the responsibilities of the role.

Over six years of running Airflow and Kafka in production, I have carried out migrations of this \
kind, and at Contoso I reduced warehouse costs by 40%. I would bring the same care to a \
migration plan that keeps the nightly reports running while the streaming jobs take over.

I wish you a pleasant trip to Lisbon. The discussion of the platform was of particular interest \
to me, and I appreciated the detail you were able to share about the work of the team.

Yours sincerely,
Priya Raman
priya.raman@example.com"""

FORWARD = (
    "I appreciated the detail you were able to share about the work of the team.\n\n"
    "I look forward to hearing about a decision by December 5, and I remain very interested "
    "in the position."
)


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_the_request_to_a_model_gives_the_next_steps_in_every_tone(
    warm_notes: Notes, tone: str
) -> None:
    notes = warm_notes.model_copy(update={"tone": tone})
    request = DraftRequest(notes, notes.interviewers[0])
    user = load_prompts().messages(request)[1]["content"]
    assert f"Next steps they were given: {NEXT}" in user
    assert f"in a {tone} tone" in user


def test_a_formal_letter_without_a_forward_close_is_told_the_next_steps(
    warm_notes: Notes,
) -> None:
    notes = warm_notes.model_copy(update={"tone": "formal"})
    report = check_letter(FORMAL_NO_CLOSE, notes)
    future = [v for v in report.violations if v.rule == "future"]
    assert len(future) == 1 and future[0].severity == "error"
    assert f"the next step ({NEXT})" in future[0].message
    assert not report.ok
    mended = FORMAL_NO_CLOSE.replace(
        "I appreciated the detail you were able to share about the work of the team.", FORWARD
    )
    assert check_letter(mended, notes).violations == ()  # ready to send
