"""The letter rules: deterministic checks of a letter against the notes it was written from.

Being built under issue 3: `check_letter`, `check_letters` and `RULES` are the public surface.
"""

from __future__ import annotations

from composer.models import Notes
from composer.rules.report import Report, Severity, Violation

__all__ = ["Report", "Severity", "Violation", "check_letter", "check_letters"]


def check_letter(text: str, notes: Notes, to: str | None = None) -> Report:
    """Check one letter; `to` defaults to the interviewer its greeting names."""
    raise NotImplementedError


def check_letters(letters: list[tuple[str, str]], notes: Notes) -> list[Report]:
    """Check (to, text) letters of one interview together, `unique` included."""
    raise NotImplementedError
