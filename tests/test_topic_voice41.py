"""Session 41 (voice): a topic typed from the notes' point of view, read as the letter's.

A question put to the candidate typed with who asked ("He asked me what I'd do ...", "Sian asked
about ..."), in the order it was asked with no question mark ("what would you do if ..."), or as
a sentence and the candidate's answer as a sentence of their own, is read as the question; the
reader's own name in their topic is said to them ("your plan ..."). Expected texts by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from composer import compose, load_notes
from composer.models import Notes
from composer.offline.cleaning import clean
from composer.offline.phrasebook import Variation
from composer.offline.topics import read_topic
from composer.offline.topicvoice import reader_forms
from composer.offline.usable import topic_phrase
from composer.offline.wording import Wording


@pytest.mark.parametrize(
    ("typed", "said", "answer"),
    [
        (
            "He asked me what I'd do if a forklift blocked the fire exit",
            "what I would do if a forklift blocked the fire exit",
            "",
        ),
        ("Sian asked about my night shift experience", "my night shift experience", ""),
        (
            "Dr. Bello asked me how i'd triage a full waiting room",
            "how I would triage a full waiting room",
            "",
        ),
        ("the chair asked about my gap year", "my gap year", ""),
        (
            "She asked how I would cost a kitchen refit with no plans. I walked her through my "
            "usual survey.",
            "how I would cost a kitchen refit with no plans",
            "I walked you through my usual survey",  # the room reported (session 42)
        ),
        (
            "what would you do if a guest fell on the stairs",
            "what I would do if a guest fell on the stairs",
            "",
        ),
        ("how would I win back a lapsed client", "how I would win back a lapsed client", ""),
        (
            "how would you plan the first month -> meet every client, audit the files",
            "how I would plan the first month",
            "I would meet every client and audit the files",
        ),
    ],
)
def test_a_question_put_to_the_candidate_is_read(typed: str, said: str, answer: str) -> None:
    topic = read_topic(typed)
    assert (topic.text, topic.question, topic.answer) == (said, True, answer)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Sian's plan to open the café on Sundays", "your plan to open the café on Sundays"),
        ("Ms. Lloyd's worry about the walk-in freezer", "your worry about the walk-in freezer"),
        ("how Sian runs the Saturday rota", "how you run the Saturday rota"),
        ("the Lloyd family catering account", "the Lloyd family catering account"),
        ("the menu Sian Evans wrote", "the menu Sian Evans wrote"),
        ("what Sian said about Christmas bookings", "what you said about Christmas bookings"),
    ],
)
def test_the_readers_own_name_in_their_topic_is_said_to_them(typed: str, said: str) -> None:
    phrase = topic_phrase(typed, frozenset(), reader_forms("Sian Lloyd", "Ms. Lloyd"))
    assert phrase is not None
    assert phrase.text == said


def test_a_stop_that_ends_an_abbreviation_is_kept_and_never_doubled() -> None:
    # "at 3 a.m." was cleaned to "at 3 a.m" (its stop taken for the note's), and a frame ending
    # on the topic then said "... at 6 a.m.." once it was kept
    assert clean("bread deliveries arriving at 5 a.m.") == "bread deliveries arriving at 5 a.m."
    assert clean("stock take.") == "stock take"
    topic = read_topic(
        "He asked how I would open the bakery alone at 4 a.m. I talked him through it."
    )
    assert (topic.text, topic.question) == ("how I would open the bakery alone at 4 a.m.", True)
    said = {
        _Letter(seed).pick("topic", topic="bread deliveries at 5 a.m.", Topic="x")
        for seed in range(40)
    }
    assert "I especially enjoyed our conversation about bread deliveries at 5 a.m." in said
    assert not any(".." in s for s in said)


class _Letter(Wording):
    def __init__(self, seed: int) -> None:
        self.notes = Notes.model_validate(
            {
                "candidate": {"name": "Ann Example"},
                "company": "Crumb & Co",
                "role": "Night Baker",
                "interview": {"date": "2026-12-02"},
                "interviewers": [{"name": "Lee Example"}],
                "qualifications": ["Level 3 baking"],
            }
        )
        self.tone, self.channel = "warm", "email"
        self.variation = Variation(f"seed {seed}")
        self.used, self.moods, self.frames = set(), set(), set()
        self.taken = frozenset()


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # what the scenario was, typed after its dash or colon, said with it (was "the scenario")
        (
            "scenario - a tourist faints on the tower stairs",
            "the scenario in which a tourist faints on the tower stairs",
        ),
        (
            "scenario q - boat drifts onto the weir",
            "the scenario in which a boat drifts onto the weir",
        ),
        ("scenario: gas leak in the plant room", "the scenario of a gas leak in the plant room"),
        (
            "role play - upset relative at the front desk",
            "the role-play with an upset relative at the front desk",
        ),
        # the answer after a comma is the candidate's note, never part of the scenario
        (
            "scenario - power cut at the cold store, talked thru the generator",
            "the scenario of a power cut at the cold store",
        ),
        # what they were set to do, typed as a verb and its object: not named
        ("case study - price a roof for a listed barn", "the case study"),
    ],
)
def test_a_scenario_put_to_the_candidate_is_named_with_what_it_was(typed: str, said: str) -> None:
    topic = read_topic(typed)
    assert (topic.text, topic.question) == (said, True)


def test_a_scenario_typed_without_an_inner_article_is_named_alone() -> None:
    # "in care home": the note dropped an article no table can restore
    assert read_topic("scenario - fall in day room, talked thru the checks").text == "the scenario"


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_a_question_put_to_the_candidate_is_talked_through_never_as_for(tone: str) -> None:
    # h156 (dev): "She asked how I would approach a resident who refuses every activity. I
    # described ..." was left out as a sentence; read as the question, it was tied to a
    # credential with "As for how I would approach ..., I have spent three years ...", which
    # says the credential answers it. A question put to the candidate is talked through.
    path = Path(__file__).parent / "corpus" / "readers" / "reader20" / "h156.json"
    notes = load_notes(path).model_copy(update={"tone": tone})
    text = " ".join(one.text for one in compose(notes, today=dt.date(2026, 12, 3)))
    assert "how I would approach a resident who refuses every activity" in text
    assert not re.search(r"(?:As for|With regard to|When it comes to) how I would", text)
    # said with the answer given since session 42 (it was "talk through how I would ...")
    assert (
        "When you asked how I would approach a resident who refuses every activity, I described"
        " the one-to-one music sessions I ran for a resident at Riverside Manor" in text
    )
