"""Shorter names of a long topic, for a LinkedIn note with no room to say it whole.

A note of 200 characters that names a long role and company has room for a topic of about
thirty characters. "how a one percent change in student retention moves the tuition budget by
about $410,000 a year" does not fit; "student retention" does, and still names what that reader
talked about, which the note otherwise would not say at all. Each shorter name is the topic's
own words, cut at a seam that keeps a noun phrase whole: a trailing time ("each term", "by
2030") or clause ("now that ..."), a figure's phrase ("by about $410,000"), then the phrase a
head noun or a verb governs ("the decline in X" -> "X", "how the office should report X to the
board" -> "X"). Nothing new is said: a name is only ever fewer of the topic's words.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS, PREPOSITIONS

__all__ = ["short_names"]

_TIME = re.compile(
    r",?\s+(?:(?:each|every|per|a|next|this|last) (?:day|week|month|term|year|quarter|season"
    r"|spring|summer|autumn|fall|winter|batch|shift|semester)|(?:by|in|from|until|before|since)"
    r" (?:19|20)\d\d|over (?:the )?(?:last |past |next )?\w+ (?:years|months|weeks|cycles))$",
    re.IGNORECASE,
)
# A clause that only adds ("now that ...", ", which ..."); "a youth who refuses ..." is kept:
# with no comma, "who" says which youth.
_CLAUSE = re.compile(
    r"(?:,?\s+(?:now that|so that|because|since|while|once)|,\s+(?:which|who|whose|when|where"
    r"|as))\s.+$",
    re.IGNORECASE,
)
_FIGURE_PHRASE = re.compile(
    r"\s+(?:by|of|at|to|from|around)(?:\s+(?:about|around|roughly|some|nearly|almost|over|under))?"
    r"\s+[$£€]?\d[\d,.]*(?:\s?%|\s?(?:k|m|bn|million|billion))?$",
    re.IGNORECASE,
)
# A place or source said last: "students from the university programme", "at the counter".
_WHERE = re.compile(
    r"\s+(?:from|at|in|on|to|for|with|across|within)\s+(?:the|a|an|our|their|your|my)"
    r"(?:\s+[\w'-]+){1,3}$",
    re.IGNORECASE,
)
# A head noun whose phrase is about what follows it: "the decline in X", "a change in X".
_GOVERNED = re.compile(
    r"^(?:(?:how|why|what|whether)\s+)?(?:\w+ing\s+)?(?:(?:the|a|an|our|their|your)\s+)?(?:[\w-]+\s+){0,2}?(?:decline|rise|fall"
    r"|drop|change|growth|increase|decrease|shift|gap|cost|costs|rate|quality|future|use|role"
    r"|impact|effect|state)\s+(?:in|of|on|to|for)\s+(?P<np>.+)$",
    re.IGNORECASE,
)
# "how the office should report X ...", "how I would forecast X": the thing the verb is done to.
_HOW_VERB = re.compile(
    r"^(?:how|why|whether|when)\s+(?:[\w'-]+\s+){1,4}?(?:should|would|could|will|can|might"
    r"|to)\s+(?P<verb>[a-z]+)\s+(?P<np>.+)$",
    re.IGNORECASE,
)
_MIN_WORDS = 2


def _noun_phrase(text: str) -> str:
    """The noun phrase `text` opens with: up to its first verb, preposition or clause word."""
    kept: list[str] = []
    words = text.split()
    for place, word in enumerate(words):
        bare = word.strip(",.;:").lower()
        ends = word.endswith((",", ";", ":"))
        if kept and (bare in PREPOSITIONS or bare in {"and", "or", "that", "which", "now"}):
            break
        after = words[place + 1].lower() if place + 1 < len(words) else ""
        if kept and bare not in DETERMINERS and _verb(bare, after):
            break
        kept.append(word.strip(",.;:"))
        if ends:
            break
    return " ".join(kept)


def _verb(word: str, after: str) -> bool:
    """ "moves" in "retention moves the budget": a verb form, sure when a determiner follows."""
    if not (lexicon.is_third_person(word) or lexicon.is_past(word)):
        return False
    return not lexicon.is_noun(word) or after in DETERMINERS


def _named(name: str, topic: str) -> bool:
    words = name.split()
    said = [w for w in words if w.lower() not in DETERMINERS]  # "the cost" names nothing
    if words[0].lower() in PREPOSITIONS:  # "onto Kete" is no thing
        return False
    if len(said) < _MIN_WORDS or name == topic:
        return False
    last = words[-1].lower()
    return lexicon.is_noun(last) or not lexicon.known(last) or last[:1].isdigit()


# "working with ramp teams in summer heat and keeping radio instructions short and clear": the
# first of two doings (round 48, h1373)
_SECOND_DOING = re.compile(r",?\s+and\s+[a-z]+ing\b.*$")


def short_names(topic: str) -> list[str]:
    """Shorter names of `topic`, longest first, each of its own words (see the module's note);
    [] when no seam is found."""
    found: list[str] = []
    text = topic
    for pattern in (_CLAUSE, _TIME, _FIGURE_PHRASE, _TIME, _WHERE, _SECOND_DOING):
        cut = pattern.sub("", text).strip()
        if cut != text and len(cut.split()) >= _MIN_WORDS:
            text = cut
            found.append(text)
    for pattern in (_GOVERNED, _HOW_VERB):
        head = pattern.match(text)
        if head is not None:
            inner = _GOVERNED.match(head["np"])  # "cut the cost of X": X
            name = _noun_phrase((inner or head)["np"])
            if _named(name, topic):
                found.append(name)
    return list(dict.fromkeys(n for n in found if n != topic))
