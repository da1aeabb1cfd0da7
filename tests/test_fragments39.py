"""Note fragments read by their grammar before they are put in a frame (session 39): a clipped
word inside a credential's subject, "Level N Diploma" with its article, a list of tickets that
shares one head noun, and a next step with an adjective standing for its noun or "possible"
typed after it; a topic typed as a clause ("tills crash on saturdays") or as a measure with
where it stands ("schedule compliance sitting ~60%"). Lines made up for the test (after the
shapes of readers 16-18's reports, one of them reader 18's own);
expected sentences written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.items import Kind, read_point
from composer.offline.nextsteps import next_steps_line
from composer.offline.offer import read_offer
from composer.offline.phrasebook import Variation
from composer.offline.topics import read_topic

_DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("cert IV maint planning", "I hold a Certificate IV in maintenance planning."),
        (
            "CIH level 4 cert in housing mgmt",
            "I hold a CIH Level 4 certificate in housing management.",
        ),
        ("cert III in admin", "I hold a Certificate III in admin."),
    ],
)
def test_a_clipped_word_in_a_credentials_subject_is_spelled_out(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


def test_a_credential_whose_subject_stays_clipped_is_left_out() -> None:
    read = read_point("cert III hosp")  # hospitality? hospital? no table says
    assert read.said is None


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Level 4 Diploma in Fire Risk Assessment (NEBOSH)",
            "I hold a Level 4 Diploma in Fire Risk Assessment (NEBOSH).",
        ),
        (
            "Level 3 Award in Education and Training (AET)",
            "I hold a Level 3 Award in Education and Training (AET).",
        ),
    ],
)
def test_a_level_credential_named_with_its_body_takes_its_article(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "working at heights + confined space tickets",
            "I hold working at heights and confined space tickets.",
        ),
        ("forklift + EWP licences", "I hold forklift and EWP licences."),
        (
            "first aid, manual handling and food hygiene level 2 certs",
            "I hold first aid, manual handling and Level 2 food hygiene certificates.",
        ),
    ],
)
def test_a_list_of_tickets_sharing_one_head_is_held(line: str, said: str) -> None:
    read = read_point(line)
    assert read.kind is Kind.HELD
    assert read.sentence() == said


def _step(typed: str) -> str:
    return next_steps_line(
        typed, frozenset(), "warm", "email", Variation("who"), days=_DAYS, month_first=False
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "site visit for shortlisted wk of 14 dec",
            "I look forward to the site visit for shortlisted candidates"
            " in the week of 14 December",
        ),
        (
            "trial shift for selected early jan",
            "I look forward to the trial shift for selected candidates in early January",
        ),
        (
            "skills test for successful applicants next wk",
            "I look forward to the skills test for successful applicants next week",
        ),
    ],
)
def test_an_adjective_standing_for_those_chosen_gets_its_noun(typed: str, said: str) -> None:
    assert _step(typed) == said


def test_possible_typed_after_the_step_is_hoped_for_with_its_time() -> None:
    said = _step("Second interview with the medical director possible the week of December 14")
    assert "possible" not in said
    assert said.endswith("second interview with the medical director in the week of December 14")
    assert not said.startswith("I look forward to the second")  # hoped for, not promised


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "ratings dip 7-9am since jnlr last yr",
            "the dip in ratings between 7 and 9am since last year's JNLR",
        ),
        ("calls spike on mondays", "the spike in calls on Mondays"),
        ("footfall drops after 4pm", "the drop in footfall after 4pm"),
        ("tills crash on saturdays", "how tills crash on Saturdays"),
        ("customers complain about wait times", "how customers complain about wait times"),
        ("orders go missing at the depot", "how orders go missing at the depot"),
        # a compound noun led by a plural, and a plural noun that may be a change: as typed
        ("systems upgrade in march", "the systems upgrade in March"),
        ("price rises", "price rises"),
    ],
)
def test_a_topic_typed_as_a_clause_is_said_as_a_subject(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


def test_a_want_typed_as_a_clause_is_left_out() -> None:
    assert read_topic("parents want more notice").text == ""


@pytest.mark.parametrize(
    ("typed", "head", "detail"),
    [
        (
            "schedule compliance sitting ~60%, wants 85",
            "schedule compliance",
            ", which you want to bring from about 60% to 85%",
        ),
        ("retention stuck at 70%", "retention", ", which is stuck at 70%"),
        ("uptime hovering around 80%", "uptime", ", which is hovering at around 80%"),
    ],
)
def test_a_measure_with_where_it_stands_keeps_its_figure_in_the_detail(
    typed: str, head: str, detail: str
) -> None:
    topic = read_topic(typed)
    assert (topic.text, topic.detail) == (head, detail)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "built HIL test rig, 1,200 automated tests nightly",
            "I built the HIL test rig, which runs 1,200 automated tests nightly.",
        ),
        (
            "set up CI pipeline, 400 builds nightly",
            "I set up a CI pipeline, which runs 400 builds nightly.",
        ),
        # a verb in the present after the comma, its small count spelled by the cleaning
        (
            "rebuilt intake form, saves 2 hrs a day",
            "I rebuilt the intake form, which saves two hours a day.",
        ),
        ("built test rig", "I built a test rig."),
    ],
)
def test_a_result_typed_after_a_comma_is_said_as_what_the_thing_does(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "local voices back in the 8am hour + tighter handover w/ news",
            "I would like to get local voices back in the 8am hour"
            " and introduce a tighter handover with news.",
        ),
        (
            # things of the candidate's own work are brought, never "helped with" (session 43)
            "tidy site and safe, quick turnarounds",
            "I would like to bring a tidy site, and safe and quick turnarounds.",
        ),
        (
            "bookings back up in spring + clearer price list",
            "I would like to get bookings back up in spring and introduce a clearer price list.",
        ),
    ],
)
def test_a_state_to_reach_and_a_thing_each_get_their_own_verb(typed: str, said: str) -> None:
    offer = read_offer(typed)
    assert offer is not None
    assert offer.plain() == said
