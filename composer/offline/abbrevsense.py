"""Short forms with more than one reading, settled by the field of the job the notes are about.

"pts" counts patients in a clinic ("see 18-20 pts/day") but points anywhere a score or a
survey is kept ("1200+ survey pts" in a mine's ventilation notes, "20 pts higher on the fitness
test" in a rugby club's). The words around the short form decide first ("up 12 pts", "1.2 pts",
"survey pts" are points whatever the job); then the notes' words say the field. A short form
that neither settles is kept as typed, and the line reader leaves the line out (compose asks for
it), rather than guess a word the candidate never meant.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from composer import regexes as re
from composer.offline.notemarks import clinical
from composer.offline.words import SMALL_NUMBERS

_WORD = re.compile(r"[a-z]+")

# Words of the notes that set a job where points are scored, rated or measured.
_SCORED = frozenset(
    ["survey", "surveys", "surveying", "sample", "samples", "sampling", "score", "scores",
     "scored", "scoring", "test", "tests", "testing", "exam", "exams", "grade", "grades",
     "gpa", "nps", "csat", "rating", "ratings", "ranking", "rankings", "league", "season",
     "game", "games", "matches", "fitness", "squad", "rugby", "football", "basketball",
     "netball", "hockey", "cricket", "attendance", "kpi", "kpis", "metric", "metrics",
     "ventilation", "vent", "mining", "underground", "geology", "drilling", "gcse", "marks",
     "assessment", "assessments", "loyalty"]
)  # fmt: skip


def _scored(words: frozenset[str]) -> bool:
    return bool(words & _SCORED)


# Each short form: its readings, each with the test of the notes' words that chooses it, in
# the order they are tried (a clinic's notes count patients even where they keep scores).
AMBIGUOUS_SHORT: dict[str, tuple[tuple[str, Callable[[frozenset[str]], bool]], ...]] = {
    "pts": (("patients", clinical), ("points", _scored)),
}

# Where the words beside "pts" say points whatever the field: a change by a number ("up 12
# pts", "down by about 3 pts", "+18 pts", never "+4 pts/day"), a figure with decimals ("1.2
# pts"), a measured thing before it ("survey pts", "sample pts") or a comparison after it ("20
# pts higher").
_NUMBER = r"(?:\d[\d,]*|{})".format("|".join(SMALL_NUMBERS))
_POINTS_HERE = re.compile(
    rf"(?:\b(?:up|down|by|rose|fell|gained|lost|improved)(?: by)? (?:about |around |nearly "
    rf"|over |approx\.? |~ ?)?{_NUMBER}\+? ?|(?<![\w+-])[+-] ?{_NUMBER} ?(?!pts ?(?:/|per |a ))"
    rf"|\d\.\d+ ?|\b(?:survey|sample|data|control|grid"
    rf"|test|reference|monitoring) )pts\b|\bpts (?=(?:higher|lower|better|worse|ahead|behind"
    rf"|above|below)\b)"
)
# Where they say patients whatever the field: people one is with ("use it daily w/ pts"), or
# a count seen in a day or a clinic ("18-22 pts/day", "14 pts a day", "pts per clinic").
_PATIENTS_HERE = re.compile(
    r"\b(?:with|w/) (?:the |my |our )?pts\b|\bpts(?= ?(?:/ ?|a |per |each )(?:day|week|wk"
    r"|shift|clinic|session|list)\b)"
)
_SHORT = re.compile(r"(?<![\w/.])pts\b")


def settled(text: str, common: frozenset[str] = frozenset(), *, counts: bool = True) -> str | None:
    """`text` with each short form of `AMBIGUOUS_SHORT` spelled out as the reading its words or
    the notes' field (`common`, the notes' lower-case words) choose; `text` as typed when it
    has none; None when one of them cannot be settled. Without `counts`, a count ("~12 pts")
    is settled by its own line's words only: a candidate's claim said from the field alone is
    one the rules' recall check cannot find in the notes."""
    if "pts" not in text:
        return text
    here = {m.start() + m.group().rfind("pts"): "points" for m in _POINTS_HERE.finditer(text)}
    here |= {m.end() - 3: "patients" for m in _PATIENTS_HERE.finditer(text)}
    own = frozenset(_WORD.findall(text.lower()))
    field = next((said for said, fits in AMBIGUOUS_SHORT["pts"] if fits(common | own)), None)
    # "from 0 to 140 pts" in a line that names the clinic itself: its own words settle a count
    # ("scored 30 pts a game" is left out: a score is said from the words beside it only)
    own_field = "patients" if clinical(own) else None
    spelled, end = [], 0
    for found in _SHORT.finditer(text):
        counted = re.search(r"\d\+? ?$|\d \w+ $", text[: found.start()])
        reading = here.get(found.start())
        if counted and not counts:  # "see 18-20 pts/day": no claim to say from the field alone
            reading = reading if reading == "points" else own_field
        else:
            reading = reading or field
        if reading is None:
            return None
        spelled += [text[end : found.start()], reading]
        end = found.end()
    return "".join([*spelled, text[end:]])


UNSETTLED = "its shorthand 'pts' could be points or patients"
_Read = TypeVar("_Read")


def settled_first(
    left: Callable[[str, str], _Read], *, counts: bool
) -> Callable[[Callable[..., _Read]], Callable[..., _Read]]:
    """A reader of note items (`read(item, common, ...)`) that reads each item with its short
    forms settled (`settled`, `counts`), keeps the item as typed for its source, and answers
    `left(item, why)` when a short form cannot be settled."""

    def wrap(read: Callable[..., _Read]) -> Callable[..., _Read]:
        @functools.wraps(read)
        def reader(item: str, common: frozenset[str] = frozenset(), **how: Any) -> _Read:
            spelled = settled(item, common, counts=counts)
            if spelled is None:
                return left(item, UNSETTLED)
            if spelled == item:
                return read(item, common, **how)
            return dataclasses.replace(read(spelled, common, **how), source=item)  # type: ignore[type-var]

        return reader

    return wrap
