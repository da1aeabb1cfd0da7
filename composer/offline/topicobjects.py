"""The article of a thing named after a preposition inside a topic.

Notes drop articles: "API reference for motor controller SDK". A singular countable thing
named with its modifiers after "for", "on", "with" or "from" is one the interviewer knows, so
the letter names it with "the": "the API reference for the motor controller SDK".
The thing's head must be a countable noun of the topic tables, or an acronym of a system that
is counted ("SDK", "CRM"); a mass noun ("for project management"), a plural ("on lift
stations") or a name ("with Trek") keeps the words as typed, and so does a name made with
"of" or "to" ("signs of safety practice model", "permit to work system").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import COUNTABLE, DETERMINERS, FUNCTION_WORDS, TOPIC_COUNTABLE

__all__ = ["inner_articles"]

# Acronyms of a system or a kit that is counted: "the SDK", "a new CRM".
_COUNTED_ACRONYMS = frozenset(["SDK", "API", "CRM", "ERP", "LMS", "EHR", "EMR", "HRIS", "ATS"])
# Made things of a workplace ("system", "schedule", "platform"), not the words of an interview
# ("response", "plan") that also name a kind of work ("demand response").
_MADE = TOPIC_COUNTABLE - COUNTABLE

_INNER = re.compile(
    r"\b(?P<to>for|on|with|from) (?P<mods>(?:[a-z][a-z-]* ){1,3})"
    r"(?P<head>[A-Za-z]+)(?=$|,| (?:and|or|but|for|of|on|in|with|to|from|at)\b)"
)


# Two names joined before a plural noun after a preposition: "to Salt Lake and Spokane
# offices" names two things of theirs, "the Salt Lake and Spokane offices".
_NAMED_PAIR = re.compile(
    r"\b(?P<to>to|at|in|for|on|with|from|across|between) "
    r"(?P<names>[A-Z][\w'-]*(?: [A-Z][\w'-]*)* (?:and|&) [A-Z][\w'-]*(?: [A-Z][\w'-]*)*) "
    r"(?P<head>[a-z]+)(?=$|[,;.]| )"
)


# People named by who they are, never things of the reader's: "Maori and Pacific students".
_GROUPS = frozenset(
    ["families", "students", "clients", "people", "communities", "patients", "children",
     "learners", "customers", "workers", "staff", "youth", "elders", "women", "men"]
)  # fmt: skip


def inner_articles(text: str) -> str:
    """ "API reference for motor controller SDK" -> "... for the motor controller SDK"; "travel
    to Salt Lake and Spokane offices" -> "travel to the Salt Lake and Spokane offices"."""

    def pair(found: re.Match[str]) -> str:
        if not lexicon.is_plural_noun(found["head"]) or found["head"] in _GROUPS:
            return found.group()  # "with Aboriginal and Torres Strait Islander families": people
        return f"{found['to']} the {found['names']} {found['head']}"

    text = _NAMED_PAIR.sub(pair, text)

    def the(found: re.Match[str]) -> str:
        mods = found["mods"].split()
        head = found["head"]
        if any(m in DETERMINERS or m in FUNCTION_WORDS or _not_modifier(m) for m in mods):
            return found.group()
        counted = head in _COUNTED_ACRONYMS or (
            head.islower() and head in _MADE and not lexicon.is_plural_noun(head)
        )
        return f"{found['to']} the {found['mods']}{head}" if counted else found.group()

    return _INNER.sub(the, text)


def _not_modifier(word: str) -> bool:
    """A word that cannot modify a noun in a compound: a verb form, a figure ("payments API"
    is one)."""
    return (
        not word.replace("-", "").isalpha()
        or lexicon.is_gerund(word)
        or (lexicon.is_past(word) and not lexicon.is_noun(word))
    )
