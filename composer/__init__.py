"""thankyou-composer: write and check the thank-you letter to send after a job interview.

The public API is importable from here; modules load on first use so that `import composer`
stays cheap and never imports openai.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from composer.__about__ import __version__

if TYPE_CHECKING:
    from composer.backends.base import Backend, Draft, DraftRequest, Usage
    from composer.compose import Letter, compose
    from composer.errors import (
        BackendError,
        ComposerError,
        InputError,
        NotesError,
        PromptError,
    )
    from composer.models import Candidate, Interview, Interviewer, Notes
    from composer.notes_file import load_notes, parse_notes
    from composer.rules import Report, Violation, check_letter, check_letters

_WHERE = {
    "Backend": "composer.backends.base",
    "Draft": "composer.backends.base",
    "DraftRequest": "composer.backends.base",
    "Usage": "composer.backends.base",
    "Letter": "composer.compose",
    "compose": "composer.compose",
    "BackendError": "composer.errors",
    "ComposerError": "composer.errors",
    "InputError": "composer.errors",
    "NotesError": "composer.errors",
    "PromptError": "composer.errors",
    "Candidate": "composer.models",
    "Interview": "composer.models",
    "Interviewer": "composer.models",
    "Notes": "composer.models",
    "load_notes": "composer.notes_file",
    "parse_notes": "composer.notes_file",
    "Report": "composer.rules",
    "Violation": "composer.rules",
    "check_letter": "composer.rules",
    "check_letters": "composer.rules",
}

__all__ = [
    "Backend",
    "BackendError",
    "Candidate",
    "ComposerError",
    "Draft",
    "DraftRequest",
    "InputError",
    "Interview",
    "Interviewer",
    "Letter",
    "Notes",
    "NotesError",
    "PromptError",
    "Report",
    "Usage",
    "Violation",
    "__version__",
    "check_letter",
    "check_letters",
    "compose",
    "load_notes",
    "parse_notes",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'composer' has no attribute {name!r}")
