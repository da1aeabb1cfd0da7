"""The offline composer writes clean English: no `proofread` finding in any letter it writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from composer.backends.base import DraftRequest
from composer.models import Interviewer, Notes
from composer.notes_file import load_notes, notes_from_data
from composer.offline import OfflineBackend
from composer.rules.proofread import proofread_findings
from tests.conftest import example_files

pytest.importorskip("harper")


def offline_letter(notes: Notes, person: Interviewer) -> str:
    return OfflineBackend().draft(DraftRequest(notes=notes, interviewer=person)).text


def assert_clean(notes: Notes) -> None:
    for person in notes.interviewers:
        text = offline_letter(notes, person)
        found = proofread_findings(text, notes)
        listed = "\n".join(f"  {v.message} -> {v.fix}" for v in found)
        assert not found, f"letter to {person.name}:\n{listed}\n---\n{text}"


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.stem)
def test_every_example_letter_is_clean(path: Path) -> None:
    assert_clean(load_notes(path))


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
@pytest.mark.parametrize("channel", ["email", "letter"])
@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.stem)
def test_every_tone_and_channel_is_clean(path: Path, tone: str, channel: str) -> None:
    notes = load_notes(path)
    assert_clean(notes.model_copy(update={"tone": tone, "channel": channel}))


def test_a_rapport_note_about_the_interviewer_becomes_a_line_to_them(warm_notes: Notes) -> None:
    text = offline_letter(warm_notes, warm_notes.interviewers[0])
    assert "Lisbon" in text
    assert "she is flying" not in text
    assert proofread_findings(text, warm_notes) == []


FIRST = ["Dana", "Amélie", "Kjetil", "Chinedu", "Margaret", "Gregory", "Jordan", "Zoë", "José"]
FIRST += ["Siobhán", "Wei", "Oluwaseun", "Søren", "Priya", "Tomás", "Aisha", "Mei-Ling", "Seán"]
LAST = ["Whitfield", "Dubois-Lefèvre", "Ølstad", "Okafor", "Ellison-Shaw", "D'Souza", "Bell"]
LAST += ["Ní Bhriain", "Zhang", "Adeyemi", "Álvarez", "Raman", "Rivera", "Al-Farsi", "Nguyễn"]
COMPANIES = ["Northwind Analytics", "Brightline Health", "Hargreave & Lowe", "Larkspur Logistics"]
COMPANIES += ["Cobalt Robotics Labs", "Fjordline", "Zürich Mutual", "Acme", "Okonkwo & Partners"]
ROLES = ["Senior Data Engineer", "Product Designer", "Trainee Solicitor", "Operations Analyst"]
ROLES += [
    "Technical Writer",
    "Nurse Practitioner",
    "Head of Marketing",
    "Site Reliability Engineer",
]
TITLES = ["Head of Design", "Engineering Manager", "Senior Partner", "Director of Data Platform"]
TITLES += ["Recruiter", "Chief Executive", "Clinical Operations Lead", "Documentation Manager"]
TOPICS = [
    "moving the nightly batch jobs to streaming",
    "the redesign of the patient onboarding flow",
    "how the design system is governed",
    "accessibility testing with screen readers",
    "the firm's pro bono housing clinic",
    "rebuilding the developer portal",
    "writing release notes that customers read",
    "how nurses use the scheduling tool on night shifts",
    "handing designs over to engineers",
    "the on-call rotation",
    "hiring two more analysts next year",
    "data quality checks",
    "a migration to the cloud",
    "how trainees rotate through the commercial property seat",
]
RAPPORT = [
    "she is flying to Lisbon next week",
    "he is cycling across Norway this summer",
    "she just adopted a rescue greyhound",
    "she is running the London Marathon in April",
    "his team is moving to the new office in Austin",
    "they are moving to a new house next month",
    "he loves hiking in the Alps",
    "she has a new puppy",
    "he is taking his family to Japan in the spring",
    "she recommended the film Past Lives",
    "he just got back from a conference in Berlin",
]
QUALIFICATIONS = [
    "six years running Airflow and Kafka in production",
    "a certificate in accessible design",
    "five years designing clinical software",
    "fluent Spanish and Portuguese",
    "a master's degree in statistics",
    "three years of supply chain reporting in SQL and Excel",
    "experience leading a team of four",
    "a first-class law degree from the University of Leeds",
    "four years writing API documentation",
]
HIGHLIGHTS = [
    "cut warehouse costs by 40% at Contoso",
    "led usability studies with forty nurses at Fairview Hospital",
    "shipped a medication reminder app used by 12,000 patients",
    "rewrote the SDK quick-start so support tickets fell by a third",
    "won a regional hackathon with a route-planning tool",
    "drafted the advice centre's guide to deposit disputes",
]
CONTRIBUTIONS = [
    "a pragmatic migration plan that keeps the nightly reports running",
    "research-led design that shortens the onboarding flow",
    "steady, client-focused work on the housing clinic from the first week",
    "a docs-as-code workflow that keeps the portal in step with each release",
]
FOLLOW_UPS = [
    "I have since confirmed that I can start in September",
    "the style guide I mentioned is public on my portfolio site",
    "I found the dashboard I described and can share it",
]
NEXT_STEPS = [
    "a decision next week",
    "a decision by December 5",
    "offers by the end of the month",
    "a second interview in early December",
]


def maybe(values: list[str]) -> st.SearchStrategy[str | None]:
    return st.none() | st.sampled_from(values)


def some(values: list[str], max_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(values), max_size=max_size, unique=True)


@st.composite
def interviewers(draw: st.DrawFn) -> dict[str, Any]:
    first, last = draw(st.sampled_from(FIRST)), draw(st.sampled_from(LAST))
    honorific = draw(st.sampled_from(["Ms.", "Mr.", "Dr.", "Mx."]))
    salutation = draw(st.sampled_from([None, first, f"{honorific} {last}", f"{first} {last}"]))
    return {
        "name": f"{first} {last}",
        "title": draw(maybe(TITLES)),
        "salutation": salutation,
        "topics": draw(some(TOPICS, 3)),
        "rapport": draw(some(RAPPORT, 2)),
    }


@st.composite
def notes_data(draw: st.DrawFn) -> dict[str, Any]:
    people = draw(st.lists(interviewers(), min_size=1, max_size=3, unique_by=lambda p: p["name"]))
    qualifications = draw(some(QUALIFICATIONS, 3))
    highlights = draw(some(HIGHLIGHTS, 2))
    if not qualifications and not highlights:
        highlights = [draw(st.sampled_from(HIGHLIGHTS))]
    return {
        "candidate": {"name": f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"},
        "company": draw(st.sampled_from(COMPANIES)),
        "role": draw(st.sampled_from(ROLES)),
        "interview": {
            "date": "2026-11-24",
            "format": draw(st.sampled_from([None, "phone", "video", "onsite", "panel", "other"])),
            "stage": draw(st.sampled_from([None, "second round", "final interview"])),
        },
        "interviewers": people,
        "qualifications": qualifications,
        "highlights": highlights,
        "contribution": draw(maybe(CONTRIBUTIONS)),
        "follow_up": draw(maybe(FOLLOW_UPS)),
        "next_steps": draw(maybe(NEXT_STEPS)),
        "open_to_other_roles": draw(st.booleans()),
        "tone": draw(st.sampled_from(["warm", "formal", "concise"])),
        "channel": draw(st.sampled_from(["email", "letter"])),
    }


# Found by the property test below on a run without the CI profile: a concise panel of three
# with no topics took "I came away more interested than ever in the role.", which the proofreader
# flags ("interested ... than": the preposition after "interested" is "in").
INTERESTED_THAN_EVER: dict[str, Any] = {
    "candidate": {"name": "Dana Whitfield"},
    "company": "Northwind Analytics",
    "role": "Senior Data Engineer",
    "interview": {"date": "2026-11-24", "format": None, "stage": None},
    "interviewers": [
        {"name": name, "title": None, "salutation": None, "topics": [], "rapport": []}
        for name in ["Dana Dubois-Lefèvre", "Amélie Ølstad", "Kjetil Okafor"]
    ],
    "qualifications": [],
    "highlights": ["cut warehouse costs by 40% at Contoso"],
    "contribution": None,
    "follow_up": None,
    "next_steps": None,
    "open_to_other_roles": False,
    "tone": "concise",
    "channel": "email",
}


@settings(max_examples=60)
@example(INTERESTED_THAN_EVER)
@given(notes_data())
def test_letters_for_arbitrary_notes_are_clean(data: dict[str, Any]) -> None:
    assert_clean(notes_from_data(data))
