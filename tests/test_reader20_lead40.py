"""Session 40, after reader 20's final report (dev data from now on): its worst sentences, each
mended by its shape. Expectations by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

import pytest

from composer import compose, load_notes
from composer.offline.nextsteps import next_steps_line
from composer.offline.offer import read_offer
from composer.offline.phrasebook import Variation
from composer.offline.shorthand import expand

_READER20 = Path(__file__).parent / "corpus" / "readers" / "reader20"
_DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))
T = TypeVar("T")


class _First(Variation):
    """The first wording of each section, so that a test reads one sentence."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # h155: "I shall look forward to hearing from the board expects within two weeks."
        (
            "The board expects to make a decision within two weeks, and successful candidates "
            "will be placed on a panel that is valid for one year.",
            "I understand I should hear back from you within two weeks",
        ),
        ("They hope to decide by Friday.", "I look forward to hearing from you by Friday"),
    ],
)
def test_who_expects_or_hopes_to_decide_is_not_read_as_a_name(typed: str, said: str) -> None:
    assert next_steps_line(typed, frozenset(), "warm", "email", _First(""), days=_DAYS) == said


def test_note_words_of_reader_20_are_spelled_out() -> None:
    # h158: "I would also add that I did CO2 safety training w AIRAH in 2024 too not just Kirby."
    assert expand("did CO2 safety training w AIRAH in 2024 too not just Kirby") == (
        "did CO2 safety training with AIRAH in 2024, not just Kirby"
    )
    # h158: "I enjoyed our conversation about Ute and tools supplied." (a work vehicle)
    assert expand("ute + tools supplied") == "ute and tools supplied"


def test_two_things_kept_the_same_each_take_the() -> None:
    # h162: "I would love to bring same recipe same standard at every outlet."
    offer = read_offer("same recipe same standard at every outlet", frozenset(), "Head Barista")
    assert offer is not None
    assert offer.text == "the same recipe and the same standard at every outlet"
    assert expand("same as me") == "same as me"


def test_a_careful_follow_up_that_says_what_it_adds_to_is_said_as_typed_to_the_asker() -> None:
    # h155, to Dr. Carolan herself: "To complete my answer on fire: on Dr. Carolan's question
    # about fire-stopping, I would add that ..."
    notes = load_notes(_READER20 / "h155.json")
    [carolan] = [one.text for one in compose(notes, today=_DAYS[1]) if "Carolan" in one.to]
    assert (
        "On your question about fire-stopping, I would add that I completed the IFSA "
        "fire-stopping awareness course in March 2025" in carolan
    )
    assert "my answer on fire" not in carolan


def test_a_follow_up_that_owns_up_to_a_vague_answer_says_only_the_better_one() -> None:
    # h157: "I gave a vague answer about cost." was the letter's own sentence
    notes = load_notes(_READER20 / "h157.json")
    [letter] = compose(notes, today=_DAYS[1])
    assert (
        "On cost, I have since checked: the move to EKS at Fernbahn cut our compute bill by "
        "about 18%." in letter.text
    )
    assert "vague answer" not in letter.text


def test_a_management_studies_degree_finished_this_year_is_held() -> None:
    # h161, the thin file: its only qualification was left out and the letter was NOT READY
    from composer.offline.items import read_point

    said = read_point("BMS accounting + finance, waikato uni, finished nov").sentence()
    assert said == "I hold a BMS in accounting and finance from Waikato University."
