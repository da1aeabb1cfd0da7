"""Note words said inside a sentence (session 45, reader 24): "pts" read by the field of the
job, a recent span typed with no "the" ("last 2 yrs"), a compound modifier before a noun with its
hyphen ("data-driven"), "the" before a team, a place or an event named bare ("with DS team",
"at new Fremont site"), "a" before a post ("as intern"), and a tool's capital before what is
made with it ("python scripts"). The sentences are written by hand."""

from __future__ import annotations

import pytest

from composer.offline.abbrevsense import settled
from composer.offline.grouparticles import with_group_articles
from composer.offline.items import read_point
from composer.offline.offer import read_offer
from composer.offline.topics import read_topic

_MINE = frozenset(["vent", "survey", "underground", "upgrade", "decline", "fans"])
_CLINIC = frozenset(["outpatient", "caseload", "clinic", "falls"])
_CLUB = frozenset(["squad", "fitness", "test", "preseason", "academy"])


@pytest.mark.parametrize(
    ("line", "common", "wanted"),
    [
        # a mine's survey keeps points, never patients
        (
            "ran monthly vent survey program 2 yrs, 1200+ survey pts",
            _MINE,
            "more than 1200 survey points",
        ),
        # a rugby club's fitness test: points
        ("squad hit 20 pts higher on fitness test avg across preseason", _CLUB, "20 points higher"),
        # a clinic's notes: patients
        ("no formal complaints from pts last 2 yrs", _CLINIC, "from patients in the last two"),
        # a span typed with no "the": "in the last"
        ("no damage claims last 2 yrs", frozenset(), "no damage claims in the last two years"),
        ("zero missed SLAs last 18 months", frozenset(), "SLAs in the last 18 months"),
        ("grew repeat bookings 20% last 2 yrs", frozenset(), "by 20% in the last two years"),
        # hyphens of a modifier before a noun, "the" before a team, "a" before a post
        ("built data driven pricing alerts for finance team", frozenset(), "data-driven"),
        ("built fraud rules with DS team on a new model", frozenset(), "with the DS team"),
        ("wrote python scripts for stability booklets as intern", frozenset(), "Python scripts"),
        ("wrote python scripts for stability booklets as intern", frozenset(), "as an intern"),
        ("set up risk based triage for motor claims", frozenset(), "risk-based triage"),
    ],
)
def test_a_point_says_its_note_words_as_a_person_would(
    line: str, common: frozenset[str], wanted: str
) -> None:
    said = read_point(line, common).sentence()
    assert said is not None and wanted in said, said


def test_a_point_whose_pts_cannot_be_settled_is_left_out() -> None:
    # no field says patients or points: left out, never guessed
    read = read_point("answered phone queries from pts", frozenset(["warehouse", "forklift"]))
    assert read.said is None and "'pts'" in read.why


@pytest.mark.parametrize(
    ("text", "common", "wanted"),
    [
        ("1200+ survey pts", frozenset(), "1200+ survey points"),
        ("GCSE pass rate up 12 pts", frozenset(), "GCSE pass rate up 12 points"),
        ("running classes for older pts", _CLINIC, "running classes for older patients"),
        ("use it daily w/ pts", frozenset(), "use it daily w/ patients"),
        ("talking pts for the board", frozenset(["forklift"]), None),
        ("answered queries from pts", frozenset(), None),
        ("nothing short here", frozenset(), "nothing short here"),
    ],
)
def test_pts_is_settled_by_its_words_then_by_the_field(
    text: str, common: frozenset[str], wanted: str | None
) -> None:
    assert settled(text, common) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("work closely with DS team on models", "work closely with the DS team on models"),
        ("the handover with QA team", "the handover with the QA team"),
        ("wrote scripts as intern", "wrote scripts as an intern"),
        ("as team lead", "as team lead"),
        ("with my team", "with my team"),
        ("in team meetings", "in team meetings"),
        ("want to join team", "want to join team"),
        ("caseload mix at new Fremont site", "caseload mix at the new Fremont site"),
        ("set up aquatic sessions with local pool", "set up aquatic sessions with the local pool"),
        ("fans for Boulder decline", "fans for the Boulder decline"),
        ("with local knowledge", "with local knowledge"),
        ("moved to new role", "moved to new role"),
        ("morale after restructure", "morale after the restructure"),
    ],
)
def test_a_team_named_bare_takes_the_and_a_post_takes_a(text: str, wanted: str) -> None:
    assert with_group_articles(text) == wanted


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("real time fraud scoring w/ risk team", "real-time fraud scoring with the risk team"),
        ("night shift handover with QA team", "the night shift handover with the QA team"),
    ],
)
def test_a_topic_takes_its_hyphens_and_its_team_article(line: str, wanted: str) -> None:
    assert read_topic(line).text == wanted


def test_a_topic_in_a_mine_keeps_its_points() -> None:
    assert "survey points" in read_topic("1200+ survey pts in the old workings", _MINE).text


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        (
            "bring data driven rule tuning + work closely w/ DS team on models",
            "bring data-driven rule tuning and work closely with the DS team on models",
        ),
        ("bring risk based triage to motor claims", "bring risk-based triage to motor claims"),
    ],
)
def test_a_contribution_takes_its_hyphens_and_its_team_article(line: str, wanted: str) -> None:
    offer = read_offer(line)
    assert offer is not None and offer.text == wanted
