"""Highlights typed as notes, said as the candidate's sentences (session 40).

Each expected sentence is written by hand: what a person writes for the line. A line whose
parts cannot all be read is left out (None), never said half-read.
"""

from __future__ import annotations

import pytest

from composer.offline.items import read_point
from composer.rules.keywords import letter_stems, recalls


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a sum typed "~$220k/yr": about, a year (reader 15 h122, reader 16 h126)
        ("cut MPLS costs ~$220k/yr", "I cut MPLS costs by about $220,000 a year."),
        ("cut write-offs ~£41k/yr", "I cut write-offs by about £41,000 a year."),
        # a quarter typed bare at the end: "in Q3" (reader 18 h144)
        ("top seller at my branch q3", "I was the top seller at my branch in Q3."),
        ("grew repeat orders 20% q4", "I grew repeat orders by 20% in Q4."),
        ("hit the stock count target by q3", "I hit the stock count target by Q3."),
        # note words of a week's rota (census16 f14)
        (
            "groomed ~15 dogs a wk at my aunt's salon on wkends",
            "I groomed about 15 dogs a week at my aunt's salon on weekends.",
        ),
    ],
)
def test_note_words_of_a_result_spelled_out(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # census16 f01
        (
            "apprentice i trained now runs his own crew",
            "An apprentice I trained now runs his own crew.",
        ),
        ("2 juniors i mentored now lead shifts", "Two juniors I mentored now lead shifts."),
        ("intern i hired now manages the shop", "An intern I hired now manages the shop."),
        # the verb after "now" does not agree with who: not read
        ("apprentice i trained now run his own crew", None),
        ("juniors i mentored now leads shifts", None),
    ],
)
def test_a_person_trained_who_now_does_something(line: str, said: str | None) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # reader 19 h150: a work named by the thing, its parts counted after a comma or a dash
        (
            "title sequence for the ARD doc series Grenzland, 6 eps",
            "I made a title sequence for the ARD documentary series Grenzland (six episodes).",
        ),
        (
            "explainer series for DB Netz - 12 films, all delivered on time",
            "I made an explainer series of 12 films for DB Netz, all delivered on time.",
        ),
        (
            "short film for the Cork film festival",
            "I made a short film for the Cork film festival.",
        ),
        (
            "podcast on local history, 40 eps",
            "I made a podcast on local history (40 episodes).",
        ),
        (
            "handbook for new volunteers - now used by all 6 branches",
            "I wrote a handbook for new volunteers, which is now used by all six branches.",
        ),
        # a count that is no part of the work, or joined to more: left out, not guessed
        # (since session 55 the work alone is said, its head; never when an outcome is cut:
        # "all on time")
        ("video for the council, 3 languages", "I made a video for the council."),
        ("title sequence for the ARD doc series Grenzland, 6 eps, all on time", None),
        # the talks are the thing: how they were done is not said
        ("series of talks", None),
    ],
)
def test_a_work_named_by_the_thing_is_one_made(line: str, said: str | None) -> None:
    assert read_point(line).sentence() == said


def test_a_contribution_naming_a_work_is_not_said_as_made() -> None:
    said = read_point("training video for new starters", offer=True).sentence()
    assert said is None or "made" not in said


def test_a_sum_in_thousands_said_in_full_is_recalled() -> None:
    # reader 16 h126: the letter's one point, "I cut write-offs by about $410,000 a year.", was
    # taken by the recall rule for no highlight at all ("410k" never met "410,000")
    said = letter_stems("I cut write-offs by about $410,000 a year.")
    assert recalls("cut write-offs ~$410k/yr", said)
    assert not recalls("cut write-offs ~$410k/yr", letter_stems("I cut costs by $41,000."))
