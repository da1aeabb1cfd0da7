"""The channels a letter goes out by, and what each asks of the letter.

One `ChannelSpec` per channel holds every fact about it that the rules, the offline writer and the
prompts use: how long the letter is and in which unit (words, the Subject line not counted, or
characters), the range to aim for, whether it has a Subject line or a letterhead, how it is
signed and which of the letter's usual parts it has room for. Sign-off words depend on the tone,
not the channel. Code asks the spec (`spec.length_unit`, `spec.signoff_line`), never the name.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal, Protocol

__all__ = [
    "CHANNELS",
    "EMAIL",
    "LETTER",
    "LINKEDIN",
    "ChannelSpec",
    "channel_spec",
    "spec_for",
]

LengthUnit = Literal["words", "characters"]


@dataclass(frozen=True)
class ChannelSpec:
    """What one channel asks of a letter."""

    name: str  # the notes' `channel` value
    label: str  # how prose names it: "email", "printed letter"
    article: str  # "an email", "a printed letter"
    min_length: int  # shorter reads as uninterested (in `length_unit`)
    max_length: int  # longer is not read, or does not fit (in `length_unit`)
    target: tuple[int, int]  # the range a writer aims for (in `length_unit`)
    has_subject: bool  # starts with "Subject: ..."
    has_letterhead: bool  # starts with sender, date and recipient blocks
    # How many things to say to one reader (topics, points, contribution, follow-up) put the
    # minimum length within honest reach; fewer make "thin notes", where a short letter of
    # `thin_floor` or more is only a warning.
    substance: int
    subject_max_chars: int = 80
    thin_floor: int = 60
    length_unit: LengthUnit = "words"
    # True: a sign-off line ("Best regards,") and the full name under it. False: the note ends
    # with the candidate's name alone (a sign-off line is allowed, not asked for).
    signoff_line: bool = True
    # The notes fields one of which the letter must recall (the `qualifications` rule), and
    # how the rule names them.
    recall: tuple[str, ...] = ("qualifications", "highlights")
    recall_label: str = "any of your qualifications or highlights"
    recall_words: int = 2  # content words of an entry the letter must echo to recall it
    other_roles: bool = True  # room to welcome other roles when the notes say so
    personal_touch: bool = True  # room for a line about a personal note
    short_note: bool = False  # one short paragraph, the offline writer's note form
    as_email: bool = True  # can go out as an .eml draft (a LinkedIn note is pasted on the site)
    # The setting that moves `max_length` (`max_chars` for a LinkedIn note), or None.
    max_setting: str | None = None

    @property
    def bounds(self) -> str:
        """The allowed length as prose writes it: "80-250 words", "at most 200 characters"."""
        if self.length_unit == "characters":
            return f"at most {self.max_length} characters"
        return f"{self.min_length}-{self.max_length} words"

    # The word-count names of the bounds, for the channels counted in words.
    @property
    def min_words(self) -> int:
        return self._words(self.min_length)

    @property
    def max_words(self) -> int:
        return self._words(self.max_length)

    @property
    def target_words(self) -> tuple[int, int]:
        return self._words(self.target[0]), self._words(self.target[1])

    @property
    def thin_floor_words(self) -> int:
        return self._words(self.thin_floor)

    def _words(self, value: int) -> int:
        if self.length_unit != "words":
            raise ValueError(f"{self.label} is counted in {self.length_unit}, not words")
        return value

    def with_max(self, max_length: int | None) -> ChannelSpec:
        """This spec with the upper bound `max_length` (None keeps it); the target follows."""
        if max_length is None or max_length == self.max_length:
            return self
        low, high = self.target
        scale = max_length / self.max_length
        target = (min(round(low * scale), max_length), min(round(high * scale), max_length))
        return dataclasses.replace(
            self,
            max_length=max_length,
            min_length=min(self.min_length, max_length),
            target=target,
        )


EMAIL = ChannelSpec(
    name="email",
    label="email",
    article="an email",
    min_length=80,
    max_length=250,
    target=(120, 220),
    has_subject=True,
    has_letterhead=False,
    substance=3,
)
LETTER = ChannelSpec(
    name="letter",
    label="printed letter",
    article="a printed letter",
    min_length=150,
    max_length=400,
    target=(200, 350),
    has_subject=False,
    has_letterhead=True,
    substance=7,
)
# A note sent with a LinkedIn connection request: the site cuts it at 200 characters on a free
# account and 300 on Premium, so 200 fits every account. Line breaks count as characters.
LINKEDIN = ChannelSpec(
    name="linkedin",
    label="LinkedIn connection note",
    article="a LinkedIn connection note",
    min_length=60,
    max_length=200,
    target=(120, 180),
    has_subject=False,
    has_letterhead=False,
    substance=1,
    thin_floor=60,
    length_unit="characters",
    signoff_line=False,
    recall=("topics", "rapport", "qualifications", "highlights", "contribution"),
    recall_label="a point of your conversation",
    recall_words=1,
    other_roles=False,
    personal_touch=False,
    short_note=True,
    as_email=False,
    max_setting="max_chars",
)
CHANNELS: dict[str, ChannelSpec] = {spec.name: spec for spec in (EMAIL, LETTER, LINKEDIN)}


class _HasChannel(Protocol):
    @property
    def channel(self) -> str: ...

    @property
    def max_chars(self) -> int | None: ...


def channel_spec(name: str) -> ChannelSpec:
    """The spec of channel `name` ("email", "letter", "linkedin"); KeyError names the known ones."""
    try:
        return CHANNELS[name]
    except KeyError:
        raise KeyError(f"unknown channel {name!r}; known: {', '.join(CHANNELS)}") from None


def spec_for(notes: _HasChannel) -> ChannelSpec:
    """The spec of the notes' channel with the notes' own limit (`max_chars`) applied."""
    spec = channel_spec(notes.channel)
    return spec.with_max(notes.max_chars) if spec.max_setting else spec
