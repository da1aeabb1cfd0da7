"""A singular count noun a note typed with no article, given one in the letter (`bareheads`):
scout 42 saw "I designed steel mezzanine for a warehouse in Mississauga." and "Thank you for
asking how I would check a steel beam when client wants to add rooftop units." (t06), "if
patient faints" (t04), and scout 41 "during 2025 harvest". Expected sentences written by hand;
the other lines are of made-up candidates (a tenant liaison, a bar manager, a shop clerk)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import compose, load_notes
from composer.offline.bareheads import said as articled
from composer.offline.topics import read_topic

SCOUT42 = Path(__file__).parent / "corpus" / "scouts" / "scout42"


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "I designed steel mezzanine for a warehouse in Mississauga.",
            "I designed a steel mezzanine for a warehouse in Mississauga.",
        ),
        (
            "Thank you for asking how I would check a steel beam when client wants to add rooftop"
            " units.",
            "Thank you for asking how I would check a steel beam when a client wants to add"
            " rooftop units.",
        ),
        (
            "Thank you for asking what I would do when tenant reports a leak.",
            "Thank you for asking what I would do when a tenant reports a leak.",
        ),
        ("I would stay calm if patient faints.", "I would stay calm if a patient faints."),
        (
            "I also ran the lab during 2025 harvest, with about 40 samples a day.",
            "I also ran the lab during the 2025 harvest, with about 40 samples a day.",
        ),
        ("I ran the bar during 2024 festival.", "I ran the bar during the 2024 festival."),
        ("I started in first week of March.", "I started in the first week of March."),
        (
            "I wrote user manual for the new till system.",
            "I wrote a user manual for the new till system.",
        ),
    ],
)
def test_a_bare_count_noun_gets_its_article(said: str, written: str) -> None:
    assert articled(said) == written


@pytest.mark.parametrize(
    "said",
    [
        "I worked as manager at a cafe.",  # a bare title
        "I was promoted to supervisor in 2023.",
        "I served as head of department.",
        "I sketched the plans by hand on site.",  # idioms
        "We went through it step by step.",
        "I moved stock from warehouse to store.",  # a span of two places
        "I am patient with children.",  # "patient" said of the candidate
        "I bought equipment for the gym.",  # a mass noun
        "I led training for new staff.",
        "I fixed boilers in 2023.",  # a plural, a year alone
        "I presented at Westfield Mall.",  # a name
        "I look forward to meeting the team next week.",
        "I would check plate and pins first.",  # two things joined: left as typed
        "I would welcome the chance of a trial day.",
        # the corpus lines a first reading broke (session 42)
        "I helped raise the pass rate from 41% to 63%.",  # "help" before a bare verb
        "I made cabin supervisor after 18 months.",
        "I came away keen to join the team.",  # an adverb, an adjective
        "I also enjoyed hearing about building a people analytics function from scratch.",
        "I have five years of planning at a brewery.",  # a doing, a plural before "of"
        "I have two years of experience in circulation desk.",  # a field of work
        "I migrated checkout from jQuery to React at cartwheel.",  # one word: maybe a name
        "I hit 95% of target in eight months.",
        "I led the culvert survey for 40 km of river.",  # a measure of a stuff
        "My aim would be to get the books closed by day 3 of each month.",
        "I talked through the working at height certificate.",
        "I hope to hear from you in due course.",
        "I would be glad to offer capacity to take on the extra work.",  # a quality
        "I had zero errors flagged on audit from 2023 to 2025.",  # a doing, a state
        "You asked about call: I am happy to work one weekend in four.",
        "I ran payroll for three sites.",  # a thing run, not made: often bare
        "I worked night shift at the hospital.",
        "I was promoted to team leader after a year.",
    ],
)
def test_other_words_are_left_as_they_are(said: str) -> None:
    assert articled(said) == said


def test_a_topic_names_a_thing_of_theirs_with_the() -> None:
    said = "Our talk about the plans for new workshop was great."
    assert articled(said, "topic") == "Our talk about the plans for the new workshop was great."
    # a case put to the candidate: the thing is any one
    asked = "You asked what I would do if customer wants the pitch raised on old piano."
    assert articled(asked, "topic") == (
        "You asked what I would do if a customer wants the pitch raised on an old piano."
    )


def test_the_structural_engineer_letter_says_its_articles() -> None:
    notes = load_notes(SCOUT42 / "t06.json")
    (letter,) = compose(notes, today=dt.date(2026, 12, 3))
    assert "I designed a steel mezzanine for a warehouse in Mississauga." in letter.text
    # (session 43: the question's answer cannot be said, so the letter leaves the question out
    # and names it; the question as read keeps its article)
    line = notes.interviewers[0].topics[1]
    assert "when a client wants to add rooftop units" in articled(read_topic(line).text, "topic")


def test_the_gate_reads_a_subject_and_its_verb_after_if() -> None:
    from composer.offline.dangling import dangling

    assert not dangling("I would know what to do if a patient faints in the chair.")
    assert not dangling("We talked about what happens when a tenant complains to the council.")
    assert dangling("I stayed at a university halls over summer.")


def test_the_dental_nurse_letter_keeps_its_fainting_question() -> None:
    notes = load_notes(SCOUT42 / "t04.json").model_copy(
        update={"tone": "concise", "channel": "letter"}
    )
    letters = compose(notes, today=dt.date(2026, 12, 3))
    haddad = next(letter.text for letter in letters if letter.to == "Amir Haddad")
    # (session 43: its answer, "stop tx, lay flat w/ legs up, ...", cannot be said, so the
    # question is left out and named, never said alone; the question as read keeps its article)
    assert "faints" not in haddad
    line = next(t for t in notes.interviewers[0].topics if "faints" in t)
    assert "if a patient faints in the chair" in articled(read_topic(line).text, "topic")
