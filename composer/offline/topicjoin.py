"""A topic typed with a dash: which part of it is the subject ("driver app - why drivers ignore
the new route screen" is said as the point, of the part before it), and the word lists that
reading shares with `topics`: the months, a time typed in a subject, a task set at the
interview, the closed words, a short word of note-speak.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.phrases import Shape, analyse
from composer.offline.topicarticle import one_event, with_the
from composer.offline.topicshapes import state_only
from composer.offline.topicstates import predicative
from composer.offline.topictails import timeless
from composer.offline.words import (
    AUXILIARIES,
    BE,
    DETERMINERS,
    PREPOSITIONS,
    SMALL_NUMBERS,
    WH_WORDS,
)

__all__ = [
    "CLOSED",
    "EXERCISE",
    "MONTH",
    "MONTH_NAMES",
    "how_joined",
    "joined",
    "month_range",
    "shorthand",
]

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
    r"|tabletop|tabletop exercise|assessment drive|trial shift|trial day|practice groom"
    r"|(?:typing|trade|skills|practical|driving|coding|technical|programming|take-home|trial)"
    r" test)$",
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
        return _and_wh(text)
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
    if first in WH_WORDS and (back := _pointed_back(head, place, point)) is not None:
        return back  # "win/loss interviews - who owns them": "who owns win/loss interviews"
    gap = _object_gap(point.split())
    if gap:  # "click+collect orders - who preps": who preps the orders
        return f"{point} {_plain_head(place)}"
    if first in ("how", "why") and _whole(point.split()):
        return f"{place} and {point}"  # "junior squad - how i handle pushy parents": two things
    point = _FIRST_SPAN.sub(r"in the first \1 \2", point)  # "what i'd do first 24h"
    if EXERCISE.search(head):  # "tabletop - what i'd do first 3 days": the exercise's days,
        point = point.replace(" in my first ", " in the first ")  # not the job's (`shorthand`)
    if EXERCISE.search(head) and place == head and head.split()[0].lower() not in DETERMINERS:
        place = f"the {head}"  # "ransomware tabletop": the one exercise set
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
    if state_only(point) or predicative(point.split()) == len(point.split()):
        return head  # "spray licence PA1/PA6 - renewal due", "rollout - behind schedule"
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
        and not _doing(point.split())  # "short runs killing them": what is wrong, no part of it
    ):
        # a part of a named project: "drainage design issues on the A64 junction upgrade"
        return f"{phrase.text} on {place}"
    # Otherwise the aside is the candidate's reminder ("menu changes - seasonal, local
    # suppliers", "the onboarding drop-off - 40% leave at step 3"): the subject is the head.
    return head


def _doing(words: list[str]) -> bool:
    """ "short runs killing them": a thing and what it is doing, a comment on the head."""
    return any(lexicon.is_gerund(w.lower()) or w.lower() in _BACK for w in words[1:])


# The first span of an exercise, typed with no "in the": "what I would do first 24 hours".
_FIRST_SPAN = re.compile(
    r"(?<!\bthe )(?<!\bmy )(?<!\bin )\bfirst (\d+) (hours|days|weeks|minutes)\b", re.IGNORECASE
)


def _and_wh(text: str) -> str:
    """ "CRS sign off, how I handle pressure to release a/c late": a subject and, after a comma,
    a wh-clause with a verb of its own are two things discussed, said joined by "and"; a clause
    whose pronoun points back at the subject is said as the dash's point is; "who" with no such
    pronoun starts a clause of the subject's own ("the new hires, who start in may")."""
    head, comma, point = text.partition(", ")
    words = point.split()
    if not comma or len(words) < 3 or words[0].lower() not in ("how", "who", "whether", "why"):
        return text
    if re.search(r"[,/+&@~]|\b(?:we|us|our)\b", point) or " and " in head:
        return text  # a note mark in it; "how we prioritise": whose "we" is not said
    if not any(map(_finite, words[1:4])):
        return text
    if _object_gap(words):  # "clinician turnover 38%, how i'd fix": how I would fix it
        return f"{point} {_plain_head(with_the(head))}"
    back = _pointed_back(head, with_the(head), point)
    if back is None and words[0].lower() == "who":
        return text  # "the new hires, who start in may": a relative clause, of the hires
    return back if back is not None else f"{head} and {point}"


# A pronoun in the point after a dash that points back at the head: a plural one, a singular one.
_BACK = {"them": True, "they": True, "it": False}


def _pointed_back(head: str, place: str, point: str) -> str | None:
    """ "win/loss interviews - who owns them": a wh-clause whose one pronoun points back at the
    head is said with the head in the pronoun's place ("who owns win/loss interviews", "how the
    booking system works"); the head alone when the pronoun cannot take its place ("payroll -
    who runs them": whom it means is not said); None when the point has no such pronoun."""
    words = point.split()
    pronouns = [i for i, w in enumerate(words) if w.lower() in _BACK]
    if not pronouns:
        return None
    index = pronouns[0]
    last = head.split()[-1].lower()
    if (
        len(pronouns) > 1
        or index == 0
        or re.search(r"[,;:()]", point)
        or _BACK[words[index].lower()] != lexicon.is_plural_noun(last)
        or not lexicon.is_noun(last)
    ):
        return head
    if words[index].lower() == "they":  # "how they settle in": the verb agrees with the head
        return head if index != 1 else " ".join([words[0], place, *words[2:]])
    return " ".join([*words[:index], place, *words[index + 1 :]])


def shorthand(word: str) -> bool:
    """A short word typed in lower case that no word list knows: note-speak ("sys", "circ")."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) <= 4
        and not lexicon.known(word)
        and (word not in CLOSED)
    )


# Verbs that take the subject before the dash as their object when typed last: "who preps".
_TAKERS = frozenset(
    ["prep", "preps", "fix", "fixes", "run", "runs", "own", "owns", "handle", "handles",
     "manage", "manages", "approve", "approves", "sign", "signs", "check", "checks", "cover",
     "covers", "tackle", "improve", "reduce", "cut", "pick", "picks", "pack", "packs"]
)  # fmt: skip


def _object_gap(words: list[str]) -> bool:
    """ "who preps", "how I would fix": a wh-clause that ends in a verb whose object is the
    subject typed before it."""
    if len(words) < 2 or words[0].lower() not in ("who", "how") or words[-1].lower() not in _TAKERS:
        return False
    if words[0].lower() == "who":
        return len(words) == 2
    return len(words) in (3, 4) and words[1].lower() in ("i", "you", "we")


def _plain_head(place: str) -> str:
    """The subject without a figure typed after it: "clinician turnover 38%" -> "clinician
    turnover"."""
    return re.sub(r"\s+~?\d[\d.,]*\s?%?$", "", place)


def _whole(words: list[str]) -> bool:
    """ "how I handle pushy parents": a wh-clause with its subject, its verb and its own object,
    which says a second thing discussed, not a question about the head ("what I would do")."""
    last = words[-1].lower()
    if len(words) < 4 or words[1].lower() not in ("i", "you", "we") or not last.isalpha():
        return False
    if not any(map(_finite, words[2:4])) or last in CLOSED or last in _BACK:
        return False
    return lexicon.is_plural_noun(last) or (lexicon.is_noun(last) and not lexicon.is_gerund(last))


def _finite(word: str) -> bool:
    """A verb that makes a clause: "handle" after "how I", "would", "owns"."""
    lower = word.lower()
    if lower in AUXILIARIES or lower in BE:
        return True
    return lexicon.is_base_verb(lower) or lexicon.is_past(lower) or lexicon.is_third_person(lower)


def _clause(words: list[str]) -> bool:
    """ "host hates doing them": a subject and its verb, a comment on the head, no subject."""
    at = 2 if words[0].lower() in DETERMINERS else 1
    verb = words[at].lower() if len(words) > at else ""
    return lexicon.is_third_person(verb) and not lexicon.is_plural_noun(verb)


def _months_said(found: re.Match[str]) -> str:
    """ "Jan-Mar" -> "from January to March"; "Jan-Feb" -> "in January and February"."""
    first, last = (found.group(n)[:3].title() for n in (1, 2))
    names = {m[:3]: m for m in MONTH_NAMES}
    order = [m[:3] for m in MONTH_NAMES]
    if (order.index(first) + 1) % 12 == order.index(last):
        return f"in {names[first]} and {names[last]}"  # "Jan-Feb": two months, not a span
    return f"from {names[first]} to {names[last]}"


def month_range(text: str) -> str:
    """ "busy season staffing Jan-Mar" -> "busy season staffing from January to March": a range
    of months typed as a note, said in words."""
    return re.sub(
        rf"(?<=\w )(?<!\bfor )(?<!\bin )(?<!\bover )(?<!\bduring )(?<!\bfrom )"
        rf"({MONTH})\.? ?[-–] ?({MONTH})\b\.?$",
        _months_said,
        text,
        flags=re.I,
    )


# A subject typed with the question about it run on: "weekend rush queue out onto the road sat
# mornings how id manage it", "double glazing retrofits on old villas how to deal with rotten
# sills": the two joined by "and" ("... and how I would manage it").
_RUN_ON_HOW = re.compile(
    r"(?i)(?<=[a-z0-9])\s+(?=how\s+(?:to|id|i['’]d|i\s+would|we['’]d|we\s+would)\s+[a-z])"
)


def how_joined(text: str) -> str:
    """`text` with a "how to ..." or "how I'd ..." run on after its subject joined by "and"; as
    typed when it opens on "how", has a comma, or an "and" or "-" already joins the two."""
    found = _RUN_ON_HOW.search(text)
    if found is None or len(text[: found.start()].split()) < 3 or re.search(r"[,;:]| - ", text):
        return text
    if re.search(r"(?i)\b(?:and|or|about|on|re|discussed|asked|know)$", text[: found.start()]):
        return text
    return f"{text[: found.start()]} and {text[found.end() :]}"
