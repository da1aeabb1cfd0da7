"""A résumé fact is tied to the reader's topic or placed where it needs no tie (session 51,
reader 35's shape 2): a deed no topic is about goes after the topics in a paragraph of its own,
led by why the candidate fits the role, never "One thing I am proud of:" between two topic
sentences; a standing ("I am a registered veterinary nurse ...") never sits between topics.
Letters from the readers' notes (dev material); expected sentences written by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from composer.models import Notes
from composer.offline.writer import Writer

CORPUS = Path(__file__).parent / "corpus" / "readers"
TODAY = dt.date(2026, 12, 4)
FORMAL = (
    "I would come to the role with relevant experience:",
    "In the role, I would draw on my experience to date:",
    "I might also mention that",
)


def _text(name: str, index: int) -> str:
    notes = Notes.model_validate(json.loads((CORPUS / name).read_text("utf-8")))
    return Writer(notes, index, today=TODAY).write().text


@pytest.mark.parametrize(
    ("name", "index", "before", "fact"),
    [
        # Sam Okoro: the roster, then the hospital sheets; the standing after both
        (
            "reader34/h243.json",
            1,
            "kennel records straight on a busy Saturday.",
            "I am a registered veterinary nurse with five years in a mixed small-animal practice "
            "in Timaru.",
        ),
    ],
)
def test_a_standing_follows_the_topics(name: str, index: int, before: str, fact: str) -> None:
    letter = " ".join(_text(name, index).split())
    assert f"{before} {fact}" in letter


@pytest.mark.parametrize(
    ("name", "index", "topic"),
    [
        # Petr Horák: the IFS audit worry (said last since topicnotes51 names his first topic)
        ("reader34/h244.json", 1, "IFS audit in spring and HACCP docs with me."),
    ],
)
def test_a_deed_no_topic_is_about_is_a_paragraph_led_by_the_role(
    name: str, index: int, topic: str
) -> None:
    text = _text(name, index)
    assert "proud" not in text
    assert any(
        f"{topic}\n\n{lead} I led a team of 14 across three shifts." in text for lead in FORMAL
    )


def test_a_panel_spreads_its_deeds_each_after_the_topics() -> None:
    # since measures51 and quals51 the panel has more to spread: Lucie Marková gets the span
    # at the brewery and the lager launch, never Petr's team of 14 again
    notes = Notes.model_validate(json.loads((CORPUS / "reader34/h244.json").read_text("utf-8")))
    petr = Writer(notes, 1, today=TODAY).write().text
    lucie = Writer(notes, 2, today=TODAY, earlier=[petr]).write().text
    assert any(lead in petr for lead in FORMAL)
    assert "team of 14" in petr and "team of 14" not in lucie
    assert "export DE/AT.\n\nI would come to the role with twelve years at a large brewery" in lucie
