"""The small words a result typed as a note leaves out, put back in the candidate's clause:
"the" before one counted thing the action was done to ("ran DR test that cut RTO" -> "ran the
DR test that cut RTO", "grew rebooking rate to 80%" -> "grew the rebooking rate"), "on"
before a day typed bare ("... reading club Saturday mornings" -> "on Saturday mornings"), "an
average of" before a figure typed "avg 18", growth with no thing grown said as growth led ("grew
from 8 to 22 branches" -> "led the growth from 8 to 22 branches", never "I grew from ..."), and
no "the" before a plural measure held under a figure ("with the rent arrears under 2%" ->
"with rent arrears under 2%"), "the" before one event named bare after a word of time ("after
EVV rollout" -> "after the EVV rollout"), and "a" before a standing's person ("I am licensed
conveyancer" -> "I am a licensed conveyancer").
"""

from __future__ import annotations

from dataclasses import replace

from composer import regexes as re
from composer.offline import fields, lexicon
from composer.offline.realise import Clause
from composer.offline.words import COUNTABLE, DETERMINERS, OBJECT_COUNTABLE, PREPOSITIONS

__all__ = ["articled", "bare_events"]

# The heads of one counted thing an action is done to (a closed class beside the tables').
_ONE = COUNTABLE | OBJECT_COUNTABLE | frozenset(
    ["rate", "ratio", "score", "test", "audit", "review", "project", "programme", "program",
     "study", "survey", "system", "sop", "drill", "exercise", "event", "campaign", "launch",
     "section", "desk"]
)  # fmt: skip
# A bare compound after the verb, and what may follow it: "DR test that cut RTO ...", "kids
# reading club Saturday mornings".
_WORD = (
    r"(?!(?:that|which|to|at|for|in|on|from|with|across|over|by|solo|alone)\b)"
    r"(?:[a-z][\w-]*|[A-Z]{2,5})"
)
_BARE_OBJECT = re.compile(
    rf"^(?P<np>{_WORD} {_WORD}(?: {_WORD})?)"
    r"(?P<after>(?: (?:solo|alone|single-handed|single-handedly))?"  # "ran fish section solo"
    r"(?:,? (?:that|which|to|at|for|in|on|from|with|across|over|by)\b.*)?"
    r"(?: (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:s| mornings| evenings| afternoons"
    r"| nights)?)?)$"
)
_DAY = re.compile(
    r"(?<!\bon)(?<!\bevery)(?<!\bmost)(?<!\bsome) (?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur"
    r"|Sun)day(?:s| mornings| evenings| afternoons| nights))$"
)
_AVERAGE = re.compile(r"\bfrom (?:an )?(?:avg|average) (?=\d)")
_GREW = frozenset(["grew", "expanded", "scaled"])
# "with the rent arrears under 2%": a measure held under a figure, plural, takes no "the".
_HELD_UNDER = re.compile(
    r"\bwith the (?P<np>(?:[a-z][\w-]* ){0,2}[a-z][\w-]*s) (?=(?:under|below|over|above|at)"
    r" (?:about |around )?[$£€]?\d)"
)


# One event named bare after a word of time or passage: "after EVV rollout", "through INAB
# audit" -> "after the EVV rollout", "through the INAB audit" (an event of its own, one; not
# "launch" or "go-live", said bare: "before launch").
_EVENTS = (
    "rollout|roll-out|audit|migration|merger|inspection|upgrade|restructure|redesign|refit"
    "|refurb|refurbishment|implementation|transition|acquisition|outage|rebrand|takeover"
    "|pilot|installation|reorganisation|reorg|relaunch|rota"
)
_BARE_EVENT = re.compile(
    rf"\b(?P<at>after|before|during|through|since|ahead of) "
    rf"(?P<np>(?:(?:[A-Z][A-Z0-9&]{{1,6}}|[a-z][\w-]*) ){{0,2}}(?:{_EVENTS}))\b(?![\w-])"
)
# A standing and the person it makes, with no article: "licensed conveyancer in Victoria".
_BARE_POST = re.compile(
    r"^(?P<np>(?:licensed|certified|qualified|registered|chartered|accredited) [a-z]+)\b"
)


# One counted thing a result was had with, typed bare: "cut reset time ~30% w/ modular panel
# system i set up" -> "with a modular panel system I set up".
_BARE_WITH = re.compile(
    r"(?<=\d% )with (?P<np>(?:[a-z][\w-]* ){0,2}[a-z][\w-]*)(?= (?:I|we)\b|[.,;]|$)"
)


def _with_one(found: re.Match[str]) -> str:
    words = found["np"].split()
    head, modifiers = words[-1], words[:-1]
    if words[0] in DETERMINERS or words[0] in PREPOSITIONS or head not in _ONE:
        return found.group()
    if lexicon.is_plural_noun(head) or any(lexicon.is_past(w) for w in modifiers):
        return found.group()
    return f"with {lexicon.article(found['np'])} {found['np']}"


def bare_events(text: str) -> str:
    """ "team morale after restructure" -> "... after the restructure" (see `_BARE_EVENT`)."""
    return _BARE_EVENT.sub(_event, text)


def _event(found: re.Match[str]) -> str:
    first = found["np"].split()[0].lower()
    if first in DETERMINERS or first in PREPOSITIONS or lexicon.is_plural_noun(first):
        return found.group()
    return f"{found['at']} the {found['np']}"


def _bare_thing(rest: str) -> bool:
    """True when `rest` opens with a bare compound that names one counted thing: its words
    nouns (or capitals), its head singular and of the counted kinds (`_ONE`)."""
    found = _BARE_OBJECT.match(rest)
    if found is None:
        return False
    words = found["np"].split()
    if words[0].lower() in DETERMINERS or words[0].lower() in PREPOSITIONS:
        return False
    if words[0][:1].isupper() and not words[0].isupper():
        return False  # "ran Mondays ...", a name: not a thing of a kind
    head = words[-1]
    if head.lower() not in _ONE or lexicon.is_plural_noun(head):
        return False
    modifiers = words[:-1]  # "DR test", "kids reading club", "rebooking rate"
    if any(lexicon.is_past(w) or lexicon.is_adjective_only(w) for w in modifiers):
        return False
    return all(w.isupper() or lexicon.is_noun(w) or w.endswith("ing") for w in modifiers)


def articled(said: Clause) -> Clause:
    """`said` with the small words a note leaves out put back (see the module's docstring)."""
    if said.whole is not None:
        return replace(said, whole=_AVERAGE.sub("from an average of ", said.whole))
    rest = _AVERAGE.sub("from an average of ", said.rest)
    rest = _HELD_UNDER.sub(r"with \g<np> ", rest)
    if said.verb in _GREW and rest.startswith("from "):
        return replace(said, verb="led", rest=f"the growth {rest}")
    if lexicon.is_past(said.verb) and _bare_thing(rest):
        rest = f"the {rest}"
    rest = _BARE_EVENT.sub(_event, rest)
    rest = _BARE_WITH.sub(_with_one, rest)  # "with modular panel system I set up": "a"
    post = _BARE_POST.match(rest) if said.verb in ("am", "was") else None
    person = post["np"].split()[-1] if post else ""
    if post and (fields.is_post(person) or re.search(r"..(?:er|or|ist|ian|ant)$", person)):
        # "I am a licensed conveyancer": the person the standing makes, one of them
        rest = f"{lexicon.article(rest)} {rest}"
    if _DAY.search(rest) and said.verb not in ("am", "was"):
        rest = _DAY.sub(r" on \g<day>", rest)
    return replace(said, rest=rest)
