"""A question from the room typed with a short answer (a no, "not yet", a level of experience,
an amount, a habit after "said") is said as the candidate said it, to the one who asked (session
46): "asked if id done exotics -> not yet but keen" -> "When you asked whether I had done
exotics, I said not yet, but I am keen to." Expected sentences written by hand."""

from __future__ import annotations

from datetime import date

import pytest

from composer import compose
from composer.models import Notes
from composer.offline.backend import OfflineBackend
from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic
from tests.fakes import follow_up


def _said(line: str) -> str:
    topic = read_topic(line)
    return asked_sentence(topic.text, topic.answer)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a no or a "not yet" stays one; what goes with it is said after "but"
        ("asked if id done exotics -> not yet but keen",
         "When you asked whether I had done exotics, I said not yet, but I am keen to."),
        ("asked whether I had worked weekends - no, but happy to",
         "When you asked whether I had worked weekends, I said no, but I am happy to."),
        ("asked if i could open up alone -> not on my own yet",
         "When you asked whether I could open up alone, I said not on my own yet."),
        ("asked if ive done night feeds -> no, only on day shifts so far",
         "When you asked whether I have done night feeds, I said no, only on day shifts so far."),
        ("asked if i have a car -> yes", "When you asked whether I have a car, I said yes."),
        ("asked whether I'd worked weekends before -> no, but fine w/ it",
         "When you asked whether I had worked weekends before, I said no, but I am fine with it."),
        # a level of experience, said of the candidate's experience, never as more
        ("asked about my dental experience -> limited, done 3 w/ my last practice",
         "When you asked about my dental experience, I said it is limited, but I have done "
         "three with my last practice."),
        ("asked re anaesthetic monitoring -> some, mostly cats",
         "When you asked about anaesthetic monitoring, I said I have some experience, mostly "
         "with cats."),
        ("asked about rabbits -> basic only, want to learn more",
         "When you asked about rabbits, I said my experience is only basic, but I want to learn "
         "more."),
        # a question typed "q re X A: Y"; what was done, after a no, said after "but"
        ("q re night work A: not yet, happy to",
         "When you asked about night work, I said not yet, but I am happy to."),
        ("asked if ive led a team -> no, covered for the supervisor twice",
         "When you asked whether I have led a team, I said no, but I have covered for the "
         "supervisor twice."),
        # an amount of a thing of the candidate's; a habit typed after "said"
        ("asked about my notice period -> 3 wks",
         "When you asked about my notice period, I said it is three weeks."),
        ("asked re stock counts -> said count the walk-in every friday",
         "When you asked about stock counts, I said I count the walk-in every Friday."),
        # a span typed bare after a deed: "for", and the perfect
        ("asked about tills -> used Epos Now 2 yrs",
         "You asked about tills: I have used Epos Now for two years."),
    ],
)  # fmt: skip
def test_a_short_answer_is_said_as_typed(line: str, expected: str) -> None:
    assert _said(line) == expected


def test_wanted_to_know_is_a_question_put_to_the_candidate() -> None:
    topic = read_topic("wanted to know why I left my last practice")
    assert (topic.text, topic.question) == ("why I left my last practice", True)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Owen asked if I'd done on-call -> not yet, but keen",
         "When you asked whether I had done on-call, I said not yet, but I am keen to."),
        ("claire asked about my x-ray experience - limited, done a few under supervision",
         "When you asked about my x-ray experience, I said it is limited, but I have done a few "
         "under supervision."),
        ("asked about my spanish - basic, want to improve",
         "When you asked about my Spanish, I said it is basic, but I want to improve."),
    ],
)  # fmt: skip
def test_a_short_answer_in_the_follow_up_is_said_as_typed(line: str, expected: str) -> None:
    assert follow_up(line) == expected


PANEL = {
    "candidate": {"name": "Sam Rowe", "email": "sam.rowe@example.com"},
    "company": "Harbour Vets",
    "role": "Veterinary Nurse",
    "interview": {"date": "2026-12-03", "format": "onsite"},
    "interviewers": [
        {"name": "Claire Dunn", "title": "Head Nurse", "salutation": "Claire",
         "topics": ["the new dental suite"]},
        {"name": "Owen Pike", "title": "Practice Manager", "salutation": "Owen",
         "topics": ["the out-of-hours rota", "asked if id done on-call -> not yet but keen"]},
    ],
    "qualifications": ["RVN, 3 yrs small animal"],
    "highlights": ["set up a weight clinic w/ 60 regulars"],
    "tone": "warm",
}  # fmt: skip


def test_the_answer_goes_to_the_one_who_asked_it() -> None:
    notes = Notes.model_validate(PANEL)
    letters = compose(notes, backend=OfflineBackend(), today=date(2026, 12, 4))
    said = "When you asked whether I had done on-call, I said not yet, but I am keen to."
    by_reader = {letter.to: letter.text for letter in letters}
    assert said in by_reader["Owen Pike"]
    assert "on-call" not in by_reader["Claire Dunn"]


def test_a_short_answer_with_a_note_to_self_after_it_is_not_read_as_one() -> None:
    line = "asked if ive used a leica ms60 - said no, only trimble s7. should have said I know TBC"
    said = follow_up(line) or ""
    assert "I said no, only" not in said
