"""A topic typed as a clause: a bare noun and its verb in the present, with no "be".

After "our talk about" such a line reads as a noun with a stray verb ("about ratings dip 7-9am
since JNLR last year", "about tills crash on Saturdays"), so `clause_topic` says it as what a
person writes: a verb of a change in amount as the noun of that change, with its time kept
("the dip in ratings between 7 and 9am since last year's JNLR", "the drop in footfall after
4pm"); any other verb after "how" ("how tills crash on Saturdays"). A verb of wanting or
needing ("nurses need more training") says no subject that was discussed and is left out.
A plural that names a kind of thing before a noun ("systems upgrade", "parts order") is a
compound, not a clause, unless its verb is one of a change. A singular noun and a verb in "-s"
is a clause when the "-s" word is no plural noun ("QA sits inside squads") or an object with
its article or number follows it ("team covers three sites"): "how the team covers three
sites", the subject with its article (`with_the`). A quantity typed first ("lots of dementia
clients") is "the many dementia clients" (a mass noun: "the amount of paperwork"); a gerund
of change before "X -> Y" ("migrating selenium -> playwright") is the change between the two
(`changed_between`: "the move from selenium to playwright").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.topicarticle import with_the
from composer.offline.topicdetail import measured_subject
from composer.offline.words import (
    AUXILIARIES,
    DETERMINERS,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    PREPOSITIONS,
    SIZE_UNITS,
    STATIVE_VERBS,
    TIME_UNITS,
)

__all__ = ["UNSAID", "changed_between", "changes_amount", "clause_topic"]

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
    many = _many(words)
    if many is not None:
        return many
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
    if _singular_verb(words, verb):  # "QA sits inside squads": the subject with its article
        if measured_subject(text) != text:
            return None  # "DSO sits at 52 days": a measure and its value
        said = with_the(" ".join(subject)) if not owner else " ".join(words[:verb])
        return f"how {said} {' '.join(words[verb:])}"
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
    if named and word in _CHANGES and word.endswith("s") and at > 0:
        return True
    return named and at > 0 and _singular_verb(words, at)


_LIGHT = frozenset(["be", "have", "do", "get", "go", "need", "want", "say", "seem", "feel", "look"])
# What follows a verb and never a plural noun of a compound: an article or an owner ("that"
# and the quantifiers start a relative clause or a measure as often: "notes that customers read").
_OBJECT_FIRST = frozenset(["a", "an", "the", "our", "their", "your", "its", "his", "her", "my"])


def _singular_verb(words: list[str], at: int) -> bool:
    """ "sits" in "QA sits inside squads", "covers" in "team covers three sites": a verb in
    "-s" after a singular noun, with words after it; an "-s" word that is a plural noun too
    ("site visits every week", "rota changes in March") only before its object's article or
    number."""
    word, head = words[at].lower(), words[at - 1].lower()
    if at + 1 >= len(words) or not word.endswith("s") or not lexicon.is_third_person(word):
        return False
    if (head.endswith("s") and not head.isupper()) or lexicon.base_of(word) in _LIGHT:
        return False  # "QAs", "sales": a plural, read by `_finite`
    after = words[at + 1].lower()
    value = words[at + 2].lower() if at + 2 < len(words) else ""
    if after in PREPOSITIONS and (value in NUMBER_WORDS or value[:1].isdigit()):
        return False  # "stock turn sits at nine weeks": a measure and its value
    if after in NUMBER_WORDS or after[:1].isdigit():  # "runs two shifts", not "takes 9 days"
        unit = words[at + 2].lower() if at + 2 < len(words) else ""
        counted = lexicon.is_plural_noun(unit) and unit.endswith("s")
        return counted and unit not in SIZE_UNITS and unit[:-1] not in TIME_UNITS
    if after in _OBJECT_FIRST:
        return True  # "the depot runs two shifts", "team covers the wards"
    noun = lexicon.is_plural_noun(word) or lexicon.is_noun(lexicon.base_of(word) or "")
    one_bare = at == 1 and words[0].islower()  # "edge deploys on ...", "lease expires next yr"
    return not noun and not one_bare and after not in AUXILIARIES


# A quantity typed first: "lots of", "loads of", "a lot of", "tons of".
_QUANTITY = re.compile(
    r"^(?:(?:lots|loads|tons|heaps|plenty|masses) of|a (?:lot|ton|load|bunch|heap) of)\s", re.I
)


def _many(words: list[str]) -> str | None:
    """ "lots of dementia clients" -> "the many dementia clients"; "tons of paperwork for each
    job" -> "the amount of paperwork for each job"; None for no quantity or no noun to count."""
    found = _QUANTITY.match(" ".join(words) + " ")
    if found is None:
        return None
    rest = " ".join(words)[found.end() :].split()
    for index, word in enumerate(rest):
        lower = word.lower()
        if lower in PREPOSITIONS or lower in DETERMINERS:
            break
        if lexicon.is_plural_noun(lower) and lower.endswith("s"):
            return f"the many {' '.join(rest)}" if index < 4 else None
    else:
        index = len(rest)
    head = rest[index - 1].lower() if index else ""
    if head and lexicon.is_noun(head) and not lexicon.is_plural_noun(head) and index < 4:
        return f"the amount of {' '.join(rest)}"
    return None


UNSAID = "a change from one thing to another whose names could not be said as typed"
# Gerunds of a change from one thing to another, and the noun of that change.
_CHANGE_NOUNS = {
    "moving": "move", "migrating": "move", "switching": "switch", "shifting": "shift",
    "changing": "change", "upgrading": "upgrade", "converting": "conversion", "going": "move",
    "transitioning": "transition", "swapping": "switch", "porting": "move",
    "downgrading": "downgrade", "replatforming": "move", "rebranding": "rebrand",
}  # fmt: skip
_ARROWED = re.compile(
    r"^(?P<verb>[a-z]+ing)\s+(?:from\s+)?(?P<a>[^,;()>]+?)\s*(?:->|=>|→)\s*(?P<b>[^,;()>-]+?)"
    r"(?P<rest>\s*(?:[,;(]| - ).*)?$",
    re.IGNORECASE,
)


def changed_between(text: str) -> str:
    """ "migrating selenium -> playwright" -> "the move from selenium to playwright" (what
    follows a comma kept, for the tail rules); `text` unchanged for no gerund of change; ""
    when a side is one bare word in lower case, a name or a thing that cannot be said."""
    found = _ARROWED.match(text)
    if found is None or found["verb"].lower() not in _CHANGE_NOUNS:
        return text
    if re.match(r"(?i)\S+\s+from\s", found[0]):
        return text  # "moving from paper -> app": said as typed, by the arrow readers
    if any(_bare_one(found[side].strip()) for side in ("a", "b")):
        return ""  # "selenium -> playwright": a tool in lower case or a thing with no article
    noun = _CHANGE_NOUNS[found["verb"].lower()]
    return f"the {noun} from {found['a']} to {found['b']}{found['rest'] or ''}"


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


def _bare_one(side: str) -> bool:
    """One lower-case singular word: a name typed in lower case ("playwright", "selenium") or
    a thing that wants an article nobody typed; either way it cannot be said with confidence."""
    return " " not in side and side.islower() and not lexicon.is_plural_noun(side)
