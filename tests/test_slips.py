"""The common letter slips Harper misses, reported by `proofread` with the right fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.models import Notes
from composer.rules import check_letter
from composer.rules.slips import slips

pytest.importorskip("harper")

GOOD_WARM = (Path(__file__).resolve().parent / "corpus" / "good" / "warm_email_dana.txt").read_text(
    encoding="utf-8"
)
ANCHOR = "I hope your trip to Lisbon"


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("I look forward to hear from you.", "hear", "hearing"),
        ("I am looking forward to meet the team.", "meet", "meeting"),
        ("Thank you for you time.", "you", "your"),
        ("Thank you for you kind words.", "you", "your"),
        ("Your welcome to call me.", "Your", "You're"),
        ("I will recieve the brief tomorrow.", "recieve", "receive"),
        ("I definately enjoyed it.", "definately", "definitely"),
        ("It was a real oppurtunity.", "oppurtunity", "opportunity"),
        ("The interveiw was a pleasure.", "interveiw", "interview"),
        ("I admired your managment style.", "managment", "management"),
        ("Thank you for interviewing me for the position in Northwind Analytics.", "in", "at"),
        ("I could of said more.", "of", "have"),
        ("Thank your for the tour.", "your", "you"),
        ("I has more to add.", "has", "have"),
        ("I enjoyed meeting you you and the team.", "you you", "you"),
    ],
)
def test_a_planted_slip_is_reported_with_its_fix(
    warm_notes: Notes, sentence: str, wrong: str, right: str
) -> None:
    text = GOOD_WARM.replace(ANCHOR, f"{sentence} {ANCHOR}")
    found = [v for v in check_letter(text, warm_notes, proofread=True).violations]
    assert [(v.rule, v.severity, v.quote) for v in found] == [("proofread", "warning", wrong)]
    assert found[0].fix == f'Replace "{wrong}" with "{right}".'


def test_a_misspelt_sign_off_is_reported() -> None:
    (slip,) = slips("Sincerly,\nPriya Raman")
    assert (slip.wrong, slip.right) == ("Sincerly", "Sincerely")


@pytest.mark.parametrize(
    "sentence",
    [
        "I look forward to hearing from you.",
        "Thank you for your time.",
        "Thank you for your welcome on Tuesday.",
        "Talking it through with you was the best part.",
        "Did she have time to read it?",
        "I was glad that that plan came up.",
        "I am interviewing for the position in the hope of learning more.",
        "I look forward to the next steps.",
        "You're welcome to call me.",
    ],
)
def test_correct_sentences_are_not_slips(sentence: str) -> None:
    assert slips(sentence, "Northwind Analytics") == []


def test_a_notes_word_is_not_called_a_misspelling(warm_notes: Notes) -> None:
    renamed = warm_notes.model_copy(
        update={"qualifications": [*warm_notes.qualifications, "three years at Untill Systems"]}
    )
    text = GOOD_WARM.replace(ANCHOR, f"Untill Systems taught me that. {ANCHOR}")
    assert [v.quote for v in check_letter(text, renamed, proofread=True).violations] == []


def test_a_doubled_word_copied_from_the_notes_is_left_alone(warm_notes: Notes) -> None:
    text = GOOD_WARM.replace(ANCHOR, f"I led the review review. {ANCHOR}")
    assert [v.quote for v in check_letter(text, warm_notes, proofread=True).violations] == [
        "review review"
    ]
    copied = warm_notes.model_copy(
        update={"highlights": [*warm_notes.highlights, "I led the review review"]}
    )
    assert [v.quote for v in check_letter(text, copied, proofread=True).violations] == []
