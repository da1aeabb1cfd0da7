"""A personal line the letter's last gate would stop, said without the detail that stops it.

Every sentence a letter says from the notes passes the last gate (`flagged.stopped`): one with a
note's word ("the A321XLR diff course") or a lower-case word no English table knows ("keirin")
is left out of the letter. A trip's purpose is a detail the wish can do without: "he's flying to
Toulouse next wk for the A321XLR diff course" is wished well as "I hope your trip to Toulouse
next week goes well", and "off to japan in feb to see keirin racing" as "... to Japan in
February ...". When the line is stopped for a word outside the purpose, or the note has none,
the line stays as it is, and the gate leaves it out and asks for it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from composer import regexes as re
from composer.offline.lastgate import last_gate


class _Line(Protocol):
    @property
    def text(self) -> str | None: ...


T = TypeVar("T", bound=_Line)  # a personal line (`rapport.RapportLine`)

# What a trip is for, at the end of the note: "for the A321XLR diff course", "to see keirin
# racing", "to visit her sister", "for a residency".
_PURPOSE = re.compile(
    r"(?i)\s+(?:for\s+(?:the|a|an|his|her|their)\b|to\s+(?:see|watch|visit|attend|do|catch"
    r"|join|meet|run|ride|race|ski|hike|walk|climb|dive|sail|surf|judge|teach|speak|study"
    r"|learn|take)\b)[^,;]*$"
)
# A trip said with its time, before the purpose: "flying to", "off to", "heading to", "going to".
_TRIP = re.compile(r"(?i)\b(?:flying|off|heading|headed|going|travell?ing|back)\s+to\s+[A-Za-z]")


def stopped(text: str) -> bool:
    """True when the letter's last gate would leave `text` out (`lastgate.last_gate`, with no
    trusted words)."""
    return bool(last_gate(text))


def gated(note: str, said: T, say: Callable[[str], T]) -> T:
    """`said` (the line for `note`), or, when the last gate would stop it and the note is a
    trip with a purpose, the line for the note without it (`say(plain)`) if that passes."""
    if not said.text or not stopped(said.text) or not _TRIP.search(note):
        return said
    plain = _PURPOSE.sub("", note)
    if plain == note:
        return said
    line = say(plain)
    return line if line.text and not stopped(line.text) else said


# Who goes with them: a spouse or partner, the children, the family ("w/ his wife", "with her
# husband and the grandkids", "with the children"). A wish for the trip or the outing does without
# them: who they go with is theirs to mention, not the letter's to read back ("Safe travels on
# your trip to Bali over Christmas"). A friend or a club going along stays ("with her club").
_KIN = (
    r"(?:wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|spouse|other half|family"
    r"|(?:grand)?(?:kids?|children|child|sons?|daughters?)|grandkids|teenagers|twins|boys|girls"
    r"|sisters?|brothers?|mum|mom|mother|dad|father|parents|in-laws|niece|nephew)"
)
_WHOSE = r"(?:(?:his|her|their|your|the|two|three|four|[2-9])\s+)?"
_COMPANY = re.compile(rf"(?i),?\s+with\s+{_WHOSE}{_KIN}(?:\s*(?:,|and|\+|&)\s*{_WHOSE}{_KIN})*\b")
# A trip or an outing, which is wished well without who goes ("spending Christmas with the
# grandkids" is no trip: without them nothing of it is left to wish well).
_OUTING = re.compile(
    r"\b(?:trip|travels?|journey|holiday|flight|walk(?:ing)?|hik(?:e|ing)|trek(?:king)?"
    r"|cycl(?:e|ing)|sail(?:ing)?|ski(?:ing)?)\b|\bto\s+(?:the\s+)?[A-Z]"
)


def without_company(detail: str) -> str:
    """A trip's or an outing's detail without the family going along: "trip to Lisbon for New
    Year with your wife" -> "trip to Lisbon for New Year", "trip to Bali with the children over
    Christmas" -> "trip to Bali over Christmas"."""
    return _COMPANY.sub("", detail) if _OUTING.search(detail) else detail


# What both share, said with the reader's own after it: "we both took a career break when your
# twins were born" (scout 45) is theirs alone, never "we both".
_BOTH_THEIRS = re.compile(r"\bwe (?:are |were |have )?both\b.*\b(?:your|his|her|their)\b")


def ours_only(said: T) -> T:
    """`said`, or, when its "we both" clause goes on to the reader's own ("... when your twins
    were born"), no line: the note is left out and named rather than shared wrongly."""
    if said.text and _BOTH_THEIRS.search(said.text):
        line: Any = said
        why = "it says you both did something tied to their own life; say it in your own words"
        return dataclasses.replace(line, text=None, skipped=why)  # type: ignore[no-any-return]
    return said
