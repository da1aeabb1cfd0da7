"""thankyou-composer: write and check the thank-you letter to send after a job interview.

Importing this package never imports openai: the model client loads only when a model is used.
"""

from composer.__about__ import __version__
from composer.backends.base import Backend, Draft, DraftRequest, Usage
from composer.compose import Letter, compose
from composer.errors import BackendError, ComposerError, InputError, NotesError, PromptError
from composer.models import Candidate, Interview, Interviewer, Notes
from composer.notes_file import load_notes, parse_notes
from composer.rules import Report, Violation, check_letter, check_letters

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
