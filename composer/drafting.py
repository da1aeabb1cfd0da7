"""What the compose loop asks of a backend (`DraftRequest`) and what it gets back (`Draft`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from composer.models import Interviewer, Notes
from composer.rules.report import Report, Violation

__all__ = ["Adjustment", "Draft", "DraftRequest", "Revision", "Unsure", "Usage"]


@dataclass(frozen=True)
class Usage:
    """Tokens spent, summed over calls."""

    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
        )

    def as_dict(self) -> dict[str, int]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
        }


@dataclass(frozen=True)
class Adjustment:
    """What the offline writer changes itself when it rewrites a letter on request.

    `most_words` lowers its word ceiling (optional sentences go first, in the phrasebook's drop
    order, never below the channel's floor) and `least_words` raises its floor; `more` gives
    room for one more topic and one more of the candidate's points; `lead` is a qualification
    or highlight, as the notes write it, that the letter carries first; `topic` a topic the letter
    names first even with nothing of the candidate's tied to it. Tone and the personal
    line are the notes' own knobs (`tone`, an interviewer's `rapport`), so they are changed in
    the notes, not here. A note counted in characters (a LinkedIn note) takes `most_chars` and
    `least_chars` instead of the word bounds; its channel's limit holds whatever they say.
    """

    most_words: int | None = None
    least_words: int | None = None
    more: bool = False
    lead: str | None = None
    topic: str | None = None  # a topic of the reader's, as the notes write it, asked to be named
    most_chars: int | None = None
    least_chars: int | None = None


@dataclass(frozen=True)
class Revision:
    """A change asked for: the letter as it stands and the user's instruction, in their words.

    A model rewrites the letter from both; the offline writer cannot read an instruction and
    writes the letter again with `adjust` instead.
    """

    letter: str
    instruction: str
    adjust: Adjustment = field(default_factory=Adjustment)


@dataclass(frozen=True)
class DraftRequest:
    """Ask for one letter to one interviewer; on a re-ask, the last draft and what was wrong.

    `dialect` ("british", "american", ...) is the spelling the user chose; None accepts any.
    `today` is the day the letter goes out when that is later than the day after the interview
    (the letter then names the interview's weekday instead of "yesterday").
    `coordinator` asks for the one letter to the panel's coordinator (then `interviewer` is the
    coordinator as addressee): it thanks and names the whole panel.
    `revision`, when given, asks for that letter changed as instructed instead of a new one.
    """

    notes: Notes
    interviewer: Interviewer
    attempt: int = 1
    previous: str | None = None
    violations: tuple[Violation, ...] = field(default_factory=tuple)
    dialect: str | None = None
    today: dt.date | None = None
    coordinator: bool = False
    revision: Revision | None = None


@dataclass(frozen=True)
class Unsure:
    """A sentence of a draft the backend is least sure of, with the notes line it said and why:
    `compose --ask` shows it and asks whether to keep it, reword it or drop it."""

    sentence: str
    field: str  # the line's place in the notes: "highlights[1]", "interviewers[0].topics[0]"
    line: str
    why: str
    weight: int = 1  # how unsure: more is less sure


@dataclass(frozen=True)
class Draft:
    """The full text of one draft (with its `Subject:` line for email) and what it cost.

    `notices` are lines for the report about how the draft was written (a note left out).
    `findings` are what the backend itself found wrong with the draft (a credential it removed,
    say); they join the rules' report.
    """

    text: str
    usage: Usage = field(default_factory=Usage)
    calls: int = 0
    notices: tuple[str, ...] = ()
    findings: tuple[Violation, ...] = ()
    # Rules whose warning a notice already answers ("personal-touch" when the notice says why
    # the personal note was left out): the report does not say it twice.
    explained: tuple[str, ...] = ()
    # The rules' report of `text` for the request's interviewer (`check_letter` without prompts,
    # proofreading or dialect), when the backend checked its own draft: not checked again.
    checked: Report | None = None
    # The sentences the backend is least sure of, least sure first (the offline writer's).
    unsure: tuple[Unsure, ...] = ()
