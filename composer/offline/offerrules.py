"""A contribution line typed as a rule, a condition or a state of things rather than as what the
candidate would bring ("no sailing if ballast pump down", "wind over port limit or tug not
confirmed", "2 person lift mandatory", "forklift only with banksman present"): no "I would ..."
frame fits it, so `offer` leaves it out and compose asks for it. Also a bare thing typed with
what is done to it and when ("audit log everyone reads", "stock count weekly w/ manager"), whose
article and order a frame cannot be sure of, and a noun typed with "-ing" that a frame would
read as a verb ("mooring lines checked every watch": never "moor lines")."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, MADE_THINGS

__all__ = ["bare_condition", "often_articled", "state_as_me", "why_rule"]

# Words that make a line a rule of the workplace: "non-negotiable", "mandatory", "only if".
_RULE_WORDS = re.compile(
    r"(?i)\b(?:non-negotiable|non negotiable|mandatory|compulsory|not allowed|prohibited|banned"
    r"|forbidden|no exceptions)\b|\bonly (?:if|when|with|after|once|unless|ever)\b|\bmust\b"
)
# A prohibition: "no hot work without permit", "no lone working after 10pm" (not "no-fuss").
_NO_FIRST = re.compile(r"(?i)^no (?!-)(?!(?:more|less|fewer)\b)[a-z]")
# A rule for every case: "any fall = incident report" ("all tickets closed" is an aim).
_ANY_FIRST = re.compile(r"(?i)^any [a-z]")
# A condition typed with no verb, a thing and its state: "if ballast pump down", "or tug not
# confirmed", "if wind under 20 knots" ("if needed", "if you need me" have a verb or no thing).
_STATE = (
    r"(?:not )?(?:down|low|high|out|off|on|up|open|shut|closed|confirmed|available|present"
    r"|ready|signed|done|checked|set|met|over|under|above|below|in place|running|stopped)\b"
)
_BARE_CONDITION = re.compile(
    rf"(?i)\b(?:if|unless|or) (?P<thing>(?:[a-z][\w-]* ){{0,3}}[a-z][\w-]*) "
    rf"{_STATE}"
)
# Who does something to a thing typed bare, with no "that": "log everyone signs".
_ZERO_RELATIVE = re.compile(
    r"^(?P<thing>(?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:everyone|everybody|people|staff|the team"
    r"|we|they|you|nobody|anyone|the crew|the reps) (?P<verb>[a-z]+)\b"
)
# A bare thing and how often: "pasture walk weekly w/ owner", "handover sheet every shift".
_HOW_OFTEN = re.compile(
    r"^(?P<thing>(?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:weekly|daily|monthly|fortnightly|nightly"
    r"|yearly|annually|every|each)\b"
)
# A thing and where it stands: "tug on standby for every berthing" (never "to tug on ...").
_STANDING_BY = re.compile(
    r"^(?P<thing>[a-z][\w-]*(?: [a-z][\w-]*)?) (?:on standby|on call|on hand|in attendance"
    r"|in place|available|ready)\b"
)
# A thing done how often, typed with no article: "daily huddle w/ charge nurses".
_OFTEN_BARE = re.compile(
    r"^(?:daily|weekly|monthly|fortnightly|nightly|quarterly|yearly|annual) "
    r"(?:[a-z][\w-]* )?(?P<head>[a-z][\w-]*)(?= with | for | on | at | in |$)"
)
# A past participle after a noun typed with "-ing": "mooring lines checked every watch".
_ING_NOUN_STATE = re.compile(r"^(?P<ing>[a-z]+ing) (?P<noun>[a-z]+) (?P<done>[a-z]+ed)\b")

# Verbs that take a thing and its state ("getting clinicians involved"): an action, no noun.
_CAUSATIVE = frozenset(["get", "have", "keep", "make", "see", "leave", "want", "need", "find"])


def _bare(thing: str) -> bool:
    """A compound of two or three nouns typed with no determiner ("audit log", "pasture walk"),
    not an action and its object ("coach the team", "make sure"), not a thing described
    ("reliable reconciliation")."""
    words = thing.lower().split()
    if len(words) < 2 or words[0] in DETERMINERS or words[0].isdigit():
        return False
    if any(lexicon.is_past(w) or lexicon.is_participle(w) for w in words) or lexicon.is_gerund(
        words[0]
    ):
        return False  # "ran weekly balance class", "running the rota"
    if lexicon.is_base_verb(words[0]) and not lexicon.is_noun(words[0]):
        return False  # "make sure every shift ...": an action
    return not any(w in FUNCTION_WORDS or lexicon.is_adjective_only(w) for w in words)


def _stateless(thing: str) -> bool:
    """The words before a state name a thing, not the candidate or the reader ("if needed")."""
    words = thing.lower().split()
    persons = {"i", "you", "we", "they", "it", "he", "she", "needed", "required", "asked"}
    return not persons.intersection(words) and not any(lexicon.is_past(w) for w in words[-1:])


def why_rule(text: str) -> str:
    """Why the contribution `text` (tidied) is a rule, a condition or a bare thing no offer
    frame fits, or "" when it may be read as an offer."""
    line = text.strip()
    if _RULE_WORDS.search(line) or _NO_FIRST.match(line) or _ANY_FIRST.match(line):
        return "it reads as a rule of the workplace, not something you would bring"
    for shape in (_ZERO_RELATIVE, _HOW_OFTEN):
        found = shape.match(line)
        verb = found.groupdict().get("verb") if found else None
        if verb and not (lexicon.is_base_verb(verb) or lexicon.is_third_person(verb)):
            continue  # "forklift trained staff on every shift": no clause of theirs
        if verb in FUNCTION_WORDS:
            continue
        if found and _bare(found["thing"]):
            return "a thing typed bare with who uses it or how often: its frame is not sure"
    standing = _STANDING_BY.match(line)
    if standing and lexicon.is_noun(standing["thing"].split()[0]):
        return "a thing and where it stands, not something you would do"
    ing = _ING_NOUN_STATE.match(line)
    if (
        ing
        and lexicon.is_gerund(ing["ing"])
        and lexicon.base_of(ing["ing"]) not in _CAUSATIVE  # "getting clinicians involved"
        and lexicon.is_plural_noun(ing["noun"])
        and lexicon.is_participle(ing["done"])
    ):
        return "a thing named with an '-ing' word, which a frame would read as a verb"
    return ""


def often_articled(text: str) -> str:
    """ "daily huddle with charge nurses" -> "a daily huddle with charge nurses": one thing done
    how often, typed bare, given its "a" (a plural or a doing stays bare)."""
    found = _OFTEN_BARE.match(text)
    if found is None:
        return text
    head = found["head"]
    if not lexicon.is_noun(head) or lexicon.is_plural_noun(head) or lexicon.is_gerund(head):
        return text
    return f"{lexicon.article(text)} {text}"


def _made_or_determined(part: str) -> bool:
    """Whether a part of a list is a thing made (`MADE_THINGS`) or has its own determiner."""
    words = part.split()
    if not words or words[0].lower() in DETERMINERS:
        return bool(words)
    head_at = next(
        (i for i, w in enumerate(words) if w in ("for", "with", "to", "that", "the")), len(words)
    )
    return head_at > 0 and words[head_at - 1] in MADE_THINGS


def things_articled(text: str) -> str:
    """ "proper numerical model and reinjection plan for the new field" -> "a proper numerical
    model and a reinjection plan for the new field": each part of a list of things made, typed
    with no article, given its "a" (a part with its own determiner, or any other head, stays)."""
    parts = re.split(r"(,? and )", text)  # ("A careful, well-documented plan": one thing)
    if not all(_made_or_determined(part) for part in parts[::2]):
        return text  # "recruitment and retention plan": one plan, never "a recruitment"
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append(part)
            continue
        words = part.split()
        head_at = next(
            (i for i, w in enumerate(words) if w in ("for", "with", "to", "that", "the")),
            len(words),
        )
        head = words[head_at - 1] if head_at else ""
        if words and words[0].lower() not in DETERMINERS and head in MADE_THINGS and head_at <= 4:
            part = f"{lexicon.article(part)} {part}"
        out.append(part)
    return "".join(out)


# Participles of a standing the candidate holds: "I am forklift trained", "DBS checked".
_STANDINGS = frozenset(["trained", "certified", "qualified", "licensed", "registered", "checked"])
_AM_STATE = re.compile(r"^I am (?P<words>(?:[a-z][\w-]* ){1,3})(?P<done>[a-z]+ed)\.?$")


def state_as_me(item: str, said: str) -> bool:
    """Whether `said` makes the candidate the thing a contribution typed with its state: "backlog
    cleared" -> "I am backlog cleared", "nightly backups checked" -> "I am nightly backups
    checked" ("I am forklift trained" is a standing of theirs)."""
    found = _AM_STATE.match(said)
    if found is None or re.search(r"(?i)\b(?:am|i'm|im)\b", item):
        return False
    words = found["words"].split()
    things = [w for w in words if lexicon.is_noun(w) and "adj" not in lexicon.classes(w)]
    plural = any(lexicon.is_plural_noun(w) for w in words)
    return bool(things) and (plural or found["done"] not in _STANDINGS)


def bare_condition(text: str) -> bool:
    """Whether `text` (a contribution, or the sentence made of it) keeps a condition typed with
    no verb, a thing and its state ("if ballast pump down", "or tug not confirmed"); one said
    whole ("if the crew is short") is none."""
    cond = _BARE_CONDITION.search(text)
    return cond is not None and _stateless(cond["thing"])
