"""Session 40 (lead): stock connectors that claim a tie the notes do not make, and a next step
lost to who will write. Expectations by hand, from reader 19's letters (dev data)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

import pytest

from composer import compose, load_notes
from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation

_READER19 = Path(__file__).parent / "corpus" / "readers" / "reader19"
_DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))
T = TypeVar("T")


class _First(Variation):
    """The first wording of each section, so that a test reads one sentence."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


def _letters(name: str) -> dict[str, str]:
    notes = load_notes(_READER19 / f"{name}.json")
    return {letter.to: letter.text for letter in compose(notes, today=_DAYS[1])}


def test_a_contribution_is_not_tied_to_a_topic_by_a_word_of_its_relative_clause() -> None:
    # "memory boxes that families put together with the staff" and "experience supporting
    # families at the end of life" share only "families", which is not what the topic is about
    amara = _letters("h148")["Amara Osei"]
    assert "As for the memory boxes" not in amara
    assert "I would be glad to offer a calm, steady presence on night shifts" in amara


def test_a_point_after_an_answered_question_claims_no_same_subject() -> None:
    janet = _letters("h148")["Janet Sutherland"]
    assert "I talked about sitting with a resident through his last night" in janet
    assert "On that subject, I talked about" not in janet
    assert "On that front, I talked about" not in janet


def test_a_step_is_said_when_the_note_also_names_who_will_write() -> None:
    said = next_steps_line(
        "2nd round w/ the CEO prob next wk, fatima to email",
        frozenset(),
        "warm",
        "email",
        _First(""),
        reader=("Pieter van der Merwe", "Pieter", "COO"),
        days=_DAYS,
    )
    assert said == "I look forward to the second round with the CEO, possibly next week"


def test_a_second_name_after_plus_is_what_the_quality_is_with() -> None:
    # reader 19, h153: "I am keen to learn and good with R, and I would bring GIS for the
    # data side." (GIS read as a thing brought, not a second tool she is good with)
    from composer.offline.offer import read_offer

    offer = read_offer("keen to learn, good w/ R + GIS for the data side", frozenset(), "Analyst")
    assert offer is not None
    assert offer.text == "I am keen to learn and good with R and GIS for the data side."


def test_a_topic_typed_as_a_wh_clause_is_never_the_subject_the_gate_refuses() -> None:
    # with "I enjoyed discovering that we both grew up in Antigonish." in Amara's letter, the
    # topic took "{Topic} was the part of our conversation ...", which the last gate refused
    # ("no subject and verb of its own"), and the topic and its tie were lost
    amara = _letters("h148")["Amara Osei"]
    assert "how the care assistants work alongside the volunteers who sit with residents" in amara
    assert "How the care assistants" not in amara


def test_a_tool_after_the_word_that_says_it_is_used_has_its_capitals_in_a_contribution() -> None:
    from composer.offline.offer import read_offer

    offer = read_offer(
        "strong typography in motion + can help the team get going in blender",
        frozenset(),
        "Motion Designer",
    )
    assert offer is not None
    assert offer.text.endswith("I can help the team get going in Blender.")


def test_a_verbless_reason_after_so_is_said_whole() -> None:
    from composer.offline.shorthand import expand

    assert expand("have own van so no need for a company van") == (
        "have own van, so there would be no need for a company van"
    )
    assert expand("live 10 min away so no need to relocate") == (
        "live 10 minutes away, so there would be no need to relocate"
    )


def test_a_certification_is_said_alone_when_only_what_it_covers_cannot_be_read() -> None:
    # reader 19, h154: the welder's only qualification was left out, and the letter broke the
    # qualifications rule ("NOT READY"); what the part after the comma covers is no standing
    from composer.offline.items import read_point

    assert read_point("AWS D1.1 certified, 3G/4G stick + flux core").sentence() == (
        "I am AWS D1.1 certified."
    )
    # a part that says its standing is no scope: said alone, the line would not be true
    assert read_point("AWS D1.1 certified, renewal due").said is None
    assert read_point("ServSafe certified, exp 2027").said is None


def test_a_point_typed_in_lower_case_is_not_said_beside_the_personal_line_it_echoes() -> None:
    from composer.models import Interviewer
    from composer.offline.echo import echoes

    raj = Interviewer(
        name="Raj Mehta", rapport=["we both did fashion buying + merch at leeds beckett"]
    )
    assert echoes("BA fashion buying + merch - leeds beckett", raj)
    assert not echoes("4 yrs asst buyer at dunelm (bedding)", raj)


@pytest.mark.parametrize(
    ("path", "tone", "reader", "topic"),
    [
        # "Thank you as well for discussing how you run design reviews with me."
        ("h13.json", "formal", "Wen Lau", "how you run design reviews"),
        # "Thank you as well for discussing the memory boxes ... with the staff with me."
        ("reader19/h148.json", "formal", "Amara Osei", "the memory boxes that families put"),
        # "Thank you as well for discussing renewal conversations with the big accounts with me."
        ("reader16/h124.json", "formal", "Priya Nair", "renewal conversations with the big"),
    ],
)
def test_a_topic_with_a_clause_or_a_with_of_its_own_is_not_followed_by_with_me(
    path: str, tone: str, reader: str, topic: str
) -> None:
    notes = load_notes(_READER19.parent / path)
    # the printed letter, whose length takes one more topic
    variant = notes.model_copy(update={"tone": tone, "channel": "letter"})
    [text] = [one.text for one in compose(variant, today=_DAYS[1]) if one.to == reader]
    # said in a frame that ends with it, or left for the letter's other sentences
    assert not re.search(rf"{re.escape(topic)}[^.]* with (?:me|you)\.", text), text
    assert f"gave to {topic}" not in text


def test_a_contribution_that_names_its_reader_says_you_with_the_verb_agreeing() -> None:
    # spans round 2's held-out p1: "I can run the build when you is at the venue."
    from composer.offline.offervoice import to_reader

    said = to_reader("I can run the build when Gary is at the venue.", ["Gary"])
    assert said == "I can run the build when you are at the venue."


def test_a_credential_whose_word_is_the_topics_head_takes_no_lead_naming_the_topic() -> None:
    # reader h50: "When it comes to preceptorship for newly qualified midwives, I am a preceptor
    # for four NQMs." says the topic twice
    from composer.offline.topicnamed import names_topic

    topic = "preceptorship for newly qualified midwives"
    assert names_topic("I am a preceptor for four NQMs", topic, nouns=True, head=True)
    assert not names_topic("I hold a practice educator certificate", topic, nouns=True, head=True)
    assert not names_topic("I am a preceptor for four NQMs", topic, nouns=True)
