"""The `unique` rule: sentences compared with names blanked, the half-shared limit, the message."""

from __future__ import annotations

from pathlib import Path

from composer.notes_file import load_notes
from composer.rules.facts import facts_for
from composer.rules.text import ParsedLetter, parse
from composer.rules.unique import normalised_sentences, repeats, shared_share, unique

ROOT = Path(__file__).resolve().parent.parent
PANEL = load_notes(ROOT / "examples" / "panel_three.json")  # Amélie, Kjetil and Chinedu Okafor
FACTS = facts_for(PANEL)


def _letter(first: str, *sentences: str) -> ParsedLetter:
    body = " ".join(sentences)
    return parse(f"Subject: Thanks\n\nHi {first},\n\n{body}\n\nBest wishes,\nMei-Ling Zhou\n")


SAME = ("Thank you for the panel.", "I enjoyed the talk on onboarding.", "I liked the tour.")


def test_sentences_are_compared_with_names_and_titles_blanked() -> None:
    letter = _letter("Amélie", "Thank you, Dr Okafor, for the panel.", "I enjoyed Kjetil's talk!")
    assert normalised_sentences(letter, FACTS) == {
        "thank you <name> <name> for the panel",
        "i enjoyed <name> talk",
    }


def test_the_share_is_of_the_shorter_letter() -> None:
    assert shared_share({"a", "b"}, {"a", "c", "d"}) == 0.5
    assert shared_share({"a", "c", "d"}, {"a", "b"}) == 0.5
    assert shared_share({"a"}, {"a", "b", "c"}) == 1.0
    assert shared_share(set(), {"a"}) == 0.0
    assert shared_share({"a"}, set()) == 0.0


def test_exactly_half_shared_is_allowed() -> None:
    amelie = _letter("Amélie", *SAME[:2], "Your governance point stays with me.", "See you.")
    kjetil = _letter("Kjetil", *SAME[:2], "Your research plan was clear.", "The studio was calm.")
    assert unique([("Amélie", amelie), ("Kjetil", kjetil)], FACTS) == [[], []]
    assert repeats("Kjetil", kjetil, [("Amélie", amelie)], FACTS) == []


def test_more_than_half_shared_is_reported_to_each_with_the_other_named() -> None:
    amelie = _letter("Amélie", *SAME, "Your governance point stays with me.")
    kjetil = _letter("Kjetil", *SAME, "Your research plan was clear.")
    okafor = _letter("Dr Okafor", "Your questions on accessibility were sharp.")
    found = unique([("Amélie", amelie), ("Kjetil", kjetil), ("Chinedu", okafor)], FACTS)
    assert [len(each) for each in found] == [1, 1, 0]
    (to_amelie,) = found[0]
    assert to_amelie.rule == "unique"
    assert to_amelie.message == (
        "this letter shares 3 of its sentences (75%) with the letter to Kjetil, apart from the "
        "names. Interviewers compare notes: write about what Amélie discussed with you instead."
    )
    assert to_amelie.fix == (
        "Rewrite the letter around what Amélie discussed; do not reuse the sentences of the "
        "letter to Kjetil."
    )
    assert "with the letter to Amélie" in found[1][0].message
    (again,) = repeats("Kjetil", kjetil, [("Amélie", amelie), ("Chinedu", okafor)], FACTS)
    assert again.message == found[1][0].message


def test_two_letters_to_the_same_person_are_not_compared() -> None:
    first = _letter("Amélie", *SAME)
    second = _letter("Amélie", *SAME)
    assert unique([("Amélie", first), ("Amélie", second)], FACTS) == [[], []]
    assert repeats("Amélie", second, [("Amélie", first)], FACTS) == []


def test_a_sentence_with_no_words_is_not_compared() -> None:
    # "..." stands as a sentence of its own but holds no words: it is left out, so each letter
    # has two sentences to compare, of which one is shared (exactly half, allowed).
    amelie = _letter("Amélie", "Thank you for the panel.", "...", "I liked the tour.")
    kjetil = _letter("Kjetil", "Thank you for the panel.", "...", "I enjoyed the walk.")
    assert normalised_sentences(amelie, FACTS) == {"thank you for the panel", "i liked the tour"}
    assert unique([("Amélie", amelie), ("Kjetil", kjetil)], FACTS) == [[], []]
