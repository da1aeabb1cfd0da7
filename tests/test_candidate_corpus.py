"""The candidate corpus loads, and benchmarks/boilerplate.py measures what issue 10 defines.

The measuring functions are tried on small letters written here by hand, with the expected
figures worked out by hand: masking of the candidate's own words, the 5-word threshold, the
3-candidate threshold, the body between greeting and sign-off, and the panel spread.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from composer import Notes, load_notes

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = ROOT / "tests" / "corpus" / "candidates"
FILES = sorted(CANDIDATES.glob("*.json"))


def _load_script() -> ModuleType:
    path = ROOT / "benchmarks" / "boilerplate.py"
    spec = importlib.util.spec_from_file_location("boilerplate_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


bp = _load_script()


# ---- the corpus --------------------------------------------------------------------------------


def test_corpus_has_sixteen_different_candidates() -> None:
    assert len(FILES) >= 16
    names = {json.loads(path.read_text(encoding="utf-8"))["candidate"]["name"] for path in FILES}
    assert len(names) == len(FILES)


@pytest.mark.parametrize("path", FILES, ids=[path.stem for path in FILES])
def test_every_corpus_file_loads_as_notes(path: Path) -> None:
    notes = load_notes(path)
    assert isinstance(notes, Notes)
    assert notes.interview.date.year == 2026


def test_corpus_has_panels_and_a_thin_file() -> None:
    notes = [load_notes(path) for path in FILES]
    assert sum(1 for n in notes if len(n.interviewers) >= 3) >= 4
    thin = [n for n in notes if len(n.qualifications) + len(n.highlights) == 1]
    assert thin and not any(p.topics or p.rapport for p in thin[0].interviewers)


# ---- body and sentences ------------------------------------------------------------------------

EMAIL = """Subject: Thank you for Tuesday

Dear Ms. Rowe,

Thank you for the tour of the kitchens. I met Mr. Abbott there.

It was good to see the new pass.

Kind regards,
Luís Fernandes
luis@example.com"""

PRINTED = """Luís Fernandes
12 Quay Street, Galway

2 July 2026

Emma Rowe
The Grafton Hotel

Dear Emma,

One short paragraph here.

Sincerely,
Luís Fernandes"""


def test_body_leaves_out_subject_greeting_and_sign_off() -> None:
    assert bp.body_of(EMAIL) == (
        "Thank you for the tour of the kitchens. I met Mr. Abbott there.\n\n"
        "It was good to see the new pass."
    )


def test_body_of_a_printed_letter_leaves_out_the_letterhead() -> None:
    assert bp.body_of(PRINTED) == "One short paragraph here."


def test_sentences_split_at_ends_not_at_abbreviations_or_initials() -> None:
    body = "I met Mr. Abbott. We spoke of Castro v. Meridian and my J.D. Degree! Did it go well?"
    assert bp.sentences(body) == [
        "I met Mr. Abbott.",
        "We spoke of Castro v. Meridian and my J.D. Degree!",
        "Did it go well?",
    ]


def test_wording_masks_the_candidates_own_words_in_any_case() -> None:
    masked = frozenset({"kitchens", "tour"})
    assert bp.wording("Thank you for the Tour of the KITCHENS.", masked) == (
        "thank",
        "you",
        "for",
        "the",
        "_",
        "of",
        "the",
        "_",
    )


def test_notes_words_cover_every_text_field_but_not_tone_or_channel() -> None:
    notes = load_notes(CANDIDATES / "hospitality_front_desk_thin.json")
    words = bp.notes_words(notes.model_copy(update={"tone": "formal", "channel": "letter"}))
    assert {"luís", "grafton", "supervisor", "rowe", "hilton", "3", "yrs"} <= words
    assert "formal" not in words and "letter" not in words


# ---- the boilerplate share ---------------------------------------------------------------------


def test_share_counts_a_frame_used_by_three_candidates_after_masking() -> None:
    # The same frame carries each candidate's own subject; masking makes the three alike.
    masks = {
        "ana": frozenset({"audits"}),
        "ben": frozenset({"wiring"}),
        "cai": frozenset({"lessons"}),
        "dee": frozenset({"menus"}),
    }
    letters = [
        ("ana", "I enjoyed talking about audits today. Short one here."),
        ("ben", "I enjoyed talking about wiring today. We both like football a lot."),
        ("cai", "I enjoyed talking about lessons today."),
        ("dee", "I enjoyed talking about menus with you. We both like football a lot."),
    ]
    result = bp.boilerplate(letters, masks)
    # Counted (5+ words): the four "enjoyed" sentences and two "football" ones; "Short one
    # here." has three words. The "enjoyed ... today" wording recurs for ana, ben and cai (3);
    # dee's differs ("with you"); "football" is used by two candidates only.
    assert result.counted == 6
    assert result.recurring == 3
    assert result.share == pytest.approx(0.5)
    assert result.top == [("i enjoyed talking about _ today", 3)]


def test_share_without_masking_sees_different_sentences() -> None:
    letters = [
        ("ana", "I enjoyed talking about audits today."),
        ("ben", "I enjoyed talking about wiring today."),
        ("cai", "I enjoyed talking about lessons today."),
    ]
    assert bp.boilerplate(letters, {}).recurring == 0


def test_one_candidate_repeating_a_sentence_is_not_three_candidates() -> None:
    same = "Thank you again for your time."
    letters = [("ana", same), ("ana", same), ("ana", same), ("ben", same), ("ben", same)]
    result = bp.boilerplate(letters, {})
    assert (result.counted, result.recurring) == (5, 0)
    result = bp.boilerplate([*letters, ("cai", same)], {})
    assert (result.counted, result.recurring) == (6, 6)
    assert result.top == [("thank you again for your time", 3)]


def test_a_sentence_all_of_the_candidates_own_words_is_no_frame() -> None:
    # Three candidates each say a point of their own in their own words, plainly: masked, the
    # three read "_ _ _ _ _ _", but no word of them is the writer's, so none is boilerplate.
    masks = {
        "ana": frozenset(["i", "ran", "the", "charity", "audit", "twice"]),
        "ben": frozenset(["i", "wired", "a", "forty", "unit", "block"]),
        "cai": frozenset(["i", "taught", "year", "six", "for", "years"]),
    }
    letters = [
        ("ana", "I ran the charity audit twice."),
        ("ben", "I wired a forty unit block."),
        ("cai", "I taught year six for years."),
    ]
    result = bp.boilerplate(letters, masks)
    assert (result.counted, result.recurring, result.top) == (3, 0, [])


def test_four_word_sentences_do_not_count_and_five_word_ones_do() -> None:
    four = [(c, "Thanks again, warm regards.") for c in ("ana", "ben", "cai")]
    five = [(c, "Thanks again for your time.") for c in ("ana", "ben", "cai")]
    assert bp.boilerplate(four, {}).counted == 0
    assert bp.boilerplate(four, {}).share == 0.0
    assert (bp.boilerplate(five, {}).counted, bp.boilerplate(five, {}).recurring) == (3, 3)


# ---- the panel spread --------------------------------------------------------------------------


def test_an_item_appears_when_most_of_its_content_words_do() -> None:
    item = "led usability studies with forty nurses"  # led, usability, studies, forty, nurses
    assert bp.appears(item, "I led a usability study with the nurses.")  # 4 of 5 (study/studies)
    assert not bp.appears(item, "I spoke with forty nurses.")  # 2 of 5
    assert bp.appears("bilingual in Spanish and English", "I speak Spanish and English.")  # 2 of 3
    assert not bp.appears("bilingual in Spanish and English", "I speak Spanish.")  # 1 of 3


def test_panel_spread_is_the_share_of_items_in_every_letter() -> None:
    items = ["admitted to the New York bar", "bilingual in Spanish and English", "OSHA 30"]
    bodies = [
        "I am admitted to the New York bar and bilingual in Spanish and English.",
        "I am admitted to the New York bar and hold OSHA 30.",
        "As a member of the New York bar, I speak Spanish and English.",
    ]
    # The bar: 3 of 4 content words (new, york, bar) in the third letter -> in all three.
    # Spanish and English: missing from the second. OSHA 30: only in the second.
    assert bp.panel_spread(items, bodies) == pytest.approx(1 / 3)
    assert bp.panel_spread(items, bodies[:1]) == pytest.approx(2 / 3)
    assert bp.panel_spread([], bodies) == 0.0
