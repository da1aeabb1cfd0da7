"""Which bare singular noun after a verb is one counted thing, and the article it takes by what
the verb does to it: a thing made, given or met once is new to the reader and takes "a" or "an"
("wrote a proper fault log", "would give a calm presence", "removed a hazard tree", "resolved
an overbooking complaint"); the idioms of a verb and one counted thing keep theirs ("keep a close
eye on", "lend a hand", "take a look at"); a thing run, led, joined or changed is one the
reader knows, which other modules name with "the" (`pointarticles`, `offerparts`), and is left.

A head counts when the word tables give it only a plural ("tree": "trees"), not when they give
it bare as well ("care", "feedback", "assessment", "service": a practice or a stuff), or when a
measure opens its phrase ("a 30m cedar", "a 120-room hotel": one sized thing). Where a verb, a
head or a word between is not sure, the words are left as typed.
"""

from __future__ import annotations

import functools

from composer import regexes as re
from composer.offline import fields, lexicon
from composer.offline.notespeak import place_kind
from composer.offline.words import (
    BROUGHT_HEADS,
    DETERMINERS,
    KNOWN_OBJECT_VERBS,
    MAKING_VERBS,
    NUMBER_WORDS,
    PREPOSITIONS,
)

__all__ = [
    "MEASURE",
    "brought_listed",
    "counted",
    "counted_here",
    "counted_of",
    "deed_kind",
    "event",
    "given_head",
    "idioms_said",
    "inner_word",
    "meets_one",
    "new_thing",
    "nominal_doing",
    "offer_made",
    "runs_known",
    "spread",
    "titled",
]

_SHARES = frozenset(["half", "third", "quarter", "thirds", "quarters"])
# Verbs of giving what the candidate has: what they give is one of theirs, new to the reader.
_GIVING = frozenset(["give", "offer", "provide", "lend", "contribute", "add"])
# Verbs whose object is a thing the reader may know already, or a measure, or a practice:
# run, led or joined ("ran the desk", "joined the night team"), changed ("improved the handover
# process", "cut waiting time"), or done as a routine ("did payroll", "processed weekly payroll").
# A verb and the one counted thing of an idiom, said with "a" ("keep a close eye on").
_IDIOMS = frozenset(
    [("keep", "eye"), ("lend", "hand"), ("give", "hand"), ("take", "look"), ("have", "look"),
     ("take", "peek"), ("have", "go"), ("play", "part"), ("make", "difference")]
)  # fmt: skip
# Heads of an idiom a note may type with "the" by habit, which the idiom never takes.
_ONLY_A = frozenset(["eye", "look", "peek", "go"])
_IDIOM_TAIL = (
    r" (?P<det>(?:the|a|an) )?(?P<adj>(?:[a-z]+ )??)(?P<head>[a-z]+)\b"
    r"(?P<after> (?:on|at|of|in|with|to|for)\b|[,.;]|$)"
)

# A part of the day or the year after "during", alone before a mark or a small word: "during
# night and improve ..." -> "during the night" (not "during night shifts": a kind of shift).
_DURING = re.compile(
    r"\bduring (?P<part>night|day|morning|afternoon|evening|week|weekend|summer|winter)"
    r"(?=[,.;:]|$| (?:and|or|but|when|while|so|to|on|at|in|with|for|from)\b)"
)


@functools.cache
def _idiom_pattern() -> re.Pattern[str]:
    """The idioms' verbs in every form ("keep", "kept", "keeping") and the phrase after."""
    forms = {f for verb, _ in _IDIOMS for f in lexicon.verb_forms(verb).values() if f}
    return re.compile(rf"\b(?P<verb>{'|'.join(sorted(forms, key=len, reverse=True))}){_IDIOM_TAIL}")


def counted(word: str, measured: bool = False) -> bool:
    """Whether `word` is a singular count noun: the tables give it only a plural ("tree",
    "clinic"; not "care", "feedback"), or, `measured` (a measure opens its phrase: "30m cedar",
    "120-room hotel"), any singular noun they know."""
    if word in _SHARES or not word.islower():
        return False  # "down by half": a share, never "the half"
    plurals = lexicon.noun_plurals(word)
    if not plurals or lexicon.is_plural_noun(word):
        return False
    return plurals[0] != word if measured else word not in plurals


def _lemma(verb: str) -> str:
    return lexicon.base_of(verb.lower()) or verb.lower()


@functools.cache
def making() -> frozenset[str]:
    """The verbs of making: what they make is new, one of a kind ("designed a mezzanine")."""
    return frozenset(_lemma(w) for w in MAKING_VERBS) - {"run"}


def new_thing(verb: str) -> bool:
    """Whether what `verb` is done to is new to the reader: a thing made or given ("write a
    proper fault log", "give a calm presence"), never one of theirs ("the")."""
    lemma = _lemma(verb)
    return lemma in making() or lemma in _GIVING


def meets_one(tokens: list[str], at: int) -> bool:
    """Whether the past verb at `tokens[at]`, a deed of the candidate's, acts once on one thing
    met there ("removed", "resolved", "dismantled", "made"): a verb of the tables, not one of a
    thing run, changed or done by routine (`KNOWN_OBJECT_VERBS`), nor one done again
    ("rebuilt"), nor "made" a post ("made cabin supervisor": became one)."""
    lower = tokens[at].lower()
    if not lower.isalpha() or not lexicon.is_past(lower):
        return False
    lemma = _lemma(lower)
    if lemma in KNOWN_OBJECT_VERBS or lemma in making():
        return False
    if lemma == "make" and any(_person(w) for w in tokens[at + 1 : at + 4]):
        return False
    again = lemma[2:] if lemma.startswith("re") else ""
    return not (again in making() or again in KNOWN_OBJECT_VERBS)


# Ranks one is "made" that the person tables lack ("made partner", "made sergeant").
_RANKS = frozenset(["partner", "associate", "fellow", "sergeant", "corporal", "principal"])


# Verbs of running a thing: what is run is one of the workplace's, named with "the" ("ran the
# dental list", "ran the monthly payroll"); typed as one bare word it stays ("ran payroll").
_RUNNING = frozenset(["run", "lead", "manage", "oversee", "supervise", "coordinate", "chair"])


def spread(tokens: list[str], head: int) -> bool:
    """Whether the thing at `head` is said of many after it ("repaired leading edge on about
    120 blades": an edge on each, not one): "on", "across", "for" or "at" and a figure."""
    after = [t.lower() for t in tokens[head + 1 : head + 4]]
    if not after or after[0] not in ("on", "across", "for", "at"):
        return False
    figure = after[2] if after[1:2] and after[1] in ("about", "around", "over", "~") else after[1:2]
    return bool(figure) and (figure[0][:1].isdigit() or figure[0] in NUMBER_WORDS)


def deed_kind(tokens: list[str], at: int) -> str | None:
    """What the past verb at `tokens[at]` does to its object: "met" once ("a"), "ran" (one of
    the workplace's, "the"), or None (left as typed)."""
    if meets_one(tokens, at):
        return "met"
    return "ran" if runs_known(tokens, at) else None


def runs_known(tokens: list[str], at: int) -> bool:
    """Whether the past verb at `tokens[at]` runs a thing of the workplace ("ran", "led")."""
    lower = tokens[at].lower()
    return lower.isalpha() and lexicon.is_past(lower) and _lemma(lower) in _RUNNING


def _person(word: str) -> bool:
    """A word naming a person or a post: "supervisor", "partner", "lead"."""
    lower = word.lower()
    if not lower.isalpha() or lower in PREPOSITIONS:
        return False
    return fields.is_post(lower) or lower.endswith("visor") or lower in _RANKS


def _idiom(found: re.Match[str]) -> str:
    verb, det, adj, head = found["verb"], found["det"], found["adj"], found["head"]
    if (_lemma(verb), head) not in _IDIOMS or (det and det != "the " and det.strip()):
        return found.group()
    if det == "the " and head not in _ONLY_A:
        return found.group()  # "play the part of", "make the difference": said as typed
    if adj and "adj" not in lexicon.classes(adj.strip()):
        return found.group()  # "keep shop eye ...": not a describing word before the head
    phrase = f"{adj}{head}"
    return f"{verb} {lexicon.article(phrase)} {phrase}{found['after']}"


def idioms_said(text: str) -> str:
    """ "keep close eye on X" -> "keep a close eye on X", "lend hand on" -> "lend a hand on",
    "keep the close eye" -> "keep a close eye": an idiom of a verb and one counted thing said
    with its "a"; a part of the day after "during" with its "the" ("during the night"); any
    other words as they were."""
    return _DURING.sub(r"during the \g<part>", _idiom_pattern().sub(_idiom, text))


def offer_made(tokens: list[str], at: int, section: str) -> str | None:
    """What a base verb of the offer at `tokens[at]` is to its object: "made" for a verb of
    making ("and write proper fault log": a log not there yet, "a"), "given" for one of giving
    ("give calm presence": the candidate's own, "a"), else None (a thing of theirs, "the")."""
    if section != "contribution" or at == 0 or not tokens[at].islower():
        return None
    before = tokens[at - 1].lower()
    if before not in ("and", ",", "to", "would", "could", "can", "will"):
        return None
    if not lexicon.is_base_verb(tokens[at]) or not new_thing(tokens[at]):
        return None
    return "given" if _lemma(tokens[at]) in _GIVING else "made"


def given_head(word: str) -> bool:
    """Whether `word` is a thing the candidate gives that takes "a": counted, or a manner
    brought ("a calm presence", "a fresh approach", "a steady pair of hands")."""
    return counted(word) or word in BROUGHT_HEADS


# Words before "in" that make what follows a field of work as well as a place: "seven years in
# community pharmacy" (a field, bare), not "an internship in a dairy QC lab".
_SPANS = frozenset(
    ["years", "months", "weeks", "decade", "decades", "career", "experience", "background",
     "time", "work", "worked", "working"]
)  # fmt: skip
# Nouns of people or stock taken as many, which a measure before them never makes one thing
# ("14 kitchen staff" typed "14-kitchen staff").
_PEOPLE = frozenset(["staff", "personnel", "workforce", "people", "cattle", "livestock", "stock"])
MEASURE = re.compile(r"^\d+(?:\.\d+)?[a-z]{1,3}$|^\d[\d,]*-[a-z]+$")  # "40ft", "650-cow"


def counted_here(tokens: list[str], start: int, head: int, after: str) -> bool:
    """Whether the head of `tokens[start:head + 1]` after `after` is one counted thing: counted
    by the tables, a place after "at", "on", "with" or "for" ("at cartwheel"), a place or a
    measured thing with words before it ("in dairy QC lab", "30m cedar"), a manner given."""
    word = tokens[head]
    if counted(word) or (after in ("at", "on", "with", "for") and place_kind(word)):
        return True
    measured = bool(MEASURE.match(tokens[start])) and word not in _PEOPLE
    spanned = start >= 2 and tokens[start - 2].lower() in _SPANS  # "7 years in community pharmacy"
    if head > start and (counted(word, measured) or (place_kind(word) and not spanned)):
        return True
    return after == "given" and given_head(word)


_TIME_AFTER = frozenset(["after", "before", "until", "till", "by", "ahead"])


def event(word: str, after: str) -> bool:
    """Whether a bare word after a preposition of time is one event of theirs ("before
    audit"): a count noun (a doing as well) the tables give a plural of."""
    return after in _TIME_AFTER and word.islower() and counted(word)


def counted_of(tokens: list[str], head: int) -> bool:
    """Whether the bare word at `head` is counted by a number after "of" ("group of 40 guests",
    "crew of six"): one group of a size, which takes "a"."""
    after = tokens[head + 2] if head + 2 < len(tokens) else ""
    if not tokens[head].islower() or tokens[head + 1 : head + 2] != ["of"] or not after:
        return False
    return (after[:1].isdigit() or after.lower() in NUMBER_WORDS) and counted(tokens[head])


def inner_word(word: str) -> bool:
    """Whether `word`, inside a bare noun phrase (not its first word), may stand in it though
    the tables lack it: initials ("dairy QC lab") or a kind of place ("lab")."""
    return re.fullmatch(r"[A-Z]{2,5}", word) is not None or place_kind(word)


def titled(tokens: list[str], at: int) -> bool:
    """Whether the bare noun before "of" at `at` is itself bare ("head of department",
    "director of operations"): a title or a name of a kind, whose words keep no article; or a
    figure, a measure or a plural is ("95% of target", "40 km of river", "kinds of tree")."""
    if at and (tokens[at - 1] == "%" or tokens[at - 1][:1].isdigit()):
        return True
    if at >= 2 and (tokens[at - 2][:1].isdigit() or tokens[at - 2].lower() in NUMBER_WORDS):
        return True  # "40 km of river", "two tonnes of steel": a measure of a stuff
    if at and tokens[at - 1].islower() and lexicon.is_plural_noun(tokens[at - 1]):
        return True  # "signs of safety practice", "years of planning": a kind, said bare
    if at < 2 or not tokens[at - 1].islower() or not lexicon.is_noun(tokens[at - 1]):
        return False
    before = tokens[at - 2].lower()
    return before not in DETERMINERS and not before.endswith(("'s", "’s"))


_BROUGHT_LIST = re.compile(
    r"\b(?P<verb>bring|offer|give|provide|lend|add|contribute) (?:a|an) (?P<first>[^,.;:]*?) and "
    r"(?P<np>(?:(?P<adj>[a-z]+) )?(?P<head>[a-z]+))\b(?= (?:on|for|to|in|with|of)\b)"
)


def _brought(found: re.Match[str]) -> str:
    adj, head = found["adj"], found["head"]
    if head not in BROUGHT_HEADS or (adj and "adj" not in lexicon.classes(adj)):
        return found.group()
    if " " not in found["first"] and "adj" in lexicon.classes(found["first"]):
        return found.group()  # "a calm and experienced presence": two words of one thing
    at = found.start("np") - found.start()
    text = found.group()
    return f"{text[:at]}{lexicon.article(found['np'])} {text[at:]}"


def brought_listed(text: str) -> str:
    """ "bring a steady pair of hands through harvest and close eye on the lab numbers" ->
    "... and a close eye on ...": a manner brought (`BROUGHT_HEADS`) listed bare after one
    given with "a" takes its own "a"."""
    return _BROUGHT_LIST.sub(_brought, text)


def nominal_doing(tokens: list[str], start: int) -> bool:
    """Whether `tokens[start:]` opens with a doing named as one event by what it was done to
    ("blind tasting of three barrel samples", "handover of the night ward"): describing words,
    a word of doing, "of" and a word that is no preposition; a topic names it with "the"."""
    at = start
    while at < len(tokens) and tokens[at].islower() and "adj" in lexicon.classes(tokens[at]):
        at += 1
    if at + 2 >= len(tokens) or not tokens[at].islower() or tokens[at + 1] != "of":
        return False
    after = tokens[at + 2].lower()
    return lexicon.is_gerund(tokens[at]) and after[:1].isalnum() and after not in PREPOSITIONS
