"""Small facts `topicarticle` asks before it gives a topic "the": whether a noun and "building"
name the doing ("wheel building") or a building ("the school building"); where a clause of the
interviewer's own follows the thing it tells of ("pricing page test you're running"); whether a
noun names only a thing ("bench", not "backwash", which is done as well); whether a bare compound
is one thing of theirs ("new digistar projector", "register for the council schools").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS, PREPOSITIONS

__all__ = [
    "NOTESPEAK_SUBJECTS",
    "building_work",
    "done_to",
    "feedback_on",
    "made_by_er",
    "one_placed",
    "only_a_thing",
    "told_of",
]

# What a building is for, before "building" that names one ("the school building"); before it any
# other noun is what is built ("wheel building", "team building", "boat building").
_BUILT_FOR = frozenset(
    ["office", "school", "hospital", "church", "college", "library", "station", "apartment",
     "council", "farm", "factory", "hotel", "museum", "court", "club", "main", "new", "old",
     "listed", "heritage", "campus", "site", "clinic", "ward", "studio", "warehouse", "depot"]
)  # fmt: skip

# A clause with its own subject typed after the thing it tells of: "you're running".
_CONTACT = re.compile(
    r"^(?P<what>[\w-]+(?: [\w-]+)*?) (?P<clause>(?:you're|you are|you have|they're|we're|I'm"
    r"|I am) [a-z]+ing\b.*)$"
)


def building_work(words: list[str]) -> bool:
    """ "wheel building", "team building": a noun and "building" name the doing of it."""
    return len(words) == 2 and words[1] == "building" and words[0].lower() not in _BUILT_FOR


# Verbs whose "-ing" form opens a topic as a doing and its object ("handling replication lag on
# the replicas", "reducing agency spend"), never as a word describing the noun after it.
_DONE_TO = frozenset(
    ["handling", "managing", "reducing", "improving", "fixing", "tackling", "reconciling",
     "chasing", "clearing", "balancing", "prioritising", "prioritizing", "juggling", "cutting",
     "avoiding", "preventing", "streamlining", "retaining", "keeping", "getting", "bringing",
     "hitting", "tightening", "automating", "standardising", "standardizing", "speeding",
     "comparing", "scoring"]
)  # fmt: skip


# Such a doing whose "-ing" form is the noun people use with "of" ("the handling of replication
# lag"); any other is said bare ("cutting onboarding time", "managing volunteers on the day").
_DOING_NOUN = frozenset(["handling"])


def done_to(words: list[str]) -> str | None:
    """ "handling replication lag on the reporting replicas" -> "the handling of replication lag
    on the reporting replicas": a doing, its object two words or more (one word may be what it
    describes: "the handling fee"); a doing with its noun is said "the ... of", any other bare
    ("reducing agency spend"). None when the words do not open so."""
    first = words[0].lower()
    if len(words) > 2 and lexicon.is_gerund(first) and words[1].lower() in DETERMINERS:
        return " ".join(words)  # "handling a contractor who ...": a doing and its object
    if first not in _DONE_TO or len(words) < 3:
        return None
    if words[1].lower() in PREPOSITIONS:
        return None  # "keeping on top of": said as typed
    if words[2].lower() in PREPOSITIONS and not lexicon.is_plural_noun(words[1].lower()):
        return None  # "handling fee for ...": one word after it, which it may describe
    rest = " ".join(words[1:])
    if first in _DOING_NOUN:
        return f"the {first} of {rest}"
    return " ".join(words)


# What a candidate brings to an interview to be judged on: "reel feedback" is theirs on it.
_OWN_WORK = frozenset(
    ["reel", "showreel", "portfolio", "cv", "resume", "presentation", "demo", "pitch", "task",
     "assignment", "test", "lesson", "sample", "draft", "audition", "case study", "take-home"]
)  # fmt: skip


def feedback_on(text: str) -> str | None:
    """ "reel feedback" -> "your feedback on my reel": a topic of two words, feedback on a thing
    the candidate brought (a bare label otherwise); None for any other topic."""
    work, _, last = text.rpartition(" ")
    if last.lower() != "feedback" or work.lower() not in _OWN_WORK:
        return None
    return f"your feedback on my {work.lower()}"


def told_of(text: str) -> tuple[str, str] | None:
    """ "pricing page test you're running" -> ("pricing page test", "you're running"): the
    thing, which takes its own article, and the clause telling of it; None for no such clause."""
    found = _CONTACT.match(text)
    if found is None:
        return None
    return found["what"], found["clause"]


def made_by_er(noun: str) -> bool:
    """ "underpinner", "descaler": a word the tables lack, made of a verb they know and "-er",
    names a tool or a doer, one of them counted ("the new underpinner")."""
    if lexicon.known(noun) or not noun.isalpha() or not noun.islower() or len(noun) < 6:
        return False
    stem = noun[:-2] if noun.endswith(("er", "or")) else ""
    stems = (stem, stem[:-1], stem + "e") if len(stem) > 3 and stem[-1] == stem[-2] else (stem,)
    stems = (*stems, stem + "e")  # "descaler": "descale"
    return bool(stem) and any("verb" in lexicon.classes(s) for s in stems if len(s) > 2)


def only_a_thing(noun: str) -> bool:
    """ "bench", "checklist": a noun the tables know as nothing else (no "filter backwash", which
    is done as well as had), and not made from a verb or a describing word by its ending ("S104
    adoption", "fleet maintenance": a doing, named bare)."""
    return set(lexicon.classes(noun)) == {"noun"} and not noun.endswith(_MADE_NOUN_ENDINGS)


# Endings that make a noun of a doing or a quality: "adoption", "payment", "maintenance".
_MADE_NOUN_ENDINGS = (
    "tion", "sion", "ment", "ance", "ence", "ing", "ure", "al", "ity", "ness", "age", "ery", "cy"
)  # fmt: skip


def one_placed(words: list[str]) -> bool:
    """A bare compound of nouns that is one thing of theirs: "new" before it ("new digistar
    projector"), or after it a place or time that is itself one ("register for the council
    schools", "open day in June"). A plural, a doing ("-ing") or a name is not."""
    stop = next(
        (i for i, w in enumerate(words) if i and (w.lower() in PREPOSITIONS or _doing_now(w))),
        len(words),
    )  # "new digistar projector arriving next year": the projector
    named = words[:stop]
    if len(named) < 2 or " and " in " ".join(words) or words[0].lower() in _NOT_FIRST:
        return False
    if not all(w.isalpha() and w.islower() and w not in DETERMINERS for w in named):
        return False  # "switching the booking system to Cliniko": a doing and its object
    head = named[-1]
    if lexicon.is_plural_noun(head) or head.endswith(_ABSTRACT) or not lexicon.is_noun(head):
        return False  # "site supervision on ...", "moral distress in ...": a doing, a state
    if "adv" in lexicon.classes(head) or any(map(lexicon.is_gerund, named[1:])):
        return False  # "funding running out in March": a thing and what it is doing
    if any(lexicon.is_gerund(w) and not lexicon.is_noun(w) for w in named) or head in _MASS:
        return False  # "switching the booking system", "eviction filing data"
    if named[0] == "new":
        return True
    after = words[stop + 1 : stop + 2]
    return bool(after) and (after[0] in ("the", "our", "your", "their") or after[0][:1].isupper())


# Endings of nouns that name a doing or a state, said bare ("vendor management for ...").
_ABSTRACT = ("ing", "ion", "ment", "ance", "ence", "ness", "ity", "ress", "ship", "ism")
_MASS = frozenset(["data", "work", "software", "equipment", "research", "advice", "staff"])


def _doing_now(word: str) -> bool:
    """A verb's "-ing" form that is no noun: "arriving", "going"."""
    return lexicon.is_gerund(word.lower()) and not lexicon.is_noun(word.lower())


_NOT_FIRST = frozenset(["more", "less", "fewer", "most", "all", "some", "any", "no", "each"])


# A topic typed as a bare word of note-speak, and the subject it names.
NOTESPEAK_SUBJECTS = {
    "peak": "peak season",
    "hybrid": "hybrid working",
    "nights": "working nights",
    "lates": "the late shift",
    "earlies": "the early shift",
    "remote": "remote working",
    "quant and qual": "quant and qual research",
    "qual and quant": "qual and quant research",
}
