"""A topic named in a frame reads as English: its article, and no gerund after "got to"."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.notes_file import load_notes
from composer.offline.topicarticle import with_the
from composer.offline.topicframes import also_section
from composer.offline.topics import read_topic
from composer.offline.writer import Writer


@pytest.mark.parametrize(
    ("item", "said"),
    [
        # one thing between or of two others: the "and" is inside, the thing takes "the"
        ("handover between days + nights", "the handover between days and nights"),
        (
            "split of work between estates + facilities",
            "the split of work between estates and facilities",
        ),
        ("training of nurses + HCAs", "training of nurses and HCAs"),
        # a rating of theirs, and its value in quotes: the rating is the subject
        ("Ofsted rating 'good' since 2023", "the Ofsted rating"),
        # one countable thing, typed bare, takes "the", a gerund before it is its modifier
        ("teaching load", "the teaching load"),
        ("teaching load at the branch", "the teaching load at the branch"),
        ("training budget", "the training budget"),
        # a gerund with its own object stays as typed
        ("managing a caseload", "managing a caseload"),
        ("working off prints", "working off prints"),
        ("running the rota", "running the rota"),
        # a check, a rotation, a simulation, a scanner: one thing of their workplace
        ("phonics screening check in yr1", "the phonics screening check in Year 1"),
        ("night rotation on the stroke unit", "the night rotation on the stroke unit"),
        ("fire sim", "the fire simulation"),
        # a year before what happens then names one event
        ("2027 relaunch of the loyalty app", "the 2027 relaunch of the loyalty app"),
        # a thing put in place at a time is arriving then, never "going in in"
        ("new MRI scanner going in in june", "the new MRI scanner arriving in June"),
        # an effort typed after a phrase with a preposition is an effort on that phrase
        ("reading for pleasure push", "the push on reading for pleasure"),
        ("writing at length drive", "the drive on writing at length"),
        ("recruitment drive", "the recruitment drive"),
        ("payroll run takes 4 days, want 2", "the payroll run"),
        ("disclosure exercise (3 boxes, 2 USB drives) - trial in march", "the disclosure exercise"),
        # what the candidate would do in a task set at the interview is said in it
        (
            "case study - what I'd do w/ late evidence",
            "what I would do with late evidence in the case study",
        ),
        # a fixed phrase before a noun is one modifier, with hyphens; elsewhere it is words
        ("out of hours rota", "the out-of-hours rota"),
        ("same day access", "same-day access"),
        ("by the glass program", "the by-the-glass program"),
        ("placement breakdown out of hours", "placement breakdown out of hours"),
        # a singular noun English only counts names one thing: "the"; so does one placed at a
        # time, and a noun of a verb and its particle the word lists lack
        ("demo for the Leeds prospect", "the demo for the Leeds prospect"),
        ("contract renewal in 2028", "the contract renewal in 2028"),
        ("handoff from nights to days", "the handoff from nights to days"),
        # a noun of a kind that is not counted, or a kind named by its modifier, stays bare
        ("escalation from the community team", "escalation from the community team"),
        ("tenancy advice for new arrivals", "tenancy advice for new arrivals"),
        ("contract renewal", "contract renewal"),
        ("multi-site payroll", "multi-site payroll"),
        ("lease versus buy", "lease versus buy"),
        # a singular noun before "of" takes "the" when what follows is a list too
        (
            "quality of care plans + risk assessments",
            "the quality of care plans and risk assessments",
        ),
        # a name with "style" before a noun is one modifier, with a hyphen
        ("Montessori style classrooms", "Montessori-style classrooms"),
        # after "and", a compound English only counts takes its own "the"
        ("referral triage / waiting list", "referral triage and the waiting list"),
        ("click and collect", "click and collect"),
        # a tail that counts them shows the things are the workplace's own
        ("staffing gaps - 3 vacancies", "the staffing gaps"),
        ("CTPA protocols for PE", "CTPA protocols for PE"),
    ],
)
def test_a_bare_topic_gets_its_article(item: str, said: str) -> None:
    assert read_topic(item).text == said


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("busy season staffing Jan-Mar", "busy season staffing from January to March"),
        ("hiring Sept-Dec", "hiring from September to December"),
        # after a preposition the range is the subject's own; typed in lower case it still
        # reads as a note, and the topic is left out (with a notice) rather than pasted
        ("cover for may-june", ""),
    ],
)
def test_a_range_of_months_typed_as_a_note_is_said_in_words(item: str, said: str) -> None:
    common = frozenset(["busy", "season", "staffing", "hiring", "cover"])
    assert read_topic(item, common).text == said


def test_a_gerund_topic_is_never_after_got_to(examples_dir: Path) -> None:
    notes = load_notes(examples_dir / "warm_email.json")
    for index in range(6):
        writer = Writer(notes.model_copy(update={"tone": "warm"}), 0)
        writer.variation.offset = index
        line = writer.pick(
            "tie_more", topic="working off prints", clause_lower="I trained two apprentices"
        )
        assert "got to working" not in line, line


@pytest.mark.parametrize(
    ("item", "put"),
    [
        # a task set at the interview, or a topic whose tail says it was put to the candidate
        ("call sim - dv caller, whispering", True),
        ("in-tray exercise", True),
        ("contrast reactions - scenario q, what I'd do", True),
        # a subject of theirs, told about or discussed
        ("THRIVE risk assessment", False),
        ("falls pathway - OT input after discharge", False),
        ("staffing gaps - 3 vacancies", False),
    ],
)
def test_a_task_set_at_the_interview_is_one_the_candidate_talked_through(
    item: str, put: bool
) -> None:
    assert read_topic(item).question is put


def test_the_call_simulation_is_talked_through_not_heard_about() -> None:
    """Reader 5: a test the candidate sat is not something they 'enjoyed hearing about'."""
    assert also_section(read_topic("call sim - dv caller, whispering")) == "topic_also_mine"
    assert also_section(read_topic("THRIVE risk assessment")) == "topic_also"


# Session 28: work on a thing named by its number is one event ("the lift 4 refurbishment");
# an event typed with its time keeps its subject, the effect after the dash is the note-taker's
# (never "noise complaints on lift 4 refurbishment"); a thing typed with when it starts or
# stops is the subject ("funding ends march" was named as typed); an ordinal after a
# preposition takes "a". Lines typed for other trades.
@pytest.mark.parametrize(
    ("item", "said"),
    [
        (
            "lift 4 refurbishment next spring - noise complaints",
            "the lift 4 refurbishment next spring",
        ),
        ("bay 2 installation", "the bay 2 installation"),
        ("lease expires next yr", "the lease"),
        ("contract renews in april - price review", "the contract"),
        (
            "how i'd calm a caller on second chase call",
            "how I would calm a caller on a second chase call",
        ),
    ],
)
def test_a_numbered_event_a_dated_thing_and_an_ordinal_are_named_as_one(
    item: str, said: str
) -> None:
    assert read_topic(item).text == said


# Session 28, after reader 8: how a thing is run ("via ...") is the note-taker's; a month typed
# bare after what happens then takes "in"; a gerund after "and" takes no "the". Lines typed
# for other trades.
@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("loan renewals via the broker portal", "loan renewals"),
        ("the new cattery opening feb", "the new cattery opening in February"),
        ("CPR + speaking to families after a death", "CPR and speaking to families after a death"),
    ],
)
def test_a_means_a_bare_month_and_a_second_gerund_are_read(item: str, said: str) -> None:
    assert read_topic(item).text == said


# topics2 (session 30): a compound of nouns ending in a word the tables know only as a verb
# ("log", "template") uses it as a counted noun: one thing, named with "the"; a noun made from a
# verb that names an amount ("spend") stays bare, and so does a compound led by a gerund.
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("boiler service log", "the boiler service log"),
        ("incident log", "the incident log"),
        ("fuel spend", "fuel spend"),
        ("logging", "logging"),
    ],
)
def test_a_noun_made_from_a_verb_at_the_end_of_a_compound_takes_the(text: str, said: str) -> None:
    assert with_the(text) == said
