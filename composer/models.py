"""The facts of one interview: the notes a letter is written from."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    EmailStr,
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError

from composer.errors import UNSAFE_CHARACTERS, InputError

InterviewFormat = Literal["phone", "video", "onsite", "panel", "other"]
Tone = Literal["warm", "formal", "concise"]
Channel = Literal["email", "letter", "linkedin"]
# The character limits a LinkedIn note may be held to: below the lower one no thanks fits.
MAX_CHARS_RANGE = (100, 2000)


def _strip(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    bad = UNSAFE_CHARACTERS.search(value)
    if bad is not None:
        char = bad.group()
        kind = "a bidirectional override" if char >= "\u202a" else "a control character"
        raise PydanticCustomError(
            "unsafe_character",
            "contains {kind} (U+{code}) at character {position}; delete it (it is invisible "
            "in most editors, and a letter must not carry it)",
            {"kind": kind, "code": f"{ord(char):04X}", "position": bad.start() + 1},
        )
    return value.strip()


def _required_text(value: Any) -> Any:
    value = _strip(value)
    if value == "":
        raise PydanticCustomError("missing", "field required (it is empty)")
    return value


def _optional_text(value: Any) -> Any:
    value = _strip(value)
    return None if value == "" else value


def _text_list(value: Any) -> Any:
    """Strip every item of a list of strings and drop the empty ones."""
    if value is None:
        return []
    if isinstance(value, str):
        raise PydanticCustomError(
            "list_type", "expected a list of strings, one item each, not a single string"
        )
    if isinstance(value, list):
        cleaned = [_strip(item) for item in value]
        return [item for item in cleaned if item != ""]
    return value


def _single_spaced(value: Any) -> Any:
    """Collapse runs of white space inside a name: "Dana  Whitfield" is "Dana Whitfield"."""
    return " ".join(value.split()) if isinstance(value, str) else value


# Name particles that stay lower case inside a name given its capitals: "ludwig van beethoven".
_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la"}
)


def _capitalised(value: Any) -> Any:
    """A person's name typed all in lower case, as notes often are, with its capitals: "bev
    hollins" is "Bev Hollins", "o'neill" "O'Neill". A name with any capital in it is kept as
    typed: "McAllister" or "bell hooks" must be typed as they are spelled."""
    if not isinstance(value, str) or value != value.lower() or value == value.upper():
        return value
    # "ma'am josie": a capital after an apostrophe only for a one-letter prefix ("O'Neill")
    titled = re.sub(r"(?<=\w\w)(['’])(\w)", lambda m: m[1] + m[2].lower(), value.title())
    words = [w[:2] + w[2:].capitalize() if w[:2] == "Mc" else w for w in titled.split()]
    return " ".join(  # "ciaran mcgrath" is "Ciaran McGrath" ("Mac" names differ: "Macey")
        word.lower() if index and word.lower() in _PARTICLES else word
        for index, word in enumerate(words)
    )


Text = Annotated[str, BeforeValidator(_required_text)]
Name = Annotated[str, BeforeValidator(_required_text), BeforeValidator(_single_spaced)]
PersonName = Annotated[
    str,
    AfterValidator(_capitalised),
    BeforeValidator(_required_text),
    BeforeValidator(_single_spaced),
]
OptionalName = Annotated[
    str | None, BeforeValidator(_optional_text), BeforeValidator(_single_spaced)
]
OptionalPersonName = Annotated[
    str | None,
    AfterValidator(_capitalised),
    BeforeValidator(_optional_text),
    BeforeValidator(_single_spaced),
]
OptionalText = Annotated[str | None, BeforeValidator(_optional_text)]
OptionalEmail = Annotated[EmailStr | None, BeforeValidator(_optional_text)]
TextList = Annotated[list[Text], BeforeValidator(_text_list)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Candidate(_Model):
    """The person who was interviewed and signs the letter."""

    name: PersonName = Field(description="Full name, as it should appear under the letter.")
    email: OptionalEmail = None
    phone: OptionalText = None
    address: OptionalText = Field(
        default=None,
        description=(
            "Postal address, free text, for the letterhead of a printed letter; separate its "
            'lines with "\\n" or commas, e.g. "14 Harbour View\\nDun Laoghaire".'
        ),
    )

    def address_lines(self) -> list[str]:
        """The postal address as letterhead lines: its own lines, else its comma-separated parts."""
        if not self.address:
            return []
        lines = self.address.splitlines() if "\n" in self.address else self.address.split(",")
        return [line.strip() for line in lines if line.strip()]


class Interview(_Model):
    """When and how the interview took place."""

    date: dt.date = Field(description="Day of the interview, ISO format YYYY-MM-DD.")
    format: Annotated[InterviewFormat | None, BeforeValidator(_optional_text)] = None
    stage: OptionalText = Field(default=None, description='For example "second round".')

    @field_validator("date")
    @classmethod
    def _has_a_next_day(cls, value: dt.date) -> dt.date:
        if value >= dt.date.max:  # the letter goes out the day after, and there is none
            raise PydanticCustomError(
                "date_too_late",
                "{date} is the last day a calendar holds, so there is no day after it to send "
                "the letter; check the year",
                {"date": value.isoformat()},
            )
        return value


class Interviewer(_Model):
    """One person who interviewed the candidate; each gets a letter of their own."""

    name: PersonName = Field(
        description="Full name, spelled exactly (typed all in lower case, it is given capitals)."
    )
    title: OptionalName = None
    email: OptionalEmail = None
    salutation: OptionalPersonName = Field(
        default=None, description='How to address them, e.g. "Ms. Whitfield" or "Dana".'
    )
    topics: TextList = Field(default_factory=list, description="What this interviewer discussed.")
    rapport: TextList = Field(
        default_factory=list,
        description="Personal things they mentioned that the candidate can genuinely refer to.",
    )


class Coordinator(_Model):
    """Who arranged a large panel: one letter to them can thank everyone on it."""

    name: PersonName = Field(
        description="Full name, spelled exactly (typed all in lower case, it is given capitals)."
    )
    title: OptionalName = None
    email: OptionalEmail = None
    salutation: OptionalPersonName = Field(
        default=None, description='How to address them, e.g. "Mr. Okafor" or "Sam".'
    )

    def as_addressee(self) -> Interviewer:
        """The coordinator as the addressee of a letter (no topics, no personal notes)."""
        return Interviewer(
            name=self.name, title=self.title, email=self.email, salutation=self.salutation
        )


class Answered(_Model):
    """A notes line the candidate typed as an answer at `compose --ask`."""

    field: Text = Field(
        description='Where the line is in the notes: "highlights[2]", "interviewers[0].topics[1]".'
    )
    text: Text = Field(description="The line as it was typed there.")


class Notes(_Model):
    """Everything the candidate noted about one interview."""

    candidate: Candidate
    company: Name
    role: Name
    interview: Interview
    interviewers: Annotated[list[Interviewer], Field(min_length=1)]
    qualifications: TextList = Field(default_factory=list)
    highlights: TextList = Field(default_factory=list)
    contribution: OptionalText = Field(
        default=None, description="What the candidate would bring to the role."
    )
    follow_up: OptionalText = Field(
        default=None, description="Anything to clarify or add after the interview."
    )
    next_steps: OptionalText = Field(
        default=None,
        description=(
            'The timeline they were given, e.g. "a decision by December 5"; a calendar reminder '
            "(--remind) sets the check-in for the working day after the date it names."
        ),
    )
    open_to_other_roles: bool = False
    coordinator: Coordinator | None = Field(
        default=None,
        description=(
            "Who arranged the panel: with more than seven interviewers (or --coordinator) they "
            "get one letter that thanks the whole panel."
        ),
    )
    tone: Annotated[Tone, BeforeValidator(_optional_text)] = "warm"
    channel: Annotated[Channel, BeforeValidator(_optional_text)] = Field(
        default="email",
        description=(
            '"email" (with a Subject line), "letter" (printed, with a letterhead) or "linkedin" '
            "(a short note sent with a connection request, signed with the name alone)."
        ),
    )
    max_chars: int | None = Field(
        default=None,
        ge=MAX_CHARS_RANGE[0],
        le=MAX_CHARS_RANGE[1],
        description=(
            "LinkedIn notes only: the note's character limit, 200 when not given (it fits a "
            "free account); 300 for Premium."
        ),
    )

    answered: list[Answered] = Field(
        default_factory=list,
        description=(
            "Written by `compose --ask`, not by hand: the lines typed there as answers, which a "
            "letter keeps before the others. A line edited since is no longer marked."
        ),
    )

    @model_serializer(mode="wrap")
    def _answered_only_when_any(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """The notes as data; `answered` only when a line is marked, so notes without answers
        are saved as they were typed."""
        data: dict[str, Any] = handler(self)
        if not self.answered:
            data.pop("answered", None)
        return data

    @model_validator(mode="before")
    @classmethod
    def _defaults_for_blank_choices(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key in ("tone", "channel"):
                if isinstance(data.get(key), str) and not data[key].strip():
                    data = {k: v for k, v in data.items() if k != key}
        return data

    @model_validator(mode="after")
    def _limit_for_a_note(self) -> Notes:
        if self.max_chars is not None and self.channel != "linkedin":
            raise PydanticCustomError(
                "max_chars_channel",
                'max_chars is the character limit of a LinkedIn note; with channel "{channel}" '
                'remove it, or set channel to "linkedin"',
                {"channel": self.channel},
            )
        return self

    def interviewer(self, name: str) -> Interviewer:
        """The interviewer called `name` (case and spacing ignored); KeyError if none."""
        wanted = " ".join(name.split()).casefold()
        for person in self.interviewers:
            if " ".join(person.name.split()).casefold() == wanted:
                return person
        raise KeyError(name)


def with_channel(notes: Notes, channel: str | None = None, max_chars: int | None = None) -> Notes:
    """`notes` sent by `channel` (None keeps theirs) with the LinkedIn limit `max_chars`.

    InputError, naming the setting, when `max_chars` is out of range or the channel is not
    "linkedin" (a letter counts words, not characters).
    """
    if channel is None and max_chars is None:
        return notes
    wanted = channel or notes.channel
    if channel is not None and channel not in get_args(Channel):
        raise InputError(f"`channel` {channel!r}: choose one of {', '.join(get_args(Channel))}.")
    low, high = MAX_CHARS_RANGE
    if max_chars is not None:
        if wanted != "linkedin":
            raise InputError(
                f"`max_chars` is the character limit of a LinkedIn note, and these notes are "
                f'for channel "{wanted}"; drop it, or also set `channel` to "linkedin".'
            )
        if not low <= max_chars <= high:
            raise InputError(
                f"`max_chars` {max_chars}: a LinkedIn note's limit is between {low} and {high} "
                "characters (200 on a free account, 300 on Premium)."
            )
    update: dict[str, Any] = {"channel": wanted}
    if max_chars is not None:
        update["max_chars"] = max_chars
    elif wanted != "linkedin":
        update["max_chars"] = None  # a limit from the notes goes with their LinkedIn channel
    return notes.model_copy(update=update)


def require_notes(value: object, caller: str) -> None:
    """A TypeError saying what `caller` takes, unless `value` is Notes."""
    if not isinstance(value, Notes):
        raise TypeError(
            f"{caller}() expected Notes, from load_notes() or Notes.model_validate(), "
            f"not {type(value).__name__}"
        )


def text_values(value: Any) -> Iterator[str]:
    """Every string in a dumped notes document (`Notes.model_dump()`), depth first."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from text_values(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from text_values(item)
