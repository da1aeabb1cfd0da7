"""Common slips: each kind found with its exact place, the words written and to write, its kind."""

from __future__ import annotations

import pytest

from composer.rules.slips import Slip, _same_case, slips


def _at(text: str, wrong: str, right: str, what: str, nth: int = 0) -> Slip:
    start = -1
    for _ in range(nth + 1):
        start = text.index(wrong, start + 1)
    return Slip(start, start + len(wrong), wrong, right, what)


def test_a_misspelling_keeps_its_capitals() -> None:
    text = "Sincerly, I recieve it. RECIEVE"
    assert slips(text) == [
        _at(text, "Sincerly", "Sincerely", "spelling"),
        _at(text, "recieve", "receive", "spelling"),
        _at(text, "RECIEVE", "RECEIVE", "spelling"),
    ]


def test_look_forward_to_takes_the_ing_form_in_any_tense() -> None:
    text = "I look forward to hear from you. She looked  forward to Meet us. Looking forward to see"
    assert slips(text) == [
        _at(text, "hear", "hearing", '"look forward to" + -ing'),
        _at(text, "Meet", "Meeting", '"look forward to" + -ing'),
        _at(text, "see", "seeing", '"look forward to" + -ing'),
    ]
    assert slips("I look forward to hearing. I look forward to seeing it.") == []


@pytest.mark.parametrize(
    ("text", "wrong", "right", "what"),
    [
        ("Many thanks for you time.", "you", "your", "you/your"),
        ("Thanks for YOU kind words.", "YOU", "YOUR", "you/your"),
        ("Your welcome.", "Your", "You're", "you/your"),
        ("It was fine. your welcome", "your", "you're", "you/your"),
        ("It was fine.  Your welcome", "Your", "You're", "you/your"),
        ("I hope your well and your are rested.", "your", "you", "you/your"),
        ("your will be fine", "your", "you", "you/your"),
        ("your have been kind", "your", "you", "you/your"),
        ("Thank your so much.", "your", "you", "you/your"),
        ("I enjoyed meeting you're team.", "you're", "your", "you/your"),
        ("I could of done it.", "of", "have", "could of"),
        ("I Might Of", "Of", "Have", "could of"),
        ("I COULD OF", "OF", "HAVE", "could of"),
        ("I hope to here from you.", "here", "hear", "word choice"),
        ("I hope to here back.", "here", "hear", "word choice"),
        ("I look forward to hearing form you.", "form", "from", "word choice"),
        ("to hear form you", "form", "from", "word choice"),
    ],
)
def test_a_confused_word_is_named_with_the_word_to_use(
    text: str, wrong: str, right: str, what: str
) -> None:
    found = slips(text)
    expected = _at(text, wrong, right, what, nth=1 if text.startswith("I hope your") else 0)
    assert found == [expected]


def test_thanks_for_your_welcome_and_for_your_time_are_right() -> None:
    assert slips("Thank you for your welcome. Thank you for your time. You were kind.") == []


@pytest.mark.parametrize(
    ("text", "verb", "right"),
    [
        ("I is glad.", "is", "am"),
        ("I are glad.", "are", "am"),
        ("I has a plan.", "has", "have"),
        ("You was kind.", "was", "were"),
        ("you is kind", "is", "are"),
        ("You has been kind.", "has", "have"),
        ("We was glad.", "was", "were"),
        ("we is glad", "is", "are"),
        ("we has time", "has", "have"),
        ("They is kind.", "is", "are"),
        ("they was kind", "was", "were"),
        ("they has time", "has", "have"),
        ("He are kind.", "are", "is"),
        ("She are kind.", "are", "is"),
        ("He have time.", "have", "has"),
        ("she have time", "have", "has"),
        ("It was late, and you was kind.", "was", "were"),
        ("It was late because you was kind.", "was", "were"),
        ("Thanks. You was kind.", "was", "were"),
        ("and you was kind", "was", "were"),
    ],
)
def test_a_pronoun_with_the_wrong_verb_form(text: str, verb: str, right: str) -> None:
    start = text.rindex(" " + verb) + 1
    assert slips(text) == [Slip(start, start + len(verb), verb, right, "agreement")]


@pytest.mark.parametrize(
    "text",
    [
        "Did she have time?",
        "Would he have known?",
        "Let he who is ready speak.",
        "Talking with you was a pleasure.",
        "Meeting you has been a joy.",
        "Who are you, is the question.",
        "Am I is?",
        "Trying to RELAX you was hard.",  # an object after a word in capitals
    ],
)
def test_a_question_an_object_or_a_comma_is_not_an_agreement_slip(text: str) -> None:
    assert [s for s in slips(text) if s.what == "agreement"] == []


@pytest.mark.parametrize(
    "first",
    ["Did she have time?", "Talking with you was a pleasure."],  # passed over, not the end
)
def test_a_slip_after_a_pronoun_verb_that_is_right_is_still_found(first: str) -> None:
    text = f"{first} They is kind."
    start = text.rindex("is")
    assert slips(text) == [Slip(start, start + 2, "is", "are", "agreement")]


def test_a_word_written_twice_unless_it_can_be_right() -> None:
    text = "It was good to meet me me and the The team. I know that that had had so so"
    assert slips(text) == [
        _at(text, "me me", "me", "repeated word"),
        _at(text, "the The", "the", "repeated word"),
    ]
    assert slips("no no, bye bye, do do, is is, very very") == []


def test_a_role_in_the_company_only_when_the_company_is_given() -> None:
    text = "The position in the Acme  Health group and the role IN Acme Health."
    assert slips(text) == []
    assert slips(text, "Acme Health") == [
        _at(text, "in", "at", "preposition"),
        _at(text, "IN", "at", "preposition"),
    ]
    assert slips("the role in Acme Healthcare", "Acme Health") == []
    for noun in ("job", "post", "opening", "vacancy", "internship"):
        found = slips(f"the {noun} in Acme", "Acme")
        assert [(s.wrong, s.right) for s in found] == [("in", "at")]


def test_slips_come_in_the_order_of_the_text() -> None:
    text = "I could of sent it. Sincerly"
    assert [s.wrong for s in slips(text)] == ["of", "Sincerly"]
    text = "Sincerly, I could of sent it."
    assert [s.wrong for s in slips(text)] == ["Sincerly", "of"]


def test_same_case_capitalises_like_the_word_written() -> None:
    assert _same_case("OF", "have") == "HAVE"
    assert _same_case("O", "of") == "Of"  # one capital letter is a capital, not shouting
    assert _same_case("Of", "have") == "Have"
    assert _same_case("of", "have") == "have"
