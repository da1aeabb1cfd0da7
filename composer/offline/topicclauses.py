"""A topic typed as a clause: a bare noun and its verb in the present, with no "be".

After "our talk about" such a line reads as a noun with a stray verb ("about ratings dip 7-9am
since JNLR last year", "about tills crash on Saturdays"), so `clause_topic` says it as what a
person writes: a verb of a change in amount as the noun of that change, with its time kept
("the dip in ratings between 7 and 9am since last year's JNLR", "the drop in footfall after
4pm"); any other verb after "how" ("how tills crash on Saturdays"). A verb of wanting or
needing ("nurses need more training") says no subject that was discussed and is left out.
A plural that names a kind of thing before a noun ("systems upgrade", "parts order") is a
compound, not a clause, unless its verb is one of a change.
"""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.words import AUXILIARIES, FUNCTION_WORDS, PREPOSITIONS, STATIVE_VERBS

__all__ = ["changes_amount", "clause_topic"]

# Verbs of a change in amount, in the present, and the noun of the change.
_CHANGES = {
    **{w: w for w in ("dip", "drop", "rise", "fall", "spike", "climb", "jump", "slump", "surge")},
    **{f"{w}s": w for w in ("dip", "drop", "spike", "climb", "jump", "slump", "surge")},
    **{"rises": "rise", "falls": "fall", "grow": "growth", "grows": "growth"},
    **{"increase": "increase", "increases": "increase", "decrease": "decrease"},
    **{"decreases": "decrease", "decline": "decline", "declines": "decline"},
}  # fmt: skip


def changes_amount(base: str) -> bool:
    """A verb of a change in amount ("drop", "rise"), done by its subject, never done to it."""
    return base in _CHANGES


# Verbs of wanting, needing or holding: a wish or a state of theirs, no subject discussed.
_NO_SUBJECT = STATIVE_VERBS | frozenset(["lack", "lacks", "have", "has", "say", "says", "feel"])
# Plurals that name a kind of thing before a noun: "sales call", "systems upgrade".
_PLURAL_MODIFIERS = frozenset(
    ["sales", "systems", "parts", "goods", "operations", "claims", "accounts", "works", "services",
     "arms", "savings", "communications", "ratings", "admissions", "sports", "arts", "materials"]
)  # fmt: skip
# Verbs of trouble typed in topics that are nouns too, read as verbs after a plural ("tills
# crash on Saturdays", "drivers struggle with the app"); other verbs that are nouns ("check",
# "contract", "test") head a compound noun after a plural ("times tables check").
_TROUBLE = frozenset(
    ["struggle", "crash", "leave", "quit", "fail", "stall", "freeze", "lag", "slip", "break",
     "wait", "churn", "burn", "clash", "jam", "overrun", "drift"]
)  # fmt: skip
_NOT_READ = frozenset(["cost", "costs", "over", "under"])  # read by `cost_subject`, a measure
_PARTICLES = frozenset(["out", "off", "back", "behind", "over", "through", "apart", "away"])
# Plurals with no "-s": "children drop out", "staff leave after a year".
_PLURALS = frozenset(["children", "people", "men", "women", "kids"])
# What may follow the change: a time or a condition ("7-9am since JNLR last year", "after 4pm").
_TIME_TAIL = re.compile(
    r"^(?:\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)?\s?[-–]\s?\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)\b\s*)?"
    r"(?:(?:since|after|before|during|in|on|at|over|across|between|from|every|this|last)\b[^,;]*)?$",
    re.IGNORECASE,
)
_HOURS = re.compile(
    r"^(\d{1,2}(?:[.:]\d\d)?)\s?(am|pm)?\s?[-–]\s?(\d{1,2}(?:[.:]\d\d)?)\s?(am|pm)\b", re.I
)
# "since JNLR last year": since last year's JNLR.
_SINCE_LAST = re.compile(
    r"\bsince (?P<what>[A-Z][\w&-]*(?: [A-Z][\w&-]*)?) last (?P<when>year|month|week|quarter"
    r"|season|summer|winter|spring|autumn|term)\b"
)


def clause_topic(text: str) -> str | None:
    """ "ratings dip 7-9am since JNLR last year" -> "the dip in ratings between 7 and 9am
    since last year's JNLR"; "tills crash on Saturdays" -> "how tills crash on Saturdays"; ""
    for a want or a need ("nurses need more training"); None for a line of no such shape."""
    words = re.split(r", | - |: ", text, maxsplit=1)[0].split()
    owner = 1 if words[:1] and words[0].lower() in ("the", "our", "their", "your") else 0
    verb = owner + 1
    while verb < len(words) and _subject_word(words[verb - 1]) and not _finite(words, verb):
        verb += 1
    if verb >= len(words) or not _finite(words, verb):
        return None
    subject = words[owner:verb]
    if not all(_subject_word(w) for w in subject):
        return None
    word, rest = words[verb].lower(), " ".join(words[verb + 1 :])
    after = rest.split()[0].lower() if rest else ""
    if word in _CHANGES and after not in _PARTICLES:  # not "drop out"
        if not _TIME_TAIL.match(rest):
            rest = ""  # "calls spike when it rains": the change named, its cause the note's
        if word.endswith("s") and not rest:
            return None  # "cash drops", "price rises": a plural noun as likely as a clause
        said = f"the {_CHANGES[word]} in {' '.join(words[:verb])} {_said_time(rest)}"
        return said.strip()
    if word in _NO_SUBJECT:
        return ""
    if not rest or word in _NOT_READ or ("adj" in lexicon.classes(word) and word not in _TROUBLE):
        return None  # "leads slow since Oct": a state; "dumps cost": `cost_subject`
    named = lexicon.is_noun(word) and word not in _TROUBLE  # "times tables check in Year 4"
    if named and (after not in _PARTICLES and not _describing(after)):
        return None  # a compound noun, unless a particle or a state follows ("go missing")
    if subject[-1].lower() in _PLURAL_MODIFIERS and after not in _PARTICLES:
        return None  # "systems crash in March"? "sales" and "systems" name kinds of things
    return f"how {' '.join(words)}"


def _subject_word(word: str) -> bool:
    """A word of a bare noun phrase typed as a note: lower case, no function word, no digit."""
    lower = word.lower()
    if lower in FUNCTION_WORDS or lower in PREPOSITIONS or not lower.replace("-", "").isalpha():
        return False
    return word == lower or word.isupper()  # "ratings", "NHS"; never a typed name


def _finite(words: list[str], at: int) -> bool:
    """The word at `at` is a verb in the present that agrees with the noun before it: a base
    form after a plural ("tills crash"), an "-s" form of a change after a singular ("footfall
    drops"); an "-s" form of any other verb after a singular is read as a plural noun
    ("rota changes")."""
    word, head = words[at].lower(), words[at - 1].lower()
    if word in AUXILIARIES or lexicon.is_gerund(word) or not word.isalpha():
        return False
    plural = head in _PLURALS or (lexicon.is_plural_noun(head) and head.endswith("s"))
    if plural:
        return lexicon.is_base_verb(word) or (word in _CHANGES and not word.endswith("s"))
    named = lexicon.is_noun(head) or not lexicon.known(head)  # "footfall", "packout"
    return named and word in _CHANGES and word.endswith("s") and at > 0


def _describing(word: str) -> bool:
    """ "missing", "stale", "late": a state a verb like "go" takes, or an adverb."""
    if word in PREPOSITIONS:
        return False  # "in", "on": a place or a time, which a compound noun takes too
    kinds = lexicon.classes(word)
    return "adj" in kinds or "adv" in kinds or lexicon.is_gerund(word)


def _said_time(rest: str) -> str:
    """ "7-9am since JNLR last year" -> "between 7 and 9am since last year's JNLR"."""
    rest = _SINCE_LAST.sub(lambda m: f"since last {m['when']}'s {m['what']}", rest)
    hours = _HOURS.match(rest)
    if hours:
        first = f"{hours[1]}{hours[2] or ''}"
        rest = f"between {first} and {hours[3]}{hours[4]}{rest[hours.end() :]}"
    return rest
