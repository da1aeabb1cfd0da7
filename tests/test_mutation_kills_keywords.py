"""Keywords of a notes entry: exact stems, the distinctive ones and when a letter picks one up.

Each expected stem below was worked out by hand from the suffix list and the two trimming steps.
"""

from __future__ import annotations

import pytest

from composer.rules.keywords import keywords, letter_stems, refers_to, stem


@pytest.fixture(autouse=True)
def _fresh_caches() -> None:
    """Work each stem out anew: a result cached by an earlier test (or by the process this one
    was forked from) would hide what the code does now."""
    stem.cache_clear()
    keywords.cache_clear()


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("cycling", "cycl"),
        ("cycle", "cycl"),
        ("adopted", "adopt"),
        ("adoption", "adopt"),
        ("Amazingly", "amaz"),
        ("running", "run"),  # "ing" off, then the doubled n
        ("Dana's", "dana"),
        ("cats", "cat"),  # three letters stay after the suffix: it goes
        ("bed", "bed"),  # one letter would stay: the suffix stays
        ("sings", "sing"),  # "ings" would leave one letter, so the plain "s" goes
        ("care", "car"),  # four letters: the final e goes
        ("ate", "ate"),  # three letters: it stays
        ("tall", "tal"),
        ("egg", "egg"),
        ("breeders", "breed"),  # one suffix only: "ers", not then "ed"
        ("helpers", "help"),
        ("quickly", "quick"),
    ],
)
def test_stem_takes_one_suffix_then_a_final_e_and_a_doubled_letter(
    word: str, expected: str
) -> None:
    assert stem(word) == expected


def test_keywords_of_an_entry_skip_stop_words_and_short_words_and_mark_names_and_numbers() -> None:
    found, distinctive = keywords(
        "Led a QA team at Acme in 2024, 12,000 users; I am big on Kafka 5k"
    )
    assert found == {"led", "acm", "2024", "1200", "user", "big", "kafka", "5k"}
    assert distinctive == {"acm", "2024", "1200", "kafka", "5k"}


def test_a_capital_at_the_start_counts_only_for_a_word_in_capitals() -> None:
    assert keywords("AWS migration") == ({"aws", "migrat"}, {"aws"})
    assert keywords("Migration to AWS") == ({"migrat", "aws"}, {"aws"})
    assert keywords("Migration of Kafka") == ({"migrat", "kafka"}, {"kafka"})


def test_letter_stems_are_the_stems_of_every_word() -> None:
    # "12,000" loses its comma, then the doubled final 0.
    assert letter_stems("Dana's 12,000 users, a team") == {"dana", "1200", "user", "a", "team"}


def test_two_matching_content_stems_are_needed_unless_one_is_distinctive() -> None:
    entry = "mentors junior analysts"
    assert not refers_to(entry, letter_stems("She mentors people"))
    assert refers_to(entry, letter_stems("She mentors people"), needed=1)
    assert refers_to(entry, letter_stems("mentoring junior staff"))
    assert refers_to("Works with Kafka daily", letter_stems("your Kafka set-up"))
    assert not refers_to("Works with Kafka daily", letter_stems("your daily work"))


def test_short_stems_do_not_count_unless_they_are_all_there_is() -> None:
    # "runs" gives "run": too short to tell; the one telling stem is "marathon".
    assert not refers_to("runs marathons", letter_stems("I run often"))
    assert refers_to("runs marathons", letter_stems("your marathon"))
    assert refers_to("ran", letter_stems("we ran late"))
    assert not refers_to("ran", letter_stems("we met"))


def test_a_four_letter_stem_tells_on_its_own() -> None:
    # "loves" gives "lov" (too short to tell); "golf" has four letters and is enough alone.
    assert refers_to("loves golf", letter_stems("how was your golf"))
