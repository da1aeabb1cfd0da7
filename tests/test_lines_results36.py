"""Session 36's highlight tables, said as a letter says them (the point reader, then the last
gate): the dev set (tests/corpus/lines/results_dev36.tsv) and reader 15's highlights and
answers (results_reader36.tsv), each line with a hand target. Every line is said as its target,
as another sentence judged good, or left out: never as a sentence no candidate would send,
except the lines still known to break (listed here, so that a fix or a new break shows). The
held-out table (results_heldout36.tsv) is measured by `benchmarks/lines_middle.py --set`, not
tested, so that no fix is tuned on it."""

from __future__ import annotations

import pytest

from tests.conftest import load_benchmark

BENCH = load_benchmark("lines_middle")
ROWS = [*BENCH.set_rows("results_dev36"), *BENCH.set_rows("results_reader36")]

KNOWN_BROKEN = frozenset(
    [
        # session 55: its head said without its rating, and "old town" with no "the"
        "ran walking tours of old town 4 summers - 4.9 on tripadvisor",
        "grew discord server from 2k to 45k members in 18 mths",  # no "the", "discord"
        "migrated 3 TB oracle db to postgres over a weekend, no data loss",  # "oracle"
        "took u14s from bottom of league to cup final in 2 seasons",  # articles, "u14s"
        "managed the main stage crowd at electric picnic, 2 years, zero crush incidents",
        # "sd-wan": the letter gives it the capitals the notes type elsewhere (a topic)
        "led sd-wan migration 38 sites, 0 unplanned downtime, done 3 wks early",
    ]
)


@pytest.mark.parametrize("row", ROWS, ids=[row.line[:40] for row in ROWS])
def test_a_highlight_is_said_as_wanted_or_left_out(row: object) -> None:
    said = BENCH.gated(row)
    found = BENCH.verdict(row, said)
    if row.line in KNOWN_BROKEN:  # type: ignore[attr-defined]
        assert found == "BROKEN", f"fixed: take it off KNOWN_BROKEN ({said!r})"
    else:
        assert found != "BROKEN", f"{said!r}, wanted {row.target!r}"  # type: ignore[attr-defined]
