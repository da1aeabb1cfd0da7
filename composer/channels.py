"""The channels a letter goes out by, and what each asks of the letter.

One `ChannelSpec` per channel holds every fact about it that the rules, the offline writer and the
prompts use: how long the letter is (in words, the Subject line not counted), the range to aim for,
and whether it has a Subject line or a letterhead. Sign-offs depend on the tone, not the channel.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["CHANNELS", "EMAIL", "LETTER", "ChannelSpec", "channel_spec"]


@dataclass(frozen=True)
class ChannelSpec:
    """What one channel asks of a letter."""

    name: str  # the notes' `channel` value
    label: str  # how prose names it: "email", "printed letter"
    article: str  # "an email", "a printed letter"
    min_words: int  # fewer reads as uninterested
    max_words: int  # more is not read
    target_words: tuple[int, int]  # the range a writer aims for
    has_subject: bool  # starts with "Subject: ..."
    has_letterhead: bool  # starts with sender, date and recipient blocks
    # How many things to say to one reader (topics, points, contribution, follow-up) put the
    # minimum length within honest reach; fewer make "thin notes", where a short letter of
    # `thin_floor_words` or more is only a warning.
    substance: int
    subject_max_chars: int = 80
    thin_floor_words: int = 60
    length_unit: Literal["words"] = "words"

    @property
    def bounds(self) -> str:
        """The allowed length as prose writes it: "80-250"."""
        return f"{self.min_words}-{self.max_words}"


EMAIL = ChannelSpec(
    name="email",
    label="email",
    article="an email",
    min_words=80,
    max_words=250,
    target_words=(120, 220),
    has_subject=True,
    has_letterhead=False,
    substance=3,
)
LETTER = ChannelSpec(
    name="letter",
    label="printed letter",
    article="a printed letter",
    min_words=150,
    max_words=400,
    target_words=(200, 350),
    has_subject=False,
    has_letterhead=True,
    substance=7,
)
CHANNELS: dict[str, ChannelSpec] = {spec.name: spec for spec in (EMAIL, LETTER)}


def channel_spec(name: str) -> ChannelSpec:
    """The spec of channel `name` ("email" or "letter"); KeyError names the known ones."""
    try:
        return CHANNELS[name]
    except KeyError:
        raise KeyError(f"unknown channel {name!r}; known: {', '.join(CHANNELS)}") from None
