"""The `grounding` rule (composer/rules/grounding.py): what it reports and in which words.

Each test pins, with values worked out by hand, behaviour that a surviving mutant of
grounding.py showed no other test held. Facts are built inside each test, never at import.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.notes_file import load_notes
from composer.rules.context import Context
from composer.rules.facts import Facts, build_facts
from composer.rules.grounding import _unsupported_finding, grounding, unsupported
from composer.rules.report import Violation
from composer.rules.text import parse

_INVENTED = "Use only facts from the notes: remove it, or add it to the notes if it is true."


@pytest.mark.parametrize(
    ("kind", "message", "fix"),
    [
        (
            "letterhead line",
            'line 3: "Cork" above the greeting is not from the notes; it may be invented. '
            "A letterhead holds only your name, address and contact details, the date, and the "
            "interviewer's name, title and company as the notes give them: remove the line, or "
            "add it to the notes if it is your own address or details.",
            'Remove "Cork" from the letterhead: it is not in the notes. Above the greeting use '
            "only the candidate's name, address and contact details, the date, and the "
            "interviewer's name, title and company from the notes.",
        ),
        (
            "subject word",
            'line 3: "Cork" in the Subject line is in neither the notes nor the rest of the '
            "letter; this name may be invented. Use only facts from the notes: remove it, or add "
            "it to the notes if it is true (an ordinary word may be written in lower case).",
            'Remove "Cork" from the Subject line: it is not in the notes. Do not add facts that '
            "are not in the notes.",
        ),
        (
            "re word",
            'line 3: "Cork" in the "Re:" line is in neither the notes nor the rest of the '
            "letter; this name may be invented. Use only facts from the notes: remove it, or add "
            "it to the notes if it is true (an ordinary word may be written in lower case).",
            'Remove "Cork" from the "Re:" line: it is not in the notes. Do not add facts that '
            "are not in the notes.",
        ),
        (
            "name",
            f'line 3: "Cork" is not in the notes; this name may be invented. {_INVENTED}',
            'Remove "Cork": it is not in the notes. Do not add facts that are not in the notes.',
        ),
        (
            "number",
            f'line 3: "Cork" is not in the notes; this number may be invented. {_INVENTED}',
            'Remove "Cork": it is not in the notes. Do not add facts that are not in the notes.',
        ),
        (
            "phone number",
            f'line 3: "Cork" is not in the notes; this phone number may be invented. {_INVENTED}',
            'Remove "Cork": it is not in the notes. Do not add facts that are not in the notes.',
        ),
    ],
)
def test_each_kind_of_unsupported_text_is_said_in_its_own_words(
    kind: str, message: str, fix: str
) -> None:
    assert _unsupported_finding(3, "Cork", kind) == Violation(
        rule="grounding", severity="error", message=message, quote="Cork", fix=fix
    )


KESTREL_NOTES = Path(__file__).resolve().parent / "corpus" / "notes" / "kestrel_letter.json"
BODY = (
    "Dear Ms. Brassington,\n\n"
    "Thank you for the interview for the Claims Analyst role at Kestrel Maritime Insurance.\n\n"
    "Yours sincerely,\n\nTomás Ó Briain\n"
)


@pytest.fixture
def facts() -> Facts:
    return build_facts(load_notes(KESTREL_NOTES))


def _unsupported(text: str, facts: Facts) -> list[tuple[int, str, str]]:
    return unsupported(parse(text), facts)


def test_a_misspelt_name_is_the_names_rules_and_no_invented_name(facts: Facts) -> None:
    text = BODY.replace("Thank you for", "Thank you, Ms. Brasington, for")
    assert _unsupported(text, facts) == []
    assert _unsupported(text.replace("Brasington", "Osprey"), facts) == [
        (text.index("Brasington"), "Osprey", "name")
    ]


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        # a placeholder ("XXXX") that starts where the address starts hides it
        ("Write to XXXX@osprey.example today.", None),
        # a placeholder that ends where the address starts does not
        ("Write to [x]helen@osprey.example today.", "helen@osprey.example"),
        ("Write to helen@osprey.example today.", "helen@osprey.example"),
    ],
)
def test_an_email_address_inside_a_masked_stretch_is_left_to_that_rule(
    facts: Facts, sentence: str, reported: str | None
) -> None:
    text = BODY.replace("Thank you for", f"{sentence} Thank you for")
    emails = [item for item in _unsupported(text, facts) if item[2] == "email address"]
    assert emails == (
        [] if reported is None else [(text.index(reported), reported, "email address")]
    )


@pytest.mark.parametrize("address", ["www.osprey.example", "WWW.Osprey.example"])
def test_a_web_address_without_a_slash_is_read(facts: Facts, address: str) -> None:
    text = BODY.replace("Thank you for", f"See {address}. Thank you for")
    assert "/" not in text
    assert _unsupported(text, facts) == [(text.index(address), address, "web address")]


def test_a_web_address_ending_a_sentence_loses_only_the_stop(facts: Facts) -> None:
    text = BODY.replace("Thank you for", "See www.osprey.example/TAX. Thank you for")
    start = text.index("www.")
    assert _unsupported(text, facts) == [(start, "www.osprey.example/TAX", "web address")]


def _with_notes(facts: Facts, **changes: object) -> Facts:
    return build_facts(facts.notes.model_copy(update=changes))


def test_a_web_address_of_the_notes_or_in_a_placeholder_is_not_reported(facts: Facts) -> None:
    known = _with_notes(facts, qualifications=["my portfolio at www.tomas.example/work"])
    text = BODY.replace("Thank you for", "See www.tomas.example/work. Thank you for")
    assert _unsupported(text, known) == []
    text = BODY.replace("Thank you for", "See [www.osprey.example]. Thank you for")
    assert _unsupported(text, facts) == []


def _said(sentence: str, facts: Facts) -> tuple[str, list[tuple[int, str, str]]]:
    text = BODY.replace("Thank you for", f"{sentence} Thank you for")
    return text, _unsupported(text, facts)


def test_the_candidates_phone_in_another_layout_is_known(facts: Facts) -> None:
    # the notes give "+353 1 555 0142": the same digits with dashes are the same number
    assert _said("Call me on +353-1-555-0142.", facts)[1] == []


def test_a_phone_number_written_in_the_notes_text_is_known(facts: Facts) -> None:
    person = facts.notes.interviewers[0]
    topics = [*person.topics, "the claims desk on +44 20 7946 0958"]
    known = _with_notes(facts, interviewers=[person.model_copy(update={"topics": topics})])
    assert _said("I will call the desk on +44 20 7946 0958.", known)[1] == []


def test_eight_digits_are_a_phone_number_and_seven_are_numbers(facts: Facts) -> None:
    text, found = _said("Call 5550 1990.", facts)
    assert found == [(text.index("5550"), "5550 1990", "phone number")]
    # seven digits: no phone number, its numbers read one by one ("555" is in the notes)
    text, found = _said("Call 555 0199.", facts)
    assert found == [(text.index("0199"), "0199", "number")]


def test_phone_numbers_after_a_short_one_or_a_date_are_still_read(facts: Facts) -> None:
    text, found = _said("On 555 0142 I called +353 1 555 0198.", facts)
    assert found == [(text.index("+353"), "+353 1 555 0198", "phone number")]
    # a date of eight digits is no phone number: a date the notes lack is a number
    text, found = _said("On 24.11.2026 I called +353 1 555 0198.", facts)
    assert found == [
        (text.index("24.11"), "24.11.2026", "number"),
        (text.index("+353"), "+353 1 555 0198", "phone number"),
    ]


def _ctx(facts: Facts) -> Context:
    return Context(facts, facts.people[0])


def test_each_unsupported_text_is_reported_once_in_any_case(facts: Facts) -> None:
    text = BODY.replace("Thank you for", "It met Hawk, HAWK and Osprey, then Osprey. Thank you for")
    found = grounding(parse(text), _ctx(facts))
    assert [v.quote for v in found] == ["Hawk", "Osprey"]
    assert [v.message[:7] for v in found] == ["line 3:", "line 3:"]


def test_a_claimed_outcome_is_said_with_its_line_and_quote(facts: Facts) -> None:
    text = BODY.replace("Thank you for", "I am glad\nthat  I have been selected. Thank you for")
    assert grounding(parse(text), _ctx(facts)) == [
        Violation(
            rule="grounding",
            severity="error",
            message='line 4: "I have been selected" states that you were selected, which the '
            "notes do not say; a thank-you letter goes out before any decision, and claiming one "
            "is presumptuous. Remove it and say you look forward to hearing about the decision.",
            quote="I have been selected",
            fix='Remove "I have been selected": do not claim an outcome (selection, an offer, a '
            "start date) the notes do not state.",
        )
    ]


def test_an_outcome_the_notes_state_may_be_repeated(facts: Facts) -> None:
    text = BODY.replace("Thank you for", "I have been selected. Thank you for")
    said = _with_notes(facts, follow_up="I have been selected for the role and said yes.")
    assert grounding(parse(text), _ctx(said)) == []
    # another outcome after it is still reported
    text = text.replace("selected.", "selected, and I will start next week.")
    assert [v.quote for v in grounding(parse(text), _ctx(said))] == ["I will start next week"]


@pytest.mark.parametrize(
    ("greeting", "quotes"),
    [
        ("Dear Ms. Brassington and Mr. Osprey,", ["Osprey"]),
        ("Dear Ms. Brassington and Dr. Osprey,", ["Osprey"]),
        ("Dear Ms. Brassington and mr. osprey,", []),  # no capital: not read as a name
        ("Dear Ms. Brassington and Osprey,", []),  # no title before it: the greeting rule's
        ("Dear Ms. Brassington and Mr. Helen,", []),  # a name of the notes
        ("Dear Mr. Brasington,", []),  # a misspelt name: the names rule's
        ("Dear Ms. Brassington and [Dr]Osprey,", ["Osprey"]),  # right after a placeholder
    ],
)
def test_a_titled_name_in_the_greeting_must_be_in_the_notes(
    facts: Facts, greeting: str, quotes: list[str]
) -> None:
    text = BODY.replace("Dear Ms. Brassington,", greeting)
    found = [item for item in _unsupported(text, facts) if item[2] == "name"]
    assert found == [(text.index(q), q, "name") for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("We use the v2 platform.", [("v2", "number")]),  # lower case, but with a digit
        ("We use the 3rd platform.", [("3rd", "number")]),
        ("It met [x]Osprey today.", [("Osprey", "name")]),  # right after a placeholder
        ("It met XXXX today.", []),  # the placeholder itself is the placeholders rule's
        ("It met Osprey today.", [("Osprey", "name")]),
        ("Osprey met me today.", []),  # a sentence's first word may be any word
    ],
)
def test_the_words_of_the_body_that_are_read(
    facts: Facts, sentence: str, found: list[tuple[str, str]]
) -> None:
    text, unsupported_here = _said(sentence, facts)
    assert unsupported_here == [(text.index(word), word, kind) for word, kind in found]


def test_findings_come_in_the_order_of_the_text(facts: Facts) -> None:
    text = BODY.replace("Dear Ms. Brassington,", "Dear Ms. Brassington and Mr. Osprey,")
    text = text.replace("Thank you for", "It met Hawk, 77 times. Thank you for")
    assert _unsupported(text, facts) == [
        (text.index("Osprey"), "Osprey", "name"),
        (text.index("Hawk"), "Hawk", "name"),
        (text.index("77"), "77", "number"),
    ]
