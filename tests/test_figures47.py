"""A figure change typed in shorthand (arrows, signs, "x2", "yoy", "k", a span after a comma) is
said as a sentence of the candidate's, in highlights, qualifications, contributions and
follow-ups; its way (a rise, a fall) is the line's own (session 47, `figureshort`).

Expected sentences written by hand. Dev lines, not the held-out set
(tests/corpus/figures-heldout47)."""

from __future__ import annotations

import pytest

from composer.offline import followmemo
from composer.offline.items import read_point
from composer.offline.offer import read_offer
from composer.offline.phrasebook import Variation

POINTS = [
    # an arrow after initials with "k": both ends are thousands (was "from 220,from 000")
    (
        "SCC 220k -> 140k in 18 months",
        "I helped bring SCC down from 220,000 to 140,000 in 18 months.",
    ),
    ("cut SCC from 220k -> 140k in one season", "I cut SCC from 220,000 to 140,000 in one season."),
    # a sign after the measure, with where and how
    (
        "pick rate +18% on nights w/ rotated zones",
        "I helped raise the pick rate by 18% on nights with rotated zones.",
    ),
    ("complaints -40% after new rota", "I helped bring complaints down by 40% after the new rota."),
    # a multiple, and "halved" typed as the measure's own verb
    ("revenue x2 in 3 yrs", "I helped double revenue in three years."),
    ("repeat visits 3x over the summer", "I helped triple repeat visits over the summer."),
    ("HCAI rates halved in 18 mths", "I helped halve HCAI rates in 18 months."),
    # two units of time on the two ends: compared in days
    ("wait times 6 wks => 10 days", "I helped bring wait times down from six weeks to 10 days."),
    (
        "first response time from 6h to 45 min",
        "I helped bring the first response time down from six hours to 45 minutes.",
    ),
    # "a year" after the second figure, and a span typed after a comma
    ("falls on my ward down from 14 to 5 a yr", "Falls on my ward fell from 14 to 5 a year."),
    (
        "call abandonment -12%, 9 mths",
        "I helped bring call abandonment down by 12% in nine months.",
    ),
    # "yoy", and "went" typed once
    ("sales up 35% yoy", "Sales went up by 35% year on year."),
    # a passive typed without "was" is the move, never a span of years or "my backlog cut"
    ("backlog cut by 2/3 in Q3", "I helped bring the backlog down by two thirds in Q3."),
    (
        "waiting list reduced by 40% in 2 yrs",
        "I helped bring the waiting list down by 40% in two years.",
    ),
    # a clean record over a span or a count of audits
    (
        "0 lost-time accidents in 2 yrs on my shift",
        "My shift has had no lost-time accidents in two years.",
    ),
    ("0 major NCs in 3 IATF audits", "I have had no major NCs in 3 IATF audits."),
]


@pytest.mark.parametrize(("line", "expected"), POINTS)
def test_a_figure_change_is_said_as_a_sentence(line: str, expected: str) -> None:
    assert read_point(line).sentence() == expected


OFFERS = [
    ("agency use down ~25%", "I would aim to bring agency use down by about 25%."),
    ("bring agency use down ~25%", "I would aim to bring agency use down by about 25%."),
    (
        "customer complaints down by half inside a yr",
        "I would aim to bring customer complaints down by half within a year.",
    ),
    (
        "fuel spend -10% in first yr",
        "I would aim to bring fuel spend down by 10% in my first year.",
    ),
    ("pick rate +10% on nights", "I would aim to raise the pick rate by 10% on nights."),
    ("agency spend down 20%", "I would aim to bring agency spend down by 20%."),
]


@pytest.mark.parametrize(("line", "expected"), OFFERS)
def test_a_contribution_typed_as_a_change_is_the_candidates_aim(line: str, expected: str) -> None:
    offer = read_offer(line)
    assert offer is not None
    assert offer.plain() == expected


def test_a_change_not_mentioned_in_the_room_is_added_in_the_follow_up() -> None:
    said = followmemo.self_noted(
        "didnt mention: staff retention 68% -> 85% over 2 yrs",
        "warm",
        "email",
        Variation("figures47"),
        late=True,
    )
    assert said is not None
    assert said.endswith(": I helped raise staff retention from 68% to 85% over two years.") or (
        said.endswith("that I helped raise staff retention from 68% to 85% over two years.")
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "I would aim to bring customer complaints down by half within a year.",
            "I would aim to bring customer complaints down by half within a year.",
        ),
        ("I would cut agency spend by half.", "I would cut agency spend by half."),
    ],
)
def test_a_share_in_a_contribution_takes_no_the(sentence: str, expected: str) -> None:
    from composer.offline import bareheads

    assert bareheads.said(sentence, "contribution") == expected
