"""The regression table of closing lines (follow-up, next steps, personal note): every line of
the readers' notes, the examples and the corpus, and lines typed for other jobs, each with the
sentence the candidate would want, written by hand in tests/corpus/lines/closing.json.

A line may be said exactly, said another way judged as good (`fine`), or left out; it is never
said as a sentence no one judged good. Rows still said badly are marked `known` and expected to
fail, so a fix shows as an unexpected pass and the mark comes off.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import load_benchmark

BENCHMARK = load_benchmark("lines_closing")
ROWS: list[dict[str, Any]] = BENCHMARK.rows()


# Rows whose targets are written and not yet scored (session 29: reader 9's personal notes and
# the held-out 29 set, scored only after the fixes made on readers 1-8); empties when scored.
PENDING: frozenset[str] = frozenset()  # scored in session 29


# Rows marked `known` in the table that a later session fixed: the mark comes off here, since
# the table holds a person's judgement and is not edited (session 45: the step is left out,
# never "I'm looking forward to the wait to hear about the client trial").
# Session 48: "medical + psychometric next if through" names no step to hope for: left out.
FIXED: frozenset[str] = frozenset(
    ["wait to hear abt the client trial (2 days paid)", "medical + psychometric next if through"]
)


def _param(row: dict[str, Any]) -> Any:
    known = row.get("known") and row["line"] not in FIXED
    marks = [pytest.mark.xfail(reason=row["known"], strict=True)] if known else []
    if row.get("group") in PENDING and row["field"] == "rapport":
        marks = [pytest.mark.skip(reason="targets written, not yet scored")]
    return pytest.param(row, id=f"{row['field']}:{row['line'][:40]}", marks=marks)


def test_the_table_has_forty_invented_lines_and_every_corpus_field() -> None:
    mine = [r for r in ROWS if r["source"] == "mine"]
    assert len(mine) >= 40
    assert {r["field"] for r in mine} == {"follow_up", "next_steps", "rapport"}


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_a_line_is_said_as_judged_good_or_left_out(row: dict[str, Any]) -> None:
    said = BENCHMARK.said(row)
    assert BENCHMARK.verdict(row, said) != "BROKEN", said


@pytest.mark.parametrize(
    "line",
    [
        "he's just back from walking the Camino de Santiago",
        "just back from the Venice Biennale, loved the Nordic pavilion",
        "he's off to Tokyo in Jan, staging at a soba place",
        "we both did our training contract at Grant Thornton Birmingham, diff years",
        "she's a huge Hollow Knight fan - so am I",
        "recommended Just Mercy - said every associate should read it",
        "he asked if I'd relocate to Portland - yes, fine w/ that, can move by Feb",
        "Lisa asked if I could do every other Saturday - yes",
        "Fiona asked about acupuncture - I'm not AACP yet but booked on the foundation course "
        "in Feb",
        "offer decision the week of Dec 7, Denise will call",
        "Dr W will decide after he talks to the other hygienist, prob next week",
        "editing test next week, they'll send it Mon",
    ],
)
def test_the_last_readers_lines_are_said_as_the_candidate_wants(line: str) -> None:
    rows = [r for r in ROWS if r["line"].lower() == line.lower()]
    assert rows, line
    for row in rows:
        assert BENCHMARK.said(row) == row["target"]
