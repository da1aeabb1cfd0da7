"""Which words of another panellist's rapport tell, and what the finding says (`rules/rapport.py`).

Each test pins, with values worked out by hand, behaviour that a surviving mutant of
composer/rules/rapport.py showed no other test held. The notes' facts are cached by content
and the telling words kept with them: the cache is emptied before each test, so that a mutant
meets facts worked out by its own code.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules import check_letter
from composer.rules.facts import _cached_by_key
from composer.rules.report import Violation

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "tests" / "corpus" / "good"
KJETIL = (GOOD / "panel_kjetil.txt").read_text(encoding="utf-8")  # Hello Kjetil (line 3)
AMELIE = (GOOD / "panel_amelie.txt").read_text(encoding="utf-8")
OKAFOR = (GOOD / "panel_okafor.txt").read_text(encoding="utf-8")
KJETIL_LAST = "I remain very interested"  # the last paragraph of Kjetil's letter, on line 11


@pytest.fixture(autouse=True)
def _fresh_facts() -> Iterator[None]:
    _cached_by_key.cache_clear()
    yield
    _cached_by_key.cache_clear()


def _panel(**people: dict[str, Any]) -> Notes:
    """examples/panel_three.json (Amélie, Kjetil, Okafor) with fields of people changed."""
    data = load_notes(ROOT / "examples" / "panel_three.json").model_dump(mode="json")
    for person in data["interviewers"]:
        person |= people.get(person["salutation"], {})
    return Notes.model_validate(data)


def _grounding(text: str, notes: Notes, **kwargs: Any) -> list[Violation]:
    return [v for v in check_letter(text, notes, **kwargs).violations if v.rule == "grounding"]


def _add(letter: str, before: str, sentence: str) -> str:
    changed = letter.replace(before, f"{sentence}\n\n{before}", 1)
    assert changed != letter
    return changed


def test_the_words_of_the_addressees_title_are_theirs() -> None:
    notes = _panel(**{"Amélie": {"rapport": ["she was an Engineering Manager at a fintech"]}})
    text = _add(KJETIL, KJETIL_LAST, "I enjoyed hearing about your work as Engineering Manager.")
    assert _grounding(text, notes) == []
    # The same sentence to Okafor, a Clinical Operations Lead, credits him with her past job.
    to_okafor = _add(
        OKAFOR, "I would welcome", "I enjoyed hearing about your work as Engineering Manager."
    )
    assert [v.quote for v in _grounding(to_okafor, notes)] == [
        "I enjoyed hearing about your work as Engineering Manager."
    ]


def test_an_addressee_without_a_title_is_checked() -> None:
    notes = _panel(**{"Mr. Okafor": {"title": None}})
    assert _grounding(OKAFOR, notes) == []
    text = _add(OKAFOR, "I would welcome", "I hope your rescue greyhound is settling in.")
    assert [v.quote for v in _grounding(text, notes)] == [
        "I hope your rescue greyhound is settling in."
    ]


def test_the_company_and_role_are_every_letters_words() -> None:
    # Her years at Brightline Health are no personal detail: Kjetil's letter names the company.
    notes = _panel(**{"Amélie": {"rapport": ["she has been at Brightline Health since it opened"]}})
    assert "Brightline Health" in KJETIL
    assert _grounding(KJETIL, notes) == []


def test_a_four_letter_stem_tells() -> None:
    # "sailing" and "sails" share the stem "sail", four letters: a word of Kjetil's alone.
    notes = _panel(**{"Kjetil": {"rapport": ["he sails"]}})
    text = _add(AMELIE, "I keep thinking", "I hope the sailing goes well.")
    assert [v.quote for v in _grounding(text, notes)] == ["I hope the sailing goes well."]


def test_a_short_proper_noun_tells() -> None:
    notes = _panel(**{"Amélie": {"rapport": ["she studied at UCL"]}})
    text = _add(KJETIL, KJETIL_LAST, "I hope your old friends at UCL are well.")
    assert [v.quote for v in _grounding(text, notes)] == [
        "I hope your old friends at UCL are well."
    ]


def test_short_ordinary_words_of_anothers_rapport_do_not_tell() -> None:
    # "dog" and "cat" are too ordinary to show the letter is about her pets.
    notes = _panel(**{"Amélie": {"rapport": ["she has a dog and a cat"]}})
    text = _add(KJETIL, KJETIL_LAST, "It was fun to meet the office dog and cat.")
    assert _grounding(text, notes) == []


def test_an_entry_is_reported_once_however_often_it_is_used() -> None:
    text = _add(KJETIL, KJETIL_LAST, "I hope your rescue greyhound is settling in.")
    text = _add(text, KJETIL_LAST, "Adopting a rescue greyhound is a big step.")
    assert [v.quote for v in _grounding(text, _panel())] == [
        "I hope your rescue greyhound is settling in."
    ]


_TRIATHLON = {"Mr. Okafor": {"rapport": ["he is training for a triathlon"]}}


def test_naming_one_panellist_leaves_the_others_notes_checked() -> None:
    # Amélie is named, so her greyhound is hers; the triathlon is still Okafor's, not Kjetil's.
    sentence = (
        "Please wish Amélie well with her rescue greyhound, and luck in your triathlon training."
    )
    found = _grounding(_add(KJETIL, KJETIL_LAST, sentence), _panel(**_TRIATHLON))
    assert [(v.quote, "Chinedu Okafor" in v.message) for v in found] == [(sentence, True)]


def test_a_weak_match_of_one_entry_leaves_the_next_entry_checked() -> None:
    # "cycles" alone is no reference to Kjetil's ride; "triathlon training" is Okafor's.
    sentence = "Good luck with the triathlon training, and with the short design cycles."
    found = _grounding(_add(AMELIE, "I keep thinking", sentence), _panel(**_TRIATHLON))
    assert [(v.quote, "Chinedu Okafor" in v.message) for v in found] == [(sentence, True)]


_LONG_SENTENCE = (
    "Good luck with the new rescue greyhound, and I hope the long walks by the river every "
    "evening are a joy for you both."
)
# cut to 87 characters, then "...": 90 in all
_LONG_QUOTE = (
    "Good luck with the new rescue greyhound, and I hope the long walks by the river every e..."
)
_LONG_ENTRY = "she just adopted a rescue greyhound called Biscuit from the shelter near her house"
_LONG_ENTRY_CUT = "she just adopted a rescue greyhound called Biscuit from t..."  # 57 + "..."


_OWN_LONG = (
    "he is cycling across Norway this summer with his brother and two old friends from school"
)
_OWN_LONG_CUT = "he is cycling across Norway this summer with his brother..."  # 57, trimmed, "..."


def test_the_finding_quotes_a_long_sentence_and_entries_cut_short() -> None:
    notes = _panel(
        **{
            "Amélie": {"rapport": [_LONG_ENTRY]},
            "Kjetil": {"rapport": [_OWN_LONG, "he rides to work"]},
        }
    )
    text = _add(KJETIL, KJETIL_LAST, _LONG_SENTENCE)
    (found,) = _grounding(text, notes)
    assert found.quote == _LONG_QUOTE
    own = f'"{_OWN_LONG_CUT}"; "he rides to work"'
    assert found.message == (
        f'line 11: "{_LONG_QUOTE}" refers to a personal detail of Amélie Dubois-Lefèvre '
        f'("{_LONG_ENTRY_CUT}"), not of Kjetil Ølstad; it says something untrue about Kjetil '
        f"Ølstad. Remove it, or replace it with something Kjetil Ølstad mentioned: {own}."
    )
    assert found.fix == (
        f'Remove the sentence "{_LONG_QUOTE}": it is about Amélie Dubois-Lefèvre '
        f'("{_LONG_ENTRY_CUT}"), not Kjetil Ølstad. Refer instead to: {own}.'
    )


def test_an_addressee_without_rapport_is_told_to_leave_personal_details_out() -> None:
    text = _add(OKAFOR, "I would welcome", "Enjoy cycling across Norway this summer.")
    (found,) = _grounding(text, _panel())
    assert found.fix == (
        'Remove the sentence "Enjoy cycling across Norway this summer.": it is about Kjetil '
        'Ølstad ("he is cycling across Norway this summer"), not Chinedu Okafor. Do not mention '
        "other interviewers' personal details."
    )


# -- the panel of nine and its coordinator (examples/big_panel_coordinator.json) ---------------

_NINE = (
    "Siobhán Ní Bhriain, Anand Krishnamurthy, Grace O'Donnell, Matthias Brandt, Aisha Rahman, "
    "Jonas Lindqvist, Priscilla Mensah, Hiroshi Tanaka and Lucía Fernández"
)
_TO_RACHEL = f"""Dear Ms. Adeyemi-Brooks,

Thank you for arranging the final assessment day for the Principal Grid Analytics Engineer
role at Harbourside Energy. Please pass my thanks to {_NINE}.

I look forward to hearing about a decision by December 8.

Sincerely,
Tomasz Wiśniewski
"""
_TO_SIOBHAN = """Dear Siobhán,

Thank you for talking me through the five-year plan for the control-room data platform
at Harbourside Energy.

Good luck with the Dublin marathon next spring.

I look forward to hearing about a decision by December 8.

Sincerely,
Tomasz Wiśniewski
"""


def _big() -> Notes:
    return load_notes(ROOT / "examples" / "big_panel_coordinator.json")


def test_the_letter_to_the_coordinator_leaves_every_personal_note_out() -> None:
    notes = _big()
    assert _grounding(_TO_RACHEL, notes, coordinator=True) == []
    marathon = "Good luck to Siobhán Ní Bhriain in the Dublin marathon next spring."
    text = _add(_TO_RACHEL, "I look forward", marathon)
    (found,) = _grounding(text, notes, coordinator=True)
    assert found.message == (
        f'line 6: "{marathon}" uses a personal note of Siobhán Ní Bhriain ("she is running the '
        'Dublin marathon next spring"); the letter to the coordinator thanks the whole panel, '
        "and each panellist's personal notes belong in their own letter. Remove it."
    )
    assert found.fix == (
        f'Remove the sentence "{marathon}": personal notes of panellists stay out of the letter '
        "to the coordinator."
    )


def test_a_panellists_own_letter_may_use_her_note_when_there_is_a_coordinator() -> None:
    assert _grounding(_TO_SIOBHAN, _big()) == []
    # Matthias's book is his, not hers.
    text = _add(
        _TO_SIOBHAN, "I look forward", "I have started Designing Data-Intensive Applications."
    )
    assert len(_grounding(text, _big())) == 1


def test_the_coordinators_finding_cuts_a_long_note_short() -> None:
    data = _big().model_dump(mode="json")
    data["interviewers"][0]["rapport"] = [
        "she is running the Dublin marathon next spring with her sister and her running club"
    ]
    notes = Notes.model_validate(data)
    marathon = "Good luck to Siobhán Ní Bhriain in the Dublin marathon next spring."
    (found,) = _grounding(_add(_TO_RACHEL, "I look forward", marathon), notes, coordinator=True)
    # its first 57 characters, then "..."
    assert '("she is running the Dublin marathon next spring with her s...")' in found.message
