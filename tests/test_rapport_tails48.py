"""A personal note typed in haste is read apart from what the candidate typed around the fact
(session 48, reader 29 on reader 28's notes: "his daughter just born last wk (Leonor), he was
running on no sleep lol", "recommended Taberna da Rua das Flores for dinner -> go before sat!" and
"He mentioned that he is singing in the Inverness Cathedral Christmas concert on 19 December."
were left out, though a congratulation, thanks and a wish were the right use). Laughter, emoji
and "!!" are dropped; an arrow is a dash; a comment after a dash is dropped; a plan after a
recommendation is what the candidate will do; a subject talked about gets a brief warm line; a
performer's show is wished well; a habit of theirs in a group or at weekends is a warm line. Lines
made up or the readers'; each expectation written by hand. Interview on Thursday 3 December 2026,
the letter sent on Friday 4 December.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

import pytest

from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line

T = TypeVar("T")
DAYS = (dt.date(2026, 12, 3), dt.date(2026, 12, 4))


class _First(Variation):
    """The first wording of every section, so each expectation is one sentence."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


def _said(note: str, tone: str = "warm") -> str | None:
    first = _First("")
    return rapport_line(note, ["Ruth Okafor", "Ruth"], tone=tone, days=DAYS, variation=first).text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        # a birth typed with the candidate's chat after it: the congratulation only
        (
            "his daughter just born last wk (Leonor), he was running on no sleep lol",
            "Congratulations on the arrival of your daughter.",
        ),
        (
            "her first grandbaby arrived monday!!",
            "Congratulations on the arrival of your first grandchild.",
        ),
        ("wife due w/ #2 in march 🙂", "All the very best for the baby's arrival in March."),
        # a recommendation with the candidate's plan after an arrow or a dash
        (
            "recommended Taberna da Rua das Flores for dinner -> go before sat!",
            "Thank you for recommending Taberna da Rua das Flores for dinner; I will go before"
            " Saturday.",
        ),
        (
            "recommended the Eden Project - going to get tix for next yr",
            "Thank you for recommending the Eden Project; I will get tickets for next year.",
        ),
        (
            "rec'd 'The Overstory' - ordering it tonight",
            "Thank you for recommending 'The Overstory'; I will order it.",
        ),
        (
            "recommended the Velo museum - will visit in the spring",
            "Thank you for recommending the Velo Museum; I will visit it in the spring.",
        ),
        # the place by its name after the arrow, the plan after its comma
        (
            "rec'd a ramen place in Soho -> Kanada-Ya, will try it this wknd",
            "Thank you for recommending Kanada-Ya; I will try it this weekend.",
        ),
        # an aside after the arrow: the move alone
        (
            "moving to Leeds in jan -> new job for her husband",
            "I hope the move to Leeds in January goes smoothly.",
        ),
        # what was talked about: a warm line, never "we both talked about"
        ("- also talked about cycling", "I enjoyed our chat about cycling."),
        (
            "- we chatted about the Tour de France, he's been 3 times",
            "I enjoyed our chat about the Tour de France.",
        ),
        ("bonded over sourdough haha", "I enjoyed our chat about sourdough."),
        # a show they perform in, reported in the third person
        (
            "He mentioned that he is singing in the Inverness Cathedral Christmas concert on 19"
            " December.",
            "Good luck with the Inverness Cathedral Christmas concert on 19 December.",
        ),
        (
            "she is dancing in a production of the Nutcracker next week",
            "Good luck with the production of the Nutcracker next week.",
        ),
        # a relative typed first, and a relative's race typed with no "in"
        (
            "sister's getting married in goa next month",
            "I hope your sister's wedding in Goa next month is a wonderful day.",
        ),
        (
            "husband running the London marathon in april",
            "Good luck to your husband in the London Marathon in April.",
        ),
        # a shared school or town typed "same X": which one stays unsaid
        ("same uni as me!!", "It was a nice surprise to find that we went to the same university."),
        (
            "from the same town as me",
            "It was a nice surprise to find that we are from the same town.",
        ),
        # a date typed bare after the place
        (
            "heading to Lisbon w family dec 20",
            "I hope your trip to Lisbon on December 20 goes well.",
        ),
        # a habit of theirs: the group, or time for the pastime
        ("she plays in a ceilidh band on weekends", "I enjoyed hearing about your ceilidh band."),
        ("sings with the Bach Choir", "I enjoyed hearing about the Bach Choir."),
        (
            "recommended the BRCGS guide - will download + read b4 the audit",
            "Thank you for recommending the BRCGS guide; I will download and read it before the"
            " audit.",
        ),
        (
            "restores old bicycles on weekends",
            "I hope you find plenty of time for restoring old bicycles.",
        ),
    ],
)
def test_a_hurried_note_is_said_by_its_fact_in_one_clean_sentence(note: str, said: str) -> None:
    assert _said(note) == said


@pytest.mark.parametrize(
    "note",
    [
        "she mentioned her dad is ill",  # an illness stays theirs to tell
        "also talked about my kids",  # the candidate's own
        "dad recovering from surgery - nervous",
        "his son just arrived at uni",  # no birth
        "talked about her mum's funeral",
        "same uni as her husband",  # nothing the candidate shares
    ],
)
def test_a_hurried_note_it_cannot_read_safely_is_left_out(note: str) -> None:
    assert _said(note) is None


@pytest.mark.parametrize(
    ("note", "said"),
    [
        # a comment after a dash is the candidate's, never said
        (
            "her daughter starts uni in jan - she's nervous lol",
            "I hope your daughter enjoys starting university in January.",
        ),
        (
            "both did the nursing degree at UCC haha small world",
            "It was a nice surprise to find that we both did the nursing degree at UCC.",
        ),
    ],
)
def test_the_candidates_comment_is_never_said(note: str, said: str) -> None:
    assert _said(note) == said


@pytest.mark.parametrize(
    ("note", "said"),
    [
        # a hobby first, then what is ahead after a comma: the part a wish fits is said
        # (reader 31's h233: "rides MTB, doing the Cape Epic in March (3rd time)" was left out)
        (
            "rides MTB, doing the Cape Epic in March (3rd time)",
            "Good luck with the Cape Epic in March.",
        ),
        (
            "keen cyclist, riding the Tour of Flanders sportive in April",
            "Good luck with the Tour of Flanders sportive in April.",
        ),
        # never a wish for a trip beside a sad matter
        ("mum in hospital, flying to Spain next week to see her", None),
    ],
)
def test_the_part_after_a_comma_a_wish_fits_is_said(note: str, said: str | None) -> None:
    assert _said(note) == said
