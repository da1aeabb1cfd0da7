"""The next-steps line read by its parts (session 42): the time a step gives ends where a clause
of theirs begins ("and telephone me"), and what the news is about is said with "about" and its
article; who acts, the stage and its hedge. Sentences by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation
from composer.offline.steptime import time_said

_DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))


def _said(typed: str, tone: str = "warm", reader: tuple[str, ...] = ()) -> str:
    line = next_steps_line(
        typed,
        frozenset(),
        tone,
        "email",
        Variation("steps42"),
        reader=reader,
        days=_DAYS,
        month_first=False,
    )
    line = line.replace("I hope to hear from", "I look forward to hearing from")
    return line.replace("I hope to have the chance of", "I would welcome the chance of")


@pytest.mark.parametrize(
    "time, said",
    [
        ("by Friday and ring me.", "by Friday"),
        # what they will decide is no topic of the news (reader 26, session 46)
        (
            "by Friday 11 December whether I am shortlisted for a second interview",
            "by Friday 11 December",
        ),
        ("by fri if I get a 2nd interview", "by fri"),
        ("within two weeks and then send the paperwork", "within two weeks"),
        (
            "by Monday 7 December about written exercise",
            "by Monday 7 December about the written exercise",
        ),
        ("by Friday for a skills test", "by Friday about a skills test"),
        ("on Monday and Tuesday", "on Monday and Tuesday"),
        ("in about two weeks", "in about two weeks"),
        ("by Friday about references", "by Friday about references"),
    ],
)
def test_the_time_ends_where_their_clause_begins(time: str, said: str) -> None:
    assert time_said(time) == said


@pytest.mark.parametrize(
    "typed, said",
    [
        (
            "Ms. Haines said she would decide by Friday and ring me.",
            "I look forward to hearing from you by Friday",
        ),
        (
            "she'll email by thurs re: written exercise",
            "I look forward to hearing from you by Thursday about the written exercise",
        ),
        (
            "They will let me know by Friday 11 December whether I am shortlisted for a second "
            "interview.",
            "I look forward to hearing from you by Friday 11 December",
        ),
    ],
)
def test_the_close_hears_the_time_and_its_topic(typed: str, said: str) -> None:
    assert _said(typed) == said


@pytest.mark.parametrize(
    "typed, said",
    [
        (
            "he'll let me know b4 fri, maybe 2nd int w/ the owner",
            "I look forward to hearing from you before Friday, and I would welcome the chance of "
            "a second interview with the owner",
        ),
        ("trial day maybe next wk", "I would welcome the chance of a trial day next week"),
        (
            "ref checks this wk, decision poss before xmas",
            "I look forward to hearing from you before Christmas",
        ),
        (
            "3rd rnd w/ the partners maybe next wk, will hear by the 11th",
            "I look forward to hearing from you by the 11th, and I would welcome the chance of a "
            "third round with the partners next week",
        ),
        (
            "mo to ring prob by thurs, maybe paid work trial wk of the 14th",
            "I look forward to hearing from Mo by Thursday, and I would welcome the chance of a "
            "paid work trial in the week of the 14th",
        ),
        (
            "marta (HR) - decision in ~3 wks",
            "I look forward to hearing from Marta in about three weeks",
        ),
    ],
)
def test_a_step_in_doubt_is_hoped_for_beside_its_news(typed: str, said: str) -> None:
    assert _said(typed) == said


def test_the_person_named_alone_is_you_in_their_own_letter() -> None:
    said = _said("marta (HR) - decision in ~3 wks", reader=("Marta Lind", "Marta"))
    assert said == "I look forward to hearing from you in about three weeks"


@pytest.mark.parametrize(
    "typed, said",
    [
        (
            "final interview w/ the owner (Sr. Alves) prob next tues 8th",
            "I look forward to the final interview with Sr. Alves, possibly on Tuesday 8 December",
        ),
        (
            "site visit w/ the foreman likely wk of 14 dec",
            "I look forward to the site visit with the foreman, possibly in the week of "
            "14 December",
        ),
        (
            "2nd interview w/ the owner on tues 8th",
            "I look forward to the second interview with the owner on Tuesday 8 December",
        ),
    ],
)
def test_a_likely_time_is_said_as_possible_and_the_person_named_kept(typed: str, said: str) -> None:
    assert _said(typed, "formal").replace("I shall look", "I look") == said


@pytest.mark.parametrize(
    "typed, said",
    [
        (
            "finalists picked by fri, final interview w/ the board prob mid jan",
            "I look forward to hearing from you by Friday, and I would welcome the chance of a "
            "final interview with the board in mid-January",
        ),
        (
            "shortlist announced next wk, exec panel likely early jan",
            "I look forward to hearing from you next week, and I would welcome the chance of an "
            "executive panel in early January",
        ),
    ],
)
def test_a_likely_stage_after_the_news_is_hoped_for(typed: str, said: str) -> None:
    assert _said(typed) == said


@pytest.mark.parametrize(
    "typed, reader, said",
    [
        (
            "results from the council in ~3 wks",
            (),
            "I look forward to hearing from the council in about three weeks",
        ),
        ("feedback from HR by fri", (), "I look forward to hearing from HR by Friday"),
        (
            "outcome from Helen by fri",
            ("Helen Curran", "Helen"),
            "I look forward to hearing from you by Friday",
        ),
    ],
)
def test_news_is_heard_from_who_sends_it(typed: str, reader: tuple[str, ...], said: str) -> None:
    assert _said(typed, reader=reader).replace("to your news", "to hearing from you") == said
