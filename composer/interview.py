"""The questions `thankyou interview` asks, and how each answer is read and checked.

Everything here talks to the person through two callables, `ask(prompt, default) -> str` and
`tell(message)`, so the flow runs the same in a terminal, from piped input and in tests. `ask`
returns the default when the answer is left empty and raises EOFError or KeyboardInterrupt when
the person stops; the answers accepted so far stay in `InterviewSession.draft`, in the shape of a
notes file, so the caller can save them.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import itertools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, TypeAdapter, ValidationError

from composer.errors import NotesError
from composer.files import FileExists, write_text_atomic
from composer.files import slug as file_slug
from composer.models import Candidate, Interview, Interviewer, Notes
from composer.notes_file import MAX_BYTES, describe_validation_error

Ask = Callable[[str, str | None], str]
Tell = Callable[[str], None]
Kind = Literal["text", "email", "date", "choice", "yesno", "list"]
KeyPath = tuple[str | int, ...]

CLEAR = "-"


class Invalid(ValueError):
    """An answer that cannot be used; the message is the short reason shown before re-asking."""


@dataclass(frozen=True)
class Question:
    """One question: where its answer goes in the notes, and how it is asked and checked."""

    key: str
    label: str
    prompt: str
    kind: Kind
    model: type[BaseModel]
    field: str
    choices: tuple[str, ...] = ()
    default: str | None = None

    def path(self, index: int | None = None) -> KeyPath:
        """Where the answer lives in the notes data (interviewer questions need their index)."""
        parts: KeyPath = tuple(self.key.split("."))
        return parts if index is None else ("interviewers", index, *parts)

    def label_for(self, index: int | None = None) -> str:
        """The label in the summary, e.g. "interviewer 2 email"."""
        return self.label if index is None else f"interviewer {index + 1} {self.label}"


_LIST_HINT = "one per line; an empty line ends the list"

ABOUT_YOU = (
    Question("candidate.name", "your name", "Your full name, as you sign letters", "text",
             Candidate, "name"),
    Question("candidate.email", "your email", "Your email (optional)", "email", Candidate, "email"),
    Question("candidate.phone", "your phone", "Your phone (optional)", "text", Candidate, "phone"),
    Question("company", "company", "Company", "text", Notes, "company"),
    Question("role", "role", "Role you interviewed for", "text", Notes, "role"),
    Question("interview.date", "date", "Interview date (today, yesterday or YYYY-MM-DD)", "date",
             Interview, "date"),
    Question("interview.format", "format",
             "Format (phone, video, onsite, panel, other; optional)", "choice", Interview,
             "format", choices=("phone", "video", "onsite", "panel", "other")),
    Question("interview.stage", "stage", "Stage, e.g. second round (optional)", "text",
             Interview, "stage"),
)  # fmt: skip

ABOUT_INTERVIEWER = (
    Question("name", "name", "Their full name, spelled exactly", "text", Interviewer, "name"),
    Question("title", "title", "Their job title (optional)", "text", Interviewer, "title"),
    Question("email", "email", "Their email (optional)", "email", Interviewer, "email"),
    Question("salutation", "salutation",
             "How should the letter address them? e.g. Ms. Whitfield or Dana (optional)", "text",
             Interviewer, "salutation"),
    Question("topics", "topics", f"What did you talk about with them? ({_LIST_HINT})", "list",
             Interviewer, "topics"),
    Question("rapport", "personal",
             "Anything personal they mentioned that you can genuinely refer to, like a trip or a "
             f"film? Only if it is true. ({_LIST_HINT})", "list", Interviewer, "rapport"),
)  # fmt: skip

ABOUT_THE_REST = (
    Question("qualifications", "qualifications",
             f"Qualifications to remind them of ({_LIST_HINT})", "list", Notes, "qualifications"),
    Question("highlights", "highlights",
             f"Your strongest points in the interview ({_LIST_HINT})", "list", Notes, "highlights"),
    Question("contribution", "what you'd bring", "What would you bring to the role? (optional)",
             "text", Notes, "contribution"),
    Question("follow_up", "to clarify",
             "Anything to clarify or add after the interview? (optional)", "text", Notes,
             "follow_up"),
    Question("next_steps", "next steps",
             "Next steps they gave you, e.g. a decision by Friday (optional)", "text", Notes,
             "next_steps"),
    Question("open_to_other_roles", "open to other roles",
             "Would you welcome being considered for other roles there? (yes/no)", "yesno", Notes,
             "open_to_other_roles", default="no"),
    Question("tone", "tone", "Tone (warm, formal, concise)", "choice", Notes, "tone",
             choices=("warm", "formal", "concise"), default="warm"),
    Question("channel", "channel", "Send it as (email, letter)", "choice", Notes, "channel",
             choices=("email", "letter"), default="email"),
)  # fmt: skip

_REMOVE = r"(?:remove|drop|delete)\s+(?:interviewer\s+)?([0-9]+)"

_ALIASES = {
    "name": "your name",
    "email": "your email",
    "phone": "your phone",
    "interview date": "date",
    "contribution": "what you'd bring",
    "clarify": "to clarify",
    "follow up": "to clarify",
    "follow_up": "to clarify",
    "next_steps": "next steps",
    "rapport": "personal",
    "open_to_other_roles": "open to other roles",
    "other roles": "open to other roles",
}


@functools.cache
def _adapter(model: type[BaseModel], field: str) -> TypeAdapter[Any]:
    """The validator of one model field, with the same rules as the notes file."""
    return TypeAdapter(model.model_fields[field].rebuild_annotation())


def _reason(exc: ValidationError) -> str:
    error = exc.errors(include_url=False)[0]
    message = str(error["msg"])
    if error["type"] == "missing":
        return "an answer is needed here"
    if "email" in message.lower():
        detail = message.split(": ", 1)[-1]
        return f"that is not an email address ({detail})"
    return message


def parse_date(text: str, today: dt.date) -> dt.date:
    """Read "today", "yesterday" or an ISO date; a date after `today` is refused."""
    word = text.strip().casefold()
    if word == "today":
        return today
    if word == "yesterday":
        return today - dt.timedelta(days=1)
    try:
        day = dt.date.fromisoformat(word)
    except ValueError:
        raise Invalid(
            f"{text.strip()!r} is not a date; type today, yesterday or a date like "
            f"{today.isoformat()}"
        ) from None
    if day > today:
        raise Invalid(f"{day.isoformat()} is in the future; give the day the interview took place")
    return day


def parse_choice(text: str, choices: tuple[str, ...]) -> str:
    """One of `choices`, by its name or the start of it, case ignored."""
    word = text.strip().casefold()
    if word in choices:
        return word
    matches = [choice for choice in choices if choice.startswith(word)]
    if word and len(matches) == 1:
        return matches[0]
    raise Invalid(f"{text.strip()!r} is not one of the choices; type one of: {', '.join(choices)}")


def parse_yes_no(text: str) -> bool:
    """True for yes, False for no (y/n, true/false accepted)."""
    word = text.strip().casefold()
    if word in {"y", "yes", "true"}:
        return True
    if word in {"n", "no", "false"}:
        return False
    raise Invalid("answer yes or no")


def parse_answer(question: Question, text: str, today: dt.date) -> Any:
    """The JSON value to store for a one-line answer, or Invalid with the reason."""
    text = text.strip()
    if text == CLEAR:
        text = ""
    if question.kind == "yesno":
        return parse_yes_no(text)
    value: Any = text
    if question.kind == "date":
        if not text:
            raise Invalid("an answer is needed here")
        value = parse_date(text, today).isoformat()
    elif question.kind == "choice" and text:
        value = parse_choice(text, question.choices)
    try:
        checked = _adapter(question.model, question.field).validate_python(value)
    except ValidationError as exc:
        raise Invalid(_reason(exc)) from None
    if isinstance(checked, dt.date):
        return checked.isoformat()
    return checked


def list_item(line: str) -> str:
    """One list entry: the line without a leading bullet."""
    return re.sub(r"^\s*(?:[-*•]\s+)", "", line).strip()


def show(value: Any) -> str:
    """A stored answer as it reads in the summary and in a prompt's [default]."""
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return str(value)


def _default_text(value: Any) -> str | None:
    if value is None or value == "" or isinstance(value, (list, dict)):
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _as_items(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item).strip() for item in value if item is not None and str(item).strip()]
    if isinstance(value, str) and value.strip():
        return [value.strip()]
    return []


class InterviewSession:
    """Asks the questions in order and keeps the answers; `run()` returns the checked notes."""

    def __init__(
        self,
        ask: Ask,
        tell: Tell,
        *,
        prefill: dict[str, Any] | None = None,
        today: dt.date | None = None,
    ) -> None:
        self.ask = ask
        self.tell = tell
        self.today = today or dt.date.today()
        self.draft: dict[str, Any] = copy.deepcopy(prefill) if prefill else {}
        self.answered = 0

    # -- reading and writing the draft -------------------------------------------------------

    def get(self, path: KeyPath) -> Any:
        """The answer stored at `path`, or None."""
        node: Any = self.draft
        for part in path:
            if isinstance(part, int):
                if not isinstance(node, list) or part >= len(node):
                    return None
                node = node[part]
            else:
                if not isinstance(node, dict):
                    return None
                node = node.get(part)
        return node

    def set(self, path: KeyPath, value: Any) -> None:
        """Store `value` at `path`, creating the objects and list slots on the way."""
        node: Any = self.draft
        for part, following in itertools.pairwise(path):
            empty: Any = [] if isinstance(following, int) else {}
            if isinstance(part, int):
                while len(node) <= part:
                    node.append({})
                if not isinstance(node[part], (dict, list)):
                    node[part] = empty
                node = node[part]
            else:
                if not isinstance(node.get(part), (dict, list)):
                    node[part] = empty
                node = node[part]
        last = path[-1]
        if isinstance(last, int):
            while len(node) <= last:
                node.append({})
        node[last] = value

    def interviewer_count(self) -> int:
        """How many interviewers the draft holds."""
        people = self.draft.get("interviewers")
        return len(people) if isinstance(people, list) else 0

    # -- asking ------------------------------------------------------------------------------

    def ask_one(self, question: Question, index: int | None = None) -> None:
        """Ask `question` until the answer is usable, then store it."""
        if question.kind == "list":
            self.ask_list(question, index)
            return
        path = question.path(index)
        current = self.get(path)
        default = _default_text(current)
        if default is None:
            default = question.default
        if question.kind == "date" and default is None:
            default = (self.today - dt.timedelta(days=1)).isoformat()
        while True:
            answer = self.ask(question.prompt, default)
            try:
                value = parse_answer(question, answer, self.today)
            except Invalid as exc:
                self.tell(f"  {str(exc).rstrip('.')}.")
                continue
            self.set(path, value)
            self.answered += 1
            return

    def ask_list(self, question: Question, index: int | None = None) -> None:
        """Ask for a list, one item per line; Enter on the first line keeps the current items."""
        path = question.path(index)
        current = _as_items(self.get(path))
        self.tell(question.prompt)
        if current:
            self.tell("  Now: " + "; ".join(current))
            self.tell(
                f"  Press Enter to keep these, type {CLEAR} to empty the list, or type new ones."
            )
        items: list[str] = []
        while True:
            line = self.ask("  > ", None)
            item = list_item(line)
            if not items and current:
                if item == "":
                    self.set(path, current)
                    break
                if line.strip() == CLEAR:
                    self.set(path, [])
                    break
            if item == "" or (not items and line.strip() == CLEAR):
                break
            items.append(item)
            self.set(path, list(items))  # kept as typed, should the person stop mid-list
        if not current or items:
            self.set(path, _adapter(question.model, question.field).validate_python(items))
        self.answered += 1

    def ask_yes_no(self, prompt: str, default: bool) -> bool:
        """A yes/no question that is not stored in the notes."""
        while True:
            answer = self.ask(prompt, "yes" if default else "no")
            try:
                return parse_yes_no(answer)
            except Invalid as exc:
                self.tell(f"  {str(exc).rstrip('.')}.")

    def ask_interviewer(self, index: int) -> None:
        """All the questions about one interviewer."""
        self.tell(f"\nInterviewer {index + 1} (each one gets a letter of their own)")
        if self.interviewer_count() <= index:
            self.set(("interviewers", index), {})
        for question in ABOUT_INTERVIEWER:
            self.ask_one(question, index)

    def ask_recall(self) -> None:
        """Qualifications and highlights: at least one of the two is needed."""
        while True:
            for question in ABOUT_THE_REST[:2]:
                self.ask_one(question)
            if self.get(("qualifications",)) or self.get(("highlights",)):
                return
            self.tell(
                "  The letter needs something to remind them of: add at least one qualification "
                "or highlight."
            )

    def run(self) -> Notes:
        """Ask everything, show the summary until the person goes on; return the notes."""
        self.tell(
            "A few questions about the interview. Press Enter to keep the answer in [brackets], "
            f"type {CLEAR} to clear it; Ctrl-C stops and saves what you have typed."
        )
        self.tell("\nAbout you and the interview")
        for question in ABOUT_YOU:
            self.ask_one(question)
        planned = max(self.interviewer_count(), 1)
        index = 0
        while True:
            self.ask_interviewer(index)
            more = self.ask_yes_no("Add another interviewer?", default=index + 1 < planned)
            if not more:
                break
            index += 1
        del self.draft["interviewers"][index + 1 :]
        self.tell("\nWhat the letters should say")
        self.ask_recall()
        for question in ABOUT_THE_REST[2:]:
            self.ask_one(question)
        return self.review()

    # -- the summary ---------------------------------------------------------------------------

    def fields(self) -> Iterator[tuple[str, Question, int | None]]:
        """Every answer in summary order: (label, question, interviewer index)."""
        for question in ABOUT_YOU:
            yield question.label, question, None
        for index in range(self.interviewer_count()):
            for question in ABOUT_INTERVIEWER:
                yield question.label_for(index), question, index
        for question in ABOUT_THE_REST:
            yield question.label, question, None

    def summary(self) -> str:
        """The answers, numbered, one per line."""
        lines = ["\nHere is what you told me:", "  About you and the interview"]
        for number, (label, question, index) in enumerate(self.fields(), start=1):
            if question.key == "name" and index is not None:
                lines.append(f"  Interviewer {index + 1}")
            elif question.key == "qualifications":
                lines.append("  What the letters should say")
            shown = question.label if index is not None else label
            lines.append(f"  {number:>4}. {shown}: {show(self.get(question.path(index)))}")
        return "\n".join(lines)

    def find(self, choice: str) -> tuple[Question, int | None] | None:
        """The field named by number, label or the start of a label."""
        fields = list(self.fields())
        wanted = " ".join(choice.casefold().replace("_", " ").split())
        if re.fullmatch(r"[0-9]+", wanted):
            number = int(wanted)
            if 1 <= number <= len(fields):
                _, question, index = fields[number - 1]
                return question, index
            return None
        wanted = _ALIASES.get(wanted, wanted)
        exact = [(q, i) for label, q, i in fields if label == wanted]
        if exact:
            return exact[0]
        if self.interviewer_count() == 1:
            alone = [(q, i) for label, q, i in fields if label == f"interviewer 1 {wanted}"]
            if alone:
                return alone[0]
        starts = [(q, i) for label, q, i in fields if label.startswith(wanted)]
        return starts[0] if len(starts) == 1 else None

    def review(self) -> Notes:
        """Show the summary and fix fields until the person goes on with valid notes."""
        while True:
            self.tell(self.summary())
            self.tell(
                "Press Enter to go on, or type a number or a name to change it (like 5, "
                '"company" or "interviewer 1 email"), "add" for another interviewer, or '
                '"remove N" to drop interviewer N.'
            )
            choice = self.ask("Change", "").strip()
            if not choice:
                notes = self.check()
                if notes is not None:
                    return notes
                continue
            if choice.casefold() in {"add", "add interviewer"}:
                self.ask_interviewer(self.interviewer_count())
                continue
            removal = re.fullmatch(
                r"(?:remove|drop|delete)\s+(?:interviewer\s+)?(\d+)", choice, re.I
            )
            if removal:
                self.remove_interviewer(int(removal.group(1)))
                continue
            found = self.find(choice)
            if found is None:
                self.tell(f"  {choice!r} is not in the list; type its number.")
                continue
            question, index = found
            if question.key in {"qualifications", "highlights"}:
                self.ask_recall()
            else:
                self.ask_one(question, index)

    def remove_interviewer(self, number: int) -> None:
        """Drop interviewer `number` (1-based); the last one stays."""
        count = self.interviewer_count()
        if not 1 <= number <= count:
            self.tell(f"  There is no interviewer {number}; there are {count}.")
        elif count == 1:
            self.tell("  The letters need at least one interviewer; change this one instead.")
        else:
            removed = self.draft["interviewers"].pop(number - 1)
            name = removed.get("name") if isinstance(removed, dict) else None
            self.tell(f"  Removed interviewer {number}{f' ({name})' if name else ''}.")

    def check(self) -> Notes | None:
        """The draft as validated notes, or None after telling what is wrong."""
        try:
            return Notes.model_validate(self.draft)
        except ValidationError as exc:
            self.tell(describe_validation_error(exc, "the answers").split("\nRun `thankyou", 1)[0])
            self.tell("Change those fields, then press Enter.")
            return None


# -- files -------------------------------------------------------------------------------------

_KNOWN: dict[str, type[BaseModel]] = {"candidate": Candidate, "interview": Interview}


def load_prefill(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Answers from a notes file, complete or partial; unknown keys are dropped and listed."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise NotesError(f"{path}: is a folder; give the path of a notes .json file.")
        if size > MAX_BYTES:
            raise NotesError(f"{path}: {size:,} bytes; a notes file is at most {MAX_BYTES:,}.")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise NotesError(f"{path}: no such file; check the path given to --from.") from None
    except UnicodeDecodeError:
        raise NotesError(f"{path}: not UTF-8 text; save it as UTF-8.") from None
    except OSError as exc:
        raise NotesError(f"{path}: cannot read it ({exc.strerror}).") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotesError(
            f"{path}: line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})."
        ) from None
    if not isinstance(data, dict):
        raise NotesError(f"{path}: expected one JSON object {{...}} of notes.")
    dropped: list[str] = []
    clean = _known_only(data, Notes, "", dropped)
    return clean, dropped


def _known_only(
    data: dict[str, Any], model: type[BaseModel], where: str, dropped: list[str]
) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{where}{key}"
        if key not in model.model_fields:
            dropped.append(name)
        elif key in _KNOWN and isinstance(value, dict):
            clean[key] = _known_only(value, _KNOWN[key], f"{name}.", dropped)
        elif key == "interviewers" and isinstance(value, list):
            clean[key] = [
                _known_only(person, Interviewer, f"{name}[{number}].", dropped)
                for number, person in enumerate(value)
                if isinstance(person, dict)
            ]
        else:
            clean[key] = value
    return clean


def slug(text: str) -> str:
    """A file-name-safe lower-case ASCII form: "Brightline Health" -> "brightline-health".

    The same as the letters' file names, so "Ørsted" is "orsted", not "rsted"; "" when nothing
    is left.
    """
    return file_slug(text, fallback="")


def default_notes_path(data: dict[str, Any], *, partial: bool = False) -> Path:
    """`<company>-<date>.json` in the current folder (".partial.json" for unfinished answers)."""
    company = data.get("company")
    parts = [slug(company) if isinstance(company, str) else ""]
    interview = data.get("interview")
    day = interview.get("date") if isinstance(interview, dict) else None
    if isinstance(day, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        parts.append(day)
    stem = "-".join(part for part in parts if part) or "interview-notes"
    return Path(f"{stem}.partial.json" if partial else f"{stem}.json")


def _numbered(path: Path, number: int) -> Path:
    if number == 1:
        return path
    name = path.name
    for ending in (".partial.json", ".json"):
        if name.endswith(ending):
            return path.with_name(f"{name[: -len(ending)]}-{number}{ending}")
    return path.with_name(f"{name}-{number}")


def save_new(path: Path, text: str, *, attempts: int = 1000) -> Path:
    """Write `text` to `path`, or to `path-2`, `path-3`... if taken; return the path written."""
    for number in range(1, attempts + 1):
        candidate = _numbered(path, number)
        try:
            write_text_atomic(candidate, text)
        except FileExists:
            continue
        return candidate
    raise FileExists(str(path))


def notes_json(notes: Notes) -> str:
    """Notes as the JSON text of a notes file."""
    return json.dumps(notes.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def draft_json(draft: dict[str, Any]) -> str:
    """Unfinished answers as JSON text in the notes shape."""
    return json.dumps(draft, indent=2, ensure_ascii=False, default=str) + "\n"
