"""The questions `thankyou interview` asks, and how each one-line answer is read and checked."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, TypeAdapter, ValidationError

from composer import regexes as re
from composer.channels import CHANNELS
from composer.models import Candidate, Coordinator, Interview, Interviewer, Notes

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
             "Your strongest points: what you did and what came of it, e.g. cut late orders from "
             f"12% to 3% ({_LIST_HINT})", "list", Notes, "highlights"),
    Question("contribution", "what you'd bring",
             "What would you bring to the role, as what you would do? e.g. set up a buddy scheme "
             "for new starters (optional)", "text", Notes, "contribution"),
    Question("follow_up", "to clarify",
             "Anything to clarify or add after the interview? Say who asked and what you would "
             "add, e.g. Dana asked about Tableau: I have used Power BI for 3 years (optional)",
             "text", Notes, "follow_up"),
    Question("next_steps", "next steps",
             "Next steps they gave you, e.g. a decision by Friday (optional)", "text", Notes,
             "next_steps"),
    Question("open_to_other_roles", "open to other roles",
             "Would you welcome being considered for other roles there? (yes/no)", "yesno", Notes,
             "open_to_other_roles", default="no"),
    Question("tone", "tone", "Tone (warm, formal, concise)", "choice", Notes, "tone",
             choices=("warm", "formal", "concise"), default="warm"),
    Question("channel", "channel", f"Send it as ({', '.join(CHANNELS)})", "choice", Notes,
             "channel", choices=tuple(CHANNELS), default="email"),
)  # fmt: skip

# Asked after a panel of more than seven: who arranged it gets one letter that thanks them all.
ABOUT_COORDINATOR = (
    Question("coordinator.name", "coordinator name",
             "The coordinator's full name, spelled exactly (optional: Enter to skip)", "text",
             Coordinator, "name"),
    Question("coordinator.title", "coordinator title", "Their job title (optional)", "text",
             Coordinator, "title"),
    Question("coordinator.email", "coordinator email", "Their email (optional)", "email",
             Coordinator, "email"),
    Question("coordinator.salutation", "coordinator salutation",
             "How should the letter address them? e.g. Mr. Okafor or Sam (optional)", "text",
             Coordinator, "salutation"),
)  # fmt: skip

_REMOVE = r"(?:remove|drop|delete)\s+(?:interviewer\s+)?([0-9]+)"

ALIASES = {
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
def field_adapter(model: type[BaseModel], field: str) -> TypeAdapter[Any]:
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
        checked = field_adapter(question.model, question.field).validate_python(value)
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


def default_text(value: Any) -> str | None:
    if value is None or value == "" or isinstance(value, (list, dict)):
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def as_items(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item).strip() for item in value if item is not None and str(item).strip()]
    if isinstance(value, str) and value.strip():
        return [value.strip()]
    return []
