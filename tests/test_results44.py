"""Shorthand results and qualifications said as the candidate would (session 44): "co" for a
company, an arrow's result that is a bare comparison ("-> fewer disputes"), a figure moved with
an arrow and its means in brackets, the tools after a span. Every expected sentence is written
by hand; a row with None is a line that must stay left out (a noun the notes do not give)."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point
from composer.offline.shorthand import expand

SAID = [
    # reader 23, h181
    (
        "set up weekly SOA emails to customers -> fewer disputes at month end",
        "I set up weekly SOA emails to customers, which meant fewer disputes at month end.",
    ),
    (
        "4 yrs AR/AP at logistics co, SAP B1 + excel (vlookup, pivots)",
        "I have four years of experience in AR/AP at a logistics company, using SAP B1 and Excel.",
    ),
    # reader 23, h183: the arrow between two figures and the means in brackets
    (
        "cut p99 latency of payout API 1.2s -> 300ms (fixed N+1 queries + caching)",
        "I cut p99 latency of payout API from 1.2 seconds to 300 milliseconds by fixing N+1"
        " queries and caching.",
    ),
    # my own cases, other trades
    (
        "ran supplier recons at prev co",
        "I ran supplier reconciliations at my previous company.",
    ),
    (
        "cut invoice queries from ~400 to 90 a month at my old co",
        "I cut invoice queries from about 400 to 90 a month at my old company.",
    ),
    (
        "6 yrs bookkeeping at a family co",
        "I have six years of experience in bookkeeping at a family company.",
    ),
    (
        "started a callback list -> fewer complaints at weekends",
        "I started a callback list, which meant fewer complaints at weekends.",
    ),
    (
        "moved orders to a shared sheet -> less double handling",
        "I moved orders to a shared sheet, which meant less double handling.",
    ),
    (
        "moved timesheets onto the app -> payroll 2 days faster",
        "I moved timesheets onto the app, which made payroll two days faster.",
    ),
    (
        "cleaned up the supplier master file -> wastage down ~£5k/yr",
        "I cleaned up the supplier master file, which cut wastage by about £5k a year.",
    ),
    (
        "cut build time 40 mins -> 12 mins (moved tests to parallel runners)",
        "I cut the build time from 40 to 12 minutes by moving tests to parallel runners.",
    ),
    # a span's tail of tools is said with them, never pasted after a comma (session 52:
    # "django" is a name with its capital now, so the tools read as tools)
    (
        "3 yrs at a software firm, python + django",
        "I have spent three years at a software firm, using Python and Django.",
    ),
    # a tail after a span that no reader links is dropped, never pasted after a comma
    ("3 yrs at a software firm, python + djangoo", "I have spent three years at a software firm."),
]


@pytest.mark.parametrize(("line", "expected"), SAID, ids=[s[0][:40] for s in SAID])
def test_a_shorthand_result_or_qualification_is_said_as_written_by_hand(
    line: str, expected: str
) -> None:
    assert read_point(line).sentence() == expected


# A line whose shorthand is now read but which needs a word the notes do not give stays left
# out; the same line with that word is said.
NEEDS_A_WORD = [
    (
        # "90+ day overdue" names no thing that was overdue (never "more than 90 day overdue")
        "brought 90+ day overdue from ~$380k down to $120k in 8 mths at prev co",
        "brought overdue debt from ~$380k down to $120k in 8 mths at prev co",
        "I brought overdue debt from about $380,000 down to $120,000 in eight months at my"
        " previous company.",
    ),
    (
        # "rev" clipped after a figure stays a note
        "2 yrs as payroll clerk at a builders merchant ~$40M rev",
        "2 yrs as payroll clerk at a builders merchant ~$40M revenue",
        "I have spent two years as a payroll clerk at a builders merchant with about $40M in"
        " revenue.",
    ),
    (
        # a second thing made, bare after a bare plural, whose article cannot be placed
        "built scope sheets/bid leveling template used across the region",
        "built scope sheets and a bid leveling template used across the region",
        "I built scope sheets and a bid leveling template used across the region.",
    ),
]


@pytest.mark.parametrize(("unsure", "typed", "expected"), NEEDS_A_WORD)
def test_a_line_missing_a_noun_stays_left_out_and_is_said_once_it_has_one(
    unsure: str, typed: str, expected: str
) -> None:
    assert read_point(unsure).said is None
    assert read_point(typed).sentence() == expected


SPELLED = [
    ("handled 300 staff at prev co", "handled 300 staff at my previous company"),
    ("2 yrs at a construction co", "two years at a construction company"),
    ("worked at logistics co", "worked at a logistics company"),
    ("brought it down to ~$120k", "brought it down to about $120,000"),
    # a firm's name keeps its "Co", "co-" is a prefix, "my co" names no kind of firm
    ("at Hale & Co, then at a freight co", "at Hale & Co, then at a freight company"),
    ("a co-founder at a software co", "a co-founder at a software company"),
    ("with my co, then at my prev co", "with my co, then at my previous company"),
]


@pytest.mark.parametrize(("typed", "spelled"), SPELLED)
def test_a_company_typed_co_is_spelled_out_only_where_a_firm_is_sure(
    typed: str, spelled: str
) -> None:
    assert expand(typed) == spelled
