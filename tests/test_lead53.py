"""Reader 39's slips in a contribution (session 53), as classes: two describing words of one
thing parted by a comma are no list ("early, honest consultation" was said "early, and honest
consultation"); a bare singular thing joined by "and" takes its own article ("and team that
stays" was pasted as typed). Expected sentences written by hand from the notes."""

from __future__ import annotations

import pytest

from composer.offline.misfits import misfit
from composer.offline.offer import read_offer


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 39's h260 (formal): "... rests on early, and honest consultation."
        (
            "Stable finances and a working relationship with the musicians that rests on early,"
            " honest consultation.",
            "I would bring stable finances and a working relationship with the musicians that"
            " rests on early, honest consultation.",
        ),
        # reader 39's h266: "... and help build safer shifts and team that stays."
        (
            "less downtime, safer shifts, team that stays",
            "I would like to aim for less downtime, and help build safer shifts and a team that"
            " stays.",
        ),
        ("steady pair of hands and crew that stays",
         "I would like to bring a steady pair of hands and a crew that stays."),
        ("patient manner and team that trusts each other",
         "I would like to bring a patient manner and a team that trusts each other."),
        # as typed: the things have what they need, or are many
        ("accurate records and a calm courtroom",
         "I would bring accurate records and a calm courtroom."),
        ("help build morale and staff who stay", "I would like to help build morale and staff who stay."),
    ],
)  # fmt: skip
def test_a_contribution_s_things_each_take_their_article(typed: str, said: str) -> None:
    offer = read_offer(typed)
    assert offer is not None
    assert offer.plain() == said


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I would bring a relationship that rests on early, honest consultation.", False),
        ("I would bring calm, clear communication with families.", False),
        # a list with no "and" is still one
        ("I would bring stronger audits, fewer repeat findings.", True),
    ],
)
def test_two_describing_words_parted_by_a_comma_are_no_list(sentence: str, flagged: bool) -> None:
    assert bool(misfit(sentence)) is flagged
