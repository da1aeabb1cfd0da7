"""The letter corpus: good letters pass with no finding; each flawed one breaks exactly its rule.

tests/corpus/good/manifest.json and tests/corpus/flawed/manifest.json name the notes file of each
letter (relative to the repository root), and, where needed, `to` (the addressee), `with` (a
second letter of the same interview, checked together for `unique`), `coordinator` (a letter
to the panel's coordinator), `channel` (the letter's channel when not the notes' own, such as
"linkedin") and `max_chars` (a LinkedIn note's limit when not 200). A flawed letter's rule is
the name of its folder; its `says`, when given, is text its finding's message or fix must hold
(the count, the right spelling, the name left out).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from composer.models import Notes, with_channel
from composer.notes_file import load_notes
from composer.rules import RULE_IDS, check_letter, check_letters

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"


def _manifest(kind: str) -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(
        (CORPUS / kind / "manifest.json").read_text(encoding="utf-8")
    )
    return data


GOOD = _manifest("good")
FLAWED = _manifest("flawed")


def _notes(entry: dict[str, Any]) -> Notes:
    """The notes of one corpus letter, sent by the entry's channel and limit where it names them."""
    notes = load_notes(ROOT / entry["notes"])
    return with_channel(notes, entry.get("channel"), entry.get("max_chars"))


def test_every_letter_file_is_in_a_manifest() -> None:
    good = {p.name for p in (CORPUS / "good").glob("*.txt")}
    flawed = {p.relative_to(CORPUS / "flawed").as_posix() for p in CORPUS.glob("flawed/*/*.txt")}
    assert good == set(GOOD)
    assert flawed == set(FLAWED)


def test_corpus_is_big_enough() -> None:
    assert len(GOOD) >= 40
    per_rule = dict.fromkeys(RULE_IDS, 0)
    for name in FLAWED:
        per_rule[name.split("/")[0]] += 1
    assert all(count >= 2 for count in per_rule.values()), per_rule


@pytest.mark.parametrize("name", sorted(GOOD))
def test_good_letter_passes(name: str) -> None:
    entry = GOOD[name]
    notes = _notes(entry)
    text = (CORPUS / "good" / name).read_text(encoding="utf-8")
    report = check_letter(text, notes, entry.get("to"), coordinator=entry.get("coordinator", False))
    assert report.violations == (), [v.message for v in report.violations]
    assert report.ok


@pytest.mark.parametrize("name", sorted(FLAWED))
def test_flawed_letter_breaks_exactly_its_rule(name: str) -> None:
    rule = name.split("/")[0]
    entry = FLAWED[name]
    notes = _notes(entry)
    text = (CORPUS / "flawed" / name).read_text(encoding="utf-8")
    if "with" in entry:
        other = (CORPUS / entry["with"]).read_text(encoding="utf-8")
        report = check_letters([("", other), (entry.get("to", ""), text)], notes)[1]
    else:
        # The slips of `proofread/` need the proofreader; every other letter is checked without.
        proofread = rule == "proofread"
        if proofread:
            pytest.importorskip("harper")
        report = check_letter(
            text,
            notes,
            entry.get("to"),
            proofread=proofread,
            coordinator=entry.get("coordinator", False),
        )
    assert {v.rule for v in report.violations} == {rule}, [v.message for v in report.violations]
    for found in report.violations:
        assert found.message and found.fix
    if "says" in entry:
        said = [f"{v.message} {v.fix}" for v in report.violations]
        assert any(entry["says"] in text for text in said), said
    severity = next(v.severity for v in report.violations)
    assert report.ok == (severity == "warning")


def test_good_panel_letters_are_unique_together() -> None:
    for notes_file, names in (
        ("examples/panel_three.json", ["panel_amelie.txt", "panel_kjetil.txt", "panel_okafor.txt"]),
        ("tests/corpus/notes/fjord_finch_panel.json", ["fjord_ortiz.txt", "fjord_ingrid.txt"]),
    ):
        notes = load_notes(ROOT / notes_file)
        letters = [("", (CORPUS / "good" / n).read_text(encoding="utf-8")) for n in names]
        reports = check_letters(letters, notes)
        assert [r.violations for r in reports] == [()] * len(names)
        assert len({r.to for r in reports}) == len(names)


def test_good_letters_pass_the_proofreader_too() -> None:
    proofread = pytest.importorskip("composer.rules.proofread")
    if not proofread.available():
        pytest.skip("the proofread extra is not installed")
    for name, entry in GOOD.items():
        notes = _notes(entry)
        text = (CORPUS / "good" / name).read_text(encoding="utf-8")
        to_coordinator = entry.get("coordinator", False)
        report = check_letter(
            text, notes, entry.get("to"), proofread=True, coordinator=to_coordinator
        )
        assert report.violations == (), (name, [v.message for v in report.violations])
