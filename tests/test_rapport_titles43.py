"""A title typed all in lower case is given a title's capitals where the grammar says it is one
(session 43: "said i should read atomic habits" was said "Thank you for recommending atomic
habits; ..."; "told me to watch chef's table" likewise): the object of "read", "watch" or
"listen to" with no article, or the words after a kind of work ("the book educated"). Lines
made up; expectations written by hand.
"""

from __future__ import annotations

import pytest

from composer.offline.rapport import rapport_line
from composer.offline.recommended import titled


def _said(note: str) -> str | None:
    return rapport_line(note, ["Helen Quayle", "Helen"], tone="formal").text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "said i should read atomic habits",
            "I am grateful for your recommendation of Atomic Habits, and I intend to read it.",
        ),
        (
            "told me to watch chef's table",
            "I am grateful for your recommendation of Chef's Table, and I intend to watch it.",
        ),
        (
            "recommended the book educated",
            "I am grateful for your recommendation of the book Educated, and I intend to read it.",
        ),
    ],
)
def test_a_title_typed_in_lower_case_gets_its_capitals(note: str, said: str) -> None:
    assert _said(note) == said


@pytest.mark.parametrize(
    ("what", "base"),
    [
        ("a book by colum mccann", "read"),  # no title: an author, left to the unsure check
        ("trying the new tasca", "try"),  # a gerund
        ("up on the new regs", "read"),  # a particle
        ("online courses", "look into"),  # a kind of thing, not a title
        ("'the stand'", "listen to"),  # quoted: as typed
    ],
)
def test_what_is_no_title_is_left_as_typed(what: str, base: str) -> None:
    assert titled(what, base) == what
