"""A point after a topic it is not about (session 46, reader 26: "drivers report near-misses ...
On that subject, I negotiated a new shift agreement with the drivers' union ..."; "... the cost
of the new rolling stock contract. I raised on-time performance ..."). The people a topic is
about, named in both, earn no link (`linkgate.people`): they say who, not what. A point no
link may join to the topic it follows is said as the candidate's own background ("In my own
work, ...", `body.Body._own`), never as a comment on the topic. Expectations are reasoned by
hand from the notes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from composer.models import Notes
from composer.offline.linkgate import earned
from composer.offline.writer import Writer

CORPUS = Path(__file__).parent / "corpus"
TODAY = dt.date(2026, 12, 4)


def _notes(name: str) -> Notes:
    return Notes.model_validate(json.loads((CORPUS / name).read_text("utf-8")))


@pytest.mark.parametrize(
    ("point", "topic", "link"),
    [
        # the same people, another subject: no link
        (
            "agreed a new rota with the drivers' union without a single strike day",
            "a culture where drivers report near-misses without fear of blame",
            False,
        ),
        (
            "negotiated a shift deal with the drivers' union",
            "drivers reporting near-misses",
            False,
        ),
        ("patient satisfaction up 20% on my ward", "patient falls in the ED", False),
        # the same people and the same subject: the subject's own word earns it
        ("cut driver absence from 9% to 5%", "absence levels among drivers", True),
        ("cut client wait at reception from 25 to 10 min", "client wait times", True),
    ],
)
def test_people_both_name_earn_no_link_alone(point: str, topic: str, link: bool) -> None:
    notes = _notes("bridges46/ferry.json")
    assert earned(point, topic, notes) is link


def test_a_point_after_a_topic_it_is_not_about_is_said_as_own_work() -> None:
    # Liv Dahl (Director of People) talked about drivers reporting near-misses; the rota agreed
    # with the drivers' union shares only "drivers": said as Kari's own work after the topic's
    # paragraph, her degree first (session 51, reader 35: a standing opens the recall, no
    # "One thing I am proud of:" after the topic), never "On that subject".
    text = Writer(_notes("bridges46/ferry.json"), 1, today=TODAY).write().text
    letter = " ".join(text.split())
    assert "On that subject" not in letter and "blame. I agreed" not in letter
    assert (
        "I would come to the role with an MSc in maritime engineering from NTNU. I agreed a new "
        "rota with the drivers' union without a single strike day." in letter
    )


def test_a_deed_moved_after_an_unrelated_topic_is_said_as_own_work() -> None:
    # Per Holm (CFO) talked about the cost of the ferry fleet contract; Kari's on-time figure
    # fits none of his topics, so `roleparagraph` says it after the topic in a paragraph of its
    # own, led by the role (session 51), never bare as if it were a comment on the cost.
    text = Writer(_notes("bridges46/ferry-cfo.json"), 0, today=TODAY).write().text
    assert "over four years.\n\n" in text
    letter = " ".join(text.split())
    raised = "I raised on-time departures from 88% to 95% in two years"
    assert any(
        f"over four years. {lead} {raised}" in letter
        for lead in (
            "I would come to the position with relevant experience:",
            "In the position, I would draw on my experience to date:",
            "I might also mention that",
        )
    )
