"""A personal note of two parts whose second recommends a thing of its own is thanked for that
thing (session 39, reader 18 h146: "just got back from japan, recommended a ramen place in kyoto"
was said "I hope you enjoyed your trip to Japan.", the recommendation lost). A second part that
points back at the first ("recommended it to me"), a note about a sad matter, or a first part
that recommends too is read as before. Lines made up; each expectation written by hand.
"""

from __future__ import annotations

import pytest

from composer.offline.rapport import rapport_line
from composer.offline.rapportparts import thanks_part, without_count


@pytest.mark.parametrize(
    ("note", "part"),
    [
        (
            "just got back from japan, recommended a ramen place in kyoto",
            "recommended a ramen place in kyoto",
        ),
        ("back from a week in Lisbon, she rec'd the tile museum", "she rec'd the tile museum"),
        ("loved the book Piranesi, recommended it to me", None),  # "it" is the first part
        ("her dog died last month, recommended a vet", None),  # a sad matter
        ("recommended a podcast, also suggested a book", None),  # the first recommends too
        ("just got back from japan", None),  # one part
    ],
)
def test_the_part_that_recommends_is_found(note: str, part: str | None) -> None:
    assert thanks_part(note) == part


def test_the_recommendation_is_thanked_for_not_the_trip() -> None:
    line = rapport_line(
        "just got back from japan, recommended a ramen place in kyoto", ["Jason Liu", "Jason"]
    )
    assert line.text is not None
    assert "recommending a ramen place in Kyoto" in line.text
    assert "Japan" not in line.text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        # reader 19 h149: "Best of luck with the cape town cycle tour in March, your 10th."
        (
            "doing the cape town cycle tour in march, his 10th!",
            "doing the cape town cycle tour in march",
        ),
        ("running the dublin marathon in oct, her third", "running the dublin marathon in oct"),
        # a count that is no aside stays
        ("her 10th wedding anniversary next week", "her 10th wedding anniversary next week"),
    ],
)
def test_how_many_times_they_have_done_it_is_an_aside(note: str, said: str) -> None:
    assert without_count(note) == said


def test_a_cape_is_a_place_word() -> None:
    line = rapport_line("off to cape cod for the summer", ["Pieter van der Merwe", "Pieter"])
    assert line.text is not None and "Cape Cod" in line.text
