"""A step only hoped for beside the news (session 41, second round): a condition after it ("if
selected"), a guess before it ("maybe", "might be") or its place after the news ("then ...") keeps
it as hoped for, said after the news, never dropped and never said as booked. Sentences by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation
from composer.offline.stepalso import hoped_steps

_DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))


def _said(typed: str, tone: str = "warm", reader: tuple[str, ...] = ()) -> str:
    line = next_steps_line(
        typed,
        frozenset(),
        tone,
        "email",
        Variation("stepalso"),
        reader=reader,
        days=_DAYS,
        month_first=False,
    )
    return line.replace("I hope to hear from", "I look forward to hearing from")


@pytest.mark.parametrize(
    "typed, said",
    [
        (
            "site visit w/ the foreman if shortlisted, they'll phone by thurs",
            "I look forward to hearing from you by Thursday, and I would welcome the chance of "
            "a site visit with the foreman",
        ),
        (
            "she'll ring me by fri, might be a trial shift as well",
            "I look forward to hearing from you by Friday, and I would welcome the chance of a "
            "trial shift",
        ),
        (
            "shortlist by 9 dec then a presentation to the board",
            "I look forward to hearing from you by 9 December, and I would welcome the chance of "
            "a presentation to the board",
        ),
        (
            "outcome in about 2 wks, could be a skills test first",
            "I look forward to hearing from you in about two weeks, and I would welcome the "
            "chance of a skills test",
        ),
    ],
)
def test_a_step_hoped_for_follows_the_news(typed: str, said: str) -> None:
    assert _said(typed) == said


def test_formal_letters_hope_for_the_opportunity() -> None:
    line = _said("decision by fri, could be a panel interview", "formal")
    assert line.endswith(", and I would welcome the opportunity of a panel interview")


def test_a_name_typed_small_after_with_is_left_out() -> None:
    # who "dev" is cannot be said with confidence; the step stands without them
    typed = "2nd interview w/ dev if selected, they'll call by wed"
    assert hoped_steps(typed, frozenset()) == ("they'll call by wed", ["a second interview"])


@pytest.mark.parametrize(
    "typed",
    [
        "decision by fri, then references",  # checks: the firm's own, not hoped for
        "they'll call by fri, maybe a decision next week",  # news: what the line already says
        "they'll call by fri, maybe a while",  # no event of hiring
        "they'll call by fri, then a panel list",  # a list is no event the candidate attends
    ],
)
def test_no_step_is_added_that_is_not_an_event_of_hiring(typed: str) -> None:
    assert ", and I would welcome" not in _said(typed)


@pytest.mark.parametrize(
    "typed, tone, said",
    [
        (
            "outcome within 3 wks",
            "warm",
            "I understand I should hear back from you within three weeks",
        ),
        (
            "a decision within two weeks",
            "formal",
            "I understand that I may expect to hear back from you within two weeks",
        ),
        (
            "HR to email w/in 4 wks",
            "warm",
            "I understand I should hear back from HR within four weeks",
        ),
    ],
)
def test_news_due_within_a_span_is_theirs_never_a_deadline(
    typed: str, tone: str, said: str
) -> None:
    assert _said(typed, tone) == said


@pytest.mark.parametrize("typed", ["they'll ring by fri", "decision in about 3 wks"])
def test_a_span_said_as_when_is_no_limit(typed: str) -> None:
    assert _said(typed).startswith("I look forward to hearing from you ")


@pytest.mark.parametrize(
    "typed, said",
    [
        (
            "final interview w/ the owners, prob by thurs",
            "I look forward to hearing from you by Thursday, and I hope to have the chance of a "
            "final interview with the owners",
        ),
        (
            "site visit with the head gardener by end of next wk",
            "I look forward to hearing from you by the end of next week, and I hope to have the "
            "chance of a site visit with the head gardener",
        ),
    ],
)
def test_a_meeting_typed_by_a_day_is_news_by_then_never_booked(typed: str, said: str) -> None:
    assert _said(typed) == said


def test_work_handed_in_by_a_day_is_no_meeting() -> None:
    assert "hear" not in _said("writing test by fri")


def test_revert_is_getting_back_to_the_candidate() -> None:
    # "revert" as typed in Singapore, India and Malaysia: reply
    assert _said("HR to revert by fri") == "I look forward to hearing from HR by Friday"
