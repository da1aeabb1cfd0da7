"""Personal notes by kind: a note about the interviewer becomes one fitting line to them.

A note is said back to them in the second person ("she is flying to Lisbon next week" -> "you
are flying to Lisbon next week"), then used by what it is: an upcoming event gets a wish, a
recommendation thanks and what the candidate will do with it, a shared background "we both ...",
an ongoing interest a brief warm line. A note about illness, loss or other private matters, or
one that cannot be turned round safely, is left out, and `Rapport.skipped` says why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from composer.offline import phrasebook
from composer.offline.phrasebook import Variation

_FIRST_PERSON = re.compile(r"\b(i|me|my|mine|we|us|our|ours|myself|ourselves)\b", re.IGNORECASE)
_SAD = re.compile(
    r"\b(passed away|died|death|ill|illness|sick|hospital|surgery|injur\w*|funeral|divorce\w*|"
    r"laid off|lost|loss|grief|grieving|cancer|accident|recovering)\b",
    re.IGNORECASE,
)
_SUBJECTS = {"he": "you", "she": "you", "they": "you"}
_OBJECTS = {"him": "you", "them": "you"}
_POSSESSIVES = {"his": "your", "their": "your"}
_STANDALONE = {"hers": "yours", "theirs": "yours"}
_REFLEXIVE = {"himself": "yourself", "herself": "yourself", "themselves": "yourself",
              "themself": "yourself"}  # fmt: skip
_BE = {
    "is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
    "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't", "is not": "are not",
    "was not": "were not", "has not": "have not", "does not": "do not",
}  # fmt: skip
_ADVERBS = frozenset(
    [
        "just",
        "recently",
        "also",
        "already",
        "still",
        "really",
        "actually",
        "finally",
        "often",
        "always",
        "never",
        "soon",
        "newly",
        "currently",
    ]
)
_PARTICIPLES = frozenset(
    ["been", "got", "gotten", "done", "had", "made", "taken", "gone", "seen", "started"]
)
_TRAVEL = re.compile(
    r"^you are (?:flying|travelling|traveling|heading|going|off|jetting|sailing|driving"
    r"|taking (?:your|the)(?: [\w'-]+){1,3}?)"
    r" (?:back )?to (?P<place>.+?)(?P<when> (?:next|this|on|in|at the end of|later this) .+"
    r"| tomorrow| soon| shortly)?$"
)
# A "place" with one of these in it is an occasion, not a destination ("going to a concert").
_OCCASIONS = re.compile(
    r"\b(concert|gig|wedding|party|conference|festival|game|match|final|show|play|opera|ballet"
    r"|exhibition|meetup|summit|reunion|premiere|tournament|graduation|launch|celebration)s?\b",
    re.IGNORECASE,
)
# "-ing" activities for which a wish of luck fits: an exam, a race, a talk, a launch.
_LUCK_VERBS = frozenset(
    [
        "running",
        "competing",
        "racing",
        "training",
        "preparing",
        "presenting",
        "speaking",
        "studying",
        "sitting",
        "finishing",
        "launching",
        "starting",
        "hosting",
        "taking",
        "defending",
        "swimming",
        "climbing",
        "organising",
        "organizing",
        "performing",
        "pitching",
        "playing",
        "riding",
    ]
)
# "-ing" pastimes the interviewer will enjoy: wishing them a good time fits.
_LEISURE_VERBS = frozenset(
    [
        "cycling",
        "hiking",
        "walking",
        "trekking",
        "backpacking",
        "camping",
        "skiing",
        "snowboarding",
        "surfing",
        "kayaking",
        "diving",
        "touring",
        "exploring",
        "visiting",
        "holidaying",
        "vacationing",
        "spending",
        "attending",
        "seeing",
        "watching",
    ]
)
# Happy news about them: congratulations fit.
_CELEBRATION = re.compile(
    r"^you (?:(?:just|recently) )?(?:are (?:(?:just|recently) )?(?:getting (?:married|engaged)"
    r"|expecting|celebrating)|got (?:married|engaged)|became (?:a )?(?:parents?|grandparents?)"
    r"|had a baby)\b"
)
_PETS = (
    r"dog|puppy|pup|cat|kitten|greyhound|spaniel|terrier|retriever|labrador|collie|poodle"
    r"|beagle|dachshund|whippet|lurcher|rabbit|bunny|hamster|guinea pig|parrot|budgie|tortoise"
    r"|horse|pony"
)
_NEW_PET = re.compile(
    r"^you (?:(?:just|recently) )?(?:(?:adopted|got|rescued|brought home|welcomed) an? (?:new )?"
    rf"|have an? new )(?P<pet>(?:[\w-]+ ){{0,2}}?(?:{_PETS}))$"
)
_RECOMMENDED = re.compile(r"^you (?:(?:also|kindly) )?(?:recommended|suggested) (?P<what>.+)$")
_REPORTED = re.compile(
    r"^(?:he|she|they) (?:mentioned|said|told us|told me|explained|shared|noted) (?:that )?",
    re.IGNORECASE,
)
_CLAUSE_HEADS = frozenset({"he", "she", "they", "his", "her", "their", "he's", "she's", "they're"})
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_FUTURE = re.compile(
    r"\b(will|going to|soon|tomorrow|tonight|later this \w+|next (?!to\b|door\b)\w+"
    r"|this (week|month|summer|winter|spring|autumn|fall|year|weekend|" + _DAYS + ")"
    r"|on (" + _DAYS + r")|in (" + _MONTHS + r"))\b",
    re.IGNORECASE,
)
_MOVE = re.compile(r"^(?:you are|your [\w' -]+ (?:is|are)) (?:moving|relocating)\b")
_MOVED = re.compile(r"^you (?:(?:just|recently) )?(?:moved|relocated)\b")
# "you spent", "you were", "you have been": something that already happened.
_PAST = re.compile(
    r"^you (?:(?:just|recently|already|once|also) )?(?:have |had )?"
    r"(?:been|were|had|went|spent|got|came|saw|took|did|made|ran|won|\w+(?<!e)ed)\b"
)


def _deinflect(verb: str) -> str:
    """The plain form of a third-person verb: loves -> love, watches -> watch, flies -> fly."""
    lower = verb.lower()
    if lower == "has":
        return "have"
    if lower == "does":
        return "do"
    if lower == "goes":
        return "go"
    if lower.endswith("ies") and len(lower) > 4:
        return verb[:-3] + "y"
    if re.search(r"(ss|sh|ch|x|z|o)es$", lower):
        return verb[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return verb[:-1]
    return verb


def second_person(note: str, names: Sequence[str] = ()) -> str | None:
    """Turn a note about the interviewer into the same fact said to them, or None if unsure.

    "she is flying to Lisbon next week" -> "you are flying to Lisbon next week";
    "his team is moving to Austin" -> "your team is moving to Austin".
    """
    text = " ".join(note.strip().rstrip(".!;").split())
    if not text or _FIRST_PERSON.search(text) or re.search(r"[\"“”?!()\[\]{}<>]", text):
        return None
    for name in sorted((n for n in names if n), key=len, reverse=True):
        if text.lower().startswith(name.lower() + " "):
            text = "she " + text[len(name) + 1 :]  # the pronoun's gender never reaches the letter
            break
    tokens = text.split(" ")
    head = tokens[0].lower()
    reported = _REPORTED.match(text)
    if reported:
        # "she mentioned (that) her favourite film is Alien": keep only what was said.
        rest = text[reported.end() :]
        return second_person(rest) if rest.split(" ", 1)[0].lower() in _CLAUSE_HEADS else None
    if head in _POSSESSIVES or head == "her":
        # "her/his/their <noun> ..." is the subject: the verb keeps its third person.
        tokens[0] = "your"
        out = tokens
        start = 1
    elif head in _SUBJECTS:
        tokens[0] = "you"
        start = 1
        # Skip adverbs, then fix the verb's agreement with "you".
        i = 1
        while i < len(tokens) and tokens[i].lower() in _ADVERBS:
            i += 1
        if i >= len(tokens):
            return None
        verb = tokens[i].lower()
        pair = f"{verb} {tokens[i + 1].lower()}" if i + 1 < len(tokens) else ""
        if head != "they":
            if pair in _BE:
                tokens[i : i + 2] = _BE[pair].split(" ")
            elif verb in _BE:
                tokens[i] = _BE[verb]
            elif verb in ("'s", "’s"):
                return None
            elif verb.endswith("s") and verb.isalpha() and not verb.endswith("ss"):
                tokens[i] = _deinflect(tokens[i])
            elif verb in ("will", "can", "could", "would", "should", "might", "may", "must"):
                pass
            elif not verb.isalpha():
                return None
        out = tokens
    elif head in ("he's", "she's", "he’s", "she’s"):
        follow = tokens[1].lower() if len(tokens) > 1 else ""
        have = follow in _PARTICIPLES or (follow.endswith("ed") and follow not in _LUCK_VERBS)
        out = ["you", "have" if have else "are", *tokens[1:]]
        start = 2
    elif head in ("they're", "they’re"):
        out = ["you", "are", *tokens[1:]]
        start = 2
    else:
        return None
    result = out[:start]
    for index, token in enumerate(out[start:], start):
        lower = token.lower()
        nxt = out[index + 1].lower() if index + 1 < len(out) else ""
        if lower in _SUBJECTS:
            return None  # a second clause about them ("..., and she ..."): too risky to rewrite
        if lower in _OBJECTS:
            token = _OBJECTS[lower]
        elif lower in _POSSESSIVES:
            token = _POSSESSIVES[lower]
        elif lower in _STANDALONE:
            token = _STANDALONE[lower]
        elif lower in _REFLEXIVE:
            token = _REFLEXIVE[lower]
        elif lower == "her":
            # Possessive before a word ("her dog"), object at the end or before a preposition.
            preps = {"to", "for", "with", "about", "and", "at", "in", "on", "from", "by", "of"}
            token = "you" if not nxt or nxt in preps else "your"
        result.append(token)
    return " ".join(result)


def rapport_kind(clause: str) -> tuple[str, str]:
    """What kind of note a clause said to the interviewer is, and the detail its line needs.

    "you are flying to Lisbon next week" is a ("trip", "trip to Lisbon next week"); a note of no
    known kind ("you are hiring a second designer") is "neutral": no wish, only that it was heard.
    """
    travel = _TRAVEL.match(clause)
    if travel:
        place = travel.group("place")
        if _OCCASIONS.search(place):
            return "occasion", ""
        return "trip", f"trip to {place}{travel.group('when') or ''}"
    if _CELEBRATION.match(clause):
        return "celebration", ""
    pet = _NEW_PET.match(clause)
    if pet:
        return "pet", pet.group("pet")
    recommended = _RECOMMENDED.match(clause)
    if recommended:
        return "recommendation", recommended.group("what")
    if _MOVE.match(clause):
        return "move", ""
    if _MOVED.match(clause):
        return "settling", ""
    words = clause.split(" ")
    if words[:2] == ["you", "are"]:
        verb = next((w.lower() for w in words[2:] if w.lower() not in _ADVERBS), "")
        if verb in _LUCK_VERBS:
            return "luck", ""
        if verb in _LEISURE_VERBS:
            return ("occasion" if _OCCASIONS.search(clause) else "leisure"), ""
    if _FUTURE.search(clause) and not _PAST.match(clause):
        return "future", ""
    return "neutral", ""


_SHARED = re.compile(r"^(?:we|both of us)\b", re.IGNORECASE)
_SHARED_ANYWHERE = re.compile(
    r"\b(?:we both|both of us|like me|as do i|as did i|same as me)\b", re.I
)
_READING_IT = re.compile(
    r"^you are (?:reading|watching|listening to|playing) (?P<what>.+?) and (?:recommended|"
    r"suggested) it$"
)
# What the candidate will do with a recommendation, by the kind of thing recommended.
_ACTIONS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\b(book|novel|biography|memoir|article|paper|essay|guide|newsletter|blog)s?\b",
                re.I), "reading", "read"),
    (re.compile(r"\b(film|movie|documentary|series|show|talk|video|lecture)s?\b", re.I),
     "watching", "watch"),
    (re.compile(r"\b(podcast|album|song|record|playlist)s?\b", re.I), "listening to", "listen to"),
    (re.compile(r"\b(restaurant|caf[eé]|bakery|bar|pub|recipe)s?\b", re.I), "trying", "try"),
)  # fmt: skip
_KIND_SECTIONS = {
    "trip": "wish_trip",
    "occasion": "wish_time",
    "luck": "wish_luck",
    "leisure": "wish_leisure",
    "celebration": "celebration",
    "pet": "pet",
    "move": "wish_move",
    "settling": "settling",
    "future": "wish_event",
    "neutral": "interest_line",
}


@dataclass(frozen=True)
class RapportLine:
    """One line to the interviewer from a personal note, or why the note was left out."""

    text: str | None
    skipped: str | None = None  # why the note is not used, for the report


def _action(what: str) -> tuple[str, str]:
    for pattern, gerund, base in _ACTIONS:
        if pattern.search(what):
            return gerund, base
    return "looking into", "look into"


def _shared(note: str) -> str | None:
    """ "we both grew up in Leeds" said as it is, lower-case first, no final stop."""
    text = " ".join(note.strip().rstrip(".!;").split())
    if not _SHARED.match(text) or re.search(r"[\"“”?!()\[\]{}<>]", text):
        return None
    # "we were both postdocs at the IHR, she was there in 2015": the shared part only
    text = re.split(r",\s+(?:he|she|they|but|though)\b", text, maxsplit=1)[0]
    return text[0].lower() + text[1:]


def rapport_line(
    note: str,
    names: Sequence[str] = (),
    *,
    tone: str = "warm",
    channel: str = "email",
    variation: Variation | None = None,
    fits: Callable[[str], bool] = lambda _: True,
) -> RapportLine:
    """The line for one personal note, by its kind; `text` None (with the reason) when unsafe.

    `fits` turns down a wording the letter would rather not use (one that repeats its words).
    """
    variation = variation or Variation("")

    def wordings(section: str) -> tuple[str, ...]:
        options = phrasebook.wordings(section, tone, channel)
        return tuple(o for o in options if fits(o)) or options

    if _SAD.search(note):
        return RapportLine(None, "it is about a private or sad matter")
    shared = _shared(note)
    if shared is not None:
        options = wordings("shared")
        return RapportLine(variation.pick("rapport", options).format(clause=shared))
    if _SHARED_ANYWHERE.search(note):
        return RapportLine(None, "it is about you as well; say it in your own words")
    clause = second_person(note, names)
    if clause is None:
        return RapportLine(None, "it could not be turned into a line addressed to them")
    reading = _READING_IT.match(clause)
    kind, detail = ("recommendation", reading.group("what")) if reading else rapport_kind(clause)
    if kind == "recommendation":
        gerund, base = _action(detail)
        options = wordings("recommendation")
        line = variation.pick("rapport", options)
        return RapportLine(line.format(what=detail, action=gerund, base=base))
    options = wordings(_KIND_SECTIONS[kind])
    if "enjoy" in clause:
        # "I enjoyed hearing that you enjoy ..." reads clumsily: another wording first.
        options = tuple(o for o in options if "enjoy" not in o) or options
    line = variation.pick("rapport", options)
    return RapportLine(line.format(clause=clause, detail=detail))
