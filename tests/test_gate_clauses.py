"""The gate reads the shapes a clause must have (`composer.offline.clauses`): a note line pasted
into a frame keeps its telegraphic grammar and is stopped, while the sentence a person would
write instead passes. Each row is written by hand for a trade of its own; none is a reader's
quote."""

from __future__ import annotations

import pytest

from composer.models import Notes
from composer.offline.body import Sentence
from composer.offline.flagged import gated
from composer.offline.usable import left_out
from composer.offline.wellformed import problem

# (broken, what the gate's reason names, the sentence a person would write)
SHAPES = [
    # a subordinator whose clause has no verb
    (
        "I would aim to bring a second loading bay, so that shorter queues and happier drivers.",
        "so that",
        "I would aim to bring a second loading bay, so that drivers queue for less time.",
    ),
    (
        "I would hope to add a Saturday surgery, because more working parents.",
        "because",
        "I would hope to add a Saturday surgery, because more working parents need one.",
    ),
    # "why" and an -ing form with no subject
    (
        "I enjoyed our talk about why moving to days after ten years.",
        "question",
        "I enjoyed our talk about why I am moving to days after ten years.",
    ),
    # a subject with "both"/"all" and no verb
    (
        "It was good to learn that we both Leeds graduates.",
        "subject",
        "It was good to learn that we are both Leeds graduates.",
    ),
    (
        "I was pleased to hear that they all also former apprentices.",
        "subject",
        "I was pleased to hear that they all started as apprentices.",
    ),
    # a determiner before a preposition or an answer word
    (
        "I enjoyed hearing about the via Crewe deliveries.",
        "determiner",
        "I enjoyed hearing about the deliveries that go via Crewe.",
    ),
    (
        "I look forward to the than last year targets.",
        "determiner",
        "I look forward to hearing about this year's targets.",
    ),
    # an ordinal with no determiner
    (
        "I planted about 3,000 trees in second season.",
        "ordinal",
        "I planted about 3,000 trees in my second season.",
    ),
    (
        "I closed 14 sales during first month.",
        "ordinal",
        "I closed 14 sales during my first month.",
    ),
    # a bare verb or adjective tail after a comma
    (
        "I would hope to contribute a tidy workshop, already own my tools and van.",
        "verb",
        "I would hope to contribute a tidy workshop, and I already own my tools and van.",
    ),
    (
        "What I would bring is patience with new starters, happy to cover weekends.",
        "adjective",
        "What I would bring is patience with new starters, and I am happy to cover weekends.",
    ),
    # a present perfect with a finished time
    (
        "I have finished the refresher course last month.",
        "present perfect",
        "I finished the refresher course last month.",
    ),
    (
        "I've sat the theory exam two weeks ago.",
        "present perfect",
        "I sat the theory exam two weeks ago.",
    ),
    # a plural of a clipped word, a day typed short, a title cut short, shorthand
    (
        "I trained four new reps and two admins.",
        "typed as a note",
        "I trained four new representatives and two administrators.",
    ),
    (
        "I hope the county show sat goes well.",
        "day",
        "I hope the county show goes well on Friday.",
    ),
    (
        "I appreciated our discussion of lean on Me.",
        "title",
        "I appreciated our discussion of Lean on Me.",
    ),
    (
        "I compared 30 vs 45 day terms for the suppliers.",
        "shorthand",
        "I compared 30-day and 45-day terms for the suppliers.",
    ),
    (
        "I ran 20-min toolbox talks every Monday.",
        "shorthand",
        "I ran 20-minute toolbox talks every Monday.",
    ),
    # a verb and its object after a determiner, a question's order, a title in lower case
    (
        "I look forward to the call us on Monday.",
        "verb and its object",
        "I look forward to your call on Monday.",
    ),
    (
        "I enjoyed talking about how do carers log visits.",
        "question's word order",
        "I enjoyed talking about how carers log visits.",
    ),
    (
        "Thank you for recommending 'the secret barrister'; I have ordered it.",
        "lower case",
        "Thank you for recommending 'The Secret Barrister'; I have ordered it.",
    ),
    # a post named where its field was expected (any noun of a person, not one ending)
    (
        "I have six years of experience in shift leader at a distribution centre.",
        "post",
        "I have six years of experience as a shift leader at a distribution centre.",
    ),
]


@pytest.mark.parametrize(("broken", "why", "sent"), SHAPES)
def test_a_clause_without_its_shape_is_stopped_and_the_sentence_a_person_writes_is_not(
    broken: str, why: str, sent: str
) -> None:
    assert why in problem(broken, slashes=False), broken
    assert problem(sent, slashes=False) == "", sent


@pytest.mark.parametrize(
    "sent",
    [
        # a verb after a noun, though the noun could be a verb too
        "I would cut downtime so that the depot needs fewer hire vans.",
        "I would like to run more clinics so that young families trust the practice.",
        "I kept the rota fair, because everyone works one weekend in four.",
        # "we both" with a verb, an adverb between
        "It was a pleasure to find that we both also grew up in Hull.",
        "We both know the coast road well.",
        # an ordinal with its determiner, or a span of a programme
        "In my first year, I qualified 40 apprentices.",
        "I mentored two trainees through first year.",
        "I was in first year when the new lab opened.",
        "I fixed the gaps found in last year's audit.",
        # "next" and "last" need no determiner where English gives none
        "I hope to hear from you by next Friday.",
        "I have held the licence since last year.",
        "I have renewed my forklift licence.",
        "I have had no accidents in 18 months.",
        "I have worked nights for six years and moved to days last year.",
        # a participle tail after a comma is a reduced clause, not a note
        "I built the county's housing dashboard, used in budget hearings.",
        "I rebuilt the old site, close to the station.",
        # words a tail may open on
        "Thank you for the tour, especially the new cold store.",
        # a function word ending in -s is no clipped plural
        "Thank you for this, and for his time as well.",
        "I enjoyed hearing your view of radio versus hand signals.",
        "HR was very helpful with the timings.",
        # a day's name that is a word: the sun, a past verb
        "We sat in the morning sun.",
        # a lead and a comma before a contracted "I" (an answer typed at --ask, given its lead)
        "In addition, I've been a licensed farrier since 2019.",
        "Beyond that, I'm fluent in Welsh.",
    ],
)
def test_a_sentence_a_person_would_send_passes_the_clause_checks(sent: str) -> None:
    assert problem(sent, slashes=False) == "", sent


def test_a_sentence_stopped_for_its_clause_is_left_out_and_its_notes_line_is_asked_for() -> None:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Sam Hale"},
            "company": "Northgate Haulage",
            "role": "Transport Planner",
            "interview": {"date": "2026-12-01"},
            "interviewers": [
                {
                    "name": "Jo Pike",
                    "topics": ["why leaving retail after 6 yrs"],
                    "rapport": ["both leeds grads"],
                }
            ],
            "highlights": ["cut empty miles ~12% in 1st yr"],
            "tone": "warm",
        }
    )
    sentences = [
        Sentence("thanks", 0, "Thank you for meeting me on Monday."),
        Sentence("topic", 1, "I enjoyed our talk about why leaving retail after six years."),
        Sentence("point", 2, "I cut empty miles by about 12% in first year."),
        Sentence("rapport", 4, "It was good to learn that we both Leeds graduates."),
    ]
    notices: list[str] = []
    kept = gated(sentences, notes, 0, notices, lambda: "I look forward to hearing from you.")
    assert [s.text for s in kept] == ["Thank you for meeting me on Monday."]
    asked = left_out(notes, notices)
    assert sorted((r.field, r.text) for r in asked) == [
        ("highlights[0]", "cut empty miles ~12% in 1st yr"),
        ("interviewers[0].rapport[0]", "both leeds grads"),
        ("interviewers[0].topics[0]", "why leaving retail after 6 yrs"),
    ]
