"""A credential still being earned: typed with its state ("CEC accreditation in progress",
"CIPD level 7 (ongoing)") or after a verb of progress ("completing a BSc in Economics",
"studying for CFA level 2"). It is said as under way ("I am working towards CEC
accreditation", "I am completing a BSc in Economics"), never as held, and never in the
experience frame ("I have experience completing a BSc ..."). What is being earned is read by
the points reader as if it were held; a line whose rest reads as no credential is not this
module's (it falls back to the other readers)."""

from __future__ import annotations

import re
from collections.abc import Callable

from composer.offline.itemkinds import Kind
from composer.offline.realise import Clause
from composer.offline.shorthand import expand

# The state typed after the credential: "in progress", "(ongoing)", "- pending".
_STATE = re.compile(
    r"(?i)^(?P<what>.+?)\s*(?:[-–,(:]\s*)?(?:currently\s+)?(?:in progress|under ?way|ongoing"
    r"|pending|part[- ]way through|nearly (?:done|finished)|almost (?:done|finished))\)?\s*\.?$"
)
# A verb of progress before it, said as the candidate's present: "studying for CFA level 2".
_PROGRESS = re.compile(
    r"(?i)^(?:currently\s+|now\s+)?(?P<verb>completing|finishing|studying for|working towards?"
    r"|pursuing|undertaking|doing|taking|sitting)\s+(?P<what>.+?)\s*\.?$"
)
# When it is due, typed after it: "sitting AAT level 4 in march", "... by summer 2027".
_WHEN = re.compile(
    r"(?i)\s+(?P<when>(?:in|by|this|next)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov"
    r"|dec)[a-z]*|spring|summer|autumn|fall|winter|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?)$"
)


def _verb(progress: re.Match[str]) -> str:
    verb = progress["verb"].lower()
    return "working towards" if verb.startswith("working toward") else verb


# What a credential is said with when held: the points reader's verbs for it.
_HELD_VERBS = frozenset(["hold", "have", "have completed", "earned", "completed"])
_CREDENTIALS = frozenset([Kind.DEGREE, Kind.HELD, Kind.CERTIFICATE])
# What "my ..." names when it is a course being earned: "completing my apprenticeship".
_OWN_COURSES = frozenset(
    [
        *("apprenticeship", "degree", "diploma", "masters", "master's", "phd", "doctorate"),
        *("training", "qualification", "certificate", "certification", "course", "studies"),
        *("dissertation", "thesis", "placement", "internship", "residency", "fellowship"),
    ]
)


def read(item: str, point: Callable[[str], tuple[Kind, Clause | None]]) -> Clause | None:
    """How the candidate says `item` as under way (Kind.UNDER_WAY), or None when it is not one;
    `point` reads a line as the points reader does (what is being earned, as if held): its
    kind and clause."""
    line = " ".join(item.split())
    state = _STATE.match(line)
    progress = None if state else _PROGRESS.match(line)
    found = state or progress
    if found is None:
        return None
    what = found["what"]
    if "," in what:  # "NC license + DEA, SC pending": which of them is pending cannot be told
        return None
    due = _WHEN.search(what) if progress else None
    what = what[: due.start()] if due else what
    mine = what.lower().startswith("my ")  # "completing my CIPD level 5": read without "my"
    tail = f" {expand(due['when'])}" if due else ""  # "in march": "in March"
    if progress and mine and what.split()[-1].lower() in _OWN_COURSES:
        return Clause("I", f"am {_verb(progress)}", what + tail)  # "my apprenticeship"
    kind, said = point(what[3:] if mine else what)
    if said is None or said.whole is not None:
        return None
    rest = said.rest
    if mine:  # "my MSc in data science", as typed
        rest = "my " + re.sub(r"(?i)^(?:an?|the) ", "", rest)
    verb = _verb(progress) if progress else "working towards"
    if kind in _CREDENTIALS and said.verb in _HELD_VERBS:
        return Clause("I", f"am {verb}", rest + tail)
    if kind is Kind.ROLE and said.verb == "am" and state:  # "PRINCE2 practitioner pending"
        return Clause("I", "am working towards becoming", said.rest)
    return None
