"""A point that points back at the topic before it ("It is close to my own experience: ...")
must not outlive that topic: when the last gate leaves the topic sentence out, the point is
said plainly. And a letter under its minimum does not add, as "one more topic", a topic its
contribution has just named (reader 10's h82: "... fast exhibit turnaround. I was glad we
touched on exhibit turnaround during hearings as well."). Expected sentences are written by
hand."""

from __future__ import annotations

from composer.models import Notes
from composer.offline.body import Sentence
from composer.offline.flagged import gated
from composer.offline.topicnamed import names_topic as _names

NOTES = Notes.model_validate(
    {
        "candidate": {"name": "Ines Duarte"},
        "company": "Harbour Lines",
        "role": "Ferry Dispatcher",
        "interview": {"date": "2027-06-01"},
        "interviewers": [
            {"name": "Tom Reyes", "topics": ["winter timetable - 3 boats, 1 crew short"]}
        ],
        "qualifications": ["STCW basic safety"],
    }
)

TOPIC = Sentence(
    "topic", 1, "I enjoyed talking about the winter timetable - 3 boats, 1 crew short."
)
LINK = Sentence(
    "point",
    1,
    "It is close to my own experience: I ran the winter timetable at Tyne Ferries.",
    alone="I ran the winter timetable at Tyne Ferries.",
)


def _kept(sentences: list[Sentence]) -> list[str]:
    return [s.text for s in gated(sentences, NOTES, 0, [], lambda: "I hope to hear soon.")]


def test_a_link_whose_topic_is_left_out_is_said_plainly() -> None:
    assert _kept([TOPIC, LINK]) == ["I ran the winter timetable at Tyne Ferries."]


def test_a_link_whose_topic_stays_keeps_its_bridge() -> None:
    fine = Sentence("topic", 1, "I enjoyed talking about the winter timetable.")
    assert _kept([fine, LINK]) == [fine.text, LINK.text]


def test_only_the_sentence_right_after_the_lost_topic_is_said_plainly() -> None:
    other = Sentence(
        "point", 1, "That is familiar ground for me: I hold STCW.", alone="I hold STCW."
    )
    fine = Sentence("topic", 1, "I enjoyed talking about the crew rota.")
    assert _kept([TOPIC, LINK, fine, other]) == [LINK.alone, fine.text, other.text]


def test_a_topic_is_named_by_two_of_its_nouns_side_by_side() -> None:
    said = "I would aim to bring consistent terminology and fast exhibit turnaround."
    assert _names(said, "exhibit turnaround during hearings", nouns=True)
    assert not _names(said, "certified translations for ICC filings", nouns=True)


def test_pronouns_and_helpers_name_no_topic() -> None:
    said = "I would love to get the backlog down without letting customer contact slip."
    assert not _names(said, "how I would handle angry customers on a third chase call", nouns=True)
    assert _names(said, "how I would handle angry customers on a third chase call")  # the old way
