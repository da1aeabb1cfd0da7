"""A topic typed with a dash: which part of it is the subject ("driver app - why drivers ignore
the new route screen" is said as the point, of the part before it), and the word lists that
reading shares with `topics`: the months, a time typed in a subject, a task set at the
interview, the closed words, a short word of note-speak.
"""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.phrases import Shape, analyse
from composer.offline.topicarticle import one_event, with_the
from composer.offline.topicshapes import state_only
from composer.offline.topictails import timeless
from composer.offline.words import DETERMINERS, PREPOSITIONS, SMALL_NUMBERS, WH_WORDS

__all__ = ["CLOSED", "EXERCISE", "MONTH", "MONTH_NAMES", "joined", "shorthand"]

MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTH = "|".join(
    sorted([*MONTH_NAMES, *(m[:3] for m in MONTH_NAMES), "Sept"], key=len, reverse=True)
)


# A time typed in a subject: "next summer", "in march", "this year".
_WHEN = re.compile(
    rf"\b(?:next|this|last) (?:summer|winter|spring|autumn|year|yr|month|week|wk)\b"
    rf"|\b(?:in|from|by) (?:{MONTH})\b",
    re.IGNORECASE,
)


# A task the candidate was set at the interview, named by what it is ("the call simulation",
# "the role play"), or a topic whose tail says it was put to them ("contrast reactions -
# scenario q, what I'd do"): they talked it through, they were not told about it.
EXERCISE = re.compile(
    r"\b(?:simulation|sim|role[- ]?play|scenario|case study|in-tray exercise|written exercise"
    r"|typing test)$",
    re.IGNORECASE,
)
# Words the word lists do not hold as English words, that are no name either.
CLOSED = (
    DETERMINERS
    | PREPOSITIONS
    | WH_WORDS
    | frozenset(
        ["and", "or", "but", "nor", "you", "your", "yours", "their", "our", "his", "her", "its"]
    )
)


def joined(text: str) -> str:
    """ "driver app - why drivers ignore the new route screen": the part after the dash is
    the point, said of the part before it; an instruction after it ("- tell us about a time")
    is dropped."""
    head, dash, point = text.partition(" - ")
    if not dash:
        return text
    head = timeless(head)  # "premium cabin service relaunch spring '27 - new menus"
    first = point.split(" ", 1)[0].lower()
    place = with_the(head)
    if re.search(r"\b(?:we|us|our|vs)\b", point):
        return head  # "van stock - what we carry vs ordering": a reminder of what was said
    if _WHEN.search(head):
        return head  # "runway 27 resurfacing next summer - night closures": an event and its
        # effect, never "night closures on ..."
    if first in WH_WORDS and re.search(r"\b(?:if|when|whether)\b", point):
        return head  # "contrast reactions - what i'd do if one happened": the subject
    if first in WH_WORDS and re.match(r"\S+ (?:do|does|did|can|could|should|would|will) ", point):
        return head  # "anxiety - what do teachers do in the moment": a question, typed as asked
    if first in WH_WORDS:
        mentioned = re.search(r"\b(?:I|you)\b", point) and not EXERCISE.search(head)
        link = "about" if mentioned else "in"  # "what I would do ... in the case study"
        if one_event(head):
            place = f"a {head}"  # "what I would do first about a placement breakdown"
        return f"{point} {link} {place}"  # "why drivers ignore ... in the driver app"
    phrase = analyse(point)
    lead = point.split()[0].lower()
    plain = lead not in CLOSED and not lexicon.is_gerund(lead) and not lexicon.is_past(lead)
    if (
        shorthand(head.split()[0])
        and plain
        and len(point.split()) > 1
        and not re.search(r"\d", point)
        and not _clause(point.split())
    ):
        return point  # "sys design - sync conflicts when offline edits collide"
    if state_only(point):
        return head  # "spray licence PA1/PA6 - renewal due": the state of the subject
    number = re.search(r"\d", head) or head.split()[0].lower() in SMALL_NUMBERS
    counted = number and not re.search(r"[\d%]", point)
    if counted and phrase.shape is Shape.NOUN and any(map(lexicon.is_gerund, head.split()[1:])):
        return with_the(point)  # "3 cranes overlapping on the job - anti-collision": a situation
    if (
        phrase.shape is Shape.NOUN
        and phrase.words[0].lower() not in WH_WORDS
        and " - " not in point
        and head.split()[0].lower() not in WH_WORDS
        and re.search(r"\d", head)
        and not re.search(r"[\d,%]", point)
        and not any(w[:1].isupper() for w in point.split())
        and not lexicon.is_past(head.split()[-1].lower())  # "ISA 315 revised" is no project
        and not re.search(r"\b(?:since|in|by|from|until|before|after) \d", head)  # a time
    ):
        # a part of a named project: "drainage design issues on the A64 junction upgrade"
        return f"{phrase.text} on {place}"
    # Otherwise the aside is the candidate's reminder ("menu changes - seasonal, local
    # suppliers", "the onboarding drop-off - 40% leave at step 3"): the subject is the head.
    return head


def shorthand(word: str) -> bool:
    """A short word typed in lower case that no word list knows: note-speak ("sys", "circ")."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) <= 4
        and not lexicon.known(word)
        and (word not in CLOSED)
    )


def _clause(words: list[str]) -> bool:
    """ "host hates doing them": a subject and its verb, a comment on the head, no subject."""
    at = 2 if words[0].lower() in DETERMINERS else 1
    verb = words[at].lower() if len(words) > at else ""
    return lexicon.is_third_person(verb) and not lexicon.is_plural_noun(verb)
