"""thankyou-composer: write and check the thank-you letter to send after a job interview."""

from composer.__about__ import __version__
from composer.errors import BackendError, ComposerError, InputError, NotesError, PromptError
from composer.models import Candidate, Interview, Interviewer, Notes
from composer.notes_file import load_notes, parse_notes

__all__ = [
    "BackendError",
    "Candidate",
    "ComposerError",
    "InputError",
    "Interview",
    "Interviewer",
    "Notes",
    "NotesError",
    "PromptError",
    "__version__",
    "load_notes",
    "parse_notes",
]
