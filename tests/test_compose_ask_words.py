"""Compose's questions after the letters, in a person's words (`cli.askwords`): each field
named as the candidate knows it, the reason a line was left out said plainly, one example of a
good answer. Every expected wording here was written by hand."""

from __future__ import annotations

import pytest

from composer.cli.askwords import again_hint, example, plain_why, title
from composer.models import Notes
from composer.offline.leftout import LeftOut

NOTES = Notes.model_validate(
    {
        "candidate": {"name": "Tyler Brandvold"},
        "company": "Ironfield Brewing Co.",
        "role": "Quality Assurance Lead",
        "interview": {"date": "2026-11-30"},
        "interviewers": [
            {"name": "Kat Sorensen"},
            {"name": "Dev Bhardwaj"},
            {"name": "Marcus Ueda"},
            {"name": "Catherine Wu"},
        ],
        "qualifications": ["PCQI"],
    }
)


@pytest.mark.parametrize(
    ("field", "text", "named"),
    [
        ("interviewers[1].topics[0]", "SQF prep", "What you talked about with Dev Bhardwaj"),
        ("interviewers[0].rapport[0]", "both Navy vets", "Something personal from Kat Sorensen"),
        ("follow_up", "Marcus asked if I could start in jan - yes", "Your follow-up to Marcus"),
        ("follow_up", "Ms Wu asked abt astreinte - it is X", "Your follow-up to Ms Wu"),
        ("follow_up", "exec search q - nope", "Your follow-up"),
        # a pronoun or a name that is no interviewer's is not said as one (reader 11, h89)
        ("follow_up", "He asked how I work with a teenager - I described MI", "Your follow-up"),
        ("follow_up", "Someone asked about nights - fine", "Your follow-up"),
        ("qualifications[2]", "PCQI", "A qualification of yours"),
        ("highlights[0]", "cut DO 95 -> 35", "A result of yours"),
        ("contribution", "QA program - specs", "What you would bring to the role"),
        ("next_steps", "decision prob mon/tue", "The next steps they gave you"),
    ],
)
def test_a_question_names_the_field_in_a_persons_words(field: str, text: str, named: str) -> None:
    record = LeftOut(field, text, "a span runs into a noun ('three years personal')", "")
    assert title(record, NOTES) == named
    for said in (plain_why(record), example(record), again_hint(record)):
        assert "[" not in said and "span" not in said and said.endswith((".", '"'))


def test_the_reason_and_the_example_are_plain_and_fit_the_field() -> None:
    point = LeftOut("highlights[1]", "approx 300 dentals last yr", "a noun phrase", "")
    assert plain_why(point) == "I could not turn this into a sentence I would send."
    assert example(point) == 'For example: "I cut late orders from 12% to 3% in six months."'
    topic = LeftOut("interviewers[0].topics[1]", "dumps cost", "", "")
    assert plain_why(topic) == "I could not name this as something you talked about."
    assert example(topic) == ('For example: "the winter timetable and who covers the late shifts"')
    assert again_hint(topic) == "Name just the subject, in a few words, as you would to them."
