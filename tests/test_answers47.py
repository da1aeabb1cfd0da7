"""A question put to the candidate and their answer, typed inside a topic after its subject,
and a follow-up that mixes notes to self with a real point (session 47, reader 27: the dry
summer, forklift and morphine answers were dropped or said as "glad we touched on ...", and
"prob too long on the budget q. also forgot NCK licence renewed till 2028" was dropped whole).
The question is said with its subject and the answer in the candidate's voice; the notes to
self are dropped and the point kept. The lines are made up; every sentence expected is written
by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline.selftalk import points
from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("item", "said"),
    [
        # the subject, an arrow, who asked and what, the answer after "said"
        (
            "forklift accidents (2 this yr) -> asked what i'd change first: said walkways +"
            " pre-shift checks",
            "You asked what I would change first about forklift accidents: I suggested walkways"
            " and pre-shift checks.",
        ),
        # a bare subject after "what I'd do first": said with "the"
        (
            "winch brake fault - asked what I'd do first. said stop the winch, tag it out",
            "You asked what I would do first about the winch brake fault: I would stop the winch"
            " and tag it out.",
        ),
        # "them" in the question stands for the subject
        (
            "stock losses -> asked how i'd cut them -> said weekly cycle counts + cameras on the"
            " dock",
            "You asked how I would cut stock losses: I suggested weekly cycle counts and cameras"
            " on the dock.",
        ),
        # a question typed whole with "q:", its answer after "said:"
        (
            "morphine access in the community -> q: what do you do when a family refuses oral"
            " morphine? said: sit w/ them, explain, involve the CHV, never force",
            "You asked what I do when a family refuses oral morphine: I sit with them, explain,"
            " involve the CHV and never force.",
        ),
        # a subject and "my answer:": a question about the subject
        (
            "kiln firing schedule -> my answer: slower ramp + longer soak",
            "You asked about the kiln firing schedule: I suggested a slower ramp and a longer"
            " soak.",
        ),
        # a name before "asked", "it" for the subject, the answer after a dash
        (
            "site safety, Mark asked how I'd improve it - toolbox talks every monday",
            "You asked how I would improve site safety: I suggested toolbox talks every Monday.",
        ),
        # a question typed as asked after the subject, "I said" after its question mark
        (
            "parent complaints - how would you handle an angry dad at pickup? I said listen"
            " first, then book a meeting",
            "You asked how I would handle an angry dad at pickup: I would listen first, then book"
            " a meeting.",
        ),
        # "i said" typed in lower case; a step after a question named by its subject
        (
            "asked re overtime on the night crew, i said cap it at 8 hrs a week",
            "You asked about overtime on the night crew: I would cap it at eight hours a week.",
        ),
        # "told her" with the candidate's own clause
        (
            "site diary - told her I'd fill it in every evening before leaving",
            "You asked about the site diary: I would fill it in every evening before leaving.",
        ),
    ],
)
def test_a_question_typed_after_its_subject_is_said_with_its_answer(item: str, said: str) -> None:
    topic = read_topic(item)
    assert asked_sentence(topic.text, topic.answer) == said


@pytest.mark.parametrize(
    ("item", "text"),
    [
        # a promise after the subject is no answer: the subject, as before
        ("budget -> said I'd send the spreadsheet", "the budget"),
        # an answer that cannot be said: the subject, as before, never the question alone
        ("a11y - asked how i test, said axe + manual VoiceOver pass", "accessibility"),
    ],
)
def test_a_question_whose_answer_cannot_be_said_leaves_the_subject(item: str, text: str) -> None:
    topic = read_topic(item)
    assert topic.text == text
    assert not topic.answer


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "prob too long on the budget q. also forgot NCK licence renewed till 2028",
            "my NCK licence is renewed until 2028",
        ),
        ("too nervous in the first 10 min!! anyway - fluent in Polish", "fluent in Polish"),
        (
            "note to self: send thank you by fri. my CPCS card is valid to 2029",
            "my CPCS card is valid to 2029",
        ),
        ("felt flat at the end, meh. I hold a full clean licence", "I hold a full clean licence"),
        # the question a note about the room answers is kept whole: nothing to split off
        ("marcus asked what id change in the rig - i waffled. shld have said move the bar", None),
        # no note to self at all
        ("I hold a full clean licence", None),
    ],
)
def test_notes_to_self_are_split_off_a_follow_up(line: str, kept: str | None) -> None:
    assert points(line) == kept


def _letter(follow_up: str) -> tuple[str, list[str]]:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Wanjiru Kamau"},
            "company": "Riverside Hospice",
            "role": "Community Nurse",
            "interview": {"date": "2026-12-03", "format": "onsite"},
            "interviewers": [
                {"name": "Grace Achieng", "title": "Matron", "topics": ["the night rota"]}
            ],
            "qualifications": ["9 yrs nursing"],
            "highlights": ["trained 60 volunteers in symptom recognition"],
            "follow_up": follow_up,
            "tone": "warm",
        }
    )
    (letter,) = compose(notes, today=TODAY)
    return letter.body, letter.notices


@pytest.mark.parametrize(
    ("line", "said", "unsaid"),
    [
        (
            "prob too long on the budget q. also forgot NCK licence renewed till 2028",
            "my NCK licence is renewed until 2028.",
            "too long",
        ),
        (
            "note to self: send thank you by fri. my CPCS card is valid to 2029",
            "my CPCS card is valid to 2029.",
            "thank you by",
        ),
        # the whole reading said the verdict ("I talked too fast ..."): the point alone
        (
            "talked too fast about the rota. I can start from 11 Jan",
            "I can start from 11 January.",
            "too fast",
        ),
    ],
)
def test_a_mixed_follow_up_says_its_point_and_no_note_to_self(
    line: str, said: str, unsaid: str
) -> None:
    body, _ = _letter(line)
    assert said in body
    assert unsaid not in body
