"""Shorthand qualification, highlight and contribution lines that the item reader used to put
in a frame they do not fit (session 46, "broken" sentences a reader found): each is said in the
one sure shape or left out. Expected sentences written by hand; the lines are not the held-out
set's (tests/corpus/broken-heldout46)."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point
from composer.offline.offer import read_offer, why_not

POINTS = [
    # a count of things "as" a post, with a superlative fragment: no verb was read
    ("7 sheds as head classer, biggest 22k head", None),
    # a superlative after a comma whose link is not sure
    ("ran kitchen for 2 yrs, busiest 250 covers", None),
    ("led 4 audits, last one zero findings", None),
    ("ran 3 shutdowns, longest 28 days", None),
    # the one sure shape: a count of things, then the biggest of them by its own count
    (
        "site manager for 4 schools, biggest 1200 pupils",
        "I am a site manager for four schools, the biggest with 1200 pupils.",
    ),
    # a station of a plant typed bare after a standing's "for", a product's "on"
    (
        "trained on DCS (Honeywell) for pan floor",
        "I am trained on DCS (Honeywell) for the pan floor.",
    ),
    (
        "trained on Siemens PLC for bottling line",
        "I am trained on Siemens PLC for the bottling line.",
    ),
    (
        "trained on Hamilton ventilator for transfers",
        "I am trained on the Hamilton ventilator for transfers.",
    ),
    # a passive typed without "was" after a comma: never the thing's own deed
    ("rolled out e-rostering, sickness picked up sooner", None),
    # two posts, or a post and a grade, after a comma, said as one
    ("fire warden, first aider", None),
    # (since session 55 the first is said alone, its head: the grade or second post set aside)
    ("certified welder, 6G", "I am a certified welder."),
    # a person's post said as a thing held or used
    ("ALS instructor, ILS provider", "I am an ALS instructor."),
    # a station of a workplace said as a field of work, a post said as one
    ("5 yrs control room", None),
    ("2nd mate, 4 yrs", None),
    # a superlative after a comma, its figure typed with a comma of its own
    ("tow master for 3 rig moves, biggest 30k t", None),
    # a noun read as a verb the reader gave "can": "I can drench program"
    ("drench program for 2000 ewes", None),
]


@pytest.mark.parametrize(("line", "expected"), POINTS)
def test_a_shorthand_point_is_said_in_its_sure_shape_or_left_out(
    line: str, expected: str | None
) -> None:
    assert read_point(line).sentence() == expected


OFFERS_LEFT_OUT = [
    "wind over port limit or tug not confirmed",  # a condition, not an offer
    "no hot work without permit",  # a prohibition
    "forklift only with banksman present",  # a rule
    "2 person lift for bariatric pts mandatory",
    "crane lifts only if wind under 20 knots",
    "compressor trip if lube oil low",  # a condition typed with no verb
    "audit log everyone reads",  # a bare thing and who uses it: its article is not sure
    "stock count weekly w/ manager",  # a bare thing and how often
    "mooring lines checked every watch",  # "mooring" is no verb here: never "moor lines"
    "tug on standby for every berthing",  # a thing and where it stands: never "to tug on"
    "backlog cleared",  # a thing and its state: never "I am backlog cleared"
]


@pytest.mark.parametrize("line", OFFERS_LEFT_OUT)
def test_a_rule_or_a_condition_is_no_contribution(line: str) -> None:
    assert read_offer(line) is None
    assert why_not(line)


OFFERS_SAID = [
    # one thing done how often, typed bare, given its "a"
    ("daily huddle w/ charge nurses", "I would bring a daily huddle with charge nurses."),
    ("weekly toolbox talk", "I would bring a weekly toolbox talk."),
]


@pytest.mark.parametrize(("line", "expected"), OFFERS_SAID)
def test_a_thing_done_how_often_takes_its_article(line: str, expected: str) -> None:
    offer = read_offer(line)
    assert offer is not None and offer.plain() == expected
