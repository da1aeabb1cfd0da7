"""A topic typed with the candidate's verdict on it ("excel hell", "is a mess", "too long",
"killing them", "customers complaining about ..."), an arrow between the two sides of a handover,
and a figure of the interviewer's own typed with "a": each said as the subject it is about, or
left out; never the verdict as the head of the sentence. Expected forms written by hand."""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic, topic_parts


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a verdict typed as a compound: the thing after the dash is named, or the thing judged
        ("invoicing hell - 3 spreadsheets nobody owns", "invoicing"),
        ("quoting nightmare - price list from 2019", "the price list from 2019"),
        # ... or, with no plain thing after the dash, the one thing judged, with its article
        ("tool trailer stuff - always something missing", "the tool trailer"),
        # a verdict typed with "be": the subject, with "the" for one countable thing
        ("dispatch board is a mess - drivers ignore it", "the dispatch board"),
        ("booking system is a nightmare", "the booking system"),
        ("scheduling is chaos", "scheduling"),
        ("returns process = total mess", "the returns process"),
        # too much of a thing, and what a thing does to the speaker
        ("checkout queues too long on saturdays", "the length of the checkout queues"),
        ("month-end close too slow", "the speed of the month-end close"),
        ("onboarding too long - they want 3 wks", "the length of onboarding"),
        ("rota too tight over xmas", "the rota"),
        ("late deliveries killing us", "late deliveries"),
        # who complains, and what about
        ("patients complaining about parking", "patient complaints about parking"),
        # a handover typed with an arrow
        ("handover nights -> days, meds get missed", "the handover from nights to days"),
        (
            "pre-sales -> delivery handover - scope gets lost",
            "the handover from pre-sales to delivery",
        ),
        # a figure of the interviewer's own workplace
        ("a fleet of 60 vans, mostly diesel", "your fleet of 60 vans"),
        ("A caseload of about 30 families", "your caseload of about 30 families"),
        # a note typed as a sentence with "be": its subject
        ("their intranet is half sharepoint half wiki", "your intranet"),
        # ... and with one describing word after "be": the state before its noun
        ("the price list is outdated", "the outdated price list"),
        ("the staff room is tiny", "the tiny staff room"),
        ("the new hires are great", "the new hires"),
    ],
)
def test_the_subject_of_a_verdict_is_named(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    "typed",
    [
        "stuff is a mess",  # the verdict names nothing
        "tenants complaining nobody answers the phone",  # a complaint typed as the words said
        "everything is chaos - no one owns it",
    ],
)
def test_a_verdict_with_no_subject_to_name_is_left_out(typed: str) -> None:
    assert read_topic(typed).text == ""


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a comment after the dash that says what something is doing is no part of the subject
        ("changeovers on press 4 - short batches killing them", "changeovers on press 4"),
        # a named part of a project is still said of the project
        (
            "A64 junction upgrade - drainage design issues",
            "drainage design issues on the A64 junction upgrade",
        ),
        # no verdict: the line reads as before
        ("the officers' mess refurbishment", "the officers' mess refurbishment"),
    ],
)
def test_lines_without_a_verdict_keep_their_reading(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a name of a practice or method typed in capitals takes no "the"
        (
            "Good Manufacturing Practice and batch release",
            "Good Manufacturing Practice and batch release",
        ),
        # a law, a body or a place does
        (
            "Renters' Rights Act changes for landlords",
            "the Renters' Rights Act changes for landlords",
        ),
        ("the Building Safety Act", "the Building Safety Act"),
        (
            "Data Protection Act and subject access requests",
            "the Data Protection Act and subject access requests",
        ),
        # a name before a noun of its own keeps its article
        ("Monday morning outpatient queue", "the Monday morning outpatient queue"),
        # a common noun capitalised only because it began the line, before "of"
        ("Calibration of pipettes", "the calibration of pipettes"),
    ],
)
def test_a_name_typed_in_capitals_and_its_article(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        # a list after the dash of a named subject is the aside's: one topic
        ("cold room monitoring system - probes, alarm thresholds", 1),
        ("stock rotation and waste - dairy, bakery, deli", 1),
        # a one-word name after "her cockapoo" is the dog's name, not a second topic
        ("groomed her cockapoo, pepper", 1),
        # a list typed as the topics themselves is still split
        ("roadmap for the mobile app and pricing changes and the partner API", 3),
    ],
)
def test_a_list_after_the_dash_is_no_list_of_topics(typed: str, parts: int) -> None:
    assert len(topic_parts(typed)) == parts


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # two months next to each other are two months, not a span
        ("members cancelling jan-feb", "members cancelling in January and February"),
        ("busy season staffing Jan-Mar", "busy season staffing from January to March"),
        # what a workplace holds, counted, typed with no article: theirs
        ("patch of ~250 homes - mostly flats", "your patch of about 250 homes"),
        ("fleet of 40 vans", "your fleet of 40 vans"),
        # typed with "the", or a backlog (which may be the role's): as typed
        ("the team of 3 porters", "the team of three porters"),
        ("PT team of 8 - two new starters", "the PT team of eight"),
        ("backlog of about 200 claims", "the backlog of about 200 claims"),
    ],
)
def test_months_and_what_a_workplace_holds(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a verb-and-particle noun before what it is for or of: one event
        ("load-in for the festival stage", "the load-in for the festival stage"),
        ("walk-through of the new ward", "the walk-through of the new ward"),
        # initials of one team or system after the words that say which
        ("stroke MDT - discharge delays", "the stroke MDT"),
        ("warehouse WMS - picking errors", "the warehouse WMS"),
        # initials of a kind of thing take no article
        ("hearing protection PPE", "hearing protection PPE"),
    ],
)
def test_one_thing_named_by_a_particle_noun_or_initials_takes_the(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    "typed",
    [
        "assessment drive - reversing onto bay 12, tight",
        "trial shift - saturday lunch service",
        "coding test - refactor a payments module",
    ],
)
def test_a_test_set_at_the_interview_was_put_to_the_candidate(typed: str) -> None:
    # talked through by the candidate, not told about: "the chance to talk through the ..."
    assert read_topic(typed).question


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a group, or no one in particular, complaining
        ("staff moaning about the new rota", "staff complaints about the new rota"),
        ("people complaining about parking", "complaints about parking"),
        # a verdict before a time: a single countable word names nothing on its own
        ("supplier chaos since brexit", ""),
        # "too slow" of one thing: the speed of it
        ("website too slow on mobile", "the speed of the website"),
        # a verdict after "is" on a gerund compound: the state before its noun
        ("ordering process is broken", "the broken ordering process"),
    ],
)
def test_more_verdicts_typed_the_ways_people_type_them(typed: str, said: str) -> None:
    assert read_topic(typed).text == said
