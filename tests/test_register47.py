"""Session 47 (register): the role field named cleanly, a printed letter's sign-off, casual verbs
in a formal letter, qualifications not yet held, and a contribution typed as a self-description.
Expected sentences written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.models import Candidate, Interview, Interviewer, Notes
from composer.offline import envelope, phrasebook
from composer.offline.formalverbs import formal
from composer.offline.items import read_point
from composer.offline.offer import read_offer
from composer.offline.phrasebook import Variation
from composer.rolename import role_phrase, role_title


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("Schichtleiterin / Night Shift Lead, Duisburg hub", "Night Shift Lead"),
        # a field of work after the title is kept (reader 29 missed it when left off)
        (
            "Graduate Research Assistant, Coral Reef Monitoring",
            "Graduate Research Assistant (Coral Reef Monitoring)",
        ),
        ("Lead Pharmacist, Medicines Optimisation", "Lead Pharmacist (Medicines Optimisation)"),
        ("General Manager, Operations – El Salitral Copper Mine", "General Manager of Operations"),
        ("Head Teacher, Inverness Royal Academy", "Head Teacher"),
        ("HR Business Partner, Operations", "HR Business Partner (Operations)"),
        ("Erzieherin / Early Years Educator", "Early Years Educator"),
        ("Infirmière / Registered Nurse", "Registered Nurse"),
        ("Warehouse Team Leader - Nights", "Warehouse Team Leader (Nights)"),
        ("Director, Operations", "Director of Operations"),
        ("Position: Junior Copywriter", "Junior Copywriter"),
        ("Payroll Officer, Leeds (ref PO-2231)", "Payroll Officer"),
        ("Jr. Data Analyst", "Junior Data Analyst"),
        ("Asst Store Mgr", "Assistant Store Manager"),
        ("Account Exec", "Account Executive"),
    ],
)
def test_role_named_as_one_clean_title(typed: str, named: str) -> None:
    assert role_title(typed) == named


@pytest.mark.parametrize(
    "typed",
    [
        "Receptionist/Administrator",
        "Barista/Shift Supervisor",
        "Firefighter/EMT",
        "Lead Climber / Team Leader",
        "Panel Beater - Leading Hand",
        "Senior Cabin Crew (Cabin Supervisor)",
        "Chef de Partie",
        "Tech Lead",
    ],
)
def test_role_kept_as_typed_where_it_is_one_title(typed: str) -> None:
    """Guards (pass without the change too): one title is never cut."""
    assert role_title(typed) == typed


def test_role_phrase_of_a_cleaned_role() -> None:
    assert role_phrase(role_title("Sr Payroll Officer, Leeds office")) == (
        "the Senior Payroll Officer role"
    )


def _notes(tone: str, channel: str) -> Notes:
    return Notes(
        candidate=Candidate(name="Ana Ruiz", email="ana@example.com"),
        company="Acme",
        role="Clerk",
        interview=Interview(date=dt.date(2026, 12, 3)),
        interviewers=[Interviewer(name="Dana Lee", topics=["the filing backlog"])],
        qualifications=["five years in records management"],
        tone=tone,
        channel=channel,
    )


@pytest.mark.parametrize("tone", ["concise", "warm"])
def test_printed_letter_signs_off_formally_whatever_the_tone(tone: str) -> None:
    notes = _notes(tone, "letter")
    for seed in range(6):
        said = envelope.sign_off(notes, notes.interviewers[0], Variation(seed))
        assert said == "Kind regards,"


def test_an_email_keeps_its_tones_sign_offs() -> None:
    """A guard (passes without the change too): only paper signs off formally."""
    notes = _notes("concise", "email")
    said = {envelope.sign_off(notes, None, Variation(seed)) for seed in range(12)}
    assert "Best," in said


def test_other_roles_line_says_future_roles_plainly() -> None:
    lines = [w for ws in phrasebook.BOOK["other_roles"].values() for w in ws]
    assert not any("other or future" in line for line in lines)
    assert "I would also welcome hearing about future roles at {company}." in lines


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("My thesis got a first.", "My thesis received a first."),
        ("I got a merit for my final project.", "I received a merit for my final project."),
        ("She got promoted twice in three years.", "She was promoted twice in three years."),
        (
            "We got loads of volunteers through the induction.",
            "We saw many volunteers through the induction.",
        ),
    ],
)
def test_casual_verbs_said_formally(typed: str, said: str) -> None:
    assert formal(typed) == said


@pytest.mark.parametrize("typed", ["I got the crew home safe.", "I got the first batch out early."])
def test_other_gots_kept(typed: str) -> None:
    """Guards (pass without the change too): "got" with no award after it is left as typed."""
    assert formal(typed) == typed


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "BA History, University of York (graduating June 2027)",
            "I am completing a BA in History at the University of York, graduating in June 2027",
        ),
        (
            "BA Fine Art (Goldsmiths) - graduating next summer",
            "I am completing a BA in Fine Art at Goldsmiths, graduating next summer",
        ),
        ("MBA (expected Dec 2026)", "I am completing an MBA, graduating in December 2026"),
        ("CPA - sitting the exam in may", "I am sitting the CPA exam in May"),
        ("CFA level 1 (exam in Nov)", "I am sitting the CFA level 1 exam in November"),
        ("RN (licence pending)", "I am awaiting my RN licence"),
        ("NCLEX passed, awaiting license", "I have passed the NCLEX and am awaiting my license"),
        (
            "Level 3 Electrical Installation diploma, due to finish in june",
            "I am completing a Level 3 Electrical Installation diploma, finishing in June",
        ),
        (
            "Cert IV in Fitness, expected march",
            "I am completing a Certificate IV in Fitness, finishing in March",
        ),
        ("promoted to shift manager in 2023", "I was promoted to shift manager in 2023"),
        ("My thesis on soil carbon got a first.", "My thesis on soil carbon got a first"),
    ],
)
def test_qualifications_not_yet_held_and_own_sentences(line: str, said: str) -> None:
    clause = read_point(line).said
    assert clause is not None
    assert clause.text() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "experienced community nurse who can mentor the juniors",
            "I would bring my experience as a community nurse and mentor the juniors.",
        ),
        (
            "seasoned barista who can run the bar and train the new starters",
            "I would bring my experience as a barista, run the bar and train the new starters.",
        ),
        (
            "Senior mechanic who could take the apprentices",
            "I would bring my experience as a senior mechanic and take the apprentices.",
        ),
        ("registered nurse who can cover nights", "As a registered nurse, I would cover nights."),
    ],
)
def test_contribution_typed_as_self_description(line: str, said: str) -> None:
    offer = read_offer(line)
    assert offer is not None
    assert offer.text == said
