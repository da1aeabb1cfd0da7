"""Reader 12's qualifications and highlights, and the answers they typed at --ask for them
(tests/corpus/lines/points_reader12.tsv, targets by hand): each is said as its target, as a
sentence judged good, or left out; never as a sentence no candidate would send, except the lines
listed here as still broken (the list may only shrink). The held-out set of session 32
(points_heldout32.tsv) is a measure only: `benchmarks/lines_middle.py --heldout32`.
"""

from __future__ import annotations

import pytest

from tests.conftest import load_benchmark

BENCH = load_benchmark("lines_middle")
ROWS = BENCH.rows(BENCH.READER12)

KNOWN_BROKEN = frozenset(
    [
        "set up docs CI w/ vale linting",  # "vale": a tool's name typed in lower case
        # "I landed their first ... grant": "their" is the old employer, but a letter to another
        # reads it as the reader's (a false claim); the last gate stops it in letters
        # (notejoins: 'their' points to no one), this table reads the clause before the gate
        "landed their 1st 3-yr prov govt grant ($450k)",
    ]
)


@pytest.mark.parametrize("row", ROWS, ids=[r.line for r in ROWS])
def test_a_reader_12_line_is_said_well_or_left_out(row) -> None:  # type: ignore[no-untyped-def]
    found = BENCH.verdict(row, BENCH.said(row))
    if row.line not in KNOWN_BROKEN:
        assert found != "BROKEN", f"{row.line!r} -> {BENCH.said(row)!r}"


def test_the_known_broken_reader_12_lines_are_still_broken() -> None:
    """When one is fixed, take it out of KNOWN_BROKEN so that it stays fixed."""
    broken = {r.line for r in ROWS if BENCH.verdict(r, BENCH.said(r)) == "BROKEN"}
    assert broken == KNOWN_BROKEN


def test_every_reader_12_point_has_a_row() -> None:
    assert len([r for r in ROWS if r.source == "readers12"]) == 40  # 23 Q + 17 H
    assert all(r.target.endswith(".") for r in ROWS)
    held_out = BENCH.rows(BENCH.HELDOUT_32)
    assert len(held_out) >= 20 and all(r.source == "heldout32" for r in held_out)
