"""A record line every reading left out, said by its head: the part before the note's detail
(session 55).

Shorthand puts the fact first and piles detail after it, joined by a comma, a semicolon, a plus,
a slash, a dash or a bracket: "3 yrs @ EYE - splicing/repair/inspection", "ran live OB from
Mombasa Carnival (~22k crowd, zero dead air)". No reader could say the whole line, so the letter
lost the point and read thin: the readers' first fault in every shorthand file. Read again by its
head, the line is said when the head reads ("I have spent three years at EYE.", "I ran live OB
from Mombasa Carnival with no dead air." - a nought in the tail said with the deed); the detail
is the CV's, and the letter is no worse without it.

The head is the longest part before a separator, outside any bracket, of two words or more, never
across a semicolon or an arrow, never inside a list of names ("GTFS, Python, SQL and ArcGIS
Pro"). A tail that changes what the head claims is never set aside: a credential still to come or
run out ("(finish in June 2026)", "SC pending", "(lapsed)"), a "not", an "only", "then", a plan,
a superlative; nor a deed's result ("- approved by FDA", "no more plaster for ~80%"). And only a
reading that says the head plainly is trusted: no guessing verb ("I have experience with Master
Mariner"), no short form held bare, no "have" but with a paper, no paper the note never named
("I hold a fire warden certificate"), no thing left without its article ("I found cracked
bracket"), no note mark kept, no word at the end that wants more. An offer is never cut: its
head is a wish cut short. An answer is read by its head the same way (`first_said`).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from composer import regexes as re
from composer.offline import asidedrop, itemfront, lexicon
from composer.offline.words import (
    DETERMINERS,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    PREPOSITIONS,
    word_set,
)

__all__ = ["after", "first_said", "heads"]

_Item = TypeVar("_Item")

# where a note's detail starts: a comma or semicolon, a joining mark with spaces round it, a
# dash, a bracket; never an arrow ("a Kafka -> Snowflake pipeline" is one thing)
_CUT = re.compile(r",\s|;\s|\s(?:\+|/|-|–|—)\s|\s\(")
# a tail that changes what the head claims, or says what is still to come
_CLAIM = re.compile(
    r"(?i)\b(?:not|no longer|never|except|only|but|progress|pending|laps\w*|expir\w*|expect\w*|then"
    r"|seem\w*|\w+n't|didnt|wasnt|top|best|biggest|largest|longest|highest|record|most|first|#\d"
    r"|exp|mostly|mainly|ISO|IEC"
    r"|finish\w*|complet\w*|due|booked|studying|doing|until|till|valid|renew\w*|provisional"
    r"|trainee|student|part|partly|hope|hoping|plan\w*|keen|want\w*|next|soon|yet|resit|fail\w*"
    r"|will|going|if|unless|maybe|probably|nearly|almost|applied|waiting|awaiting|grad|defend\w*"
    r"|defen[cs]e|viva|submit\w*)\b|\?"
)
# an answer's tail that turns what came before: "..., but only if ...", "unless ..."
_ANSWER_CLAIM = re.compile(r"(?i)\b(?:but|except|unless|only|instead|if)\b|\?")
_STORY = re.compile(r"(?i)\b(?:story|example|anecdote|one about)\b")
# the end of a list of short items: ", Python, SQL and ArcGIS Pro"
_LIST_END = re.compile(r"(?:,\s+[A-Z0-9][^,;()]{0,24}){1,8}?,?\s+and\s+[A-Z0-9][^,;()]{0,24}$")
_ARROW = re.compile(r"->|→|=>")  # a head with its own result: the reading of it is the risk
_MARKS = re.compile(r"[/()+~@&=<>;]|->|\bw/")


def heads(line: str, claim: re.Pattern[str] = _CLAIM) -> list[str]:
    """The line's heads, longest first: each part before a separator outside any bracket, of two
    words or more ("3 yrs @ EYE - splicing/repair": "3 yrs @ EYE"), up to a tail of `claim`."""
    found = []
    listed = _LIST_END.search(line)  # "GTFS, Python, SQL and ArcGIS Pro": one list, never cut
    for cut in _CUT.finditer(line):
        if listed and cut.group().startswith(",") and cut.start() >= listed.start():
            continue
        head = line[: cut.start()].strip()
        if head.count("(") != head.count(")") or len(head.split()) < 2 or _ARROW.search(head):
            continue
        if ";" in head:  # "BVSc, University of Pretoria; MSc ...": two items, never one head
            continue
        if claim.search(line[cut.start() :]):
            break  # this tail and every shorter head's tail carry it
        found.append(head)
    return found[::-1]


def _plain(head: str, said: Any) -> bool:
    """Whether a clause read from a head says it plainly (see the module's docstring)."""
    text = said.text()
    if _MARKS.search(text) or text.split()[-1].lower().strip(".,") in FUNCTION_WORDS:
        return False
    if said.verb.startswith(("have experience", "can")):
        return False
    if not asidedrop.trusted(said):  # a span's head ("4 yrs NHS, bit of private") says too little
        return False
    if len(head.split()) == 2 and not (said.verb == "am" or _PAPER_LAST.search(said.rest)):
        return False  # "Cert CII", "built NAC": too little to read; a standing or a paper of
        # two words is plain ("Chartered Engineer", "STEP diploma")
    if said.verb == "am" and said.rest.split()[0].isupper():  # "I am RN BSN": initials bare
        return False
    if _PAPER.search(text) and not _PAPER_TYPED.search(head):  # "fire warden": never "I hold a
        return False  # fire warden certificate", a paper the note does not name
    last = text.split()[-1].strip(".,")
    if lexicon.is_adjective_only(last.lower()) or _ODD.search(text):  # "six years in clinical"
        return False
    for found in _PREP_BARE.finditer(text):  # "the top closer in district Q2": no "my"
        if lexicon.is_noun(found["noun"]) and not found["noun"].endswith("s"):
            return False
    # a thing with no article: "I found cracked bracket on ...", "In Chile I organise base with"
    after_verb = re.search(r"\bI (?:\w+ly )?\w+ (?P<rest>.+)$", text) if said.whole else None
    if _bare_thing(after_verb["rest"] if after_verb else said.rest):
        return False
    if _THOUSANDS.search(head) and re.search(r"\d,000 [a-z]", text):  # "a 35k roof grant"
        return False  # a figure of money or of things, which the head does not say
    return all(  # a name typed in lower case, or a note's word: "set up listener whatsapp line"
        lexicon.known(word) or word in _SMALL or not word.islower()
        for word in re.findall(r"[A-Za-z]+", text)
    )


def _tail_parts(tail: str) -> list[str]:
    """The parts of a head's tail, at its commas, brackets and dashes ("(~22k crowd, zero dead
    air)": "~22k crowd", "zero dead air")."""
    return [part.strip() for part in re.split(r",\s|\(|\)|\s-\s", tail)]


def _result_lost(said: Any, tail: str) -> bool:
    """Whether a deed's tail says what came of it ("wrote the plan - approved by FDA", "led 4
    audits, last one zero findings"): the deed without it is not the point the note made. A
    tail of what the deed was (a count, a place, names) may be set aside."""
    if said.whole is not None or not lexicon.is_past(said.verb.split()[0]):
        return False
    # "0 incidents": said with the deed ("with no incidents"), no result lost
    words = [
        w for p in _tail_parts(tail) if not _NOUGHT.fullmatch(p) for w in re.findall(r"[a-z]+", p)
    ]
    return any(lexicon.is_past(w) or lexicon.is_participle(w) or w in _OUTCOMES for w in words)


# words of an outcome in a deed's tail: "(won)", "still used", "in use", "adopted org wide"
_OUTCOMES = word_set(
    "won still use used live now saved up down zero time budget no more fewer less"
)


def _with_none(said: Any, tail: str) -> Any:
    """The clause with a tail's nought said as "with no" ("handled ~220 nitrate cans, 0
    incidents": "I handled about 220 nitrate cans with no incidents"); else as it is."""
    nought = next((found for p in _tail_parts(tail) if (found := _NOUGHT.fullmatch(p))), None)
    if nought is None or said.whole is not None:
        return said
    return dataclasses.replace(said, rest=f"{said.rest} with no {nought['what']}")


# a result of none, typed as a note: "0 incidents", "zero dead air", "no complaints"
_NOUGHT = re.compile(r"(?i)(?:0|zero|no)\s+(?P<what>[a-z]+(?:[ -][a-z]+){0,2})")


def _bare_thing(rest: str) -> bool:
    """Whether a clause's object is one thing named with no article ("cracked bracket on X")."""
    words = rest.split()
    while words and words[0] in _PARTICLES:  # "set up the SABR QA programme"
        words = words[1:]
    phrase = []
    for typed in words:
        word = typed.strip(",;:.")
        if word.lower() in PREPOSITIONS or not word.isalpha():
            break
        phrase.append(word)
        if word != typed:  # "coded welder, 6G": the phrase ends at its comma
            break
    if not phrase or phrase[0].lower() in DETERMINERS or not phrase[-1].islower():
        return False
    last = phrase[-1]
    return lexicon.is_noun(last) and not last.endswith("s") and phrase[0].islower()


_PARTICLES = frozenset(["up", "out", "down", "off", "back"])
_PAPER = re.compile(r"(?i)\b(?:certificates?|licen[cs]es?|diplomas?|degrees?)\b")
_PAPER_TYPED = re.compile(r"(?i)\b(?:cert|licen|dip|degree|qualif)")
# readings of a head that went wrong: an article before a quoted name of many ("a 'pause for the
# patient' debriefs"), "of whom" for things ("150 FOI requests, two of whom")
_ODD = re.compile(r"\ban? '[^']+' \w+s\b|\bof whom\b")
_PREP_BARE = re.compile(r"\b(?:in|at|on|of|for|with|from) (?P<noun>[a-z]+) [A-Z0-9]")
_PAPER_LAST = re.compile(r"(?i)\b(?:diploma|certificate|degree|licen[cs]e)$")
_SMALL = FUNCTION_WORDS | NUMBER_WORDS
_THOUSANDS = re.compile(r"(?i)\d\s?k\b")


def after(reader: Callable[..., _Item]) -> Callable[..., _Item]:
    """`items.read_point` with this reading for a line every other reading left out."""

    @functools.wraps(reader)
    def read_point(line: str, *args: Any, **options: Any) -> _Item:
        read = reader(line, *args, **options)
        if getattr(read, "said", None) is not None or "?" in line or options.get("offer"):
            return read  # an offer's head is a wish cut short ("I would bring calm / safe")
        if getattr(read, "why", "") in (itemfront.PRAISE, itemfront.RETOLD):
            return read  # left out for what it is, whatever its head says ("I was able to ...")
        if fronted := _FRONTED_WHEN.match(line.strip().rstrip(".")):
            # "After I handled X, the principal asked me to ...": the main clause first
            main = fronted["main"]
            again = reader(
                f"{main[:1].upper()}{main[1:]} {fronted['when'][:1].lower()}{fronted['when'][1:]}",
                *args,
                **options,
            )
            if getattr(again, "said", None) is not None:
                return dataclasses.replace(again, source=line)  # type: ignore[type-var]
        for head in heads(line):
            if _FRONTED_WHEN.match(head + ", x"):
                continue  # "After I handled X": a time of a deed, never a point of its own
            again = reader(head, *args, **options)
            said = getattr(again, "said", None)
            tail = line[len(head) :]
            if said is not None and _plain(head, said) and not _result_lost(said, tail):
                said = _with_none(said, tail)
                return dataclasses.replace(again, source=line, said=said)  # type: ignore[type-var]
        return read

    return read_point


# A deed's time said first, then what came of it: "After I handled an aggressive parent calmly,
# the principal asked me to help train other staff" (round 48, h1372).
_FRONTED_WHEN = re.compile(
    r"^(?P<when>(?:After|When|Once|Since|Before) I [^,]+), (?P<main>(?:the|my|our) [^,]+)$"
)


def first_said(typed: str, read: Callable[[str], str]) -> str:
    """What `read` says of the longest head of `typed` it can say plainly, or "": an answer
    typed with its detail ("the schedule must be agreed with the councillors before it is
    published, with a hotline and weekly figures per zone": "I said that the schedule must be
    agreed with the councillors before it is published")."""
    for head in heads(typed, _ANSWER_CLAIM):
        if len(head.split()) < 4 or re.search(r"\b[A-Z]{2,}\b", head) or _STORY.search(head):
            continue  # "stop tx", "said IPAF": too little, or initials no reader spelled out;
            # "told the chlorine dose story": a story named, not told (reader 67's h374)
        said = read(head)
        verb = re.match(r"I (?:said (?:that )?I )?(?:would )?(\w+) (?P<rest>.+)$", said or "")
        if said and not _MARKS.search(said) and not (verb and _bare_thing(verb["rest"])):
            return said
    return ""
