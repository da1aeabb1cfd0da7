"""The `names` rule: edit distance, how a name is got wrong, and the exact finding for each."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.notes_file import load_notes
from composer.rules import check_letter
from composer.rules.facts import _cached_by_key
from composer.rules.names import _distance, allowed_distance

ROOT = Path(__file__).resolve().parent.parent
PANEL = load_notes(ROOT / "examples" / "panel_three.json")
AMELIE = (ROOT / "tests" / "corpus" / "good" / "panel_amelie.txt").read_text(encoding="utf-8")
LINE_9 = "I hope your new rescue greyhound is settling in well at home."
KJETIL = "the name of the interviewer Kjetil Ølstad"
DUBOIS = "the name of the interviewer Amélie Dubois-Lefèvre"


@pytest.fixture(autouse=True)
def _fresh_facts() -> None:
    """Work the notes' facts (and the spellings they remember) out anew for each test: facts
    cached by an earlier test, or by the process this one was forked from, would hide what the
    name checks do now."""
    _cached_by_key.cache_clear()


@pytest.mark.parametrize(
    ("a", "b", "limit", "expected"),
    [
        ("kitten", "sitting", 3, 3),
        ("kitten", "sitting", 2, 3),  # capped at limit + 1
        ("ab", "ba", 2, 1),  # an adjacent swap is one edit
        ("whitfield", "whitfeild", 2, 1),
        ("a", "abcd", 2, 3),  # lengths too far apart
        ("abc", "abcd", 1, 1),
        ("abcd", "abc", 1, 1),  # a deletion is one edit
        ("a", "aa", 3, 1),
        ("aaa", "a", 3, 2),
        ("same", "same", 1, 0),
        ("abc", "xyz", 1, 2),
        ("abcdef", "abcxyz", 5, 3),
    ],
)
def test_distance_counts_edits_and_swaps_up_to_a_cap(
    a: str, b: str, limit: int, expected: int
) -> None:
    assert _distance(a, b, limit) == expected


def test_names_of_up_to_six_letters_allow_one_edit_longer_ones_two() -> None:
    assert [allowed_distance(n) for n in (4, 6, 7, 12)] == [1, 1, 2, 2]


def _names(sentence: str, greeting: str = "Hi Amélie,") -> list[tuple[str, str | None, str | None]]:
    text = AMELIE.replace(LINE_9, sentence).replace("Hi Amélie,", greeting)
    report = check_letter(text, PANEL, "Amélie Dubois-Lefèvre")
    return [(v.message, v.fix, v.quote) for v in report.violations if v.rule == "names"]


@pytest.mark.parametrize(
    ("sentence", "word", "how", "whose", "right"),
    [
        (
            "Please pass my thanks to Kjetil Olstad.",
            "Olstad",
            "drops or changes an accent",
            KJETIL,
            "Ølstad",
        ),
        ("Please pass my thanks to Kjetl Ølstad.", "Kjetl", "is misspelled", KJETIL, "Kjetil"),
        ("Please thank Kjetl's team.", "Kjetl", "is misspelled", KJETIL, "Kjetil"),
        (
            "My best to Dubois Lefèvre.",
            "Dubois Lefèvre",
            "is missing its hyphen",
            DUBOIS,
            "Dubois-Lefèvre",
        ),
        (
            "My best to Dubois-lefèvre.",
            "Dubois-lefèvre",
            "has the wrong capitals",
            DUBOIS,
            "Dubois-Lefèvre",
        ),
    ],
)
def test_a_misspelt_name_is_named_with_how_and_the_spelling(
    sentence: str, word: str, how: str, whose: str, right: str
) -> None:
    assert _names(sentence) == [
        (
            f'line 9: "{word}" {how}; {whose} is spelled "{right}". Write it exactly as in the '
            "notes.",
            f'Spell "{word}" exactly as "{right}".',
            word,
        )
    ]


def test_a_name_misspelt_twice_is_reported_once() -> None:
    assert len(_names("Kjetl said so, and Kjetl was right.")) == 1


def test_a_greeting_without_the_accent_is_reported_on_its_line() -> None:
    (found,) = _names(LINE_9, greeting="Hi Amelie,")
    assert found[0] == (
        f'line 3: "Amelie" drops or changes an accent; {DUBOIS} is spelled "Amélie". Write it '
        "exactly as in the notes."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Please thank KJETIL.",  # capitals for emphasis
        "Please thank Kjetil Ølstad.",
        "Well, I hope the launch goes well.",  # a common word, not a name
        "I met Kjell there.",  # two edits from a six-letter name
    ],
)
def test_exact_names_shouted_names_and_common_words_are_not_findings(sentence: str) -> None:
    assert _names(sentence) == []
