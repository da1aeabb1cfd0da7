"""Topics typed in the shapes session 49 found dropped or said raw: a worry of the
interviewer's, time spent on a subject, a "what if" scenario, a thing going up or going live,
a change in brackets, two subjects joined by a plus or a slash, two things compared. Each is
named as a careful person would name it, or left out. Expected wording written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer import compose
from composer.models import Interviewer, Notes
from composer.offline.ties import Generic, tie
from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # an interviewer's worry, named as theirs
        ("worried re: retention of nurses", "your concern about the retention of nurses"),
        ("concerns: morale on nights", "your concern about morale on nights"),
        ("her main fear - losing the contract", "your fear of losing the contract"),
        ("retention of nurses - her main worry", "your worry about the retention of nurses"),
        (
            "She seemed worried that our rota would put people off",
            "your concern that our rota would put people off",
        ),
        (
            "her concern was that the new hires would not stay",
            "your concern that the new hires would not stay",
        ),
        ("concern re: budget for agency staff", "your concern about the budget for agency staff"),
        # time spent on a subject, typed as a report of the room
        (
            "A lot of the interview was about the merger with the Leeds office.",
            "the merger with the Leeds office",
        ),
        ("we spent ages going through the new rota", "the new rota"),
        # a scenario put to the candidate
        (
            "what if a parent turns up drunk at pickup",
            "what I would do if a parent turns up drunk at pickup",
        ),
        # a thing going up or down, or going live
        ("cloud costs going up", "the rise in cloud costs"),
        ("rents going down", "the fall in rents"),
        ("agency spend going up ~20%", "the rise in agency spend"),
        ("new payroll system go live in april", "the new payroll system going live in April"),
        # a change typed in brackets after a noun of change
        ("ERP migration (SAP -> Dynamics)", "the ERP migration from SAP to Dynamics"),
        (
            "CRM switch (Salesforce → HubSpot) next yr",
            "the CRM switch from Salesforce to HubSpot next year",
        ),
        # an aim typed as a label before a colon
        ("their plan: 3 new sites by 2027", "your plan for three new sites by 2027"),
        # two things compared each keep the article they take alone
        ("JUCE vs their own framework", "JUCE versus your own framework"),
        ("concern abt me being overqualified", "your concern about my being overqualified"),
        (
            "what happens if the grant isnt renewed",
            "what I would do if the grant isn't renewed",
        ),
        ("new ERP (Oracle) live Jan", "the new ERP going live in January"),
        ("cost per hire ↑ since covid", "the rise in cost per hire since COVID"),
        # two subjects: each side read alone where the list reading would paste one raw
        ("on call + nights", "being on call and working nights"),
        # a slash typed half-spaced between two subjects is never pasted
        ("nurse retention/ wellbeing", "nurse retention and wellbeing"),
        # on call typed as a state, with no noun after it that it names a kind of
        ("on call 1 wknd in 3", "being on call"),
        ("on call for the ICU at weekends", "being on call for the ICU at weekends"),
        ("oncall", "being on call"),
        # two subjects: the second a note no letter can say, the first named alone
        ("load shedding + backup gens on the reefers", "load shedding"),
    ],
)
def test_a_topic_is_named_as_a_careful_person_names_it(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


def test_a_scenario_is_a_question_put_to_the_candidate() -> None:
    assert read_topic("what if a parent turns up drunk at pickup").question


@pytest.mark.parametrize(
    "typed",
    [
        "B-team/U19 -> same tagging templates as 1st team? (she wants yes)",  # was "B-team/U19"
        "what if fire alarm during exams",  # no verb: was "what if fire alarm during exams"
        # a sentence with a verb of wanting: was "Gareth wants the track open seven days ..."
        "Gareth wants the track open 7 days a week by summer",
    ],
)
def test_a_topic_with_no_confident_reading_is_left_out(typed: str) -> None:
    found = read_topic(typed)
    assert found.text == ""
    assert found.why


def test_out_of_hours_work_ties_to_an_out_of_hours_topic() -> None:
    generic = Generic(frozenset(), frozenset())
    assert tie("covered out of hours on weekends for 2 years", "the out-of-hours rota", generic)


def _letter(topic: str) -> str:
    notes = Notes(
        candidate={"name": "Rosa Delgado", "email": "rosa@example.com"},
        company="Harbourside Care",
        role="Night Care Lead",
        interview={"date": "2026-12-03", "format": "onsite"},
        interviewers=[
            Interviewer(
                name="Tom Ferris", title="Registered Manager", salutation="Tom", topics=[topic]
            )
        ],
        qualifications=["NVQ level 3 in health and social care"],
        highlights=["cut night falls by a third with hourly comfort rounds"],
        tone="warm",
        channel="email",
    )
    (letter,) = compose(notes, today=dt.date(2026, 12, 4))
    return letter.text


def test_a_worry_reaches_the_letter_and_is_never_enjoyed() -> None:
    text = _letter("worried re: retention of night staff")
    assert "your concern about the retention of night staff" in text
    sentence = next(s for s in text.split(". ") if "your concern" in s)
    assert "enjoy" not in sentence.lower()
    assert "highlight" not in sentence.lower()
    assert "said about your concern" not in text  # their worry named once, as theirs
