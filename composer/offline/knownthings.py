"""The employer's own things, which a letter names with "the": in a sentence of the reader's
topic, of what the candidate would bring, or of the next steps, a bare singular thing after a
preposition or after a verb of the offer is one both know ("the rate limiter for partner APIs",
"own the scaling of the tracking service", "after the board meeting"). A fixed phrase of time
keeps none ("before month end", "on second shift"), and an offer typed as a list of actions is
joined as English ("tighten collections, clean ageing report" -> "... and clean ...").

`bareheads` asks these before it puts an article in; this module only reads words.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.notespeak import place_kind
from composer.offline.words import MODALS, ORDINALS, PREPOSITIONS, TIME_UNITS

__all__ = [
    "KNOWN_SECTIONS",
    "actions_joined",
    "countable_head",
    "doing_before",
    "doing_of",
    "fixed_time",
    "offer_verb",
    "run_word",
    "thing_of",
    "word_not_head",
]

# The sections whose bare things are the employer's, known to the reader.
KNOWN_SECTIONS = frozenset(["topic", "topic_more", "contribution", "next_step"])
_OFFER = "contribution"

# A head that closes a span of time named by its unit: "month end", "quarter close".
_SPAN_ENDS = frozenset(["end", "close", "start"])
# A work pattern named by its order or its hours: "second shift", "night shift".
_PATTERNS = frozenset(["shift", "rotation", "watch"])
_SEASONS = frozenset(["term", "season", "semester"])
# Words of doing that also name one thing or one event, which a compound may end with.
_ING_THINGS = frozenset(
    ["meeting", "briefing", "hearing", "booking", "opening", "listing", "filing"]
)


def fixed_time(tokens: list[str], start: int, head: int) -> bool:
    """Whether `tokens[start:head + 1]` is a fixed phrase of time or of a work pattern, which
    people say bare: "month end", "year-end close", "second shift", "night shift"."""
    words = [t.lower() for t in tokens[start : head + 1]]
    last = words[-1]
    if last in _SPAN_ENDS and len(words) >= 2:
        return words[-2] in TIME_UNITS or words[-2] in _SEASONS
    if last in _PATTERNS and len(words) == 2:
        return words[0] in ORDINALS or words[0] in TIME_UNITS
    return False


def countable_head(word: str, after_noun: bool, handled: bool = False) -> bool:
    """Whether `word` may be one thing of theirs: a singular noun the tables give only a plural
    of ("handbook" -> "handbooks"; with `handled`, what an action of the offer is done to, any
    noun they give a plural of: "report"), or, after a noun, a word the tables lack that ends as
    a device does ("rate limiter", "load balancer")."""
    if not word.islower():
        return False
    if word.endswith("ing") and lexicon.is_gerund(word):  # "wing", "spring" are none
        return word in _ING_THINGS
    found = lexicon.classes(word)
    if not found:
        return after_noun and bool(re.fullmatch(r"[a-z]{3,}(?:er|or)", word))
    if "noun" not in found or lexicon.is_plural_noun(word):
        return False
    if place_kind(word) and word != "property":  # "about commercial property": a field
        return True  # "with the partner practice": a place is counted, though also a stuff
    forms = lexicon.noun_plurals(word)
    return bool(forms) and (word not in forms or (handled and any(f != word for f in forms)))


def run_word(word: str, after_noun: bool, handled: bool = False) -> bool:
    """Whether a word the tables lack may still stand in the name of a thing of theirs: a
    compound joined by hyphens in what an action of the offer is done to ("own on-call
    handbook"), or after a noun a word that ends as a device does ("rate limiter")."""
    if not word.islower() or lexicon.classes(word):
        return False
    if "-" in word.strip("-"):
        if not handled:
            return False  # "about multi-state payroll": a kind of work, said bare
        return all(lexicon.known(part) for part in word.split("-") if part)
    return after_noun and bool(re.fullmatch(r"[a-z]{3,}(?:er|or)", word))


def word_not_head(tokens: list[str], head: int, start: int) -> bool:
    """Whether the last word of a run is no head: a word that is an adverb too after a plural
    ("bursts from partners better": "better" says how, "partners" is the thing)."""
    if head <= start or not tokens[head].islower():
        return False
    before = tokens[head - 1]
    return "adv" in lexicon.classes(tokens[head]) and lexicon.is_plural_noun(before)


def offer_verb(tokens: list[str], at: int, section: str) -> bool:
    """Whether `tokens[at]` is a verb of the offer whose object is a thing of theirs: a base
    verb after a modal, "to", or a comma or "and" of a list of actions ("I would own ...",
    "tighten collections, clean ...")."""
    if section != _OFFER or at == 0 or not tokens[at].islower():
        return False
    word = tokens[at]
    if not lexicon.is_base_verb(word) or lexicon.is_gerund(word):
        return False
    before = tokens[at - 1].lower()
    if word in _GIVING or word in MODALS:
        return False  # "bring butchery skill": a thing of the candidate's, said as typed
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    if lexicon.is_base_verb(after) or not after.islower():
        return False  # "can help train": a verb follows, not a thing
    if before in (",", "and"):
        listed = tokens[:at]
        modal = max((i for i, w in enumerate(listed) if w.lower() in MODALS), default=-1)
        # "bring data-driven redesign and calm public outreach": a list of what they bring
        return modal >= 0 and not any(w.lower() in _GIVING for w in listed[modal:])
    if before == "to" and at > 1 and tokens[at - 2].lower() in _WAY_TO:
        return False  # "a steady path to full manufacturing authorisation": where it leads
    return before in MODALS or before == "to"


# Nouns of a way somewhere: after them, "to" leads to a place or a state, not a verb.
_WAY_TO = frozenset(["path", "route", "road", "way", "journey", "transition", "move", "switch"])


# Verbs of giving what the candidate has: what follows is theirs, not the employer's.
_GIVING = frozenset(["bring", "offer", "contribute", "add", "give", "provide", "share", "lend"])

_ACTION_LIST = re.compile(
    r"\b(?P<modal>would|could|can|will) (?P<first>[a-z]+) (?P<rest>[^,.;:]+), (?P<second>[a-z]+) "
)


def actions_joined(text: str, section: str) -> str:
    """An offer typed as two actions split by a comma, joined by "and": "I would tighten
    collections, clean the ageing report" -> "... collections and clean the ageing report"."""
    if section != _OFFER or " and " in text:
        return text
    found = _ACTION_LIST.search(text)
    if found is None or text[found.start() :].count(",") != 1:
        return text
    first, second = found["first"], found["second"]
    if not (lexicon.is_base_verb(first) and lexicon.is_base_verb(second)) or first in _GIVING:
        return text
    last = lexicon.classes(found["rest"].split()[-1])
    if "noun" not in last or "adj" in last:
        return text  # "quick, clear turnarounds": two words of one thing, not two actions
    at = found.start("second") - 2
    return f"{text[:at]} and {text[at + 2 :]}"


def doing_of(tokens: list[str], start: int) -> bool:
    """Whether a bare word of doing opens "X of a thing" as the object of an offer ("own
    scaling of tracking service"): the doing is one thing of theirs too."""
    if start + 1 >= len(tokens) or tokens[start + 1] != "of" or start < 1:
        return False
    return (
        tokens[start].islower()
        and lexicon.is_gerund(tokens[start])
        and tokens[start - 1] not in PREPOSITIONS
    )


def doing_before(tokens: list[str], at: int, section: str) -> bool:
    """Whether `tokens[at]` is the "of" of a doing the offer names as a thing ("own scaling
    of"): what follows is the thing done to, one of theirs ("of tracking service")."""
    if tokens[at] != "of" or at < 2 or not doing_of(tokens, at - 1):
        return False
    return offer_verb(tokens, at - 2, section)


def thing_of(tokens: list[str], at: int) -> bool:
    """Whether the bare word before "of" at `at` is a doing named as a thing ("scaling of
    tracking service"), not an office or a kind ("head of department", "signs of safety")."""
    return lexicon.is_gerund(tokens[at - 1])
