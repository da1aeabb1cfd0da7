"""An event of theirs coming up, named inside a note no other reading could say ("his daughter
plays second violin in the youth orchestra's Christmas concert on 19 December", "her border
collie does agility, tournament in Dortmund sat 12.12"): the event wished well, by its name and
when it is ("I hope the youth orchestra's Christmas concert on 19 December goes well."). Read
last, when the note's other readings left it out as a fact a letter could only repeat back.

An event is a noun of a closed class (a concert, a tournament, a race ...) with a time ahead
after it (a date, a weekday, "this weekend", "next month", "in February"); a note that says it
is past ("last", "won", "ago") has none."""

from __future__ import annotations

from composer import regexes as re
from composer.english import SHORT_NAMES
from composer.offline.dictionary import in_dictionary
from composer.offline.heard import WEEKDAY_SHORT, month_named
from composer.offline.lexicon import genitive, known

_EVENTS = (
    r"concert|recital|tournament|race|marathon|half[- ]marathon|triathlon|match|final|show"
    r"|exhibition|competition|championships?|gala|festival|performance|premiere|wedding"
    r"|graduation|exams?|fun run|regatta|derby|trials|play|nativity"
)
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_WHEN = (
    rf"(?:on\s+)?the\s+weekend\s+of\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+"
    rf"|on\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]+|on\s+[A-Z][a-z]+day"
    rf"|(?:this|next)\s+(?:week(?:end)?|month|[A-Za-z]+day)|in\s+(?:{_MONTHS})[a-z]*"
    rf"|(?:on\s+)?{WEEKDAY_SHORT}(?:[a-z]*day)?\b(?:\s+\d{{1,2}}[./]\d{{1,2}}\.?"
    rf"|\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})[a-z]*\b\.?)?|tomorrow"
)
_EVENT = re.compile(
    rf"(?P<np>(?:(?:the|a|an|his|her|their|[\w-]+'s)\s+)?(?:[\w'&-]+\s+){{0,3}}?(?:{_EVENTS}))"
    rf"(?P<place>\s+in\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)?\s+(?P<when>{_WHEN})\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"(?i)\b(?:last|yesterday|ago|won|came|went|was|were|had)\b")
_OWNERS = {"his": "your", "her": "your", "their": "your"}
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "my", "your"])
# Words that end the part of a note before an event's name: what is done, not what it is.
# A relative typed as the note's subject ("her son make his first race ..."): the race is theirs.
_RELATIVE = re.compile(
    r"(?i)^(?:her|his|their)\s+(?P<rel>son|daughter|husband|wife|partner|kids?|children|boy|girl"
    r"|brother|sister|father|dad|mother|mum|mom|grandson|granddaughter|twins)\b"
)
_BEFORE = re.compile(r"(?i)^(?:in|at|for|to|does|plays?|playing|doing|has|have|is|are)$")


def event_wish(note: str) -> str | None:
    """The wish for the event coming up that `note` names, or None."""
    if _PAST.search(note):
        return None
    matches = list(_EVENT.finditer(note))  # the last event named is the one the note ends on
    found = matches[-1] if matches else None
    if found is None:
        return None
    words = found["np"].split()
    while words and _BEFORE.match(words[0]):
        words = words[1:]  # "plays in the concert": the concert
    dets = [i for i, w in enumerate(words) if w.lower() in _DETERMINERS]
    words = words[dets[-1] :] if dets else words  # "running a half marathon": a half marathon
    if not words or any(w.lower() in ("they", "he", "she", "we", "i") for w in words):
        return None  # "they have concert in Oslo": a clause, no event's name
    if any(_typed_name(w) for w in words):
        return None  # "the plymouth half marathon": a name whose capitals are not sure
    named = len([w for w in words if w.lower() not in _DETERMINERS]) > 1
    if named and not re.search(r"(?<!^)[A-Z]", note.strip()):
        return None  # "the national honey show" typed by one who types no capitals: a name?
    first = words[0].lower()
    relative = _RELATIVE.match(note.strip())
    if first in _OWNERS and relative and relative.end() <= found.start():
        words[0] = genitive(f"your {relative['rel'].lower()}")  # "your son's", never "your"
    elif first in _OWNERS:
        words[0] = _OWNERS[first]
    elif first in ("a", "an"):
        words[0] = "the"
    elif first != "the" and not first.endswith("'s"):
        words.insert(0, "the")
    elif first.endswith("'s") and words[0][:1].islower():
        words.insert(0, "the")  # "the youth orchestra's concert"
    goes = "go" if re.search(r"[^s]s$", words[-1]) else "goes"  # "the exams", "the trials"
    return f"I hope {' '.join(words)}{found['place'] or ''} {_when(found['when'])} {goes} well."


def _typed_name(word: str) -> bool:
    """A word typed in lower case that no dictionary knows: a name whose capitals are unsure."""
    bare = re.sub(r"'s$", "", word)
    return bare.isalpha() and bare.islower() and not (known(bare) or in_dictionary(bare))


# A weekday with its date: "sat 24 aug", "on Saturday 24th August".
_DAY_DATE = re.compile(
    rf"(?i)(?:on\s+)?(?P<day>{WEEKDAY_SHORT}(?:[a-z]*day)?)\s+(?P<n>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"\s+(?P<month>(?:{_MONTHS})[a-z]*)\.?"
)


def _when(typed: str) -> str:
    """A time typed short said in full: "sat 12.12" -> "on Saturday", "in feb" -> "in
    February", "on saturday" -> "on Saturday"; a time typed in full as typed."""
    words = re.sub(r"\s+\d{1,2}[./]\d{1,2}\.?$", "", typed).split()
    dated = _DAY_DATE.fullmatch(" ".join(words))
    if dated:  # "sat 24 aug" -> "on Saturday 24 August": a day more than a week off keeps its date
        day = SHORT_NAMES.get(dated["day"].lower(), dated["day"].capitalize())
        return f"on {day} {int(dated['n'])} {month_named(dated['month'])}"
    if words[0].lower() == "tomorrow":
        return "tomorrow"
    if words[0].lower() == "the":  # "the weekend of 19 December"
        return f"on {' '.join(words)}"
    if (words[0].lower() in ("on", "in") and len(words) == 2) or len(words) == 1:
        name = words[-1]
        full = SHORT_NAMES.get(name.lower(), name.capitalize() if name.isalpha() else name)
        return f"{'in' if words[0].lower() == 'in' else 'on'} {full}"
    return " ".join(words)
