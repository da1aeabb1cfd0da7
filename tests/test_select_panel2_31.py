"""Content selection, session 31 (second wave): a small-vehicle ticket is a weak credential like
a driving licence; customers who leave are one subject however typed ("churn",
"cancellations"); a season, a month or weeks say when, not what. Held-out panels s22 (leisure
centre) and s23 (dairy). Expectations written by hand before running the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer import load_notes
from composer.offline.select import select
from composer.offline.themes import tie_strength
from composer.offline.usable import stems
from composer.offline.weak import LICENCE, weak_kind

HELDOUT = Path(__file__).parent / "corpus" / "selection-heldout"


@pytest.mark.parametrize(
    "item",
    ["class 2 licence + quad bike cert", "quad bike cert", "ATV ticket", "tractor licence"],
)
def test_a_small_vehicle_ticket_is_weak_like_a_licence(item: str) -> None:
    assert weak_kind(item) == LICENCE


@pytest.mark.parametrize(
    "item", ["forklift licence", "class 2 licence + 5 yrs tractor work", "quad bikes 10 yrs"]
)
def test_a_skill_or_years_beside_a_vehicle_is_no_weak_credential(item: str) -> None:
    assert weak_kind(item) is None


def _tie(point: str, topic: str) -> int:
    return tie_strength(point, topic, stems(point), stems(topic))


def test_cancellations_and_churn_are_one_subject() -> None:
    assert _tie("cut gym cancellations ~25% w/ a 6 wk welcome programme", "gym churn after jan")
    assert not _tie("cut gym cancellations ~25%", "NPLQ renewals lapsing")


def test_a_season_says_when_not_what() -> None:
    scc = "got SCC down from 310k to 160k in one season"
    assert not _tie(scc, "empty rates too high last season")
    assert _tie(scc, "mastitis + SCC over 250k")


def test_the_licence_and_quad_ticket_open_no_dairy_letter() -> None:
    notes = load_notes(HELDOUT / "s23.json")
    for index in range(len(notes.interviewers)):
        said = [p.source for p in select(notes, index).points]
        assert "class 2 licence + quad bike cert" not in said


def test_the_gym_result_goes_to_the_reader_who_raised_gym_churn() -> None:
    notes = load_notes(HELDOUT / "s22.json")
    andy = select(notes, 0)
    tied = [p.source for t in andy.ties for p in t.points]
    assert tied == ["cut gym cancellations ~25% w/ a 6 wk welcome programme"]
    assert "gym churn" in andy.ties[0].topic.source
