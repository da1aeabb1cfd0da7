"""Whether the notes support a word or a number of the letter (`rules/known.py`), worked out by
hand from one set of notes."""

from __future__ import annotations

import pytest

from composer.models import Notes
from composer.rules.facts import Facts, _cached_by_key, build_facts
from composer.rules.known import number_known, word_known


@pytest.fixture
def facts() -> Facts:
    """Built in each test, never at import: mutmut forks after import, so facts built then
    would come from the unmutated code."""
    _cached_by_key.cache_clear()
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Priya Raman"},
            "company": "Northwind",
            "role": "Data Engineer",
            "interview": {"date": "2026-11-24"},
            "interviewers": [
                {
                    "name": "Dana Whitfield",
                    "topics": ["the 200 job backlog", "the Kafka pipeline", "2000 stores"],
                }
            ],
            "highlights": ["ran 3 shifts"],
        }
    )
    return build_facts(notes)


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("200", True),
        ("201", False),
        ("2,000", True),  # the notes' "2000" with a thousands comma
        ("200-job", True),  # "a 200-job backlog" from "200 job backlog"
        ("200-job-long", True),  # every part after the number a word
        ("201-job", False),  # the number is what must be known
        ("200-3d", False),  # not a number and a word
        ("200-", False),
        ("3rd", True),  # the ordinal of a number of the notes
        ("3RD", True),
        ("24th", True),  # the interview's day
        ("4th", False),
        ("3rd-", False),
    ],
)
def test_a_number_is_known_as_written_with_a_word_or_as_an_ordinal(
    facts: Facts, word: str, known: bool
) -> None:
    assert number_known(word, facts) is known


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("Kafka", True),
        ("KAFKA", True),
        ("Kafka's", True),  # a possessive of a word of the notes
        ("Dana's", True),
        ("Flink", False),
        ("Flink's", False),
        ("Dear", True),  # a word any letter may use
        ("Mondays", True),  # a weekday in the plural
        ("Thursdays", True),
        ("Whitfields", False),  # a plural of anything else is no calendar word
        ("Kafka-flink", True),  # a lower-case part is an ordinary word
        ("Kafka-Flink", False),  # a capitalised part must be known
        ("Flink-pipeline", False),
        ("Dear-Kafka", True),
        ("Kafka-Shifts", True),  # "shifts" is a word of the notes
    ],
)
def test_a_word_is_known_from_the_notes_or_any_letters_words(
    facts: Facts, word: str, known: bool
) -> None:
    assert word_known(word, facts) is known
