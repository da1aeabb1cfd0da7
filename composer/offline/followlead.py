"""A follow-up that puts a fact right, led as a correction (session 60).

The readings of a follow-up say many lines through the addition frames ("One thing I would add:
...", "To add to one of my answers, ..."). Where the line typed corrects what was said ("sludge
was 45 m3 not 40", "the rejection rate number is for sacking only, not for yarn", "I said ...;
my log shows it is 26"), readers of round 11 (169) called "One thing I did not get to mention:
I said 42ha, ..." a correction passed off as an addition. `led` gives such a line the
correction's own lead ("One correction: ..."), from the phrasebook, and leaves any other as it is.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec

from composer import regexes as re
from composer.english import SPELLED_DIGITS
from composer.offline import phrasebook
from composer.offline.clauses import NOT_AFTER_TITLE

__all__ = ["correction_lead", "corrects", "joined", "led"]

_P = ParamSpec("_P")

# What a line typed to put a fact right says: a correction named, a figure "not" another, what
# was said "but" is wrong, the records that show it.
_CORRECTS = re.compile(
    r"(?i)\b(?:correct(?:ion|ed)?|to be accurate|(?:this|that) (?:is|was) wrong|was wrong"
    r"|my (?:log|logbook|records?) shows?)\b"
    r"|\bnot\s+(?:\d|on top\b|for\b|only\b|as\b|in\s+(?:19|20)\d\d)"
    r"|,\s+not\s+in\s+(?:its|their|the|my|our)\s+\w+,"  # "in its second season, not in its first,"
    r"|\bI\s+(?:said|say|stated|told\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.\s+)?(?:you|him|her|them|(?-i:[A-Z])[\w'-]+)|wrote)\b"
    r"(?!\s+(?:no|yes)\b)[^.;]*\b(?:but|;)"  # ("I say no, but I do a course": an answer)
)
# A correction typed with its own lead: "I should correct one figure:", "I need to correct".
_OWN_LEAD = re.compile(
    r"(?i)^(?:I\s+(?:should|need\s+to|must|want\s+to|would\s+like\s+to)\s+correct\b"
    r"|one\s+correction\b)"
)
# Where the first part of a line typed ends: a new sentence, or "Also ..." after a comma.
_FIRST_PART = re.compile(rf"(?<=[a-z0-9)]){NOT_AFTER_TITLE}\.\s+|[,;]?\s+[Aa]lso\s+(?=I\b|i\b)")
# The addition frames of every tone (`follow_up_clause`, `follow_up_forgot` and the noun
# phrase's `follow_up_np`), before {clause} or {np}: "One further point from our conversation: a
# winter wool bisht ... takes 70 to 80 hours, not 40" is a correction (round 61, h1576).
_ADDED = tuple(
    option.split("{" + slot + "}")[0]
    for section, slot in (
        ("follow_up_clause", "clause"),
        ("follow_up_forgot", "clause"),
        ("follow_up_np", "np"),
    )
    for tone in ("formal", "any")
    for option in phrasebook.BOOK[section].get(tone, ())
    if option.endswith("{" + slot + "}.") and not option.startswith("{" + slot + "}")
)


def correction_lead(tone: str = "warm") -> str:
    """What a correction is led by in this tone ("One correction: "), from the phrasebook."""
    return phrasebook.wordings("follow_up_corrected", tone, "email")[0].split("{clause}")[0]


def corrects(typed: str) -> bool:
    """Whether a follow-up as typed puts right, in its first part, something said in the
    interview (a promise typed first and a correction after it: no correction's lead)."""
    return _CORRECTS.search(_FIRST_PART.split(typed, maxsplit=1)[0]) is not None


def led(read: Callable[_P, str | None]) -> Callable[_P, str | None]:
    """`read` (a reader of the follow-up, its first argument the line as typed, its fourth the
    tone) with a correction said after the correction's lead, not an addition's."""

    @functools.wraps(read)
    def reader(*args: _P.args, **kwargs: _P.kwargs) -> str | None:
        line = read(*args, **kwargs)
        typed, tone = str(args[0] or ""), str(args[2] if len(args) > 2 else "warm")
        line = _inner_leads_dropped(line) if line else line
        if not line or not corrects(typed) or not _says_first(typed, line):
            return line
        lead = next((a for a in _ADDED if line.startswith(a)), None)
        if lead is None:
            return line
        clause = line[len(lead) :]
        if _OWN_LEAD.match(clause):  # "I should correct one figure: ...": its own lead
            return clause
        clause = clause[:1].lower() + clause[1:] if not clause.startswith("I ") else clause
        return correction_lead(tone) + clause

    return reader


def _says_first(typed: str, line: str) -> bool:
    """Whether `line` says the correction typed first: a figure or a word of five letters or
    more of it ("I said 7 years experience but is 8. Also I forgot ... a driving licence": the
    licence said alone is no correction, and takes no correction's lead)."""
    fixing = " ".join(part for part in _FIRST_PART.split(typed) if _CORRECTS.search(part))
    words = {w.lower() for w in re.findall(r"[A-Za-z]{5,}|\d+", fixing)} - _COMMON
    said = {w.lower() for w in re.findall(r"[A-Za-z]{5,}|\d+", line)}
    spelled = {SPELLED_DIGITS.get(w, w) for w in words}
    return bool((words | spelled) & said)


_COMMON = frozenset(
    ["actually", "correct", "correction", "should", "would", "could", "which", "their", "there",
     "about", "said", "interview", "right", "really", "meant", "think", "wrong", "figure"]
)  # fmt: skip


def _inner_leads_dropped(line: str) -> str:
    """`line` without an addition's lead after its first sentence ("... on 2 December. To add
    to one of my answers, I will forward ..." -> "... on 2 December. I will forward ..."): one
    follow-up, led once at most."""
    return joined(re.split(r"(?<=[.!?])\s+(?=[A-Z])", line))  # its sentences, as parts


# A clause that goes on from the sentence before it: "we found this ...", "that lesson ...".
_GOES_ON = r"(?:we|that|this|these|it)\s|the\s+(?:honest\s+|better\s+|real\s+)?one\b"


def joined(lines: list[str]) -> str:
    """The lines of a follow-up said in parts, one after another, with one addition's lead at
    most: a later line loses its own ("... in fact it is six. One thing I would add: I started in
    January 2023. A quick addition to our conversation: I will also send ..." -> "... I started
    in January 2023. I will also send ..."); a correction's lead stays."""
    said: list[str] = []
    for line in lines:
        lead = next((a for a in _ADDED if line.startswith(a)), None) if said else None
        rest = line[len(lead) :] if lead else ""
        # ("... a better example. the honest one is ...", "... we found this ...": a clause that
        # goes on from the part before, said as a sentence; "the tank is new" keeps its lead)
        own = rest.startswith("I ") or re.match(_GOES_ON, rest) is not None
        said.append(rest[:1].upper() + rest[1:] if lead and own else line)
    return " ".join(said)
