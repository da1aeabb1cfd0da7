"""The contribution read as a person would say it (session 31, reader 11): a thing of theirs
named bare after a verb takes "the", a shift named by its plural with a verb that agrees with
one is that shift, a described thing keeps its time after a second comma, and an acronym typed
as a word keeps its capitals. Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.offer import read_offer
from composer.offline.offerparts import objects_named, said_about, shifts_named


def _plain(line: str) -> str | None:
    offer = read_offer(line, frozenset(w for w in line.split() if w.islower()))
    return None if offer is None else offer.plain()


@pytest.mark.parametrize(
    ("vp", "said"),
    [
        ("help with falls pathway", "help with the falls pathway"),
        ("get fun run back above last year", "get the fun run back above last year"),
        ("help get clinic running smoothly", "help get the clinic running smoothly"),
        ("keep rota fair and cover nights", "keep the rota fair and cover nights"),
        # nothing to add: a determiner, a plural, a mass noun, a gerund, a name, a verb
        ("help with the rota", "help with the rota"),
        ("keep delays down", "keep delays down"),
        ("bring mentoring experience to the team", "bring mentoring experience to the team"),
        ("help with teaching", "help with teaching"),
        ("get AAC going", "get AAC going"),
        ("help train new staff", "help train new staff"),
    ],
)
def test_a_thing_of_theirs_named_bare_after_a_verb_takes_the(vp: str, said: str) -> None:
    assert objects_named(vp) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("PMs done on time so days starts clean", "PMs done on time so the day shift starts clean"),
        ("handover so nights runs smoothly", "handover so the night shift runs smoothly"),
        ("so nights are covered", "so nights are covered"),  # many nights: as typed
        ("cover days and nights", "cover days and nights"),
    ],
)
def test_a_shift_named_by_its_plural_with_a_verb_for_one_is_that_shift(
    text: str, said: str
) -> None:
    assert shifts_named(text) == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "bring mentoring exp to their new student cohort + help w/ falls pathway",
            "I would like to bring mentoring experience to your new student cohort and help"
            " with the falls pathway.",
        ),
        (
            "get fun run back above pre-covid numbers + build a proper volunteer team",
            "I would like to get the fun run back above pre-COVID numbers and build a proper"
            " volunteer team.",
        ),
        (
            "A clear onboarding roadmap, agreed with compliance, in my first 90 days",
            "I would bring a clear onboarding roadmap, agreed with compliance, in my first 90"
            " days.",
        ),
        (
            "steady night shift - PMs done on time so days starts clean",
            "I would bring a steady night shift, with PMs done on time so the day shift starts"
            " clean.",
        ),
    ],
)
def test_reader_elevens_contributions_are_said_whole(line: str, said: str) -> None:
    assert _plain(line) == said


@pytest.mark.parametrize(
    ("offer", "topic", "said"),
    [
        (
            "a structured parent component for the intensive outpatient track",
            "the intensive outpatient track for adolescents with OCD",
            "a structured parent component for it",
        ),
        (
            "a drilling program logged to one standard and reported on time",
            "the 2027 drilling program on the Yilgarn gold tenements",
            None,
        ),
        (
            "a clear onboarding roadmap in my first 90 days",
            "cutting merchant onboarding time from nine days to under three",
            "a clear onboarding roadmap in my first 90 days",
        ),
    ],
)
def test_a_contribution_tied_to_a_topic_never_names_it_twice(
    offer: str, topic: str, said: str | None
) -> None:
    assert said_about(offer, topic) == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "a tidy stockroom + can cover lates at short notice",
            "I would bring a tidy stockroom, and I can cover lates at short notice.",
        ),
        (
            "help w/ the rota + quotes so the owner isnt stuck in the office",
            "I would like to help with the rota and quotes, so that the owner is not stuck in"
            " the office.",
        ),
    ],
)
def test_a_contribution_said_as_the_candidates_own_act(line: str, said: str) -> None:
    # "+ can ..." is what the candidate can do; "help with" at the start is the verb
    assert _plain(line) == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "tidy pointing on the heritage jobs, 20 yrs of it",
            "I would bring tidy pointing on the heritage jobs, with 20 years of experience.",
        ),
        (
            "a calm presence on the ward, 10 years",
            "I would bring a calm presence on the ward, with 10 years of experience.",
        ),
        (
            "a steady presence on the wards + build up the visitor scheme",
            "I would like to bring a steady presence on the wards and build up the visitor scheme.",
        ),
    ],
)
def test_how_long_and_what_the_candidate_brings_are_said_plainly(line: str, said: str) -> None:
    # ", 20 yrs": years of experience, never "and with 20 years"; a presence is brought
    assert _plain(line) == said


def test_years_after_a_thing_not_read_as_one_leave_the_line_out() -> None:
    assert _plain("traditional stuffing + springing, 12 yrs") is None
