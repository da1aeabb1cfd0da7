"""A fact said once in a letter's middle (session 48, reader 29's "the middle is a resume list, or
repeats itself": "...the model we introduced at Portree High School. I have spent nine years as
Head Teacher of Portree High School."; Declan's letter saying "twelve years" in the answer and
again as a qualification), and a link earned by what a point claims, not by a clause beside it
("On that point, I led the operation to four years without a lost-time fatality while throughput
rose by 18%." after a throughput shortfall). Every expected sentence is written by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from composer.models import Notes
from composer.offline.linkgate import earned
from composer.offline.saidonce import own_words, said_once
from composer.offline.writer import Writer

CORPUS = Path(__file__).parent / "corpus"
TODAY = dt.date(2026, 12, 4)


def _notes(name: str) -> Notes:
    return Notes.model_validate(json.loads((CORPUS / name).read_text("utf-8")))


def _letter(name: str, index: int) -> str:
    return " ".join(Writer(_notes(name), index, today=TODAY).write().text.split())


# (the sentence before, the candidate's point after it, the point as a careful writer says it;
# None: left out, the sentence before says all it claims)
CASES = [
    (  # the school named at the end of the sentence before: "there"
        "When you asked how I would raise attainment, I described the mentoring model we"
        " introduced at Portree High School.",
        "I have spent nine years as Head Teacher of Portree High School.",
        "I have spent nine years as Head Teacher there.",
    ),
    (
        "On that subject, I started the barrel sour programme at Behemoth, with 40 barrels.",
        "I have six years of experience as a head brewer at Behemoth.",
        "I have six years of experience as a head brewer there.",
    ),
    (  # the span in a tail after "for": the tail goes
        "I have spent 18 months as a night auditor.",
        "I also balanced the ledger every night for 18 months.",
        "I also balanced the ledger every night.",
    ),
    (  # the span as the measure of experience brought: the experience is said without it
        "I was glad we talked about why I am leaving station side after eight years.",
        "I would bring eight years of experience as a station team leader at Birmingham New St"
        " to the role.",
        "I would bring my experience as a station team leader at Birmingham New St to the role.",
    ),
    (
        "You asked about my 11 yrs with the ministry: I said most of it was on the boats.",
        "I have 11 years of experience with the ministry in Nelson.",
        "I have experience with the ministry in Nelson.",
    ),
    (  # the span said again of the same teaching, in no shape that lets it go: left out
        "You asked how my twelve years as a primary school teacher would help in child"
        " protection work: I have made designated liaison person referrals myself.",
        "I have spent twelve years teaching in primary schools in Mayo, including four years as"
        " designated liaison person.",
        None,
    ),
    (  # two clauses of one sentence, the second saying the first's span again
        "I was glad we talked about weekend patrols.",
        "I have spent 11 years with MPI in Nelson, and I also have 11 years with MPI without a"
        " complaint upheld.",
        "I have spent 11 years with MPI in Nelson.",
    ),
    (  # two spans of other counts are two facts: the farm is said "there"
        "You asked whether I had graded on a machine: I ran the grader at Port Lincoln Mussels"
        " for two seasons.",
        "I have worked three seasons at Port Lincoln Mussels.",
        "I have worked three seasons there.",
    ),
    (  # a name not at the end of the sentence before is said again when the point is apart
        "I trained 25 volunteers in book handling.",
        "I have worked three seasons at Port Lincoln Mussels.",
        "I have worked three seasons at Port Lincoln Mussels.",
    ),
    (  # "four units of CPE" names no place: no "there"
        "Growing the CPE program was the part I found most interesting.",
        "On that subject, I have completed four units of CPE.",
        "On that subject, I have completed four units of CPE.",
    ),
    (  # the same count of another thing, sharing no word: two facts
        "You asked whether I had used Sage: I ran it for three years at Harlow Print.",
        "I would bring three years as a recreation therapist to the team.",
        "I would bring three years as a recreation therapist to the team.",
    ),
    (  # a name said again but not at the end: the point adds an award, kept whole
        "Our talk about my Hale & Co rebrand stood out for me.",
        "My rebrand for Hale & Co won a D&AD pencil.",
        "My rebrand for Hale & Co won a D&AD pencil.",
    ),
]


@pytest.mark.parametrize(("before", "point", "said"), CASES)
def test_a_point_says_no_fact_the_letter_says_already(
    before: str, point: str, said: str | None
) -> None:
    own = own_words(["Senior Officer", "Acme Services", "Jo Bloggs"])
    assert said_once([before, point], [False, True], own) == [before, said]


def test_a_later_sentence_never_takes_a_points_place() -> None:
    # c5: the follow-up says the two years at Inkwell again; the point before it, with its
    # record of no aftercare complaints, stays
    own = own_words(["Body Piercer", "Black Lantern Studio"])
    texts = [
        "After two years at Inkwell Studio with no aftercare complaints, I would love to bring"
        " careful work.",
        "One thing I would add: I did the weekly spore tests at Inkwell for two years.",
    ]
    assert said_once(texts, [True, False], own) == texts


def test_a_topic_is_never_changed_only_the_point() -> None:
    own = own_words(["Head Teacher", "The Highland Council"])
    texts = ["I have spent nine years as Head Teacher of Portree High School.", "Thanks again."]
    assert said_once(texts, [False, False], own) == texts


def test_the_school_is_named_once_in_the_head_teachers_letter() -> None:
    # reader 28's h224: Dr. MacLeod's answer names Portree High School, and her nine years
    # there follow it
    letter = _letter("readers/reader28/h224.json", 0)
    assert "I have spent nine years as Head Teacher there." in letter
    assert letter.count("Portree High School") == 1


def test_twelve_years_said_once_in_declans_letter() -> None:
    # reader 28's h221: the question already says Siobhan's twelve years as a teacher
    letter = _letter("readers/reader28/h221.json", 0)
    assert letter.count("twelve years") == 1


SHORTFALL = "the concentrator throughput shortfall since the SAG mill relining in August"


@pytest.mark.parametrize(
    ("point", "linked"),
    [
        # the word both say is only in what went on beside the claim
        ("Led the operation to four years without a lost-time fatality while throughput rose by"
         " 18%.", False),
        # the claim itself is about throughput
        ("Raised throughput by 18% while keeping a clean safety record.", True),
        ("Raised throughput by 18%.", True),
    ],
)  # fmt: skip
def test_a_link_is_earned_by_the_points_claim(point: str, linked: bool) -> None:
    notes = _notes("readers/reader28/h226.json")
    assert earned(point, SHORTFALL, notes) is linked


def test_no_on_that_point_before_the_fatality_record() -> None:
    # h226, Mr. Whitaker: the shortfall is followed by the safety record said plainly
    letter = _letter("readers/reader28/h226.json", 1)
    assert (
        "relining in August. I led the operation to four years without a lost-time fatality"
        " while throughput rose by 18%." in letter
    )


def test_a_point_added_to_a_short_letter_drops_the_span_said_before() -> None:
    # questions-heldout43 h5: the night auditor's 18 months are said; the ledger she balanced
    # every night, added to a short letter, says them again only in its tail
    letter = _letter("questions-heldout43/h5.json", 0)
    assert (
        "I have spent 18 months as a night auditor. I also balanced the ledger every night."
        in letter
    )
    assert letter.count("18 months") == 1
