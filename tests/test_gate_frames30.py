"""Two shapes the gate stops (late task, session 30): a day typed short before its date ("sat
5th goes well") and a clause of its own inside what a wish is about ("I hope your trip to
Lisbon so that family can meet the baby goes well"); the sentences beside them, written as a
person would send them, pass. Verdicts written by hand: tests/corpus/lines/gate_frames30.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.offline.wellformed import problem

TABLE = Path(__file__).parent / "corpus" / "lines" / "gate_frames30.tsv"
ROWS = [
    line.split("\t")
    for line in TABLE.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def test_the_table_has_both_verdicts() -> None:
    verdicts = [verdict for _, verdict, _ in ROWS]
    assert verdicts.count("stop") >= 8 and verdicts.count("send") >= 8


@pytest.mark.parametrize(("trade", "verdict", "sentence"), ROWS, ids=[r[2][:50] for r in ROWS])
def test_the_gate_stops_the_broken_shape_and_lets_the_fine_one_through(
    trade: str, verdict: str, sentence: str
) -> None:
    found = problem(sentence, slashes=False)
    assert bool(found) == (verdict == "stop"), f"{trade}: {sentence!r} -> {found!r}"
