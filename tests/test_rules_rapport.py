"""`grounding`: a letter must not give its addressee another panellist's personal detail."""

from __future__ import annotations

from pathlib import Path

from composer.models import Interviewer, Notes
from composer.rules import check_letter
from composer.rules.report import Violation

CORPUS = Path(__file__).resolve().parent / "corpus"
KJETIL = (CORPUS / "good" / "panel_kjetil.txt").read_text(encoding="utf-8")
AMELIE = (CORPUS / "good" / "panel_amelie.txt").read_text(encoding="utf-8")
OKAFOR = (CORPUS / "good" / "panel_okafor.txt").read_text(encoding="utf-8")
KJETIL_RAPPORT = "Your cycling trip across Norway this summer sounds wonderful;"
AMELIE_RAPPORT = "I hope your new rescue greyhound is settling in well at home."


def grounding(text: str, notes: Notes, to: str | None = None) -> list[Violation]:
    return [v for v in check_letter(text, notes, to).violations if v.rule == "grounding"]


def test_another_panellists_rescue_greyhound_is_an_error(panel_notes: Notes) -> None:
    text = KJETIL.replace(
        "I hope the weather is kind to you.",
        "I hope the weather is kind to you.\n\nI also hope your rescue greyhound is well.",
    )
    report = check_letter(text, panel_notes)
    assert [v.rule for v in report.violations] == ["grounding"]
    assert not report.ok
    found = report.violations[0]
    assert found.severity == "error"
    assert found.quote == "I also hope your rescue greyhound is well."
    line = text.splitlines().index("I also hope your rescue greyhound is well.") + 1
    assert found.message.startswith(f'line {line}: "I also hope your rescue greyhound is well."')
    assert "Amélie Dubois-Lefèvre" in found.message
    assert "she just adopted a rescue greyhound" in found.message
    assert "untrue about Kjetil Ølstad" in found.message
    assert "he is cycling across Norway this summer" in found.message  # what to write instead
    assert found.fix is not None and "Remove" in found.fix and "Amélie" in found.fix


def test_the_other_direction_and_the_own_detail(panel_notes: Notes) -> None:
    # Amélie's own greyhound is fine; Kjetil's ride across Norway in her letter is not.
    assert grounding(AMELIE, panel_notes) == []
    text = AMELIE.replace(
        AMELIE_RAPPORT, "I hope your new rescue greyhound is settling in, and enjoy Norway."
    )
    found = grounding(text, panel_notes)
    assert [v.quote for v in found] == [
        "I hope your new rescue greyhound is settling in, and enjoy Norway."
    ]
    assert "Kjetil Ølstad" in found[0].message and "cycling across Norway" in found[0].message


def test_an_addressee_without_rapport_is_told_to_use_a_topic(panel_notes: Notes) -> None:
    text = OKAFOR.replace("\n\nI ", "\n\nEnjoy cycling across Norway this summer.\n\nI ", 1)
    assert text != OKAFOR
    found = grounding(text, panel_notes)
    assert len(found) == 1
    assert "Kjetil Ølstad" in found[0].message
    assert "a topic you discussed with Chinedu Okafor" in found[0].message


def test_one_ordinary_word_of_anothers_rapport_is_not_a_reference(panel_notes: Notes) -> None:
    # "cycles" shares a stem with Kjetil's "cycling" but names nothing of his.
    text = AMELIE.replace("I keep thinking", "Short design cycles help too. I keep thinking")
    assert text != AMELIE
    assert grounding(text, panel_notes) == []


def test_naming_the_other_panellist_is_not_a_mix_up(panel_notes: Notes) -> None:
    text = KJETIL.replace(
        "I hope the weather is kind to you.",
        "I hope the weather is kind to you. Please give Amélie my best wishes for her "
        "new rescue greyhound.",
    )
    assert grounding(text, panel_notes) == []


def _both_have_dogs(notes: Notes) -> Notes:
    amelie, kjetil, okafor = notes.interviewers
    kjetil = Interviewer.model_validate(
        {**kjetil.model_dump(), "rapport": ["he walks his two rescue greyhounds every morning"]}
    )
    return notes.model_copy(update={"interviewers": [amelie, kjetil, okafor]})


def test_words_both_panellists_mention_never_trigger(panel_notes: Notes) -> None:
    notes = _both_have_dogs(panel_notes)
    kjetil = KJETIL.replace(
        KJETIL_RAPPORT + " I hope the weather is kind to you.",
        "I hope your rescue greyhounds enjoy their morning walks.",
    )
    assert kjetil != KJETIL
    assert grounding(kjetil, notes) == []
    assert grounding(AMELIE, notes) == []
    # A word only Amélie's entry holds still counts when joined by another one of hers.
    adopted = kjetil.replace(
        "I hope your rescue greyhounds", "I hope your newly adopted rescue greyhounds"
    )
    assert [v.rule for v in grounding(adopted, notes)] == ["grounding"]


def test_a_word_of_the_shared_notes_is_not_anothers_detail(panel_notes: Notes) -> None:
    amelie, kjetil, okafor = panel_notes.interviewers
    amelie = Interviewer.model_validate(
        {**amelie.model_dump(), "rapport": ["she trained as a nurse before design"]}
    )
    notes = panel_notes.model_copy(update={"interviewers": [amelie, kjetil, okafor]})
    # "nurses" is in the candidate's highlights, so Kjetil's letter may use it freely.
    text = KJETIL.replace("I hold a certificate", "I kept nurses in mind, and I hold a certificate")
    assert text != KJETIL
    assert grounding(text, notes) == []


def test_a_postscript_is_read_too(panel_notes: Notes) -> None:
    # The greyhound credited to Kjetil in a P.S. is as untrue as in the body.
    text = KJETIL + "\nP.S. I hope your rescue greyhound is settling in.\n"
    assert text.splitlines()[15] == "P.S. I hope your rescue greyhound is settling in."
    (found,) = grounding(text, panel_notes)
    assert found.quote == "I hope your rescue greyhound is settling in."
    assert found.message.startswith('line 16: "I hope your rescue greyhound is settling in."')
    assert "Amélie Dubois-Lefèvre" in found.message
    # Her own letter may say it in a P.S.
    assert (
        grounding(AMELIE + "\nP.S. I hope your rescue greyhound is settling in.\n", panel_notes)
        == []
    )
