"""A topic typed with the candidate's verdict on it, said as the subject the verdict is about.

Notes carry a judgement in the candidate's own words: "excel hell - master file w/ 40 tabs",
"S&OP mtg is a mess", "onboarding too long", "short runs killing them", "customers complaining
about swirl marks". The verdict is never the head of a sentence to the interviewer ("It was
good to talk about excel hell"): the subject is named ("the master file with 40 tabs", "the S&OP
meeting", "onboarding"), or the line is left out. A handover typed with an arrow ("handover
sales -> cs") is said as one ("the handover from sales to CS"), and a figure of the
interviewer's own typed as "a portfolio of 220 properties" is said as theirs ("your portfolio").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.phrases import Shape, analyse
from composer.offline.topicarticle import _counted_only
from composer.offline.topicjoin import CLOSED, shorthand
from composer.offline.words import SMALL_NUMBERS

__all__ = ["handed_over", "made_theirs", "stated_form", "subject_of_clause", "unjudged"]

# Words that judge a thing instead of naming it: "rota chaos", "excel hell", "the audit
# nightmare". Words with a plain sense a topic may mean ("back pain", "the officers' mess" is
# kept by its apostrophe, "flood disaster", "drama club") are not in it.
_SLANG = frozenset(
    ["hell", "nightmare", "nightmares", "chaos", "mess", "shambles", "madness", "headache",
     "headaches", "carnage", "saga", "fiasco", "stuff"]
)  # fmt: skip
_SLANG_RE = "|".join(sorted((re.escape(w) for w in _SLANG), key=len, reverse=True))
# "S&OP mtg is a mess", "rota = nightmare", "the handover is a bit of a shambles"
_IS_SLANG = re.compile(
    rf"^(?P<what>.+?)\s+(?:is|are|=|was|were)\s+(?:(?:a|an|total|complete|absolute|real|bit"
    rf"|of|such|bit of a|a bit of a|an absolute)\s+)*(?:{_SLANG_RE})\b",
    re.IGNORECASE,
)
# "excel hell", "playtesting chaos": a thing and the verdict on it, typed as a compound.
_NOUN_SLANG = re.compile(
    rf"^(?P<what>.*?[^'\s])\s+(?:{_SLANG_RE})(?:\s+(?:over|since|in|at|on|during|with)\s.*)?$",
    re.IGNORECASE,
)
# "onboarding too long", "queue way too long", "the rota is too tight": a thing and too much of it.
_TOO = re.compile(
    r"^(?P<what>.+?)\s+(?:(?:is|are|was|were)\s+)?(?:(?:way|far|much|a bit|bit)\s+)?too\s+"
    r"(?P<how>[a-z]+)\b",
    re.IGNORECASE,
)
# What "too long", "too slow" measure: "onboarding too long" is about the length of onboarding.
_MEASURED = {
    "long": "length",
    "short": "length",
    "slow": "speed",
    "expensive": "cost",
    "costly": "cost",
    "pricey": "cost",
    "big": "size",
    "large": "size",
    "small": "size",
}
# "short runs killing them", "late parts hurting us": a thing and what it does to the speaker.
_DOING_TO = re.compile(
    r"^(?P<what>.+?)\s+(?:is\s+|are\s+)?(?P<verb>[a-z]+ing)\s+(?:them|us|me|him|her|everyone)\b",
    re.IGNORECASE,
)
# "customers complaining abt swirl marks": who complains, and what about.
_COMPLAINING = re.compile(
    r"^(?P<who>[a-z]+)\s+(?:complaining|moaning|grumbling)\b\s*(?P<rest>.*)$", re.IGNORECASE
)
# Who complains, named by a group ("staff complaints") or by no one in particular.
_GROUPS = frozenset(["staff", "team", "crew", "management", "faculty", "nursing"])
_ANYONE = frozenset(["people", "everyone", "everybody", "folks", "some"])
_ABOUT = re.compile(r"^(?:about|abt|re|of|over)\s+(?P<what>.+)$", re.IGNORECASE)
# A handover typed with an arrow between the two sides: "handover sales -> cs".
_HANDOVER_NOUNS = r"handover|hand-over|handoff|hand-off|handovers|handoffs|transfer|transition"
_HANDED = re.compile(
    rf"^(?P<noun>{_HANDOVER_NOUNS})\s+(?:from\s+)?(?P<a>\w[\w&-]*(?: \w[\w&-]*)?)\s*(?:->|=>|→)\s*"
    rf"(?P<b>\w[\w&-]*(?: \w[\w&-]*)?)(?P<rest>(?:,| - ).*)?$",
    re.IGNORECASE,
)
_HANDED_AFTER = re.compile(
    rf"^(?P<a>\w[\w&-]*)\s*(?:->|=>|→)\s*(?P<b>\w[\w&-]*)\s+(?P<noun>{_HANDOVER_NOUNS})"
    rf"(?P<rest>(?:,| - ).*)?$",
    re.IGNORECASE,
)
# A pronoun or a quantifier that makes a clause of what follows it ("no one rings them").
_SUBJECTS = frozenset(["no one", "nobody", "noone", "everyone", "someone", "they", "he", "she"])
_PRONOUNS = frozenset(["it", "them", "they", "us", "we", "me", "him", "her", "he", "she"])


def handed_over(text: str) -> str:
    """ "handover sales -> cs, stuff gets lost" -> "the handover from sales to CS" (what follows
    the comma stays, for the tail rules to judge); `text` unchanged when it is no handover."""
    found = _HANDED.match(text) or _HANDED_AFTER.match(text)
    if found is None:
        return text
    noun = found["noun"].lower().rstrip("s") if found["noun"].lower() != "handovers" else "handover"
    sides = [_side(found[part]) for part in ("a", "b")]
    return f"the {noun} from {sides[0]} to {sides[1]}{found['rest'] or ''}"


def _side(word: str) -> str:
    """A team on one side of a handover: a short word no list knows is its initials ("cs")."""
    return word.upper() if shorthand(word) and len(word) <= 3 else word


def unjudged(text: str) -> str | None:
    """The subject of a topic typed with a verdict on it; "" when none can be named; None when
    `text` carries no verdict."""
    head, dash, point = text.partition(" - ")
    head = head.strip()
    head_only, _, _ = head.partition(", ")
    complained = _complaint(head_only)
    if complained is not None:
        return complained
    for pattern in (_IS_SLANG, _TOO, _DOING_TO):
        found = pattern.match(head_only)
        if found and _named(found["what"]):
            if pattern is _TOO and found["how"].lower() in _MEASURED:
                return _measure(found["what"], _MEASURED[found["how"].lower()])
            return _one(found["what"], found[0])
        if found and pattern is _IS_SLANG:
            return ""  # "stuff is a mess": the verdict names nothing
    compound = _NOUN_SLANG.match(head_only)
    if compound is None or compound["what"].split()[-1].lower() in CLOSED:
        return None
    if dash and _plain_thing(point):
        return point  # "excel hell - master file w/ 40 tabs": the master file is the thing
    what = compound["what"]
    if _named(what) and len(what.split()) > 1:
        return _one(what, " is ")  # "kit van stuff": the kit van, one thing
    return what if _plain_word(what) else ""


# Heads a verdict is passed on with no article: a mass of things or a kind of work ("stock
# control is a mess", "communication is a nightmare").
_MASS = frozenset(
    ["control", "stock", "data", "software", "paperwork", "admin", "equipment", "training",
     "feedback", "signage", "storage", "parking", "traffic", "staffing", "comms", "it", "kit"]
)  # fmt: skip
_ABSTRACT = re.compile(r"(?:ion|ing|ment|ness|ity|ance|ence|ism|ship)$")


def _one(what: str, typed: str) -> str:
    """ "contract register is a mess" -> "the contract register": one thing, said with "is" or
    "too", takes "the" when its noun is one English counts; mass nouns and plurals take none."""
    words = what.split()
    singular = re.search(r"\s(?:is|was|too)\s", typed) is not None
    if words[0].lower() in CLOSED or not singular or not _countable(words[-1]):
        return what
    return f"the {what}"


def _countable(word: str) -> bool:
    """A singular noun in lower case that names one thing ("register", "rota"), not a mass or
    a kind of work ("control", "scheduling", "communication")."""
    head = word.lower()
    if not word.islower() or lexicon.is_plural_noun(head) or lexicon.is_gerund(head):
        return False
    if head in _MASS or _ABSTRACT.search(head):
        return False
    return _counted_only(head) or lexicon.is_noun(head) or not lexicon.known(head)


def _measure(what: str, measure: str) -> str:
    """ "onboarding too long" -> "the length of onboarding"; a plural or a countable thing
    takes "the" after "of" ("the length of the checkout queues")."""
    words = what.split()
    last = words[-1].lower()
    if words[0].lower() in CLOSED:
        return f"the {measure} of {what}"
    plural = lexicon.is_plural_noun(last) and not lexicon.is_gerund(last)
    one = _countable(words[-1])
    return f"the {measure} of {'the ' if plural or one else ''}{what}"


def _complaint(head: str) -> str | None:
    """ "customers complaining about swirl marks" -> "customer complaints about swirl marks";
    "" for a complaint typed as the words said ("complaining no one rings them")."""
    found = _COMPLAINING.match(head)
    who = found["who"].lower() if found else ""
    if found is None or not (lexicon.is_plural_noun(who) or who in _GROUPS or who in _ANYONE):
        return None
    about = _ABOUT.match(found["rest"])
    if about is None or _clause(about["what"].split()):
        return ""
    if who in _ANYONE:
        return f"complaints about {about['what']}"
    return f"{_singular(who) if who not in _GROUPS else who} complaints about {about['what']}"


def _singular(noun: str) -> str:
    """ "customers" -> "customer", "families" -> "family"; the noun itself when unsure."""
    for plural, single in (("ies", "y"), ("s", "")):
        if noun.endswith(plural) and lexicon.is_noun(noun[: -len(plural)] + single):
            return noun[: -len(plural)] + single
    return noun


def _named(what: str) -> bool:
    """A subject that can be named: words of a noun phrase, no pronoun, no verb of its own."""
    words = what.split()
    if not words or len(words) > 6 or words[0] in _PRONOUNS:  # "IT support" is no "it"
        return False
    if words[-1].lower() in ("stuff", "things", "thing", "bits", "everything", "it"):
        return False  # "stuff is a mess": nothing named
    if _clause(words):
        return False
    last = words[-1].lower()
    return (
        words[-1].isupper()
        or lexicon.is_noun(last)
        or lexicon.is_plural_noun(last)
        or lexicon.is_gerund(last)
        or (last.isalpha() and not lexicon.known(last))  # "rota", "onboarding"
    )


def _plain_word(word: str) -> bool:
    """A single word that names a thing on its own, with no article ("playtesting",
    "recruitment")."""
    lower = word.lower()
    return (
        " " not in word
        and not shorthand(lower)
        and (lexicon.is_gerund(lower) or lexicon.is_noun(lower) or _made_gerund(lower))
        and not lexicon.is_adjective_only(lower)
        and not _countable(word)  # "supplier chaos": "supplier" alone names nothing
    )


def _made_gerund(word: str) -> bool:
    """ "playtesting", "onboarding": a word no table knows, made of a verb with "-ing"."""
    return word.endswith("ing") and len(word) > 6 and not lexicon.known(word)


def _plain_thing(point: str) -> bool:
    """ "master file with 40 tabs": the point after a verdict names a thing, with no clause."""
    words = point.split()
    if not words or words[0].lower() in CLOSED or _clause(words):
        return False
    if words[0][:1].isdigit() or words[0].lower() in SMALL_NUMBERS:  # "3 people off sick"
        return False
    return analyse(point).shape is Shape.NOUN


def _clause(words: list[str]) -> bool:
    """Words with a subject of their own ("no one rings them") or a verb in the present with
    no noun sense ("sales doesn't show up"), or a pronoun: a clause, never a subject to name."""
    lowered = [w.lower() for w in words]
    text = " ".join(lowered)
    if any(re.search(rf"\b{s}\b", text) for s in _SUBJECTS) or _PRONOUNS & set(words):
        return True
    if any("n't" in w for w in lowered):
        return True
    return any(
        lexicon.is_third_person(w) and not lexicon.is_plural_noun(w) and not lexicon.is_noun(w)
        for w in lowered[1:]
    )


def subject_of_clause(words: list[str]) -> str | None:
    """ "your design system is half storybook half legacy css" -> "your design system": the
    subject of a note typed as a sentence with "be", when it is a noun phrase; else None."""
    if {"I", "i", "my", "me", "mine"} & set(words):
        return None  # "the style guide is public on my portfolio": a fact about the candidate
    for index, word in enumerate(words):
        if word.lower() in ("is", "are", "was", "were"):
            subject = words[:index]
            break
    else:
        return None
    if not 1 <= len(subject) <= 5 or subject[0].lower() in CLOSED - {"your", "the", "our"}:
        return None
    what = " ".join(subject)
    return what if _named(what) else None


def stated_form(subject: str, words: list[str]) -> str:
    """ "the price list is outdated" typed with one describing word after "be": the subject and
    that word, as notes type a state ("price list outdated"), for `stated` to read; "" when more
    than one word follows "be"."""
    at = next(i for i, w in enumerate(words) if w.lower() in ("is", "are", "was", "were"))
    rest = words[at + 1 :]
    if len(rest) != 1 or not rest[0].isalpha():
        return ""
    bare = subject[4:] if subject.lower().startswith("the ") else subject
    return f"{bare} {rest[0]}"


# "a portfolio of 220 managed properties", "the team's caseload": the interviewer's own.
_THEIR_COUNT = re.compile(r"^an? (?P<what>[a-z]+(?: [a-z]+)?) of (?:about |around |over )?\d")


# What a workplace holds, counted: "the patch of about 300 homes", "the fleet of 40 vans"
# (a team, a backlog, a caseload or a crew may be the one the role leads: "the" is kept).
_HOLDINGS = frozenset(["portfolio", "patch", "fleet", "estate", "herd", "network", "membership"])
_THE_COUNT = re.compile(
    r"^the (?P<what>[\w&-]+(?: [\w&-]+)?) of (?:about |around |over )?(?:\d|(?:{})\b)".format(
        "|".join(SMALL_NUMBERS)
    )
)


def made_theirs(said: str, typed: str = "") -> str:
    """A figure of the interviewer's own workplace said as theirs: "a portfolio of 220 managed
    properties" -> "your portfolio of 220 managed properties"; "PT team of 8" (typed with no
    article) -> "your PT team of eight"."""
    found = _THEIR_COUNT.match(said)
    if found and lexicon.is_noun(found["what"].split()[-1]):
        return "your " + said.split(" ", 1)[1]
    counted = _THE_COUNT.match(said)
    typed_the = re.match(r"(?i)\s*the\b", typed) is not None
    if counted and not typed_the and counted["what"].split()[-1].lower() in _HOLDINGS:
        return "your " + said[len("the ") :]
    return re.sub(r"^the team's\b", "your team's", said)
