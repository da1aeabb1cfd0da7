"""A next step with a role typed bare after "with" names it with "the"; a span typed "in ~2 wks"
is said once ("in about two weeks"). Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.nextsteps import next_steps_line
from composer.offline.stepparts import roles_named
from tests.fakes import FirstChoice


def _said(line: str) -> str:
    return next_steps_line(line, frozenset(), "warm", "email", FirstChoice("")) + "."


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "2nd interview w/ ops director next wk",
            "I look forward to the second interview with the operations director next week.",
        ),
        (
            "trial shift w/ head chef sat",
            "I look forward to the trial shift with the head chef on Saturday.",
        ),
        ("call w/ sarah on fri", "I look forward to the call with Sarah on Friday."),
        ("hear back in ~2 wks", "I look forward to hearing from you in about two weeks."),
    ],
)
def test_a_next_step_is_said_with_its_roles_and_time_once(line: str, said: str) -> None:
    assert _said(line) == said


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("final w/ CCO", "final with the CCO"),
        ("second round with owners next week", "second round with the owners next week"),
        ("panel with the ops team", "panel with the ops team"),
        ("meet with HR", "meet with HR"),
        ("call with Sarah", "call with Sarah"),
        ("coffee with growers", "coffee with growers"),  # no role: as typed
    ],
)
def test_a_role_after_with_takes_the(text: str, named: str) -> None:
    assert roles_named(text) == named
