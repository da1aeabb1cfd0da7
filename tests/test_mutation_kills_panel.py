"""The `panel` rule: which panellists a letter to the coordinator leaves out, and its message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules import check_letter
from composer.rules.facts import _cached_by_key
from composer.rules.report import Violation

ROOT = Path(__file__).resolve().parent.parent
BIG = load_notes(ROOT / "examples" / "big_panel_coordinator.json")
EMAILED = Notes.model_validate({**BIG.model_dump(), "channel": "email"})

PANEL_LINE = (
    "Harbourside Energy yesterday. Please thank Siobhán Ní Bhriain, Anand Krishnamurthy, Grace\n"
    "O'Donnell, Matthias Brandt, Aisha Rahman, Jonas Lindqvist, Priscilla Mensah, Hiroshi Tanaka\n"
    "and Lucía Fernández for their time and their questions."
)
LETTER = f"""Subject: Thank you for the Principal Grid Analytics Engineer interviews

Dear Ms. Adeyemi-Brooks,

Thank you for arranging my interviews for the Principal Grid Analytics Engineer role at
{PANEL_LINE}

Across the day I was glad to talk about how I cut day-ahead forecast error by 18% at
Northgrid, and about the eight years I have spent building forecasting systems for
transmission operators.

I look forward to hearing about a decision by December 8.

Sincerely,
Tomasz Wiśniewski
"""


@pytest.fixture(autouse=True)
def _fresh_facts() -> None:
    """Work the notes' facts (and the spellings they remember) out anew for each test: facts
    cached by an earlier test, or by the process this one was forked from, would hide what the
    name checks do now."""
    _cached_by_key.cache_clear()


def _panel(text: str, **options: Any) -> list[Violation]:
    report = check_letter(text, EMAILED, coordinator=True, **options)
    return [v for v in report.violations if v.rule == "panel"]


def test_the_whole_panel_named_across_lines_passes() -> None:
    assert _panel(LETTER) == []


def test_the_panellists_left_out_are_listed_in_the_notes_order() -> None:
    text = LETTER.replace("Priscilla Mensah, ", "").replace("Grace\nO'Donnell, ", "")
    (found,) = _panel(text)
    assert found.message == (
        "the letter to the coordinator Rachel Adeyemi-Brooks does not name 2 of the 9 "
        "panellists: Grace O'Donnell, Priscilla Mensah. A letter that thanks the panel names "
        "everyone on it, in full."
    )
    assert found.fix == (
        "Name every panellist in full, spelled as in the notes; add: Grace O'Donnell, "
        "Priscilla Mensah."
    )


def test_a_name_inside_a_longer_word_does_not_count() -> None:
    text = LETTER.replace("Matthias Brandt,", "Matthias Brandtner,")
    assert "Matthias Brandt." in _panel(text)[0].fix
    text = LETTER.replace("Aisha Rahman,", "DrAisha Rahman,")
    assert "add: Aisha Rahman." in _panel(text)[0].fix
    text = LETTER.replace("Aisha Rahman,", "aisha rahman,")  # spelled as noted, capitals too
    assert "add: Aisha Rahman." in _panel(text)[0].fix


def test_a_misspelt_panellist_is_left_to_the_names_rule() -> None:
    text = LETTER.replace("Jonas Lindqvist", "Jonas Lindquist")
    assert _panel(text) == []
    names = [v for v in check_letter(text, EMAILED, coordinator=True).violations]
    assert [v.rule for v in names] == ["names"]
    # ...and the panellists after the misspelt one are still checked
    (found,) = _panel(text.replace("Priscilla Mensah, ", ""))
    assert (
        found.fix == "Name every panellist in full, spelled as in the notes; add: Priscilla Mensah."
    )


def test_a_letter_to_a_panellist_is_not_held_to_it() -> None:
    text = LETTER.replace("Dear Ms. Adeyemi-Brooks,", "Dear Grace,").replace(
        "Priscilla Mensah, ", ""
    )
    report = check_letter(text, EMAILED, to="Grace O'Donnell")
    assert "panel" not in {v.rule for v in report.violations}
