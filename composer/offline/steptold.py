"""A next step typed with care as several steps, each told whole ("Ms. Hartwell said that the
final interview would be scheduled for early February, and that HR would contact me by email
within a week"), and one typed with the place it happens at ("come to workshop for trial next
wk"): said by the part that reads (session 55, reader 63's set).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from composer import regexes as re
from composer.offline.stepparts import note_parts

__all__ = ["come_for", "said_in_parts", "step_parts"]


# A report of the room before a step: "Ms. Hartwell said that", "Mrs. Urquhart indicated that",
# "Ms Vogt say" (a speaker of one to three words, a name or a pronoun)
_REPORTED = re.compile(
    r"^(?:[A-Z][\w.'’-]*|he|she|they)(?:\s+[A-Z][\w.'’-]*){0,2}\s+(?:said|says|say|indicated"
    r"|mentioned|explained|confirmed|told\s+me)\s+(?:that\s+)?"
)


def step_parts(value: str) -> list[str]:
    """A note of several steps, each part as a step of its own, with the report of the room
    and its "and that" set aside (session 55): "Ms. Hartwell said that the final interview
    would be scheduled for early February, and that HR would contact me by email within a
    week" -> [..., "HR would contact me by email within a week"]; [] for a note of one part.
    Only a part told whole, with its "will" or "would", is a step of its own."""
    parts = note_parts(value)
    if len(parts) < 2:
        return []
    parts = [_REPORTED.sub("", re.sub(r"^(?:and\s+)?that\s+", "", part)) for part in parts]
    return [p for p in parts if _WILL.search(p)]  # a step told whole: "HR would contact me"


_WILL = re.compile(r"\b(?:will|would|shall)\s+(?:be\s+)?\w+")


def said_in_parts(value: str, step: Callable[[str], str], plain: Collection[str]) -> str | None:
    """The close the first part of a note of several steps gives (`step_parts`, each read by
    `step` as a note of its own), when the note whole gives only a `plain` close; else None."""
    for part in step_parts(value):
        said = step(part)
        if said not in plain:
            return said
    return None


# "come to workshop for trial next wk": the place they come to, typed bare, and the step
_COME_FOR = re.compile(
    r"(?i)^(?:come|coming|go|going)\s+(?:to|into)\s+(?:the\s+)?(?:[a-z]+\s+)?for\s+"
    r"(?:a\s+|the\s+)?(?P<step>\S.*)$"
)


def come_for(value: str) -> str:
    """ "come to workshop for trial next wk" -> "trial next wk": the step, its place set aside
    (typed bare, it cannot be said); a note of no such shape as typed (session 55)."""
    found = _COME_FOR.match(value.strip())
    return found["step"] if found else value
