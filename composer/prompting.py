"""Load the prompts/ Markdown files and fill them in by name to build the chat messages.

Placeholders are written `{{name}}`. Filling is a single pass over the template, so a value that
itself contains braces (JSON, code, a user's `{{...}}`) is inserted as is and never re-read.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from composer import regexes as re
from composer.channels import EMAIL, LETTER, LINKEDIN, ChannelSpec, spec_for
from composer.dates import letter_date, send_by_date
from composer.drafting import DraftRequest
from composer.errors import PromptError
from composer.models import Interviewer, Notes
from composer.rules.proofread import dialect_name
from composer.rules.report import Violation

__all__ = [
    "PROMPT_FILES",
    "REVISE_FILE",
    "PromptTemplate",
    "Prompts",
    "default_prompt_dir",
    "format_violations",
    "load_prompts",
    "request_values",
]

PROMPT_FILES = ("system.md", "request.md", "reask.md")
# The request for the one letter to a large panel's coordinator; a prompt folder without it
# uses the shipped one.
COORDINATOR_FILE = "coordinator.md"
# The request to revise a letter; likewise, a prompt folder without it uses the shipped one.
REVISE_FILE = "revise.md"

REQUEST_NAMES = frozenset(
    {
        "channel",
        "tone",
        "length",
        "email_words",
        "letter_words",
        "linkedin_chars",
        "subject_max",
        "subject_line",
        "spelling",
        "candidate_name",
        "candidate_address",
        "candidate_contact",
        "company",
        "role",
        "interview_date",
        "interview_format",
        "interview_stage",
        "interviewer_name",
        "interviewer_title",
        "salutation",
        "topics",
        "rapport",
        "other_interviewers",
        "qualifications",
        "highlights",
        "contribution",
        "follow_up",
        "next_steps",
        "open_to_other_roles",
    }
)
REASK_NAMES = frozenset({"attempt", "count", "violations"})
REVISE_NAMES = frozenset({"letter", "instruction"})

# Which names each file may use: the re-ask may also repeat any fact of the request.
ALLOWED_NAMES: dict[str, frozenset[str]] = {
    "system.md": REQUEST_NAMES,
    "request.md": REQUEST_NAMES,
    "reask.md": REQUEST_NAMES | REASK_NAMES,
    COORDINATOR_FILE: REQUEST_NAMES | {"panel"},
    REVISE_FILE: REQUEST_NAMES | REVISE_NAMES,
}

_BRACES = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
NOT_GIVEN = "not given"


@dataclass(frozen=True)
class PromptTemplate:
    """One prompt file: its text and the placeholder names it uses."""

    filename: str
    source: str
    text: str
    names: frozenset[str]

    @classmethod
    def parse(cls, filename: str, source: str, text: str) -> PromptTemplate:
        """Read a template, rejecting malformed and unknown placeholders."""
        if not text.strip():
            raise PromptError(f"{source}: the prompt file is empty.")
        allowed = ALLOWED_NAMES[filename]
        names: set[str] = set()
        for match in _BRACES.finditer(text):
            inner = match.group(1).strip()
            line = text.count("\n", 0, match.start()) + 1
            if not _NAME.fullmatch(inner):
                raise PromptError(
                    f"{source}, line {line}: {match.group(0)!r} is not a placeholder; "
                    "write a name like {{company}}."
                )
            if inner not in allowed:
                raise PromptError(
                    f"{source}, line {line}: unknown placeholder {{{{{inner}}}}}; "
                    f"this file may use: {', '.join(sorted(allowed))}."
                )
            names.add(inner)
        return cls(filename, source, text, frozenset(names))

    def fill(self, values: Mapping[str, str]) -> str:
        """The text with every `{{name}}` replaced by its value; PromptError if one is missing."""
        missing = sorted(self.names - values.keys())
        if missing:
            raise PromptError(
                f"{self.source}: no value for placeholder {{{{{missing[0]}}}}}"
                + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else "")
                + "."
            )
        return _BRACES.sub(lambda m: values[m.group(1).strip()], self.text).strip()


@dataclass(frozen=True)
class Prompts:
    """The prompts of a conversation: system guidance, the request, the re-ask, and the request
    for the letter to a panel's coordinator, and the request to revise a letter."""

    system: PromptTemplate
    request: PromptTemplate
    reask: PromptTemplate
    folder: str
    coordinator: PromptTemplate | None = None  # None: the shipped one
    revise: PromptTemplate | None = None  # None: the shipped one

    def coordinator_request(self) -> PromptTemplate:
        """The request for the letter to the coordinator: this folder's, else the shipped one."""
        return self.coordinator or _shipped_coordinator()

    def messages(self, request: DraftRequest) -> list[dict[str, str]]:
        """The chat messages for `request`: a re-ask carries only the last draft and its faults;
        a request with a `revision` asks for that letter changed (revise.md), not a new one."""
        values = request_values(request.notes, request.interviewer, request.dialect)
        ask = self.request
        if request.coordinator:
            values["panel"] = panel_list(request.notes)
            ask = self.coordinator_request()
        asked = dict(values)
        if request.revision is not None:
            ask = self.revise_request()
            asked["letter"] = request.revision.letter.strip()
            asked["instruction"] = request.revision.instruction
        messages = [
            {"role": "system", "content": self.system.fill(values)},
            {"role": "user", "content": ask.fill(asked)},
        ]
        if request.previous is not None:
            reask_values = {
                **values,
                "attempt": str(max(request.attempt - 1, 1)),
                "count": str(len(request.violations)),
                "violations": format_violations(request.violations),
            }
            messages.append({"role": "assistant", "content": request.previous})
            messages.append({"role": "user", "content": self.reask.fill(reask_values)})
        return messages

    def revise_request(self) -> PromptTemplate:
        """The request to revise a letter: this folder's, else the shipped one."""
        return self.revise or _shipped(REVISE_FILE)


def default_prompt_dir() -> Traversable:
    """Where the shipped prompts are: inside the package (wheel), else the repository root."""
    packaged = resources.files("composer") / "prompts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "prompts"


def load_prompts(prompt_dir: Path | None = None) -> Prompts:
    """Load the three prompt files from `prompt_dir`, or the shipped ones when None."""
    folder: Traversable
    if prompt_dir is not None:
        folder = Path(prompt_dir)
        if not folder.is_dir():
            raise PromptError(f"`prompt_dir` {prompt_dir}: no such folder.")
    else:
        folder = default_prompt_dir()
        if not folder.is_dir():
            raise PromptError(
                f"the prompts shipped with thankyou-composer are missing ({folder}); "
                "reinstall the package or pass `prompt_dir`."
            )
    templates: list[PromptTemplate] = []
    for filename in PROMPT_FILES:
        entry = folder / filename
        source = str(entry)
        if isinstance(entry, Path) and entry.exists() and not entry.is_file():
            # a FIFO would block the read forever; a device or a folder is no prompt either
            raise PromptError(
                f"{source}: not a regular file ({_what(entry)}); a prompt is a plain text "
                "Markdown file."
            )
        if not entry.is_file():
            raise PromptError(
                f"{source}: prompt file not found; a prompt folder needs all of "
                f"{', '.join(PROMPT_FILES)} (copy them from {default_prompt_dir()})."
            )
        templates.append(_read_template(entry, filename))
    system, request, reask = templates
    entry = folder / COORDINATOR_FILE
    coordinator = _read_template(entry, COORDINATOR_FILE) if entry.is_file() else None
    entry = folder / REVISE_FILE
    revise = _read_template(entry, REVISE_FILE) if entry.is_file() else None
    return Prompts(
        system, request, reask, folder=str(folder), coordinator=coordinator, revise=revise
    )


def _read_template(entry: Traversable, filename: str) -> PromptTemplate:
    source = str(entry)
    try:
        text = entry.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PromptError(f"{source}: not UTF-8 text (byte {exc.start}).") from None
    except OSError as exc:
        raise PromptError(f"{source}: cannot read it ({exc.strerror}).") from None
    return _parsed(filename, source, text)


@functools.lru_cache(maxsize=32)
def _parsed(filename: str, source: str, text: str) -> PromptTemplate:
    """A template read before with the same text is not parsed again (compose reads the
    prompts for each notes, thousands of times in a batch)."""
    return PromptTemplate.parse(filename, source, text)


def _shipped_coordinator() -> PromptTemplate:
    return _shipped(COORDINATOR_FILE)


def _shipped(filename: str) -> PromptTemplate:
    """A prompt shipped with the package that a user's prompt folder may leave out."""
    entry = default_prompt_dir() / filename
    if not entry.is_file():
        raise PromptError(
            f"the prompt {filename} shipped with thankyou-composer is missing "
            f"({entry}); reinstall the package or put one in `prompt_dir`."
        )
    return _read_template(entry, filename)


def panel_list(notes: Notes) -> str:
    """The panellists, one per line with their titles, for the letter to the coordinator."""
    return "\n".join(
        f"  - {p.name}" + (f", {p.title}" if p.title else "") for p in notes.interviewers
    )


def _what(path: Path) -> str:
    if path.is_dir():
        return "a folder"
    if path.is_fifo():
        return "a named pipe (FIFO)"
    if path.is_char_device() or path.is_block_device():
        return "a device"
    return "a socket or other special file"


def _or_not_given(value: str | None) -> str:
    return value if value else NOT_GIVEN


def _bullets(items: list[str]) -> str:
    if not items:
        return f"  - {NOT_GIVEN}"
    return "\n".join(f"  - {item}" for item in items)


# How the request names each spelling the user may choose (the names of proofread.DIALECTS).
SPELLINGS: dict[str, str] = {
    "american": "American spelling (organize, color)",
    "british": "British spelling (organise, colour)",
    "australian": "Australian spelling (organise, colour)",
    "canadian": "Canadian spelling (organize, colour)",
    "indian": "Indian English spelling (organise, colour)",
}


def _spelling(dialect: str | None) -> str:
    name = dialect_name(dialect)
    if name is None:
        return "Either American or British spelling is fine; keep to one."
    return f"Use {SPELLINGS[name]}."


def _opening(notes: Notes) -> str:
    """How the letter starts and ends: a Subject line for email, a letterhead for a printed
    letter, the greeting alone for a short note (which ends with the name alone)."""
    spec = spec_for(notes)
    if spec.has_subject:
        return (
            'Start with a line "Subject: ..." that thanks them and names the role, '
            "then a blank line."
        )
    if not spec.has_letterhead:
        return (
            "No subject line, no letterhead, no sign-off line. The greeting on a line of its "
            "own; then one short paragraph; then only the name "
            f'"{notes.candidate.name}" on the last line.'
        )
    day = letter_date(send_by_date(notes.interview.date))
    return (
        "No subject line. Open with a letterhead made only from these notes, its blocks "
        "separated by blank lines: the candidate's name, address lines and contact details, "
        f"one per line; the date, {day}; the interviewer's name, title and company, one per "
        "line (leave out what is not given). Then the greeting."
    )


def _length(spec: ChannelSpec) -> str:
    """ "about 120 to 220 words (80 to 250 at most)": the target, then the hard bounds."""
    low, high = spec.target
    if spec.length_unit == "characters":
        return (
            f"about {low} to {high} characters, never more than {spec.max_length} "
            "(spaces and line breaks count)"
        )
    return f"about {low} to {high} words ({spec.min_words} to {spec.max_words} at most)"


def _bounds(spec: ChannelSpec) -> str:
    if spec.length_unit == "characters":
        return f"at most {spec.max_length} characters, spaces and line breaks included"
    return f"{spec.min_words} to {spec.max_words} words"


def request_values(notes: Notes, person: Interviewer, dialect: str | None = None) -> dict[str, str]:
    """The value of every request placeholder for the letter to `person` (spelling: `dialect`)."""
    spec = spec_for(notes)
    contact = [c for c in (notes.candidate.email, notes.candidate.phone) if c]
    others = [p.name for p in notes.interviewers if p.name != person.name]
    return {
        "channel": spec.label,
        "tone": notes.tone,
        "length": _length(spec),
        "email_words": _bounds(EMAIL),
        "letter_words": _bounds(LETTER),
        # The limit of these notes when they are for a note, else the default one.
        "linkedin_chars": _bounds(spec if spec.length_unit == "characters" else LINKEDIN),
        "subject_max": str(EMAIL.subject_max_chars),
        "subject_line": _opening(notes),
        "spelling": _spelling(dialect),
        "candidate_name": notes.candidate.name,
        "candidate_address": _bullets(notes.candidate.address_lines()),
        "candidate_contact": ", ".join(contact) if contact else NOT_GIVEN,
        "company": notes.company,
        "role": notes.role,
        # The weekday too: `grounding` checks it, and models often get it wrong from a date.
        "interview_date": f"{notes.interview.date.isoformat()}, a {notes.interview.date:%A}",
        "interview_format": notes.interview.format or "format not given",
        "interview_stage": notes.interview.stage or "stage not given",
        "interviewer_name": person.name,
        "interviewer_title": _or_not_given(person.title),
        "salutation": person.salutation or person.name,
        "topics": _bullets(person.topics),
        "rapport": _bullets(person.rapport),
        "other_interviewers": ", ".join(others) if others else "none",
        "qualifications": _bullets(notes.qualifications),
        "highlights": _bullets(notes.highlights),
        "contribution": _or_not_given(notes.contribution),
        "follow_up": _or_not_given(notes.follow_up),
        "next_steps": _or_not_given(notes.next_steps),
        "open_to_other_roles": (
            "yes: say they would welcome being considered for other or future roles"
            if notes.open_to_other_roles
            else "not mentioned"
        ),
    }


def format_violations(violations: tuple[Violation, ...] | list[Violation]) -> str:
    """A numbered list of findings, each with the offending text and how to fix it."""
    if not violations:
        return "1. The draft was not accepted; check it against every rule of the guidance."
    lines: list[str] = []
    for number, violation in enumerate(violations, 1):
        lines.append(f"{number}. [{violation.rule}] {violation.message}")
        if violation.quote:
            lines.append(f'   Offending text: "{violation.quote}"')
        if violation.fix:
            lines.append(f"   How to fix: {violation.fix}")
    return "\n".join(lines)
