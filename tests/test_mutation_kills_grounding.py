"""The `grounding` rule (composer/rules/grounding.py): what it reports and in which words.

Each test pins, with values worked out by hand, behaviour that a surviving mutant of
grounding.py showed no other test held. Facts are built inside each test, never at import.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.notes_file import load_notes
from composer.rules.facts import Facts, build_facts
from composer.rules.grounding import _unsupported_finding, unsupported
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
