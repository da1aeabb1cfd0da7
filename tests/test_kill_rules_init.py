"""`check_letters` and `resolve_addressee` (composer/rules/__init__.py): who each letter is for,
what they are told when given something else, and the settings passed on to every letter. Each
test fails with a mutant that survived the module's tests (benchmarks/mutation.md, session 27).
"""

from __future__ import annotations

import pytest

import composer.rules.proofread
from composer.errors import InputError
from composer.models import Notes
from composer.rules import check_letters, resolve_addressee
from composer.rules.report import Violation
from tests.conftest import ROOT

LETTERS = ROOT / "tests" / "corpus" / "good"
KJETIL = (LETTERS / "panel_kjetil.txt").read_text("utf-8")
AMELIE = (LETTERS / "panel_amelie.txt").read_text("utf-8")
WARM = (LETTERS / "warm_email_dana.txt").read_text("utf-8")


def _unaddressed(text: str) -> str:
    """The letter with a greeting that names nobody."""
    first = next(line for line in text.splitlines() if line.startswith(("Hello", "Dear", "Hi")))
    return text.replace(first, "Hello,", 1)


def test_letters_whose_greeting_names_nobody_go_to_the_names_in_to(panel_notes: Notes) -> None:
    texts = [_unaddressed(KJETIL), _unaddressed(AMELIE)]
    names = ["Kjetil Ølstad", "Amélie Dubois-Lefèvre"]
    assert [r.to for r in check_letters(texts, panel_notes, names)] == names
    # The older form, (to, text) pairs, says the same.
    pairs = list(zip(names, texts, strict=True))
    assert [r.to for r in check_letters(pairs, panel_notes)] == names
    # Without them nobody can tell who the letters are for.
    with pytest.raises(InputError, match="cannot tell which interviewer"):
        check_letters(texts, panel_notes)


def test_a_pair_names_who_the_letter_is_for_over_its_greeting(panel_notes: Notes) -> None:
    (report,) = check_letters([("Amélie Dubois-Lefèvre", KJETIL)], panel_notes)
    assert report.to == "Amélie Dubois-Lefèvre"
    (plain,) = check_letters([(None, KJETIL)], panel_notes)  # no name: its greeting's
    assert plain.to == "Kjetil Ølstad"


def test_texts_without_to_go_to_the_people_their_greetings_name(panel_notes: Notes) -> None:
    reports = check_letters([KJETIL, AMELIE], panel_notes)
    assert [r.to for r in reports] == ["Kjetil Ølstad", "Amélie Dubois-Lefèvre"]
    assert resolve_addressee(AMELIE, panel_notes) == "Amélie Dubois-Lefèvre"


def test_a_two_character_text_is_a_letter_not_a_pair(warm_notes: Notes) -> None:
    (report,) = check_letters(["OK"], warm_notes)
    assert report.to == "Dana Whitfield" and not report.ok


def test_fewer_names_in_to_than_letters_is_said_plainly(panel_notes: Notes) -> None:
    with pytest.raises(ValueError) as caught:
        check_letters(
            [KJETIL, AMELIE, KJETIL], panel_notes, ["Kjetil Ølstad", "Amélie Dubois-Lefèvre"]
        )
    assert str(caught.value) == "check_letters(): 3 letters but 2 names in `to`"


def test_what_check_letters_refuses_is_named_in_its_message(warm_notes: Notes) -> None:
    with pytest.raises(TypeError) as caught:
        check_letters(WARM, warm_notes)
    assert str(caught.value) == "check_letters() expected a list of letter texts, not one str"
    with pytest.raises(TypeError) as caught:
        check_letters([WARM], {"company": "Northwind"})  # type: ignore[arg-type]
    assert str(caught.value).startswith("check_letters() expected Notes, from load_notes()")
    for item in (WARM.encode(), ("Dana Whitfield", WARM.encode())):
        with pytest.raises(TypeError) as caught:
            check_letters([item], warm_notes)  # type: ignore[list-item]
        assert str(caught.value) == "check_letters() expected the letter as str, not bytes"


def test_check_letters_proofreads_only_when_asked(
    warm_notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def typo(text: str, notes: Notes, *, dialect: str | None = None) -> list[Violation]:
        return [Violation("proofread", "warning", 'line 5: "teh" is misspelled.', "teh", "the")]

    monkeypatch.setattr(composer.rules.proofread, "proofread_findings", typo)
    (plain,) = check_letters([WARM], warm_notes)
    assert plain.violations == ()
    (asked,) = check_letters([WARM], warm_notes, proofread=True)
    assert [v.rule for v in asked.violations] == ["proofread"]


def test_check_letters_reports_a_sentence_of_the_prompts(warm_notes: Notes) -> None:
    prompt = "Write the letter in the candidate's own voice and keep it short."
    text = WARM.replace("I hope your trip", f"{prompt} I hope your trip")
    (report,) = check_letters([text], warm_notes, prompts=(prompt,))
    assert [v.rule for v in report.violations] == ["leak"]
    (without,) = check_letters([text], warm_notes)
    assert [v.rule for v in without.violations if v.rule == "leak"] == []
