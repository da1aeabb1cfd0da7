"""A contribution whose commas and "and"s sit inside one action, not between actions.

People type what they would do as a verb with several objects and one complement that holds
for all of them ("get the loading bay and the yard working as one", "keep the van tidy, the
tools checked and the paperwork done", "bring my forklift ticket + first aid card to the yard"),
or as several verbs sharing one object ("sand, prime and paint the frames"). Split at every
comma, the parts after the first read as new things and get a verb of their own ("get the
loading bay and introduce the yard working as one"). Read here, a list is split only between
actions: a part that opens no action of its own stays with the verb before it, and the whole
is said as typed, in the verb-phrase frame.

A relative clause goes on past an "and" or a comma in the same way: in "a crew that turns up on
time and looks after ...", "looks" is the crew's second verb, not a new item, and in "a plan
that ties recruitment, retention and aid to the goal" the commas list what the plan ties.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.phrases import Shape, analyse
from composer.offline.words import DETERMINERS, PREPOSITIONS

# Verbs that, typed first in what a candidate would bring, always open an action: each takes
# an object and often a state or place after it ("keep X current", "get X into one calendar").
# (The lexicon also knows most of them as nouns: "keep", "train", "sort", "finish".)
ACTION_FIRST = frozenset(
    ["keep", "get", "bring", "take", "put", "move", "make", "train", "teach", "turn", "hold"]
)
# A relative word and the verb after it: the clause a thing is described by.
_RELATIVE_VERB = re.compile(r"\b(?:that|who|which)\s+(?P<verb>[a-z]+)\b(?: (?P<next>[a-z]+))?")
# Words after a thing that carry what is done to it: a place, a state, a time.
_STATE_WORDS = frozenset(["working", "running", "done", "sorted", "current", "ready", "together"])
_PARTICLES = frozenset(["up", "down", "back", "out", "off", "over"])
# How a thing that shares the verb before it starts: "keep the van tidy, the tools checked".
# Words that open a new thing or outcome, never one more object of the verb before.
_NEW_THING = frozenset(["a", "an", "fewer", "less", "more", "better", "zero", "no"])
_GAP_STARTS = frozenset(["the", "my", "our", "your", "their", "all", "every", "each"])


def opens_clause(part: str, taking: bool = False) -> bool:
    """ "a plan that ties recruitment", "a crew that turns up on time": a thing and a relative
    clause with its verb, which a comma or "and" after it may go on with; `taking`: only a
    verb with an object after it, which a list of more objects may go on ("a team that
    stays," ends at its comma)."""
    found = _RELATIVE_VERB.search(part)
    if found is None:
        return False
    verb = found["verb"]
    if "adv" in lexicon.classes(verb) and found["next"]:
        verb = found["next"]  # "that really ties ...", "who always turns up ..."
    if taking and (found["next"] is None or found["next"] in PREPOSITIONS):
        return False
    return lexicon.is_third_person(verb) or lexicon.is_base_verb(verb) or lexicon.is_past(verb)


def clause_parts(parts: list[str]) -> list[str]:
    """The parts of a list with a relative clause's second verb kept in its clause: ["a crew
    that turns up on time", "looks after ..."] -> ["a crew that turns up on time and looks
    after ..."]."""
    kept: list[str] = []
    for part in parts:
        first = part.split(" ", 1)[0]
        if kept and opens_clause(kept[-1]) and lexicon.is_third_person(first):
            kept[-1] = f"{kept[-1]} and {part}"
        else:
            kept.append(part)
    return kept


def _acting(part: str, common: frozenset[str], last: bool) -> bool:
    """A part that opens an action of its own: a plain verb before its object, or a lone verb
    before the object the verbs after it share ("set out, level and compact to spec")."""
    words = part.split()
    first = words[0]
    if not lexicon.is_base_verb(first) or "adj" in lexicon.classes(first):
        return False
    if len(words) == 1:
        return not last
    return analyse(part, common).shape is Shape.BASE or first in ACTION_FIRST


def _carries(part: str) -> bool:
    """ "the yard working as one", "public skate times into one calendar", "the paperwork
    done", "wastage down": a thing and what is done to it (a place, a state, a time), not a
    bare thing ("a calmer kitchen": its describing word comes before the thing)."""
    words = part.lower().split()
    for n, word in enumerate(words[1:], start=1):
        if word in PREPOSITIONS or word in _STATE_WORDS or word in _PARTICLES:
            return True
        if words[n - 1] in DETERMINERS or "adj" in lexicon.classes(words[n - 1]):
            continue  # "a calmer kitchen", "the new starters": it describes the thing
        if (lexicon.is_participle(word) and not lexicon.is_noun(word)) or (
            lexicon.is_adjective_only(word)
        ):
            return True
    return False


def _gapped(part: str) -> bool:
    """ "the tools checked", "the jobs on budget" after "keep the van tidy", "the stockroom"
    after "train new starters on the till": another thing the verb or its preposition takes,
    said with "the"; not a new thing ("tighter QA", "a calmer kitchen", "zero RIDDORs")."""
    return part.split()[0].lower() in _GAP_STARTS


def _verbs_share(parts: list[str]) -> bool:
    """ "sand", "prime", "paint the frames": lone plain verbs before the last part's verb and
    the object they all take."""
    *lone, last = parts
    return (
        bool(lone)
        and all(" " not in p and lexicon.is_base_verb(p) for p in lone)
        and len(last.split()) > 1
        and _plain_verb(last.split()[0])
    )


def _plain_verb(word: str) -> bool:
    return lexicon.is_base_verb(word) and "adj" not in lexicon.classes(word.lower())


def one_action(head: str, common: frozenset[str]) -> str | None:
    """The contribution as typed, as one verb phrase, when its list joins the objects of one
    verb or the verbs of one object; None when it opens with no such verb, when every part is
    an action of its own with its object (the caller's to read), or when a part after an
    action is a bare thing ("cover nights + a handover sheet": a second thing offered)."""
    if not head[:1].islower():
        return None
    parts = [p.strip() for p in re.split(r" and |, ", head) if p.strip()]
    if _verbs_share(parts):  # "sand, prime and paint the frames": three verbs, one object
        return head
    first = parts[0].split()
    if len(parts) < 2 or len(first) < 2 or first[0] not in ACTION_FIRST:
        return None
    later = parts[1:]
    acting = [_acting(p, common, n == len(later) - 1) for n, p in enumerate(later)]
    lone = any(len(p.split()) == 1 for p, a in zip(later, acting, strict=True) if a)
    if all(acting) and not lone:
        return None  # "keep X current, answer the phones": two actions, each with its object
    things = [p for p, a in zip(later, acting, strict=True) if not a]
    if any(p.split()[0].lower() in _NEW_THING for p in things):
        return None  # "take on more visits, fewer referrals out": an outcome of its own
    if _carries(" ".join(first)):  # "keep the van tidy": its state said, the verb's own
        if not all(_gapped(p) for p in things):
            return None  # "get X back on track + tighter QA": a second thing offered
    elif things and not _carries(later[-1]):
        return None
    if any(w in ("so", "because", "which") for w in head.split()):
        return None  # a purpose or an aside of its own: the other readers' to say
    return head


# Words after a verb that show it is a thing named, not an action: "keep of", "turn for".
_NO_OBJECT = frozenset(["of", "for", "to", "is", "and", "or", "that"])


def acts_alone(head: str) -> bool:
    """ "keep downtime log accurate", "train new hires on lockout": one of the verbs that
    always open an action, before its object; never a thing to bring ("a keep ...")."""
    words = head.split()
    if " and " in head or ", " in head:
        return one_action(head, frozenset()) is not None
    return (
        len(words) > 1
        and words[0] in ACTION_FIRST
        and words[1].lower() not in _NO_OBJECT
        and not lexicon.is_gerund(words[1].lower())
    )


def said_by_me(rest: str) -> str:
    """What "someone who ..." goes on to do, said as the candidate's own: " plans ahead and
    keeps the client informed" -> " plans ahead and keep the client informed" (the first verb
    is made the candidate's by the caller)."""

    def _mine(found: re.Match[str]) -> str:
        base = lexicon.base_of(found["verb"]) if lexicon.is_third_person(found["verb"]) else None
        return found[0] if base is None else f"{found['and']}{base}"

    return re.sub(r"(?P<and>(?:,| and| or) )(?P<verb>[a-z]+s)\b", _mine, rest)


def listed_after(head: str) -> bool:
    """ "calm handling of disruption and clear communication with drivers, passengers and the
    day team": the commas list who or what a preposition is about ("with drivers, passengers and
    the day team"), one thing brought, not several; each piece of the series a short name of a
    thing, the last after "and"."""
    first, _, rest = head.partition(", ")
    words = first.split()
    at = max((i for i, w in enumerate(words) if w.lower() in PREPOSITIONS), default=-1)
    if at < 1 or not rest or " and " not in rest:
        return False
    pieces = [" ".join(words[at + 1 :]), *re.split(r", (?:and )?| and ", rest)]
    return all(_named_thing(piece) for piece in pieces)


def _named_thing(piece: str) -> bool:
    """ "passengers", "the day team": at most three words, none a preposition or a verb with a
    tense, ending on a noun."""
    words = piece.split()
    if not 1 <= len(words) <= 3 or any(w.lower() in PREPOSITIONS for w in words):
        return False
    last = words[-1].lower()
    return lexicon.is_noun(last) or lexicon.is_plural_noun(last)
