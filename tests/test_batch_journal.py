"""The journal of `thankyou batch` and the summary read back from it: the summary lists every
letter in the order of the notes files, whether written by this run or an earlier one, and a run
holds no rows in memory (they are read from the journal file)."""

from __future__ import annotations

import json
from pathlib import Path

from composer.journal import JOURNAL, Journal, Row, Status, journal_rows
from tests.test_batch import batch, inbox  # noqa: F401  (the fixture)


def row(notes: str, interviewer: str, status: Status = "ok", message: str = "") -> Row:
    path = f"{notes}/{interviewer}.txt"
    return Row(notes, interviewer, status, 1, 0, "2026-11-26", path, message=message)


def test_a_resumed_run_writes_the_summary_the_first_run_wrote(
    inbox: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    out = tmp_path / "letters"
    first = batch(str(inbox), "--out", str(out))
    assert first.exit_code == 2  # the bad notes file
    summary_json = (out / "summary.json").read_bytes()
    summary_csv = (out / "summary.csv").read_bytes()
    # The panel (between the bad file and the warm email) is written again, the warm email is
    # skipped as done, the bad file fails again: the same rows, in the same order.
    (out / "panel_three" / "kjetil-olstad.txt").unlink()
    again = batch(str(inbox), "--out", str(out))
    assert again.exit_code == 2
    assert "1 done by an earlier run" in again.stderr
    assert (out / "summary.json").read_bytes() == summary_json
    assert (out / "summary.csv").read_bytes() == summary_csv
    names = [r["interviewer"] for r in json.loads(summary_json)["letters"]]
    assert names == [
        "",
        "Amélie Dubois-Lefèvre",
        "Kjetil Ølstad",
        "Chinedu Okafor",
        "Dana Whitfield",
    ]


def test_rows_come_back_in_the_order_of_the_notes_files(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    # letters drafted by a model finish out of order; file 1 was done by an earlier run
    journal.add(2, row("c", "Cy"))
    journal.add(0, row("a", "Ann"))
    journal.add(2, row("c", "Col"))
    journal.add(0, row("a", "Abe"))
    journal.add(4, row("e", "", "error", "bad notes"))
    journal.earlier[1] = [row("b", "Bo")]
    journal.earlier[3] = [row("d", "Di"), row("d", "Dee")]
    journal.earlier[5] = [row("f", "Fay")]
    journal.close()
    expected = ["Ann", "Abe", "Bo", "Cy", "Col", "Di", "Dee", "", "Fay"]
    assert [r.interviewer for r in journal] == expected
    assert [r.interviewer for r in journal] == expected  # as often as it is read


def test_rows_are_read_back_from_the_journal_file(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.add(0, row("a", "Ann", message="first"))
    journal.close()
    path = tmp_path / JOURNAL
    path.write_text(path.read_text().replace("first", "again"))  # the same length
    [back] = list(journal)
    assert back.message == "again"


def test_a_line_cut_short_by_a_stopped_run_costs_no_later_row(tmp_path: Path) -> None:
    path = tmp_path / JOURNAL
    whole = json.dumps(vars(row("a", "Ann")))
    path.write_text(whole + "\n" + whole[:30])  # the run was killed in the middle of a line
    journal = Journal(tmp_path)
    journal.add(1, row("b", "Bo"))
    journal.close()
    assert [r.interviewer for r in journal] == ["Bo"]
    found = journal_rows(tmp_path)
    assert sorted(found) == ["a", "b"] and list(found["b"]) == ["Bo"]


def test_rows_added_in_order_are_read_back_around_the_earlier_ones(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.earlier[0] = [row("a", "Ann")]
    journal.add(1, row("b", "Bo"))
    journal.add(1, row("b", "Bea"))
    journal.earlier[2] = [row("c", "Cy")]
    journal.earlier[3] = [row("d", "Di")]
    journal.add(4, row("e", "", "error", "bad notes"))
    journal.add(5, row("f", "Fay"))
    journal.earlier[6] = [row("g", "Gus")]
    journal.close()
    expected = ["Ann", "Bo", "Bea", "Cy", "Di", "", "Fay", "Gus"]
    assert [r.interviewer for r in journal] == expected
    assert journal._offsets is None  # read straight through: no index of the rows was kept


def test_a_row_out_of_order_after_rows_in_order_still_comes_back_in_order(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path)
    journal.earlier[1] = [row("b", "Bo")]
    journal.add(0, row("a", "Ann"))
    journal.add(2, row("c", "Cy"))
    journal.add(4, row("e", "Eve"))  # 3 finishes later (a model's letters)
    journal.add(3, row("d", "Di"))
    journal.add(3, row("d", "Dee"))
    journal.add(5, row("f", "Fay"))
    expected = ["Ann", "Bo", "Cy", "Di", "Dee", "Eve", "Fay"]
    assert [r.interviewer for r in journal] == expected  # read while the run is still open
    journal.close()
    assert [r.interviewer for r in journal] == expected
