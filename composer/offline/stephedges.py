"""The candidate's guesses in a next step (`steptext` calls `guesses_out`): of two times the
likelier is said ("before xmas, prob by the 18th" -> "by the 18th"), a guess after the step is
not ("..., possibly a 2nd stage"), and a step typed with "maybe" is hoped for, never promised.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.heard import WEEKDAY

# The words of a guess: "prob", "maybe", "hopefully".
GUESSES = r"possibly|maybe|perhaps|probably|prob|poss\.?|likely|hopefully"
# "prob next week" after a comma: the time is hoped for, said without the hedge.
_HEDGED_TIME = re.compile(
    rf"(?i)(?:,|\s[-–—])\s*(?P<guess>{GUESSES})\s+"
    r"(?P<time>(?:next|this|by|in|on|before|within|early|mid|late|around|end\s+of)\b[^,;]*)$"
)


# The words that open a time the step already gives: "before xmas", "early jan", "by fri".
_TIME_START = re.compile(
    r"(?i)\b(?:by|on|next|this|before|within|until|in(?!\s+touch)|early|mid|late|end\s+of|around|after)\b|\b"
    + WEEKDAY
    + r"\b"
)
# The guesses that make the hedged time the likelier one: "before xmas, prob by the 18th".
_LIKELIER = re.compile(r"(?i)^(?:prob(?:ably)?|likely)\b")


def _hedged_time(found: re.Match[str]) -> str:
    """One time, the likelier: "before xmas, prob by the 18th" is by the 18th; "by fri, maybe
    early next wk" is by Friday (a guess after a time is the less likely one); a hedged time
    with no time before it is the time itself ("decision, prob next wk")."""
    before = found.string[: found.start()]
    starts = list(_TIME_START.finditer(before))
    if not starts:
        return f"{before} {found['time']}"
    if not _LIKELIER.match(found["guess"]):
        return before
    first = starts[-1]
    for earlier in reversed(starts[:-1]):  # "by next wk": the time opens at "by"
        if before[earlier.end() : first.start()].strip():
            break
        first = earlier
    return f"{before[: first.start()].rstrip()} {found['time']}"


# "possibly a 2nd stage presentation", "maybe": a guess of the candidate's, not a step.
_MAYBE = re.compile(
    rf"(?:,|\s[-–—])\s*(?:{GUESSES}|tbc)\b"
    rf".*$|\s+(?:{GUESSES}|tbc)[.!]*$",
    re.IGNORECASE,
)
# A guess typed at the end of a part before another part: "by fri prob, ref checks after".
_GUESS_PART = re.compile(rf"(?i)\s+(?:{GUESSES})(?=\s*[,;]\s*\S)")
_UNSURE_PART = re.compile(r"(?i)\s+(?:maybe|possibly|perhaps|poss\.?)(?=\s*[,;]\s*\S)")
# A hedge inside the step: "2nd interview probably next week w/ the ops lead".
_HEDGE = re.compile(
    r"\s+(?:possibly|maybe|perhaps|probably|prob|likely|hopefully)\b(?=\s+\S)", re.I
)
# "possible" typed after the step, before its time: "2nd interview w/ the MD possible the week
# of dec 14": the step is hoped for, the time said with its preposition.
_POSSIBLE_AFTER = re.compile(
    r"(?i)(?<=\w)\s+(?:possible|potential)(?=\s+(?P<week>the\s+week\s+of\b)?(?(week)|(?:next"
    r"|this|by|in|on|early|mid|late|within|around|before)\b))"
)
_UNSURE_END = re.compile(r"(?i)(?:,\s*|\s+)(?:maybe|possibly|perhaps|poss\.?|tbc|tba)[.!]*$")


# "-ish" after a time: "mid dec-ish", "4pm-ish", "fri-ish" (reader 23: "in mid-December-ish").
_ISH = re.compile(r"(?i)(?<=[a-z0-9])-ish\b")


def guesses_out(value: str) -> tuple[str, bool]:
    """The step with the candidate's guesses taken out, and whether the step itself is hedged:
    "2nd interview probably next week" -> ("2nd interview next week", True)."""
    value = _ISH.sub("", value)  # "mid dec-ish": a time given roughly is said plainly
    possible = _POSSIBLE_AFTER.search(value)
    if possible:  # "... possible the week of 14 December": in the week of
        value = _POSSIBLE_AFTER.sub(" in" if possible["week"] else "", value, count=1)
    hedged_time = _HEDGED_TIME.search(value)
    if hedged_time:  # the hedged time ends the note: the note up to it, with one time
        value = _hedged_time(hedged_time)
    # "trial day next wk maybe": the step itself is in doubt ("probably" is not), so it is
    # hoped for, never promised
    unsure = bool(_UNSURE_END.search(value))
    # "2nd round next wk maybe, peg will email": a guess at the end of a part, as at the end
    unsure = unsure or bool(_UNSURE_PART.search(value))
    value = _GUESS_PART.sub("", value)  # "they'll ring by fri prob, ...": "probably" is not said
    value = _MAYBE.sub("", value)  # ", possibly a 2nd stage": a guess after the step
    # "2nd interview probably next week": the step is hoped for, the hedge not pasted
    value, hedged = _HEDGE.sub("", value), bool(_HEDGE.search(value)) or unsure or bool(possible)
    return value, hedged


# "prob next thurs 10th", "likely wk of 14 dec": a step's time guessed as likely, not yet fixed.
LIKELY_TIME = re.compile(
    r"(?i)\b(?:prob(?:ably)?|likely)\s+(?=(?:next|this|on|in|early|mid|late|around|wk\s+of"
    r"|week\s+of|w/c|mon|tue|wed|thu|fri|sat|sun)\b)"
)
# The time at the end of a step as said: "on Thursday 10 December", "in the week of 7 December".
_STEP_TIME = re.compile(
    rf"\s+(?=(?:on\s+{WEEKDAY}|in\s+the\s+week\s+of|(?:next|this)\s+(?:week|month|{WEEKDAY})"
    r"|in\s+(?:early|mid|late)|in\s+mid-|in\s+(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December))\b(?:(?!\bwith\b)[^,;])*$)"
)


def possibly_at(steps: str) -> str:
    """ "the second interview on Thursday 10 December", typed with "prob" before its time ->
    "the second interview, possibly on Thursday 10 December"; as it is with no time at its end."""
    found = _STEP_TIME.search(steps)
    return f"{steps[: found.start()]}, possibly {steps[found.end() :]}" if found else steps


# "hopefully news before xmas", "ideally an answer by fri": news hoped for, typed with the hope
# first. The news is heard ("I look forward to hearing from you before Christmas"); the hope
# word is no part of what comes.
_HOPE_FIRST = re.compile(
    r"(?i)^(?:hopefully|ideally|with\s+luck)\s+(?=(?:an?\s+|the\s+|some\s+)?"
    r"(?:news|decisions?|answers?|outcomes?|feedback|results?)\b)"
)


def news_hoped(value: str) -> str:
    """ "hopefully news before Christmas" -> "news before Christmas"; else unchanged."""
    return _HOPE_FIRST.sub("", value)
