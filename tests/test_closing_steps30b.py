"""Next steps that carry a day, a date or a person are used (session 30, second pass).

Each line is typed for a job the corpus does not have, with the sentence a candidate would want
written by hand: a numeric date (day/month or month/day, never known here) is left out and the
rest stands; a hoped-for part ("if successful") gives way to who gets in touch and when; checks
before the news leave the news; a span waited for an outcome is when they are heard from; a
person named with where they work is heard from by name; and a welcomed step that still reads
as a clause of the note is not written.
"""

from __future__ import annotations

import pytest

from composer.offline.nextsteps import next_steps_line, reader_names
from composer.offline.stepshapes import pasted, read_shapes, waited_span
from tests.fakes import FirstChoice


def _said(line: str) -> str:
    reader = reader_names("Lena Park", "Studio Manager", None)
    text = next_steps_line(line, frozenset(), "warm", "email", FirstChoice(""), reader=reader)
    return f"{text}."


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a numeric date cannot be read as day or month first: left out, the rest stands
        ("offer decision by 3/11, Ivo will call", "I look forward to hearing from Ivo."),
        (
            "the selection board decides on 11/3/27, Ivo will email",
            "I look forward to hearing from Ivo.",
        ),
        # a part hoped for on a condition follows who gets in touch and when, as hoped for
        (
            "trial shift if successful, they'll ring by mon",
            "I look forward to hearing from you by Monday, and I would welcome the chance of a "
            "trial shift.",
        ),
        # checks before the news: the news is what is heard
        (
            "DBS check next week, then a decision by Friday",
            "I look forward to hearing from you by Friday.",
        ),
        # a span waited for the outcome
        (
            "approx 2-3 wks for a decision",
            "I look forward to hearing from you in two to three weeks.",
        ),
        ("about 4 weeks for the results", "I look forward to hearing from you in four weeks."),
        # a body the step goes to, named with when it meets: hearing after that meeting
        (
            "Mr Abara will put my file before the trustees, who meet on Friday 18 December.",
            "I look forward to hearing from you after the trustees meet on Friday 18 December.",
        ),
        # a person named with where they work: heard from by name
        (
            "Joss from the print room will call on Friday",
            "I look forward to hearing from Joss on Friday.",
        ),
        ("Ama at head office will email either way", "I look forward to hearing from Ama."),
    ],
)
def test_a_step_with_a_day_a_date_or_a_person_is_used(line: str, said: str) -> None:
    assert _said(line) == said


@pytest.mark.parametrize(
    "line",
    [
        # two steps run together with no comma: not read with confidence
        "skills test then panel w/ director",
        # a clause left after "look forward to"
        "The jury will meet on Monday 7 December and Ivo will write to me after.",
    ],
)
def test_a_step_not_read_with_confidence_is_left_out(line: str) -> None:
    assert _said(line) == "I look forward to hearing from you."


def test_the_shapes_read_alone() -> None:
    assert read_shapes("decision by 3/11, Ivo will call") == "Ivo will call"
    assert read_shapes("trial shift if successful, they'll ring by mon") == "they'll ring by mon"
    assert read_shapes("site visit, dates tbc") == "site visit"
    assert read_shapes("site visit, if shortlisted") == "site visit, if shortlisted"  # bare
    assert read_shapes("site visit if successful") == "site visit if successful"  # nothing else
    assert waited_span("approx six to eight weeks for outcome") == "in six to eight weeks"
    assert waited_span("six weeks of training") is None
    assert pasted("I look forward to Ivo will call")
    assert pasted("I look forward to the test then the panel")
    assert not pasted("I look forward to the test, and I hope to have the chance of the panel")
