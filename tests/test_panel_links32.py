"""A link word needs something to link to, and the contribution goes to the reader whose typed
topic it is about even when that topic cannot be named (reader 12's h91: "In addition, I am
registered with the EHRB." opened a paragraph after the sentence before it was left out).
Expectations written by hand before running the code; the notes below are made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import load_notes
from composer.models import Notes
from composer.offline.body import Sentence
from composer.offline.paragraphs import linked
from composer.offline.select import select
from composer.offline.writer import Writer
from tests.fleet import fleet_pair

H91 = Path(__file__).parent / "corpus" / "readers" / "reader12" / "h91.json"


def _letter(*middle: Sentence) -> list[Sentence]:
    return [
        Sentence("thanks", 0, "Thank you for your time yesterday."),
        Sentence("topic", 0, "I enjoyed our talk about the night rota."),
        *middle,
        Sentence("next_step", 4, "I look forward to hearing from you."),
    ]


@pytest.mark.parametrize(
    ("linking", "plain"),
    [
        ("In addition, I speak fluent Welsh.", "I speak fluent Welsh."),
        ("On top of that, I hold a CSCS card.", "I hold a CSCS card."),
        ("Beyond that, I trained four apprentices.", "I trained four apprentices."),
        ("I also hold an HGV class 1 licence.", "I hold an HGV class 1 licence."),
        ("I am also a registered nurse.", "I am a registered nurse."),
    ],
)
def test_a_further_point_with_nothing_before_it_is_said_plainly(linking: str, plain: str) -> None:
    alone = _letter(Sentence("point_more", 2, linking, alone=plain))
    assert [s.text for s in linked(alone)][2] == plain
    # with a point of the candidate's before it, the link word stays
    after = _letter(
        Sentence("summary", 0, "I have six years on nights."),
        Sentence("point_more", 2, linking, alone=plain),
    )
    assert [s.text for s in linked(after)][3] == linking


def test_the_order_as_read_is_by_paragraph() -> None:
    # listed first but read after the summary of paragraph 0: the link word has its point
    sentences = [
        Sentence("point_more", 2, "In addition, I drive.", alone="I drive."),
        Sentence("summary", 0, "I ran the Leeds depot."),
    ]
    assert linked(sentences)[0].text == "In addition, I drive."
    # a contribution before it is something to add to as well
    sentences = [
        Sentence("contribution", 1, "I would bring calm nights."),
        Sentence("point_more", 2, "In addition, I drive.", alone="I drive."),
    ]
    assert linked(sentences)[1].text == "In addition, I drive."


def test_h91_registration_is_not_in_addition_to_a_point_left_out() -> None:
    notes = load_notes(H91)
    # the norovirus highlight flagged in an earlier draft and left out
    writer = Writer(
        notes, 2, today=dt.date(2026, 12, 2), flagged=[("grounding", "norovirus outbreak")]
    )
    text = writer.write().text
    assert "norovirus" not in text
    assert "I am registered with the Environmental Health Registration Board (EHRB)." in text
    assert "In addition" not in text


def _notes(topic: str, contribution: str) -> Notes:
    return fleet_pair(topic, contribution)


@pytest.mark.parametrize(
    ("topic", "contribution"),
    [
        ("service log is all on paper", "get the service log off paper + onto tablets"),
        ("MOT bookings done by hand lol", "MOT bookings on a shared calendar"),
        ("tyre checks - nobody records them", "a proper record of tyre checks for every van"),
    ],
)
def test_the_contribution_goes_to_the_reader_whose_typed_topic_it_is_about(
    topic: str, contribution: str
) -> None:
    notes = _notes(topic, contribution)
    assert select(notes, 0).contribution is None
    assert select(notes, 1).contribution is not None
