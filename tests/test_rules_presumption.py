"""`grounding`: no claim that the candidate got the job unless the notes say so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.models import Notes
from composer.rules import check_letter

ROOT = Path(__file__).resolve().parent.parent
GOOD_WARM = (ROOT / "tests" / "corpus" / "good" / "warm_email_dana.txt").read_text(encoding="utf-8")
ANCHOR = "I hope your trip to Lisbon"


def _with(sentence: str, notes: Notes) -> list[tuple[str, str | None]]:
    text = GOOD_WARM.replace(ANCHOR, f"{sentence} {ANCHOR}")
    return [(v.rule, v.quote) for v in check_letter(text, notes).violations]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("I am pleased to report that I have been selected.", "I have been selected"),
        ("I am glad I was chosen for the Senior Data Engineer role.", None),
        ("I am the successful candidate, as you said.", "I am the successful candidate"),
        ("Thank you for hiring me.", "for hiring me"),
        ("Thank you for offering me the position.", "offering me the position"),
        ("Thank you for the job offer.", "for the job offer"),
        ("I have accepted your offer.", "I have accepted your offer"),
        ("I am delighted to accept.", "delighted to accept"),
        ("I'll be joining from Monday.", "I'll be joining from Monday"),
        ("I will start on 4 January.", "I will start on 4"),
        ("The panel decided to hire me.", "The panel decided to hire me"),
        ("I am glad the team decided in my favour.", "decided in my favour"),
        ("Thank you for choosing me.", "for choosing me"),
    ],
)
def test_a_claim_of_the_outcome_is_grounding(
    warm_notes: Notes, sentence: str, quote: str | None
) -> None:
    found = _with(sentence, warm_notes)
    assert {rule for rule, _ in found} == {"grounding"}, found
    if quote is not None:
        assert (("grounding", quote)) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for selecting me for an interview.",
        "I have been selected for a second interview before, and it is always a pleasure.",
        "I was selected to lead the warehouse migration at Contoso.",
        "I could start on the migration plan in the first week.",
        "I can start whenever suits the team.",
        "I look forward to hearing about your decision.",
        "I appreciated hearing what the first weeks in the role would involve.",
    ],
)
def test_ordinary_sentences_are_no_claim(warm_notes: Notes, sentence: str) -> None:
    assert _with(sentence, warm_notes) == []


def test_a_claim_the_notes_make_is_allowed(warm_notes: Notes) -> None:
    data = json.loads((ROOT / "examples" / "warm_email.json").read_text(encoding="utf-8"))
    data["follow_up"] = "I have accepted the offer already"
    accepted = Notes.model_validate(data)
    assert _with("I have accepted your offer.", accepted) == []
    # the same notes do not excuse another claim
    assert _with("The panel decided to hire me.", accepted) == [
        ("grounding", "The panel decided to hire me")
    ]
