"""What both share typed about the reader by name or with "also", an institution's place kept,
a recommendation's "which I have not read yet" and a count after a comma left to the thanks, a
new pet named, a retirement after a fact about them (session 40: reader 19's h148 and h151,
reader 18's h143, census16 f03, all left out before). Expectations written by hand.
"""

from __future__ import annotations

import pytest

from composer.offline.rapport import rapport_line


def _said(note: str, names: tuple[str, ...] = ("Amara Osei", "Amara")) -> str | None:
    return rapport_line(note, list(names), tone="formal").text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "Amara grew up in Antigonish, the same as me.",
            "It was a pleasure to discover that we both grew up in Antigonish.",
        ),
        (
            "He is also an alumnus of the College of Engineering, Pune.",
            "It was a pleasure to discover that we are both alumni of the College of Engineering,"
            " Pune.",
        ),
        (
            "We are both alumni of the College of Engineering, Pune.",
            "It was a pleasure to discover that we are both alumni of the College of Engineering,"
            " Pune.",
        ),
        (
            "she's also a graduate of Kenyatta University",
            "It was a pleasure to discover that we are both graduates of Kenyatta University.",
        ),
        (
            "She recommended the book Being Mortal by Atul Gawande, which I have not read yet.",
            "I am grateful for your recommendation of the book Being Mortal by Atul Gawande, and"
            " I intend to read it.",
        ),
        ("new kelpie pup called Rusty", "I hope Rusty is settling in happily."),
        ("been on the dept 22 yrs, retiring next summer", "My best wishes for your retirement."),
    ],
)
def test_a_shared_or_happy_note_is_said(note: str, said: str) -> None:
    assert _said(note) == said


def test_only_what_the_note_says_both_share_is_shared() -> None:
    # no "same as me", no "also": a fact about them, never "we both"
    assert "both" not in (_said("Amara grew up in Antigonish.") or "")
    assert "both" not in (_said("He is an alumnus of the College of Engineering, Pune.") or "")


@pytest.mark.parametrize(
    ("note", "said"),
    [
        # "mat leave" is maternity leave, a private matter (tests/corpus/lines/closing.json
        # judges h2's line best left out): never "I hope your trip to mat leave was a good one."
        ("first week back from mat leave - baby girl born in the summer", None),
        ("back from mat leave", None),
        ("just back from pat leave last week", None),
    ],
)
def test_family_news_typed_short_is_read(note: str, said: str | None) -> None:
    assert _said(note) == said
