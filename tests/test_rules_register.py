"""`register` (a warning): greeting, sign-off and length suit the tone; the salutation is used."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.notes_file import load_notes
from composer.rules import check_letter

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
FORMAL = load_notes(ROOT / "examples" / "formal_letter.json")
FORMAL_LETTER = (CORPUS / "good" / "formal_letter_plain.txt").read_text(encoding="utf-8")
WARM = load_notes(ROOT / "examples" / "warm_email.json")
WARM_LETTER = (CORPUS / "good" / "warm_email_dana.txt").read_text(encoding="utf-8")
CONCISE = load_notes(ROOT / "examples" / "phone_screen.json")
CONCISE_LETTER = (CORPUS / "good" / "phone_screen_jordan.txt").read_text(encoding="utf-8")
GREG = load_notes(ROOT / "examples" / "open_to_other_roles.json")
GREG_LETTER = (CORPUS / "good" / "other_roles_greg.txt").read_text(encoding="utf-8")


def _found(text: str, notes: object) -> list[tuple[str, str, str | None]]:
    report = check_letter(text, notes)  # type: ignore[arg-type]
    return [(v.rule, v.severity, v.quote) for v in report.violations]


@pytest.mark.parametrize(
    ("old", "new", "quote"),
    [
        ("With kind regards,", "Cheers,", "Cheers"),
        ("With kind regards,", "Best,", "Best"),
        ("With kind regards,", "Thanks!", "Thanks"),
        ("Dear Ms. Ellison-Shaw,", "Hi Ms. Ellison-Shaw,", "Hi"),
        ("Dear Ms. Ellison-Shaw,", "Hey Ms. Ellison-Shaw,", "Hey"),
        ("hearing from you.", "hearing from you!", "!"),
    ],
)
def test_casual_manners_in_a_formal_letter_are_a_warning(old: str, new: str, quote: str) -> None:
    text = FORMAL_LETTER.replace(old, new)
    assert text != FORMAL_LETTER
    found = _found(text, FORMAL)
    assert ("register", "warning", quote) in found
    assert {rule for rule, _, _ in found} == {"register"}
    assert check_letter(text, FORMAL).ok  # a warning: the letter may still go out


def test_the_same_manners_suit_a_warm_letter() -> None:
    text = WARM_LETTER.replace("Best regards,", "Best,").replace("goes smoothly.", "goes well!")
    assert _found(text.replace("Dear Ms. Whitfield,", "Hi Ms. Whitfield,"), WARM) == []


def test_two_exclamation_marks_are_tone_alone() -> None:
    text = FORMAL_LETTER.replace("in April.", "in April!").replace("from you.", "from you!")
    assert {rule for rule, _, _ in _found(text, FORMAL)} == {"tone"}


def test_a_concise_letter_over_180_body_words_is_a_warning() -> None:
    # nine different sentences: one said nine times would break `repetition` as well
    parts = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "last")
    extra = " ".join(
        f"I also enjoyed the {p} part of the call about weekly reporting." for p in parts
    )
    text = CONCISE_LETTER.replace("I am very interested", f"{extra}\n\nI am very interested")
    (found,) = check_letter(text, CONCISE).violations
    assert found.rule == "register" and "180" in found.message
    # the same letter in the warm tone is fine
    warm = CONCISE.model_copy(update={"tone": "warm"})
    assert check_letter(text, warm).violations == ()


@pytest.mark.parametrize(
    ("greeting", "warned"),
    [
        ("Dear Dana,", True),  # a first name she never offered
        ("Hello Dana,", True),
        ("Dear Ms. Whitfield,", False),
        ("Dear Ms Whitfield,", False),
        ("Dear Dana Whitfield,", False),  # the full name is polite
    ],
)
def test_the_greeting_uses_the_salutation_of_the_notes(greeting: str, warned: bool) -> None:
    text = WARM_LETTER.replace("Dear Ms. Whitfield,", greeting)
    found = _found(text, WARM)
    assert (("register", "warning", greeting) in found) is warned
    assert len(found) == int(warned)


def test_a_first_name_salutation_allows_the_formal_form() -> None:
    assert GREG.interviewers[0].salutation == "Greg"
    for greeting in ("Dear Mr. D'Souza,", "Dear Gregory D'Souza,", "Hi Greg,"):
        text = GREG_LETTER.replace("Hi Greg,", greeting)
        assert _found(text, GREG) == [], greeting


def test_a_salutation_with_small_name_words_is_matched_by_its_name() -> None:
    data = WARM.model_dump(mode="json")
    data["interviewers"][0] |= {"name": "Pieter van den Berg", "salutation": "Mr. van den Berg"}
    notes = type(WARM).model_validate(data)
    text = WARM_LETTER.replace("Dear Ms. Whitfield,", "Dear Mr. van den Berg,")
    assert "register" not in {v.rule for v in check_letter(text, notes).violations}
    text = WARM_LETTER.replace("Dear Ms. Whitfield,", "Dear Pieter,")
    assert "register" in {v.rule for v in check_letter(text, notes).violations}
