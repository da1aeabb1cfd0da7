"""The held-out personal notes of session 30 (four trades the corpus never had), each with the
sentence the candidate would want written by hand in tests/corpus/lines/rapport_heldout30.json
before any fix: a line is said as judged good or left out, never said broken. Rows still said
badly are marked `known` and expected to fail, so a fix shows as an unexpected pass."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import load_benchmark

CLOSING = load_benchmark("lines_closing")
HELDOUT = load_benchmark("rapport_heldout")
ROWS: list[dict[str, Any]] = HELDOUT.rows()


def _param(row: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=row["known"], strict=True)] if row.get("known") else []
    return pytest.param(row, id=row["line"][:40], marks=marks)


def test_the_set_has_twenty_lines_of_four_trades() -> None:
    assert len(ROWS) >= 20
    assert len({row["trade"] for row in ROWS}) == 4


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_a_held_out_line_is_said_as_judged_good_or_left_out(row: dict[str, Any]) -> None:
    said = CLOSING.said(row)
    assert CLOSING.verdict(row, said) != "BROKEN", said
