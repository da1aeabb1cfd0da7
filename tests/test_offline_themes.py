"""Which of the candidate's points meets which topic, and who hears it.

A point is tied to a topic only when they are about one thing; each panellist hears the points
that fit their own topics; a point that fits nobody is said in one letter, on its own after the
thanks; the contribution is said once per panel. Expected texts are written by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from composer.models import Notes
from composer.offline.phrasebook import Variation
from composer.offline.select import generic_of, select, tie
from composer.offline.themes import common_themes, themes_of, tie_strength
from composer.offline.writer import Writer
from tests.fakes import FirstChoice

T = TypeVar("T")


class TopicFirst(Variation):
    """A variation that takes first the wordings that open with the topic."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return sorted(options, key=lambda o: not str(o).startswith("{Topic}"))


def _notes(**changes: Any) -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Rosa Lind"},
        "company": "Tidewater",
        "role": "Backend Engineer",
        "interview": {"date": "2026-03-02", "format": "video"},
        "interviewers": [
            {"name": "Ada Price", "topics": ["the on-call rotation"]},
            {"name": "Ben Moss", "topics": ["growing junior engineers"]},
        ],
        "qualifications": ["fluent in French"],
        "highlights": ["mentored three junior engineers", "cut p99 latency by half"],
        "tone": "warm",
        "channel": "email",
    }
    data.update(changes)
    return Notes.model_validate(data)


def _tie(point: str, topic: str) -> int:
    return tie_strength(point, topic, frozenset(), frozenset())


def test_a_theme_is_read_from_the_words_that_signal_it() -> None:
    assert "courtroom" in themes_of("argued and won a motion to dismiss in SDNY")
    assert themes_of("bilingual in Spanish and English") == {"languages"}
    assert "accessibility" in themes_of("a certificate in accessible design")
    assert themes_of("hybrid working") == frozenset()


def test_neighbouring_themes_tie_and_unrelated_ones_do_not() -> None:
    clinic = "the firm's pro bono commitment, especially the tenant clinic"
    assert _tie("bilingual in Spanish and English", clinic) == 1  # community work and languages
    assert _tie("admitted to the New York bar", clinic) == 0
    assert _tie("IOSH Managing Safely", "near-miss reporting culture") == 2  # safety both


def test_a_one_letter_language_both_texts_name_ties_them() -> None:
    # "R" is a code as "SQL" is: a point about an R package meets a move into R, not a move
    # into Excel; "I" and "A" are words, never codes
    point = "wrote an R package for the weekly claims triangles"
    assert _tie(point, "moving reserving out of Excel into R / Python") >= 3
    assert _tie(point, "moving reserving out of Excel into SAS") == 0
    assert _tie("I ran a team of 4", "a team I would join") == _tie("ran a team", "a team")


def test_a_shared_word_is_no_tie_when_each_is_plainly_about_something_else() -> None:
    point, topic = "volunteered at a tenants' advice centre", "commercial tenant fit-outs"
    assert tie_strength(point, topic, frozenset({"tenan"}), frozenset({"tenan"})) == 0


def test_a_theme_most_points_touch_is_the_candidates_field_and_ties_nothing() -> None:
    points = ["master's degree in nursing", "5 yrs on a busy med-surg ward", "ACLS certified"]
    assert "patients" in common_themes(points)
    assert common_themes(points[:2]) == frozenset()  # too few points to tell


def test_each_panellist_hears_the_points_that_fit_their_own_topic() -> None:
    notes = _notes()
    ada, ben = select(notes, 0), select(notes, 1)
    assert [(t.topic.text, [p.source for p in t.points]) for t in ada.ties] == [
        ("the on-call rotation", ["cut p99 latency by half"])
    ]
    assert [(t.topic.text, [p.source for p in t.points]) for t in ben.ties] == [
        ("growing junior engineers", ["mentored three junior engineers"])
    ]
    # French fits neither topic: one letter says it, on its own.
    summaries = [[p.source for p in s.summary] for s in (ada, ben)]
    assert sorted(summaries) == [[], ["fluent in French"]]


def test_the_contribution_is_said_once_per_panel_beside_the_topic_it_fits() -> None:
    notes = _notes(contribution="a calmer on-call", channel="letter")
    ada, ben = select(notes, 0), select(notes, 1)
    assert ada.contribution is not None and ben.contribution is None
    assert ada.contribution_topic is not None
    assert ada.contribution_topic.text == "the on-call rotation"


def test_the_letter_ties_the_point_to_the_topic_and_says_the_other_point_after_the_thanks() -> None:
    notes = _notes(
        interviewers=[{"name": "Ada Price", "topics": ["the on-call rotation"]}],
        highlights=["cut p99 latency by half"],
    )
    writer = Writer(notes, 0)
    writer.variation = FirstChoice("")
    said = [(s.paragraph, s.text) for s in writer.summary() + writer.middle()]
    assert said == [
        # said plainly: the stock tail ("..., and I would be glad to put that to work
        # here") adds nothing to a skill that fits no topic
        (0, "I am fluent in French."),
        (1, "I especially enjoyed our conversation about the on-call rotation."),
        # the rotation and the latency touch one theme and share no word: no "On that
        # subject," claims they are one (`linkgate`, session 43)
        (1, "I cut p99 latency by half."),
    ]


def _middle(notes: Notes) -> list[str]:
    writer = Writer(notes, 0)
    writer.variation = FirstChoice("")
    return [s.text for s in writer.middle()]


def test_a_topic_with_nothing_of_the_candidates_about_it_is_left_out() -> None:
    latency = {"qualifications": [], "highlights": ["cut p99 latency by half"]}
    for second in ("hybrid working", "keeping releases calm across three time zones"):
        people = [{"name": "Ada Price", "topics": ["the on-call rotation", second]}]
        assert _middle(_notes(interviewers=people, **latency)) == [
            "I especially enjoyed our conversation about the on-call rotation.",
            "I cut p99 latency by half.",
        ]


def test_the_first_topic_with_a_point_opens_the_paragraph() -> None:
    # "hybrid working" comes first in the notes but the candidate says nothing about it
    latency = {"qualifications": [], "highlights": ["cut p99 latency by half"]}
    people = [{"name": "Ada Price", "topics": ["hybrid working", "the on-call rotation"]}]
    assert _middle(_notes(interviewers=people, **latency)) == [
        "I especially enjoyed our conversation about the on-call rotation.",
        "I cut p99 latency by half.",
    ]


def test_a_letter_with_nothing_tied_names_one_topic_with_thanks_for_the_time() -> None:
    notes = _notes(
        interviewers=[{"name": "Dana Feld", "topics": ["billable hour expectations", "mentoring"]}],
        qualifications=["admitted to the New York bar"],
        highlights=[],
        role="Litigation Associate",
    )
    writer = Writer(notes, 0)
    writer.variation = FirstChoice("")
    assert [s.text for s in writer.middle()] == [
        "I was glad we had the chance to talk about billable hour expectations."
    ]


def test_a_topic_about_arrangements_never_carries_the_letter() -> None:
    people = [
        {"name": "Ada Price", "topics": ["start date and notice period", "the on-call rotation"]}
    ]
    chosen = select(_notes(interviewers=people), 0)
    assert [t.text for t in chosen.topics] == ["the on-call rotation"]


def test_short_capitals_are_telling_words_too() -> None:
    # a shared acronym (3) says more than a shared word or theme (2)
    assert _tie("got GP from 64% to 71% at Osteria Nove", "food cost GP targets") == 3
    assert _tie("got GP from 64% to 71% at Osteria Nove", "staff retention") == 0


def test_words_side_by_side_in_both_tie_closer_than_scattered_ones() -> None:
    point = "got food cost from 33% to 29% by reworking prep lists and a whole-fish program"
    generic = generic_of(_notes(role="Sous Chef"))
    near = tie(point, "food cost - target 28%", generic)
    assert near > tie(point, "whole-animal butchery program", generic) > 0


def test_a_degree_bears_on_a_topic_only_through_a_shared_word() -> None:
    notes = _notes(role="Staff Nurse", qualifications=["BSc (Hons) Adult Nursing 2019, Leeds"])
    generic = generic_of(notes)
    assert tie("BSc (Hons) Adult Nursing 2019, Leeds", "preceptorship for new nurses", generic) == 0
    assert tie("MSc Cardiac Nursing, 2022", "the cardiac rehab programme", generic) > 0


def test_a_plural_topic_agrees_with_its_verb() -> None:
    people = [{"name": "Ada Price", "topics": ["peak season staffing", "pick rates"]}]
    notes = _notes(
        interviewers=people, role="Warehouse Manager", qualifications=[],
        highlights=["planned the peak season rota for 140 staff", "raised pick accuracy to 99.7%"],
    )  # fmt: skip
    assert (
        _middle(notes)[2]
        == "I was glad we talked about pick rates as well: I raised pick accuracy to 99.7%."
    )
    writer = Writer(notes, 0)
    writer.variation = TopicFirst("")
    said = writer.pick("topic", topic="pick rates", Topic="Pick rates")
    assert said == "Pick rates were the part of our conversation I have thought about most since."


def test_a_credential_that_fits_no_topic_is_said_plainly_after_the_thanks() -> None:
    people = [{"name": "Ada Price", "topics": ["the on-call rotation"]}]
    notes = _notes(interviewers=people, qualifications=["QTS"], highlights=[])
    writer = Writer(notes, 0)
    writer.variation = FirstChoice("")
    assert [(s.paragraph, s.text) for s in writer.summary()] == [(0, "I hold QTS.")]


def test_a_code_both_share_ties_a_point_to_its_topic() -> None:
    from composer.offline.select import Generic, tie

    plain = Generic(frozenset(), frozenset())
    # words the letter-only stems miss: a visa code, a tool typed in lower case, "first-gen"
    assert tie("drafted approx 60 H-1B petitions", "H-1B cap season workload", plain) > 0
    assert tie("moved 40 reports from Excel to dbt", "dbt models and testing", plain) > 0
    assert tie("mentored 9 undergrads, 6 first-gen", "first-gen students in research", plain) > 0
    assert tie("hold an ESL endorsement", "co-teaching with the ELL teacher", plain) > 0
    # a shared credential or a word as broad as "model" is no tie
    assert tie("built a churn model", "dbt models and testing", plain) == 0
    assert tie("worked full-time at Boots", "full-time rota", plain) == 0


def test_a_second_topic_that_is_the_candidates_own_work_claims_no_likeness_to_it() -> None:
    # "my payments demo" is the candidate's own: not "When we turned to my payments demo, I
    # thought of my own work"
    people = [{"name": "Ada Price", "topics": ["the on-call rotation", "my payments demo"]}]
    highlights = ["cut p99 latency by half", "built a double-entry payments ledger"]
    middle = _middle(_notes(interviewers=people, qualifications=[], highlights=highlights))
    assert middle[2] == (
        "It was good to talk through my payments demo as well: I built a double-entry "
        "payments ledger."
    )


def test_a_shared_key_stage_year_group_or_site_is_no_tie() -> None:
    from composer.offline.select import Generic, tie

    plain = Generic(frozenset(), frozenset())
    # where or for whom, in both: maths and phonics are different subjects
    assert tie("led switch to white rose maths across KS2", "phonics catch-up in KS2", plain) == 0
    assert tie("ran the Y9 residential trip", "Y9 behind in maths", plain) == 0
    assert tie("cut agency spend at the NGH site", "falls audit at the NGH site", plain) == 0
    # a shared code that is the subject of one of them still ties: a tool used in both
    assert tie("re-ran the network in ICM, cut pipe costs 18%", "infoworks ICM vs flood modeller",
               plain) > 0  # fmt: skip
    # and a shared subject ties whatever the key stage
    assert tie("raised KS2 maths results to 82%", "maths mastery in KS2", plain) > 0
