"""What the `register` rule says, and where its limits sit.

Each test pins, with values worked out by hand, behaviour that a surviving mutant of
composer/rules/register.py showed no other test held.
"""

from __future__ import annotations

from pathlib import Path

from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules import check_letter
from composer.rules.report import Violation

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "good"


def _notes(name: str) -> Notes:
    return load_notes(ROOT / "examples" / name)


def _letter(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def _register(text: str, notes: Notes) -> list[Violation]:
    return [v for v in check_letter(text, notes).violations if v.rule == "register"]


# The concise letter to Jordan Bell: 15 + 20 + 38 + 16 = 89 words of body, counted by hand.
# Eight different sentences of 11 words each (one said eight times breaks `repetition`).
_PARTS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "last")
_EIGHT_ELEVENS = " ".join(
    f"I also enjoyed the {p} part of the weekly reporting call." for p in _PARTS
)


def _concise(extra: str) -> str:
    text = _letter("phone_screen_jordan.txt")
    return text.replace("I am very interested", f"{extra}\n\nI am very interested")


def test_a_concise_body_of_exactly_180_words_is_within_the_limit() -> None:
    notes = _notes("phone_screen.json")
    at_limit = _concise(_EIGHT_ELEVENS + " It was useful.")  # 89 + 88 + 3 = 180
    assert check_letter(at_limit, notes).violations == ()
    over = _concise(_EIGHT_ELEVENS + " It was very useful.")  # 181
    (found,) = _register(over, notes)
    assert found.fix == "Cut the body to at most 180 words (now 181)."
    assert "its body has 181 words" in found.message


_FORMAL = "formal_letter.json"
_FORMAL_LETTER = "formal_letter_plain.txt"  # the greeting on line 1, the sign-off on line 13


def test_a_casual_greeting_in_a_formal_letter_says_where_and_what_instead() -> None:
    text = _letter(_FORMAL_LETTER).replace("Dear Ms.", "Hey Ms.")
    (found,) = _register(text, _notes(_FORMAL))
    assert found.message == (
        'line 1: a formal letter opens "Dear ...", not "Hey" ("Hey Ms. Ellison-Shaw,").'
    )
    assert found.fix == 'Open with "Dear" instead of "Hey".'


def test_a_casual_two_word_signoff_is_read_whatever_the_spacing() -> None:
    text = _letter(_FORMAL_LETTER).replace("With kind regards,", "Thanks   again,")
    (found,) = _register(text, _notes(_FORMAL))
    assert found.quote == "Thanks   again"
    assert found.message == (
        'line 13: "Thanks   again" is a casual sign-off for a formal letter; close with '
        '"Sincerely," or "Kind regards,".'
    )
    assert found.fix == (
        'Replace the sign-off "Thanks   again" with "Sincerely," or "Kind regards,".'
    )


def test_one_exclamation_mark_says_its_line_and_the_fix() -> None:
    text = _letter(_FORMAL_LETTER).replace("hearing from you.", "hearing from you!")
    (found,) = _register(text, _notes(_FORMAL))
    assert found.message == (
        "line 11: an exclamation mark reads as casual in a formal letter; end the sentence "
        "with a full stop."
    )
    assert found.fix == "Replace the exclamation mark with a full stop."


_WARM = "warm_email.json"  # Dana Whitfield, "Ms. Whitfield"; the greeting on line 3
_WARM_LETTER = "warm_email_dana.txt"


def _greeted(greeting: str) -> str:
    text = _letter(_WARM_LETTER)
    changed = text.replace("Dear Ms. Whitfield,", greeting)
    assert changed != text
    return changed


def test_the_salutation_warning_quotes_the_greeting_and_the_notes() -> None:
    (found,) = _register(_greeted("Dear Dana,"), _notes(_WARM))
    assert found.message == (
        'line 3: the notes say to address Dana Whitfield as "Ms. Whitfield", and the greeting '
        'says "Dear Dana,". Use the salutation from the notes: "Dear Ms. Whitfield,".'
    )
    assert found.fix == 'Greet them as the notes do: "Dear Ms. Whitfield,".'


def test_a_title_before_the_first_name_is_not_the_salutation() -> None:
    # "Ms. Dana" keeps the title but not the surname the notes give.
    (found,) = _register(_greeted("Dear Ms. Dana,"), _notes(_WARM))
    assert found.quote == "Dear Ms. Dana,"


def test_a_misspelt_first_name_counts_as_the_first_name() -> None:
    # "Dnaa" is Dana misspelt: still a first name she never offered.
    assert [v.quote for v in _register(_greeted("Dear Dnaa,"), _notes(_WARM))] == ["Dear Dnaa,"]
    # and "Whitfeld" is her surname misspelt: the salutation, spelt wrong (`names`' business).
    assert _register(_greeted("Dear Ms. Whitfeld,"), _notes(_WARM)) == []


def test_a_bare_surname_to_someone_who_offered_a_first_name_is_a_warning() -> None:
    # "call me Greg": "Dear Mr. D'Souza," is merely formal, "Hi D'Souza," is neither.
    notes = _notes("open_to_other_roles.json")
    text = _letter("other_roles_greg.txt").replace("Hi Greg,", "Hi D'Souza,")
    assert [v.quote for v in _register(text, notes)] == ["Hi D'Souza,"]


def test_a_hyphenated_surname_written_as_two_words_is_still_the_salutation() -> None:
    # "Ellison Shaw" for "Ellison-Shaw" is a spelling slip, not another form of address.
    text = _letter(_FORMAL_LETTER).replace("Dear Ms. Ellison-Shaw,", "Dear Ms. Ellison Shaw,")
    assert _register(text, _notes(_FORMAL)) == []
