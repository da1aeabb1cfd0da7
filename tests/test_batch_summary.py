"""summary.json and summary.csv, written row by row, read back as the rows they were given."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from composer.batch import Row, write_summary

ROWS = [
    Row("notes/a.json", "Dana Whitfield", "ok", 1, 0, "2026-11-25", "a/dana-whitfield.txt"),
    Row(
        "notes/b.json",
        "Amélie Dubois-Lefèvre",
        "failed",
        3,
        1500,
        "2026-11-26",
        "b/amelie.txt",
        message='grounding: "Zürich" is not in the notes,\nsecond line',
    ),
    Row("notes/c.json", "", "error", kind="notes", message="notes/c.json: line 3: bad JSON"),
]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_summary_json_is_the_rows_counts_and_exit_code(tmp_path: Path, count: int) -> None:
    rows = ROWS[:count]
    write_summary(tmp_path, rows)
    text = (tmp_path / "summary.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert [Row(**item) for item in data["letters"]] == rows
    expected = (
        {"ok": 1, "failed": 1, "error": 1} if count == 3 else {"ok": count, "failed": 0, "error": 0}
    )
    assert data["counts"] == expected
    assert data["exit_code"] == (2 if count == 3 else 0)
    # Laid out as json.dumps(indent=2) lays it out: two spaces a level, accents as written.
    assert text == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    assert text.startswith('{\n  "letters": [') and text.endswith("\n}\n")
    if count:
        assert '\n    {\n      "notes": "notes/a.json",\n' in text
    if count == 3:
        assert "Amélie" in text and '"counts": {\n    "ok": 1,' in text


def test_summary_csv_has_a_header_and_one_line_per_row(tmp_path: Path) -> None:
    write_summary(tmp_path, ROWS)
    with (tmp_path / "summary.csv").open(encoding="utf-8", newline="") as handle:
        read = list(csv.DictReader(handle))
    assert [item["interviewer"] for item in read] == ["Dana Whitfield", "Amélie Dubois-Lefèvre", ""]
    assert read[1]["message"] == 'grounding: "Zürich" is not in the notes,\nsecond line'
    assert read[1]["tokens"] == "1500" and read[2]["kind"] == "notes"


def test_an_empty_summary_csv_is_its_header(tmp_path: Path) -> None:
    write_summary(tmp_path, [])
    header = (tmp_path / "summary.csv").read_text(encoding="utf-8")
    assert header == "notes,interviewer,status,attempts,tokens,send_by,path,kind,message\n"
