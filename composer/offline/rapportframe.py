"""A personal note typed inside a report of the room ("He mentioned that his daughter will play
her first solo recital at the Musikverein in January."), read again without the report, its
future said as the present that the readers of events know ("his daughter plays her first solo
recital ..."), when the note as typed gives no line (session 54).

Careful writers type what the interviewer told them as what they told: "Mr. Carrick mentioned
that ...", "She told me her son ...". Only a report whose clause opens on the reader's own
("his", "her", "their", "he", "she") is read again; the speaker is the reader, so the clause's
"his" is theirs, as the readers of personal notes take it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from composer import regexes as re
from composer.offline import headread, lexicon, rapportcareful
from composer.offline.rapportpatterns import SAD
from composer.offline.topicreported import is_speaker

__all__ = ["UNADDRESSED", "reframed", "unframed"]

_Line = TypeVar("_Line")

_FRAME = re.compile(
    r"^(?P<who>he|she|they|(?-i:(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))"
    r"\s+(?:also\s+)?(?:mentioned|told\s+me|said|explained)\s+(?:that\s+)?"
    r"(?=(?:his|her|their|he|she|they)\b)",
    re.IGNORECASE,
)
# "his daughter will play": a relative's event ahead, said in the present ("plays")
_WILL = re.compile(r"^(?P<who>(?:his|her|their)\s+[a-z]+)\s+will\s+(?P<verb>[a-z]+)\b")

# "She will be presenting at ...": no report before it, their own event ahead.
_OWN_WILL = re.compile(
    r"^(?P<who>He|She|They|he|she|they)\s+will\s+(?:be\s+(?=[a-z]+ing\b)"
    r"|(?P<verb>present|speak|perform|compete|race|run|exhibit|sing|play)\b)"
)


def unframed(note: str) -> str:
    """The note without a report of the room before it, its relative's "will" in the present;
    the note as typed when it has no such report."""
    text = " ".join(note.split())
    found = _FRAME.match(text)
    if found is None:  # "She will be presenting at ...": their event ahead, in the present
        own = _OWN_WILL.match(text)
        if own is None:
            return note
        be = "are" if own["who"].lower() == "they" else "is"
        rest = text[own.end() :]
        if own["verb"]:  # "He will present at the ERAD conference": "He is presenting at"
            rest = lexicon.verb_forms(own["verb"]).get("VBG", own["verb"]) + rest
        return f"{own['who']} {be} {rest}"
    if found["who"].lower() not in ("he", "she", "they") and not is_speaker(found["who"]):
        return note  # "Training said ...": no speaker
    text = text[found.end() :]
    will = _WILL.match(text)
    if will and lexicon.is_base_verb(will["verb"]):
        third = lexicon.verb_forms(will["verb"]).get("VBZ", "")
        text = f"{will['who']} {third}{text[will.end() :]}" if third else text
    return text


# What the two found out in the room, before the clause of what they share.
_FOUND_OUT = re.compile(
    r"^(?:We|we|I|i|(?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and I) "
    r"(?:discovered|found out|found|realised|realized|learned|learnt) that (?=we\b)"
)


def reframed(read: Callable[..., _Line]) -> Callable[..., _Line]:
    """A reader of personal notes that reads a note typed as a report of the room again
    without it (`unframed`) when the note as typed gives no line; then, when no line is read
    and the note is no sad or private matter, by its head (`headread.heads`, session 55): "She
    will be sailing in the Orust Runt race next summer, which I have sailed twice." -> "Good
    luck with the Orust Runt race next summer."; never past a tail that turns it ("but ...")."""

    @functools.wraps(read)
    def reader(note: str, *args: Any, **options: Any) -> _Line:
        note = _FOUND_OUT.sub("", note)  # "We discovered that we wintered ...": the "we" clause
        said = read(note, *args, **options)
        if getattr(said, "text", None):
            return said
        plain = unframed(note)
        again = read(plain, *args, **options) if plain != note else said
        if getattr(again, "text", None):
            return again
        said = _by_head(read, plain, said, options)
        return said if getattr(said, "text", None) else _careful(read, note, said, options)

    return reader


def _by_head(read: Callable[..., _Line], note: str, said: _Line, options: Any) -> _Line:
    """The line its longest head gives, when the note could not be said to them; else `said`."""
    return _by_parts(read, note, said, options, lambda: headread.heads(note, _TURNS))


def _careful(read: Callable[..., _Line], note: str, said: _Line, options: Any) -> _Line:
    """The line a careful sentence of two or three things gives by its plain readings
    (`rapportcareful.readings`, each also without its report of the room), when the note could
    not be said to them; else `said`."""

    def plain() -> Iterable[str]:
        for each in rapportcareful.readings(note):
            yield from dict.fromkeys([each, unframed(each)])

    return _by_parts(read, note, said, options, plain)


def _by_parts(
    read: Callable[..., _Line],
    note: str,
    said: _Line,
    options: Any,
    parts: Callable[[], Iterable[str]],
) -> _Line:
    """The line the first of a note's `parts` gives, when the note could not be said to them
    and is no private or sad matter (never read by its parts); else `said`."""
    if getattr(said, "skipped", None) != UNADDRESSED or SAD.search(note):
        return said
    for part in parts():
        again = read(part, **options)
        if getattr(again, "text", None):
            return again
    return said


UNADDRESSED = "it could not be turned into a line addressed to them"
# a tail that turns the note: it may not happen, or it is not theirs
_TURNS = re.compile(r"(?i)\b(?:but|not|cancel\w*|postpon\w*|maybe|might|if|unless)\b|\?")
