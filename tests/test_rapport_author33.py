"""The author after a quoted title, typed in lower case ("recommended 'the perfect storm' by
junger"), is said as a name, and the book is read; words after "by" that tell a time or a way
are not a name. Members of the class made up for the test; expected sentences written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.rapport import rapport_line
from composer.offline.recommended import by_author
from tests.fakes import FirstChoice

_DAYS = (dt.date(2026, 12, 1), dt.date(2026, 12, 2))


def said(note: str) -> str | None:
    return rapport_line(note, ["Sam Taylor", "Sam"], variation=FirstChoice(""), days=_DAYS).text


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "recommended 'the perfect storm' by junger",
            "Thank you for recommending 'The Perfect Storm' by Junger; I look forward to reading"
            " it.",
        ),
        (
            "she recommended 'the goal' by eliyahu goldratt",
            "Thank you for recommending 'The Goal' by Eliyahu Goldratt; I look forward to reading"
            " it.",
        ),
        (
            "rec'd 'dune' by frank herbert - ordered it",
            "Thank you for recommending 'Dune' by Frank Herbert; I have already ordered it and look"
            " forward to reading it.",
        ),
    ],
)
def test_an_author_typed_in_lower_case_is_said_as_a_name(note: str, expected: str) -> None:
    assert said(note) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("'status anxiety' by alain de botton", "'status anxiety' by Alain de Botton"),
        ("'the hobbit' by j r r", "'the hobbit' by J R R"),
        ("'brooklyn' by colm o'toibin", "'brooklyn' by Colm O'Toibin"),
        ("'the road' by cormac Mccarthy", "'the road' by Cormac Mccarthy"),
        # a time, a way or a person's role after "by" is not the author: left as typed
        ("'the goal' by friday", "'the goal' by friday"),
        ("'the goal' by the end of may", "'the goal' by the end of may"),
        ("'the goal' by email", "'the goal' by email"),
        ("'the goal' by her", "'the goal' by her"),
        # no quoted title: "by" may be anything
        ("the goal by goldratt", "the goal by goldratt"),
    ],
)
def test_by_author(typed: str, expected: str) -> None:
    assert by_author(typed) == expected
