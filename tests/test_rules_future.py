"""`future`: the closing paragraph takes a step forward; interest or thanks alone do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.models import Notes
from composer.rules import check_letter

CORPUS = Path(__file__).resolve().parent / "corpus"
GOOD_WARM = (CORPUS / "good" / "warm_email_dana.txt").read_text(encoding="utf-8")
CLOSE = (
    "I look forward to hearing from you about a decision by December 5, and I remain very "
    "interested in joining Northwind."
)


def _rules(text: str, notes: Notes) -> set[str]:
    return {v.rule for v in check_letter(text, notes).violations}


def _closing(notes: Notes, close: str) -> set[str]:
    assert CLOSE in GOOD_WARM
    return _rules(GOOD_WARM.replace(CLOSE, close), notes)


@pytest.mark.parametrize(
    "close",
    [
        "I am still very keen on the role. Thank you once more for your time and consideration.",
        "I remain very interested in joining Northwind. Thank you again.",
        "My continued interest in the role is strong, and I am grateful for your time.",
        "I am eager to contribute to Northwind and excited about the role.",
        # a thing sent with no day is no step ahead ("I will send you my thanks")
        "I will send you my best wishes for the season.",
    ],
)
def test_interest_or_thanks_alone_is_no_step_forward(warm_notes: Notes, close: str) -> None:
    assert _closing(warm_notes, close) == {"future"}


@pytest.mark.parametrize(
    "close",
    [
        "I look forward to hearing from you.",
        "I hope to hear from you about a decision by December 5.",
        "I would be happy to share more detail on the migration plan if it would help.",
        "I hope we can continue the conversation soon.",
        "Please let me know if there is anything else you need from me.",
        # session 39: the offline writer's own wording of a step hoped for (reader h39)
        "I would welcome the chance of the final interview with the CFO next week.",
        # session 39b: the candidate's part of the next step, with its day (census16 f29)
        "I will send you the technical take-home by Monday.",
    ],
)
def test_a_step_forward_in_the_close_passes(warm_notes: Notes, close: str) -> None:
    assert "future" not in _closing(warm_notes, f"I remain very interested in the role. {close}")


def test_a_step_forward_earlier_in_the_letter_does_not_count(warm_notes: Notes) -> None:
    text = GOOD_WARM.replace(CLOSE, "Thank you again for your time.").replace(
        "the work ahead of your team.",
        "the work ahead of your team, and I look forward to hearing about the next steps.",
    )
    found = [v for v in check_letter(text, warm_notes).violations]
    assert [v.rule for v in found] == ["future"]
    assert found[0].message.startswith("line 7 onwards:")  # the close, not the opening (line 5)


def test_a_short_last_paragraph_leans_on_the_one_before(warm_notes: Notes) -> None:
    text = GOOD_WARM.replace(CLOSE, CLOSE + "\n\nThank you again for your time.")
    assert _rules(text, warm_notes) == set()
    # ...but only on the paragraph right before it
    moved = GOOD_WARM.replace(CLOSE, "Thank you again.").replace(
        "the work ahead of your team.", "the work ahead. I look forward to the next steps."
    )
    assert _rules(moved, warm_notes) == {"future"}


def test_a_letter_in_one_paragraph_closes_with_its_last_sentences(warm_notes: Notes) -> None:
    body = GOOD_WARM.split("\n\n")
    one = "\n\n".join([body[0], body[1], " ".join(body[2:5]), *body[5:]])
    assert _rules(one, warm_notes) == set()
    flat = one.replace(
        "I look forward to hearing from you about a decision by December 5, and ", ""
    )
    assert _rules(flat, warm_notes) == {"future"}
