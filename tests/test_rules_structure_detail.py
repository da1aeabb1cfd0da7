"""The greeting and signature rules in detail, on the hand-written corpus letter to Dana
Whitfield: exact findings, near-miss names, and what may stand under the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.models import Notes
from composer.rules import check_letter
from composer.rules.report import Violation

GOOD = (Path(__file__).parent / "corpus" / "good" / "warm_email_dana.txt").read_text("utf-8")
CONTACT = "priya.raman@example.com\n+1 555 010 0199"


def found(text: str, notes: Notes, rule: str) -> list[Violation]:
    return [v for v in check_letter(text, notes).violations if v.rule == rule]


def test_a_line_before_the_greeting_is_named_exactly(warm_notes: Notes) -> None:
    early = "Follow-up on the second round interview for the data platform team"
    text = GOOD.replace("Dear Ms. Whitfield,", f"{early}\n\nDear Ms. Whitfield,")
    [problem] = found(text, warm_notes, "greeting")
    # cut to 50 characters: the first 47 ("Follow-up ... for the") and "..."
    assert problem.message == (
        'line 3: "Follow-up on the second round interview for the..." comes before the '
        "greeting; an email opens with its greeting, right after the Subject line."
    )
    assert problem.fix == "Put the greeting first, right after the Subject line."
    assert problem.quote == early


def test_a_greeting_without_their_name_lists_how_to_address_them(warm_notes: Notes) -> None:
    text = GOOD.replace("Dear Ms. Whitfield,", "Dear Hiring Manager,")
    [problem] = found(text, warm_notes, "greeting")
    assert problem.message.endswith('Address them by name: "Ms. Whitfield" or "Dana Whitfield".')


def test_a_wrong_title_before_a_misspelled_name_is_still_the_wrong_title(
    warm_notes: Notes,
) -> None:
    text = GOOD.replace("Dear Ms. Whitfield,", "Dear Mr. Whitfeld,")
    [problem] = found(text, warm_notes, "greeting")
    assert problem.quote == "Mr."


@pytest.mark.parametrize(
    ("name_line", "ok"),
    [
        ("Priya Raman", True),
        ("Priya Ramen", True),  # a near miss: `names` reports the spelling
        ("Priya Ramen, MSc", True),
        ("Priya Smith", False),
        ("Priya", False),
    ],
)
def test_the_signature_is_the_candidates_name(warm_notes: Notes, name_line: str, ok: bool) -> None:
    text = GOOD.replace("Best regards,\nPriya Raman", f"Best regards,\n{name_line}")
    assert (found(text, warm_notes, "signature") == []) is ok


@pytest.mark.parametrize(
    ("under", "ok"),
    [
        ("Senior Data Engineer candidate", True),  # starts with the role
        ("Portfolio:", True),  # a short label
        ("Phone number here:", True),  # three words and a colon
        ("My portfolio is here:", False),  # four words
        ("Portfolio", False),
        ("14 Harbour View, Dun Laoghaire", True),  # the address from the notes
        ("Dun Laoghaire, 14 Harbour View", True),  # its parts in another order
        ("Harbour View, Cork", False),
        ("See you soon", False),
    ],
)
def test_what_may_stand_under_the_name(warm_notes: Notes, under: str, ok: bool) -> None:
    notes = warm_notes.model_copy(
        update={
            "candidate": warm_notes.candidate.model_copy(
                update={"address": "14 Harbour View\nDun Laoghaire"}
            )
        }
    )
    text = GOOD.replace(CONTACT, f"{CONTACT}\n{under}")
    assert text != GOOD
    problems = found(text, notes, "signature")
    assert (problems == []) is ok, problems
    if not ok:
        assert problems[0].quote == under


def test_a_letter_without_a_greeting_names_its_first_line(warm_notes: Notes) -> None:
    text = GOOD.replace("Dear Ms. Whitfield,\n\n", "")
    [problem] = found(text, warm_notes, "greeting")
    # the first line cut to 50 characters in the message and to 80 in the quote
    assert problem.message == (
        'line 3 "Thank you for taking the time to speak with me...": the letter does not open '
        'with a greeting. Start with a line such as "Dear Ms. Whitfield," that names Dana '
        "Whitfield."
    )
    assert problem.fix == (
        'Open with a greeting line that names the interviewer, e.g. "Dear Ms. Whitfield,".'
    )
    assert problem.quote == (
        "Thank you for taking the time to speak with me yesterday about the Senior Dat..."
    )
    [empty] = found("Subject: Thank you", warm_notes, "greeting")
    assert empty.message.startswith("the letter: the letter does not open with a greeting.")
    assert empty.quote is None
