"""A printed letter's long middle is two paragraphs, one topic each, and the contribution is not
introduced by a topic it names itself (reader 11's h89: three topics, their points and the
contribution in one paragraph ending "As for the intensive outpatient track for adolescents
with OCD, my aim would be to offer the team a structured parent component for the intensive
outpatient track."). Expectations written by hand before running the code."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from composer import compose, load_notes
from composer.offline.body import Sentence
from composer.offline.paragraphs import paragraphed
from composer.offline.topicnamed import names_topic as _names

H89 = Path(__file__).parent / "corpus" / "readers" / "reader11" / "h89.json"


def test_a_contribution_that_names_its_topic_is_not_introduced_by_it() -> None:
    topic = "the intensive outpatient track for adolescents with OCD"
    said = (
        "My aim would be to offer a structured parent component for the intensive outpatient track."
    )
    assert _names(said, topic)
    assert not _names("I would bring a retention plan for Joliet.", "turnover at the Joliet DC")
    assert not _names("I would bring calm to the pass.", "the pass and the brigade")


def _middle() -> list[Sentence]:
    return [
        Sentence("thanks", 0, "Thank you for your time."),
        Sentence("topic", 1, "I valued our talk about the backlog."),
        Sentence("point", 1, "I processed 600 linear feet."),
        Sentence(
            "topic_more", 1, "I was glad to discuss born digital: I recovered files.", tied=True
        ),
        Sentence("contribution", 1, "I would bring a clean backlog."),
        Sentence("closing", 4, "I look forward to hearing from you."),
    ]


def test_a_long_middle_of_a_printed_letter_splits_where_its_second_topic_begins() -> None:
    split = paragraphed(_middle(), printed=True)
    assert [s.paragraph for s in split] == [0, 1, 1, 2, 2, 5]
    # an email keeps its middle whole; a second topic said without a point starts nothing
    assert [s.paragraph for s in paragraphed(_middle())] == [0, 1, 1, 1, 1, 4]
    untied = [replace(s, tied=False) for s in _middle()]
    assert [s.paragraph for s in paragraphed(untied, printed=True)] == [0, 1, 1, 1, 1, 4]


def test_h89_printed_letter() -> None:
    notes = load_notes(H89)
    letter = compose(notes, today=dt.date(2026, 12, 2))[0].text
    assert "As for the intensive outpatient track" not in letter
    assert letter.count("intensive outpatient track") == 1
    body = letter.split("Dear Dr. Ortega,")[1].split("Sincerely,")[0]
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    assert max(len(p.split(". ")) for p in paragraphs) <= 3
