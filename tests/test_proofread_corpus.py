"""False alarms: the good-letter corpus (tests/corpus/good) gets no `proofread` finding."""

from __future__ import annotations

import json

import pytest

from composer.notes_file import load_notes
from composer.rules.proofread import proofread_findings
from tests.conftest import ROOT

pytest.importorskip("harper")

GOOD = ROOT / "tests" / "corpus" / "good"
MANIFEST: dict[str, dict[str, str]] = json.loads((GOOD / "manifest.json").read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_good_letter_has_no_proofreading_finding(name: str) -> None:
    text = (GOOD / name).read_text(encoding="utf-8")
    found = proofread_findings(text, load_notes(ROOT / MANIFEST[name]["notes"]))
    assert [v.message for v in found] == []
