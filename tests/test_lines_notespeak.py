"""The note-speak line table: lines typed with shorthand ("circ", "pts", "qtr"), closed-class
names in lower case ("fluent spanish", "in jan") and note marks ("=", "spring '27"), from reader
4's notes and fresh lines for jobs never used in the corpus, each with the sentence the
candidate would want, written by hand in tests/corpus/lines/notespeak.json.

A line is said exactly, said another way judged good, or left out; never said with a word still
typed as a note, nor as a sentence no one judged good. Rows still said badly by another reader's
frame are marked `known` (strict xfail), so a fix shows as an unexpected pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import load_benchmark

BENCHMARK = load_benchmark("lines_notespeak")
ROWS: list[dict[str, Any]] = BENCHMARK.rows()


def _param(row: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=row["known"], strict=True)] if row.get("known") else []
    return pytest.param(row, id=f"{row['source']}:{row['field']}:{row['line'][:40]}", marks=marks)


def test_the_table_has_reader_4s_lines_and_twenty_five_fresh_ones() -> None:
    assert len([r for r in ROWS if r["source"] == "fresh"]) >= 25
    assert len(ROWS) >= 40
    assert len({(r["field"], r["line"]) for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_a_line_is_said_without_note_speak_as_judged_good_or_left_out(row: dict[str, Any]) -> None:
    said = BENCHMARK.said(row)
    assert BENCHMARK.verdict(row, said) != "BROKEN", said


def test_a_sentence_with_a_note_word_is_never_counted_good() -> None:
    row = {"field": "H", "line": "x", "target": "I ran the sys upgrade.", "fine": []}
    assert BENCHMARK.verdict(row, "I ran the sys upgrade.") == "BROKEN"
    assert BENCHMARK.verdict(row, None) == "left out"
