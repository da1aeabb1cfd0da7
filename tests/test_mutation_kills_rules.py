"""Rules: exact messages, limits and line numbers that small slips in the rules would change.

Each test pins behaviour that a surviving mutant of a module under composer/rules/ showed no
other test held.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules import check_letter
from composer.rules.context import shorten
from composer.rules.presumption import claims
from composer.rules.report import Violation

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "good"
FORMAL = load_notes(ROOT / "examples" / "formal_letter.json")
FORMAL_LETTER = (CORPUS / "formal_letter_plain.txt").read_text(encoding="utf-8")
WARM = load_notes(ROOT / "examples" / "warm_email.json")  # interview on Tuesday 2026-11-24
WARM_LETTER = (CORPUS / "warm_email_dana.txt").read_text(encoding="utf-8")
AMELIE_LETTER = (CORPUS / "panel_amelie.txt").read_text(encoding="utf-8")
OKAFOR_LETTER = (CORPUS / "panel_okafor.txt").read_text(encoding="utf-8")


def _of(rule: str, text: str, notes: Notes, to: str | None = None) -> list[Violation]:
    return [v for v in check_letter(text, notes, to).violations if v.rule == rule]


# -- context.shorten -------------------------------------------------------------------------------


def test_shorten_keeps_70_characters_and_cuts_71() -> None:
    assert shorten("x" * 70) == "x" * 70
    assert shorten("x" * 71) == "x" * 67 + "..."
    assert shorten("a  b\n c", 5) == "a b c"
    assert shorten("abcd efgh", 8) == "abcd..."  # the cut drops the space before the dots


# -- register ------------------------------------------------------------------------------------


def test_a_single_exclamation_mark_in_a_formal_letter_is_named_by_line() -> None:
    text = FORMAL_LETTER.replace("hearing from you.", "hearing from you!")
    assert text.splitlines()[10].endswith("hearing from you!")
    (found,) = _of("register", text, FORMAL)
    assert found.message == (
        "line 11: an exclamation mark reads as casual in a formal letter; end the sentence "
        "with a full stop."
    )
    assert found.fix == "Replace the exclamation mark with a full stop."


@pytest.mark.parametrize(
    ("signoff", "said"),
    [
        ("Cheers,", "Cheers"),
        ("Thanks   again,", "Thanks   again"),  # quoted as written, matched as "thanks again"
    ],
)
def test_a_casual_sign_off_in_a_formal_letter_is_quoted_with_the_usual_ones(
    signoff: str, said: str
) -> None:
    text = FORMAL_LETTER.replace("With kind regards,", signoff)
    assert text.splitlines()[12] == signoff
    (found,) = _of("register", text, FORMAL)
    assert found.message == (
        f'line 13: "{said}" is a casual sign-off for a formal letter; close with "Sincerely," '
        'or "Kind regards,".'
    )
    assert found.fix == f'Replace the sign-off "{said}" with "Sincerely," or "Kind regards,".'


# -- weekday (part of grounding) -----------------------------------------------------------------


def test_a_wrong_weekday_on_its_own_line_is_reported_on_that_line() -> None:
    text = WARM_LETTER.replace(
        "\n\nBest regards,", "\n\nThank you again for our conversation on Monday.\n\nBest regards,"
    )
    assert text.splitlines()[10] == "Thank you again for our conversation on Monday."
    (found,) = _of("grounding", text, WARM)
    assert found.quote == "on Monday"
    assert found.message.startswith('line 11: "on Monday" puts the interview on a Monday,')


def test_a_plan_after_the_weekday_does_not_excuse_it() -> None:
    sentence = "Thank you for meeting with me on Monday; I will send the samples you asked for."
    text = WARM_LETTER.replace("\n\nBest regards,", f"\n\n{sentence}\n\nBest regards,")
    assert [v.quote for v in _of("grounding", text, WARM)] == ["on Monday"]


def test_a_plan_that_opens_the_sentence_makes_the_weekday_a_day_to_come() -> None:
    sentence = "Could we talk on Monday, as I had one more question about the migration?"
    text = WARM_LETTER.replace("\n\nBest regards,", f"\n\n{sentence}\n\nBest regards,")
    assert _of("grounding", text, WARM) == []


# -- rapport (part of grounding) -----------------------------------------------------------------

KJETIL = "Kjetil Ølstad"
AMELIE = "Amélie Dubois-Lefèvre"
OKAFOR = "Chinedu Okafor"


def _panel(kjetil: list[str], amelie: list[str]) -> Notes:
    data = json.loads((ROOT / "examples" / "panel_three.json").read_text(encoding="utf-8"))
    data["interviewers"][0]["rapport"] = amelie
    data["interviewers"][1]["rapport"] = kjetil
    return Notes.model_validate(data)


def test_borrowed_rapport_without_own_rapport_says_to_use_a_topic() -> None:
    notes = _panel(["he is cycling across Norway this summer"], ["she adopted a greyhound"])
    sentence = "Enjoy cycling across Norway this summer."
    text = OKAFOR_LETTER.replace("\n\nSincerely,", f"\n\n{sentence}\n\nSincerely,")
    assert text.splitlines()[10] == sentence
    (found,) = _of("grounding", text, notes, OKAFOR)
    assert found.message == (
        f'line 11: "{sentence}" refers to a personal detail of {KJETIL} ("he is cycling across '
        f'Norway this summer"), not of {OKAFOR}; it says something untrue about {OKAFOR}. '
        f"Remove it, or replace it with a line about a topic you discussed with {OKAFOR}."
    )
    assert found.fix == (
        f'Remove the sentence "{sentence}": it is about {KJETIL} ("he is cycling across Norway '
        f"this summer\"), not {OKAFOR}. Do not mention other interviewers' personal details."
    )


def test_borrowed_rapport_quotes_are_cut_at_their_limits_and_own_entries_listed() -> None:
    brothers = "he is cycling across Norway this summer with his two brothers"
    puppy = "she is training a puppy for agility trials at the county show"
    assert len(brothers) == len(puppy) == 61  # one more than an entry's quote keeps
    notes = _panel([brothers], ["she just adopted a rescue greyhound", puppy])
    sentence = (
        "Enjoy your cycling across Norway this summer; "
        "I hope the weather stays sunny the whole way."
    )
    assert len(sentence) == 91  # one more than a sentence's quote keeps
    text = AMELIE_LETTER.replace(
        "settling in well at home.", f"settling in well at home. {sentence}"
    )
    (found,) = _of("grounding", text, notes, AMELIE)
    quote = (
        "Enjoy your cycling across Norway this summer; I hope the weather stays sunny the whole..."
    )
    theirs = '"he is cycling across Norway this summer with his two brot..."'
    own = (
        '"she just adopted a rescue greyhound"; '
        '"she is training a puppy for agility trials at the county..."'
    )
    assert found.quote == quote
    assert found.message == (
        f'line 9: "{quote}" refers to a personal detail of {KJETIL} ({theirs}), not of {AMELIE}; '
        f"it says something untrue about {AMELIE}. Remove it, or replace it with something "
        f"{AMELIE} mentioned: {own}."
    )
    assert found.fix == (
        f'Remove the sentence "{quote}": it is about {KJETIL} ({theirs}), not {AMELIE}. '
        f"Refer instead to: {own}."
    )


def test_a_weekday_in_a_subject_below_other_lines_is_reported_on_the_subject_line() -> None:
    text = WARM_LETTER.replace(
        "Subject: Thank you for the Senior Data Engineer interview",
        "Priya Raman\npriya.raman@example.com\n\nSubject: Monday's interview, and thank you",
    )
    (found,) = _of("grounding", text, WARM)
    assert found.quote == "Monday's interview"
    assert found.message.startswith('line 4: "Monday\'s interview" puts the interview on')


# -- register: the salutation ----------------------------------------------------------------------


def test_a_title_with_the_first_name_is_not_the_titled_salutation() -> None:
    notes = _panel(["he is cycling across Norway this summer"], ["she adopted a greyhound"])
    text = OKAFOR_LETTER.replace("Dear Mr. Okafor,", "Dear Mr. Chinedu,")
    (found,) = _of("register", text, notes, OKAFOR)
    assert found.message == (
        f'line 3: the notes say to address {OKAFOR} as "Mr. Okafor", and the greeting says '
        '"Dear Mr. Chinedu,". Use the salutation from the notes: "Dear Mr. Okafor,".'
    )


# -- rapport: what every letter may say ------------------------------------------------------------


def test_the_company_in_anothers_rapport_is_not_borrowed() -> None:
    # The company's name is in every letter, whoever's rapport also names it.
    notes = _panel(["he is running the Brightline Health charity relay"], ["she adopted a dog"])
    assert "Brightline Health." in AMELIE_LETTER
    assert _of("grounding", AMELIE_LETTER, notes, AMELIE) == []


def test_words_of_the_addressees_own_title_are_not_borrowed() -> None:
    data = json.loads((ROOT / "examples" / "panel_three.json").read_text(encoding="utf-8"))
    data["interviewers"][0]["title"] = "Director of Ethnography and Fieldwork"
    data["interviewers"][1]["rapport"] = ["he writes about ethnography and fieldwork on his blog"]
    notes = Notes.model_validate(data)
    sentence = "I admired how you bring ethnography and fieldwork into design."
    text = AMELIE_LETTER.replace(
        "settling in well at home.", f"settling in well at home. {sentence}"
    )
    assert _of("grounding", text, notes, AMELIE) == []
    # the same words are borrowed in a letter to someone whose title does not hold them
    okafor = OKAFOR_LETTER.replace("\n\nSincerely,", f"\n\n{sentence}\n\nSincerely,")
    assert [v.quote for v in _of("grounding", okafor, notes, OKAFOR)] == [sentence]


def _warm_with(*sentences: str) -> str:
    paragraph = " ".join(sentences)
    return WARM_LETTER.replace("\n\nBest regards,", f"\n\n{paragraph}\n\nBest regards,")


def test_a_shouted_wrong_weekday_is_caught_and_its_fix_keeps_the_quote() -> None:
    (found,) = _of("grounding", _warm_with("THANK YOU FOR OUR CONVERSATION ON MONDAY."), WARM)
    assert found.quote == "ON MONDAY"
    assert 'Write "ON Tuesday"' in found.message


def test_the_meeting_may_be_named_up_to_80_characters_before_the_weekday() -> None:
    at_limit = (
        "Thank you for the call about moving the nightly batch jobs to streaming and about "
        "the reports we read on Monday."
    )
    assert at_limit.index("on Monday") - at_limit.index("call") - len("call") == 80
    assert [v.quote for v in _of("grounding", _warm_with(at_limit), WARM)] == ["on Monday"]
    beyond = at_limit.replace("we read", "you read")
    assert _of("grounding", _warm_with(beyond), WARM) == []


def test_every_wrong_weekday_of_a_letter_is_reported() -> None:
    text = _warm_with(
        "On Friday I was home again, and thank you for the conversation on Monday.",
        "Thanks again for Monday's interview.",
        "I would be glad to speak again on Friday.",
        "I will prepare for Friday's call.",
    )
    assert [v.quote for v in _of("grounding", text, WARM)] == ["on Monday", "Monday's interview"]


def test_a_surname_alone_is_not_the_first_name_salutation() -> None:
    notes = _panel(["he is cycling across Norway this summer"], ["she adopted a greyhound"])
    kjetil = (CORPUS / "panel_kjetil.txt").read_text(encoding="utf-8")
    text = kjetil.replace("Hello Kjetil,", "Dear Ølstad,")
    assert text != kjetil
    (found,) = _of("register", text, notes, KJETIL)
    assert found.quote == "Dear Ølstad,"
    assert found.fix == 'Greet them as the notes do: "Dear Kjetil,".'


def test_a_misspelt_first_name_counts_as_the_first_name() -> None:
    notes = _panel(["he is cycling across Norway this summer"], ["she adopted a greyhound"])
    text = OKAFOR_LETTER.replace("Dear Mr. Okafor,", "Dear Chinedo,")
    (found,) = _of("register", text, notes, OKAFOR)
    assert found.quote == "Dear Chinedo,"
    assert found.fix == 'Greet them as the notes do: "Dear Mr. Okafor,".'


def test_one_borrowed_detail_is_reported_once_and_each_entry_is_weighed() -> None:
    data = json.loads((ROOT / "examples" / "panel_three.json").read_text(encoding="utf-8"))
    data["interviewers"][2]["rapport"] = ["he grows tomatoes on his allotment"]
    notes = Notes.model_validate(data)
    twice = "Enjoy cycling across Norway this summer. Cycling across Norway sounds wonderful."
    text = AMELIE_LETTER.replace("settling in well at home.", f"settling in well at home. {twice}")
    assert [v.quote for v in _of("grounding", text, notes, AMELIE)] == [
        "Enjoy cycling across Norway this summer."
    ]
    # one word of Kjetil's entry ("summer") is not his; two of Chinedu's are
    tomatoes = "I hope the summer is kind to the tomatoes on your allotment."
    text = AMELIE_LETTER.replace(
        "settling in well at home.", f"settling in well at home. {tomatoes}"
    )
    found = _of("grounding", text, notes, AMELIE)
    assert [v.quote for v in found] == [tomatoes]
    assert OKAFOR in found[0].message


# -- presumption.claims ----------------------------------------------------------------------------

OFFERED = "that you were offered the job"
START = "a start date"


def test_claims_come_in_the_order_the_letter_makes_them() -> None:
    text = "I have been offered the role, and I will start on Monday."
    assert claims(text) == [
        (OFFERED, 0, "I have been offered the role"),
        (START, text.index("I will"), "I will start on Monday"),
    ]
    text = "I will start on Monday, as I have been offered the role."
    assert claims(text) == [
        (START, 0, "I will start on Monday"),
        (OFFERED, text.index("I have"), "I have been offered the role"),
    ]


def test_a_claim_may_wrap_onto_the_next_line_and_end_the_text() -> None:
    assert claims("I have been\noffered the role.") == [
        (OFFERED, 0, "I have been\noffered the role")
    ]
    assert claims("I will start in Sep") == [(START, 0, "I will start in Sep")]
    assert claims("I will start in Sept.") == [(START, 0, "I will start in Sept")]
