"""The `repetition` rule: a sentence of five words or more is written once (letters by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules import check_letter
from composer.rules.repetition import repeated, sentence_key

ROOT = Path(__file__).resolve().parents[1]
GOOD = (ROOT / "tests" / "corpus" / "good" / "warm_email_dana.txt").read_text(encoding="utf-8")
AIRFLOW = "Having spent six years running Airflow and Kafka in production"


@pytest.fixture
def notes() -> Notes:
    return load_notes(ROOT / "examples" / "warm_email.json")


def _found(text: str, notes: Notes) -> list[str]:
    return [v.message for v in check_letter(text, notes).violations if v.rule == "repetition"]


def test_a_good_letter_repeats_nothing(notes: Notes) -> None:
    assert _found(GOOD, notes) == []


def test_a_point_pasted_again_as_its_own_paragraph_is_an_error(notes: Notes) -> None:
    again = "At Contoso I cut warehouse costs by 40 percent, a result I am proud of."
    text = GOOD.replace(
        "I hope your trip",
        f"{again}\n\nAt contoso I cut warehouse costs by 40 percent, a result"
        " I am proud of!\n\nI hope your trip",
    )
    (message,) = _found(text, notes)
    assert message.startswith('line 11: "At contoso I cut warehouse costs by 40 percent')
    assert "the sentence on line 9" in message
    report = check_letter(text, notes)
    assert not report.ok


def test_a_short_sentence_may_recur_and_a_changed_word_is_another_sentence(notes: Notes) -> None:
    text = GOOD.replace("I hope your trip", "Thank you again. Thank you again. I hope your trip")
    assert _found(text, notes) == []
    text = GOOD.replace(
        "I hope your trip",
        "I would bring that same care to your team. I would bring the same care to your team. "
        "I hope your trip",
    )
    assert _found(text, notes) == []


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["I led the audit of every site.", "I led the audit of every site!"], [(0, 1)]),
        (["I led the audit of every site.", "i  led THE audit, of every site"], [(0, 1)]),
        (["Thanks so much again.", "Thanks so much again."], []),
        (["A b c d e.", "x y z w v.", "A b c d e.", "A b c d e."], [(0, 2), (0, 3)]),
        (["I led the audit of every site.", "I led the audit of each site."], []),
    ],
)
def test_repeated_pairs(sentences: list[str], expected: list[tuple[int, int]]) -> None:
    assert repeated(sentences) == expected


def test_the_key_is_the_words_in_order() -> None:
    assert sentence_key(f"{AIRFLOW}, I know.") == sentence_key(f"{AIRFLOW.lower()} I know!")
    assert sentence_key("I know, having spent") != sentence_key("having spent, I know")
