"""Articles inside a topic, before a word the notes typed bare: an ordinal after a preposition
takes "a" ("on a third chase call"), a group after "with" takes "the" ("with the palliative
team").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.knownthings import fixed_time
from composer.offline.words import DETERMINERS, FUNCTION_WORDS

__all__ = ["with_group_article", "with_ordinal_article"]


# An ordinal after a preposition, with no article before it: "on third chase call".
_ORDINAL = re.compile(
    r"\b(?P<prep>on|at|in|for|after|before|during) (?P<nth>first|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r" (?P<rest>(?:[a-z\d-]+ )?(?P<noun>[a-z]+))\b"
)


def _an_ordinal(found: re.Match[str]) -> str:
    """ "on third chase call" -> "on a third chase call": one of a series takes "a"; a plural
    ("in first two years") is left as typed."""
    own = found["nth"].lower() == "first" and any(w in _SPANS for w in found["rest"].split())
    if own and found["prep"].lower() in ("in", "during", "over", "within", "after"):
        return f"{found['prep']} my {found['nth']} {found['rest']}"  # "in my first month"
    if lexicon.is_plural_noun(found["noun"]) or not lexicon.is_noun(found["noun"]):
        return found.group()
    if found["rest"].lower() in _SET_PHRASES:  # "at first light", "at first sight": idioms
        return found.group()
    if fixed_time([found["nth"], found["rest"]], 0, 1):
        return found.group()  # "on second shift": a work pattern, said bare
    return f"{found['prep']} a {found['nth']} {found['rest']}"


# An ordinal and a noun said bare as one phrase: "at first light", "at first sight".
_SET_PHRASES = frozenset(["light", "sight", "glance", "hand", "place", "base"])
# Spans of time the candidate's first days in the post are counted in: "in first month".
_SPANS = frozenset(["day", "days", "week", "weeks", "month", "months", "year", "shift", "term"])


def with_ordinal_article(text: str) -> str:
    """ "how I would handle angry customers on third chase call" -> "... on a third chase
    call": an ordinal after a preposition takes "a" before a singular noun; so does a measure
    before one ("moving to 4-day week" -> "moving to a 4-day week")."""
    return _MEASURED.sub(_a_measured, _ORDINAL.sub(_an_ordinal, text))


# A count and its unit made one word, before a noun, after a preposition: "to 4-day week".
_MEASURED = re.compile(
    r"\b(?P<prep>to|on|onto|into|for|with) (?P<measure>\d+-(?:hour|day|week|month|year|shift"
    r"|person|minute|mile|bed|seat|lane|storey)) (?P<noun>[a-z]+)\b(?! of\b)"
)


def _a_measured(found: re.Match[str]) -> str:
    """ "to 4-day week" -> "to a 4-day week"; a plural ("on 12-hour shifts") as typed."""
    noun = found["noun"]
    if lexicon.is_plural_noun(noun) or not lexicon.is_noun(noun) or noun.endswith("ing"):
        return found.group()
    return f"{found['prep']} a {found['measure']} {noun}"


# A group of people named after "with" with no article: "w/ palliative team". The
# interviewer's own team or ward is one they know: "with the palliative team". A body named by
# its place and its kind ("w/ winnipeg foundation") is one body: "with the Winnipeg foundation".
_WITH_GROUP = re.compile(
    r"\b(?P<to>with|from|for|to) (?P<group>(?:[A-Za-z][a-z-]+ )?(?:team|department|ward|unit"
    r"|board|committee|office|foundation|council|trust|ministry|agency|authority|charity))\b"
)


def with_group_article(text: str) -> str:
    """ "end-of-life care with palliative team" -> "... with the palliative team"."""

    def the(found: re.Match[str]) -> str:
        first = found["group"].split()[0]
        if found["to"] != "with" and not first[:1].isupper():
            return found.group()  # "training for board members", "reports to council"
        lower = first.lower()
        if lower in DETERMINERS or lower in FUNCTION_WORDS or lexicon.is_plural_noun(lower):
            return found.group()
        return f"{found['to']} the {found['group']}"

    return _WITH_GROUP.sub(the, text)
