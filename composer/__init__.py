"""thankyou-composer: write and check the thank-you letter to send after a job interview.

The public names below load on first use (PEP 562), so `import composer`, and the `thankyou`
command's start-up, cost nothing until a name is used; importing never imports openai.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from composer.__about__ import __version__

if TYPE_CHECKING:
    from composer.backend_choice import choose_backend
    from composer.backends.base import Backend, BackendBase, ModelSettings
    from composer.compose import Letter, compose, preview_messages
    from composer.drafting import Draft, DraftRequest, Usage
    from composer.errors import (
        BackendError,
        ComposerError,
        InputError,
        NeedsModelError,
        NotesError,
        NotInNotesError,
        PromptError,
    )
    from composer.many import Composed, compose_many
    from composer.models import Candidate, Interview, Interviewer, Notes
    from composer.notes_file import load_notes, parse_notes
    from composer.offline.leftout import LeftOut
    from composer.offline.usable import left_out
    from composer.revise import recheck, revise
    from composer.rules import Report, Violation, check_letter, check_letters
    from composer.rules.text import ParsedLetter

# Each public name, and the module that defines it.
_HOMES = {
    "Backend": "composer.backends.base",
    "BackendBase": "composer.backends.base",
    "Draft": "composer.drafting",
    "DraftRequest": "composer.drafting",
    "ModelSettings": "composer.backends.base",
    "Usage": "composer.drafting",
    "choose_backend": "composer.backend_choice",
    "Letter": "composer.compose",
    "compose": "composer.compose",
    "preview_messages": "composer.compose",
    "Composed": "composer.many",
    "compose_many": "composer.many",
    "BackendError": "composer.errors",
    "ComposerError": "composer.errors",
    "InputError": "composer.errors",
    "NeedsModelError": "composer.errors",
    "NotInNotesError": "composer.errors",
    "NotesError": "composer.errors",
    "PromptError": "composer.errors",
    "Candidate": "composer.models",
    "Interview": "composer.models",
    "Interviewer": "composer.models",
    "Notes": "composer.models",
    "load_notes": "composer.notes_file",
    "parse_notes": "composer.notes_file",
    "LeftOut": "composer.offline.leftout",
    "left_out": "composer.offline.usable",
    "recheck": "composer.revise",
    "revise": "composer.revise",
    "Report": "composer.rules",
    "Violation": "composer.rules",
    "check_letter": "composer.rules",
    "check_letters": "composer.rules",
    "ParsedLetter": "composer.rules.text",
}

__all__ = [
    "Backend",
    "BackendBase",
    "BackendError",
    "Candidate",
    "Composed",
    "ComposerError",
    "Draft",
    "DraftRequest",
    "InputError",
    "Interview",
    "Interviewer",
    "LeftOut",
    "Letter",
    "ModelSettings",
    "NeedsModelError",
    "NotInNotesError",
    "Notes",
    "NotesError",
    "ParsedLetter",
    "PromptError",
    "Report",
    "Usage",
    "Violation",
    "__version__",
    "check_letter",
    "check_letters",
    "choose_backend",
    "compose",
    "compose_many",
    "left_out",
    "load_notes",
    "parse_notes",
    "preview_messages",
    "recheck",
    "revise",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'composer' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return __all__


class _Package(types.ModuleType):
    """The package module, keeping `composer.compose` the function.

    Importing the submodule `composer.compose` sets the package attribute of that name to the
    module; the public name is the function, so that one assignment is turned into loading it.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _HOMES and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
