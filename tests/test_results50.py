"""Record lines typed in shorthand said whole and right, or left out (session 50, reader 35):
a comparison after an arrow with no noun of its own, a count in brackets after a deed, a span
typed glued or in the singular before a post, machines a span was spent on."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point

SAID = [
    # a comparison after an arrow, said of the thing the deed was done to
    ("re-routed forest roads -> ~12% cheaper",
     "I re-routed forest roads, which made them about 12% cheaper"),
    ("renegotiated the skip hire contract -> 2x cheaper",
     "I renegotiated the skip hire contract, which made it twice as cheap"),
    ("rewired the test bench -> 3x faster",
     "I rewired the test bench, which made it three times faster"),
    ("moved the invoices onto an app -> twice as fast",
     "I moved the invoices onto an app, which made them twice as fast"),
    ("retrained the phone team -> less complaints",
     "I retrained the phone team, which meant fewer complaints"),
    # a count in brackets after a deed's thing
    ("led team of 14 (3 shifts)", "I led a team of 14 across three shifts"),
    ("ran the bakery floor (9 people)", "I ran the bakery floor with nine people"),
    ("led night crew (12 staff)", "I led the night crew of 12 staff"),
    ("rolled out e-prescribing (4 wards)", "I rolled out e-prescribing across four wards"),
    # a span glued, or in the singular, before a post; machines a span was spent on
    ("2 yr apprentice electrician", "I have two years of experience as an apprentice electrician"),
    ("6 yrs forklift/reach truck, 3 as lead hand",
     "I have spent six years on forklift and reach truck, three of them as lead hand"),
    ("9yrs excavators and dozers", "I have spent nine years on excavators and dozers"),
    ("4 years bar work, 2 of them as head bartender",
     "I have four years of bar work, two of them as head bartender"),
]  # fmt: skip

LEFT = [
    "built 3 apps (2 clients)",  # for the clients, or with them: unsure
]


@pytest.mark.parametrize(("line", "expected"), SAID)
def test_record_line_said_whole(line: str, expected: str) -> None:
    said = read_point(line).said
    assert said is not None and said.text() == expected


@pytest.mark.parametrize("line", LEFT)
def test_count_in_brackets_unread_is_left_out(line: str) -> None:
    assert read_point(line).said is None
