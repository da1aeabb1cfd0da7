"""The `grounding` rule (composer/rules/grounding.py): what it reports and in which words.

Each test pins, with values worked out by hand, behaviour that a surviving mutant of
grounding.py showed no other test held. Facts are built inside each test, never at import.
"""

from __future__ import annotations

import pytest

from composer.rules.grounding import _unsupported_finding
from composer.rules.report import Violation

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
