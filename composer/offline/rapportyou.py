"""A personal line said to its reader: what the note says of them by "he" or "she" said as "you"
("...; he was in Unity Hall" -> "...; you were in Unity Hall"), and a book the candidate said
they already have never one they "look forward to reading" (round 23's readers 215 and 217).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.pronouns import AGREED
from composer.offline.rapportpatterns import RELATIVES

__all__ = ["said_to_them", "to_them"]

_Line = TypeVar("_Line")

# Kin or others a note may speak of by "he" or "she": then the pronoun is not the reader's.
_OTHERS = re.compile(rf"(?i)\b(?:{RELATIVES}|kid|boy|girl|friend|colleague|dog|cat|horse)\b")


def to_them(note: str, text: str) -> str:
    """The line with what the note says of the reader by "he" or "she" said to them: "...; he
    was in Unity Hall" -> "...; you were in Unity Hall", "; he will be presenting there" ->
    ", where you will be presenting"; a book the candidate already has is not one to read."""
    if re.search(r"(?i)\balready\s+(?:have|own|read|got)\b", note):
        text = re.sub(
            r";\s*I (?:look forward to reading|plan to read|will read) it(?: soon)?(?=\.)", "", text
        )
    if _OTHERS.search(text):
        return text
    text = re.sub(r"; (?:he|she) will be (\w+) there\b", r", where you will be \1", text)
    # ". He skied the Finlandia-hiihto this February": a sentence of theirs, in the past
    text = re.sub(
        r"(?<=[.;] )(?:He|She) (?=([a-z]+)\b)",
        lambda m: "You " if lexicon.is_past(m[1]) else m[0],
        text,
    )
    # "You said she taught there for one year." (round 60, h1556): the one who said it, "you"
    text = re.sub(
        r"\b(You (?:said|told me|mentioned)(?: that)?) (?:he|she) (?=([a-z]+)\b)",
        lambda m: f"{m[1]} you " if lexicon.is_past(m[2]) else m[0],
        text,
    )
    # "...; she finished some years before my master's" (round 52, h1436): theirs, in the past
    text = re.sub(
        r"(?<=; )(?:he|she) (?=([a-z]+)\b)",
        lambda m: "you " if lexicon.is_past(m[1]) and m[1] not in ("was", "had") else m[0],
        text,
    )
    # "You skied X this February and recommended Y.": their tip thanked, not told back
    text = re.sub(
        r"(?<=[.;] )You (?:[^.;]*? and )?(?:recommended|suggested) (?P<what>[^.;]+)\.",
        lambda m: f"Thank you for recommending {m['what']}.",
        text,
    )
    return re.sub(
        r"\b(?:he|she) (was|is|has|had|will)\b", lambda m: f"you {AGREED.get(m[1], m[1])}", text
    )


def said_to_them(read: Callable[..., _Line]) -> Callable[..., _Line]:
    """`rapport.rapport_line` with its line said to the reader (`to_them`), judged against the
    note as typed."""

    @functools.wraps(read)
    def reader(note: str, *args: Any, **options: Any) -> _Line:
        said = read(note, *args, **options)
        text = getattr(said, "text", None)
        if not text:
            return said
        return dataclasses.replace(said, text=to_them(note, text))  # type: ignore[type-var]

    return reader
