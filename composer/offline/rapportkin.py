"""A relative's coming event typed short, said as the clause rapport reads: "daughter's nativity
play thurs" -> "her daughter's nativity play is on thurs".

Notes on someone's child (or partner, or grandchild) and an event of theirs ahead are typed
with no verb, or with one that only says the event is theirs. The grammar says what the event
is, whatever the event's words: what follows a relative's possessive is the event, and so is
the object of "has (got) a", "is in the" or "is playing in the". A time ahead must end the note
(a day, "this wknd", "next week", "in jan", ...): without one there is nothing to wish them for.

- "daughter's nativity play thurs", "her son's prizegiving on fri"
- "son's got a junior cricket carnival in dalby this wknd"
- "her son is in the school panto tues", "his son is playing in the under-12 rugby final on sat"

All become "<her|his|their> <relative>'s <event> is <when>", which `rapportcoming` wishes well
("I hope your daughter's nativity play on Thursday goes well."). Any other note gives None.
"""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.rapportpatterns import RELATIVES

_DAY = (
    r"(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?|wednesday|thursday|saturday"
    r"|tuesday"
)
_MONTH = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july"
    r"|august|september|october|november|december"
)
# The time ahead a note ends with, as typed: "thurs", "on fri night", "this wknd", "in jan".
_WHEN = (
    rf"(?P<on>on\s+)?(?P<day>(?:{_DAY})(?:\s+(?:night|morning|afternoon|evening))?"
    rf"(?:\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?)?)"
    rf"|(?P<other>(?:this|next|nxt)\s+(?:wknd|weekend|week|wk|month|{_DAY})|tomorrow|tmrw|tonight"
    rf"|(?:in|early|late|end\s+of)\s+(?:{_MONTH})\.?|on\s+the\s+\d{{1,2}}(?:st|nd|rd|th))"
)
_WHOSE = rf"(?:(?P<pron>her|his|their)\s+)?(?P<rel>{RELATIVES})"
# "daughter's nativity play thurs": the event after the possessive, the time after it.
_POSSESSED = re.compile(
    rf"^{_WHOSE}(?:'s|’s|s'|s|(?<=s)['’])\s+(?P<what>[\w'’-]+(?:\s+[\w'’-]+){{0,5}}?)\s+(?:is\s+|are\s+)?"
    rf"(?:{_WHEN})$",
    re.IGNORECASE,
)
# "son's got a junior cricket carnival ...", "her son is in the school panto tues", "his son is
# playing in the final on sat": the event is the object.
_HAS_ONE = re.compile(
    rf"^{_WHOSE}(?:\s+has\s+got|\s+has|\s+have|'s\s+got|’s\s+got|\s+got|\s+is\s+(?:in|doing)"
    rf"|'s\s+in|\s+is\s+(?P<ing>[a-z]+ing)\s+(?:in|at)|\s+plays(?:\s+in)?)\s+(?:a|an|the|her|his|their)\s+"
    rf"(?P<what>[\w'’-]+(?:\s+[\w'’-]+){{0,5}}?)\s+(?:{_WHEN})$",
    re.IGNORECASE,
)
# Words that make what follows the possessive no event but a clause ("son's got", "teacher is
# on strike").
_NOT_EVENT = frozenset(["is", "are", "was", "were", "has", "got", "just", "been", "had", "will"])


# Verbs that say only when the event is ("mocks start monday", "term begins in jan").
_ASPECT = frozenset(
    ["start", "starts", "begin", "begins", "resume", "resumes", "finish", "finishes"]
)
# Words after a gerund that make it a verb ("playing at the"), not a kind ("swimming gala").
_AFTER_VERB = frozenset(["at", "in", "on", "for", "to", "with", "the", "a", "an", "his", "her"])


def _without_asides(note: str) -> str:
    """`note` with its brackets ("(grade 4)"), runs of spaces and the closing mark taken out."""
    return " ".join(re.sub(r"\([^()]*\)", " ", note).split()).rstrip(" .!")


def kin_event(note: str) -> str | None:
    """ "daughter's nativity play thurs" -> "her daughter's nativity play is on thurs"; None
    unless the note is a relative's event typed as above with a time ahead at its end."""
    text = _without_asides(note)
    found = _HAS_ONE.match(text) or _POSSESSED.match(text)
    if found is None:
        return None
    what = found["what"]
    said = what.lower().split()
    if len(said) > 1 and said[-1] in _ASPECT:  # "son's gcse mocks start monday": the mocks
        what, said = what.rsplit(" ", 1)[0], said[:-1]
    if _NOT_EVENT.intersection(said) or said[-1] in ("and", "of", "the", "a", "in", "at", "on"):
        return None
    if found.re is _HAS_ONE and found["ing"] and not lexicon.is_gerund(found["ing"].lower()):
        return None
    doing = [
        w for w, after in itertools.pairwise(said) if after in _AFTER_VERB and lexicon.is_gerund(w)
    ]
    if doing:  # "sons band playing at the Leadmill fri": a clause, read elsewhere
        return None
    if len(said) > 1 and lexicon.is_gerund(said[0]) and lexicon.is_participle(said[1]):
        return None  # "sister's getting married in goa next month": a clause, never an event
    last = said[-1]
    kinds = lexicon.classes(last)
    if kinds and ("adv" in kinds or not (lexicon.is_noun(last) or lexicon.is_plural_noun(last))):
        return None  # "son's team lost sat", "results out in jan": an event ends in a noun
    pron = (found["pron"] or "her").lower()
    rel = found["rel"].lower()
    whose = lexicon.genitive(rel)
    when = f"on {found['day']}" if found["day"] else found["other"]
    return f"{pron} {whose} {what} is {when}"


# "her son just started at lincoln doing ag science", "daughter has just started uni in leeds":
# a relative's new start (a school, a university, a job), and where, when the note says.
_STARTED = re.compile(
    rf"^{_WHOSE}\s+(?:has\s+)?(?:just|recently)\s+(?:started|began)\s+(?P<what>at|uni|university"
    r"|college|school|secondary|high\s+school|nursery|a\s+new\s+job|work|an?\s+apprenticeship)"
    r"\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def kin_start(note: str) -> tuple[str, dict[str, str]] | None:
    """ "her son just started at lincoln doing ag science" -> ("kin_start", {"rel": "son",
    "place": " at Lincoln"}): a relative's new start, wished to settle in well; the place is the
    word after "at" or "in", a name by where it stands (a word the tables know there is left
    out: "in town"), what they study or do there an aside. None for any other note."""
    text = _without_asides(note)
    found = _STARTED.match(text.split(",")[0].split(" - ")[0])
    if found is None:
        return None
    rel = found["rel"].lower()
    rest = found["rest"]
    lead = found["what"].lower()
    rest = rest if lead != "at" else f" at{rest}"
    at = re.match(r"^\s+(?P<prep>at|in)\s+(?P<place>[\w'-]+)", rest)
    after = rest[at.end() :].split() if at else []
    if after and not after[0].lower().endswith("ing"):  # "at Leeds dental school": the readers'
        return None
    place = at["place"] if at else ""
    if place.islower():  # "in leeds": a name by where it stands, unless it is a word
        place = "" if lexicon.classes(place) or lexicon.is_gerund(place) else place.capitalize()
    where = f" {at['prep']} {place}" if at and place else ""
    return "kin_start", {"rel": rel, "place": where}


# "her daughter is doing veterinary at Córdoba - same uni as me!!": a relative studying where
# the candidate studied, something the two share.
_SAME_SCHOOL = re.compile(
    rf"^{_WHOSE}\s+(?:is|'s|’s)\s+(?:doing|studying|reading)\s+(?P<subject>[a-z][a-z ]{{2,40}}?)"
    r"\s+(?:at|in)\s+(?P<place>(?-i:(?:the\s+)?[A-ZÀ-Þ][\w'’-]+(?:\s+(?:of\s+)?[A-ZÀ-Þ][\w'’-]+){0,3}))"
    r"(?:\s+now)?\s*(?:[-–—,;(]\s*)(?:the\s+)?same\s+(?P<kind>uni|university|college|school|course)"
    r"\s+(?:as\s+me|I\s+did)\b\W*(?:mention(?:\s+again)?\W*)?$",
    re.IGNORECASE,
)
# Subjects typed as their adjective: "doing veterinary".
_SUBJECTS = {
    "veterinary": "veterinary medicine",
    "vet": "veterinary medicine",
    "vet nursing": "veterinary nursing",
    "med": "medicine",
}


def kin_same_school(note: str) -> str | None:
    """ "her daughter is doing veterinary at Córdoba - same uni as me" -> "I was glad to hear
    that your daughter is studying veterinary medicine at Córdoba, where I studied too."; None
    for any other note."""
    found = _SAME_SCHOOL.match(" ".join(note.split()))
    if found is None or not found["pron"]:
        return None
    subject = _SUBJECTS.get(found["subject"].lower(), found["subject"].lower())
    rel = found["rel"].lower()
    shared = (
        "the same course I took" if found["kind"].lower() == "course" else "where I studied too"
    )
    return (
        f"I was glad to hear that your {rel} is studying {subject} at {found['place']}, {shared}."
    )
