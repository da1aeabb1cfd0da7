"""A topic typed as a noun and what it is or is doing, said as the subject it names.

Notes drop the verb "be": "battlecards outdated", "e-bike repairs growing", "deliveries late".
After "our discussion of" or "your view of" such a line reads as a clause with its verb missing
("your view of battlecards outdated"), so `stated` says it as a noun phrase: a describing word
goes before its noun ("outdated battlecards"), a change in number becomes the noun of that change
("the growth in e-bike repairs"), and anything else being done by plural things ("deadlines
slipping") is left out, since no noun phrase says it without guessing. What follows a comma or the
changing word ("since tiktok", ", bosch + shimano steps") is the note-taker's detail.
"""

from __future__ import annotations

import calendar
import itertools

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.topicarticle import with_the
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, PREPOSITIONS

__all__ = ["AFTER_NOUN", "predicative", "stated", "went"]

# Verbs of a change in amount, and the noun that names the change: "the rise in ...".
_CHANGES = {
    "growing": "growth",
    "rising": "rise",
    "falling": "fall",
    "increasing": "increase",
    "decreasing": "decrease",
    "declining": "decline",
    "dropping": "drop",
    "climbing": "climb",
    "shrinking": "fall",
    "dipping": "dip",
    "spiking": "spike",
}
# Verbs of a move, and the noun that names it: "payroll moving to simplepay" is "the move of
# payroll to simplepay"; only with where it goes after it ("to", "into", "in-house").
_MOVES = {
    "moving": "move",
    "switching": "switch",
    "migrating": "migration",
    "shifting": "shift",
    "transitioning": "transition",
    "relocating": "relocation",
    "transferring": "transfer",
    "expanding": "expansion",
}
_WHERE_TO = frozenset(["to", "into", "onto", "in-house", "off", "out", "over", "from", "across"])
# Describing words that follow their noun, or mean something else before it ("the people
# involved", "the staff concerned"): never moved.
AFTER_NOUN = frozenset(
    ["involved", "concerned", "responsible", "present", "available", "required", "needed",
     "aside", "alone", "apart", "galore", "proper", "elect", "general", "ahead", "due"]
)  # fmt: skip


# Particles of a phrasal verb typed after it: "sign off", "follow up", "handed over".
_PARTICLES = frozenset(["off", "on", "out", "up", "down", "over", "in", "back", "away", "through"])


def stated(text: str) -> str | None:
    """ "battlecards outdated" -> "outdated battlecards"; "e-bike repairs growing, bosch + shimano
    steps" -> "the growth in e-bike repairs"; "" when the line is a plural noun and what it is
    doing that no subject names ("deadlines slipping"); None when the line is not that shape."""
    words = text.split(", ", 1)[0].split()
    change = went(words)  # "rents going down": before "going" is read as a state with a time
    if change:
        return change
    later = _state_then_time(words)
    if later is not None:
        return later
    owner = words[0].lower() if words else ""
    if owner in ("the", "our", "their", "your") and len(words) > 2:
        # "the new app just launched": the thing's own determiner, then the same reading
        again = _state_then_time(words[1:])
        if again:
            return f"{words[0]} {again.removeprefix('the ')}"
    moved = _moved(words)
    if moved:
        return moved
    verb = next((i for i, w in enumerate(words) if i and _state(w)), 0)
    if not verb or not _noun_phrase(words[:verb]):
        return None
    word, noun = words[verb].lower(), " ".join(words[:verb])
    if word in _CHANGES:
        after = words[verb + 1].lower() if verb + 1 < len(words) else ""
        if after in ("out", "into", "up", "apart", "from", "of", "away"):
            return None  # "kids growing out of dresses": a phrasal verb, never "the growth in"
        return f"the {_CHANGES[word]} in {noun}"
    if lexicon.is_gerund(word):
        plural = lexicon.is_plural_noun(words[verb - 1].lower())
        alone = all(w.lower() in _PARTICLES for w in words[verb + 1 :])  # "piling up"
        return "" if plural and alone else None
    return f"{word} {noun}" if verb == len(words) - 1 else None


def _moved(words: list[str]) -> str:
    """ "payroll moving to simplepay" -> "the move of payroll to simplepay"; "" for no move."""
    at = next((i for i, w in enumerate(words) if i and w.lower() in _MOVES), 0)
    if not at or len(words) < at + 2 or words[at + 1].lower() not in _WHERE_TO:
        return ""
    rest = [w.lower() for w in words[at + 1 :]]
    if any(w == "and" and lexicon.is_gerund(n) for w, n in itertools.pairwise(rest)):
        return ""  # "the lab moving to X and needing two analysts": a second doing, kept so
    owned = words[0].lower() in ("the", "our", "their", "your")  # "the team moving to ..."
    if not _noun_phrase(words[1:at] if owned else words[:at]):
        return ""
    noun = " ".join(words[:at]) if owned else with_the(" ".join(words[:at]))
    return f"the {_MOVES[words[at].lower()]} of {noun} {' '.join(words[at + 1 :])}"


# A change typed as a verb and its particle: "agency spend going up ~20%": the rise in it.
_PHRASAL_CHANGES = {"up": "rise", "down": "fall"}
_NEAR = frozenset(["next", "this", "early", "late", "mid", "soon"])  # "go live next month"
_PHRASAL_VERBS = frozenset(["going", "creeping", "shooting", "edging", "trending"])


def went(words: list[str]) -> str:
    """ "agency spend going up ~20%" -> "the rise in agency spend"; "cost per hire ↑ since
    covid" -> "the rise in cost per hire since covid"; "new payroll system go live in april" ->
    "the new payroll system going live in april"; "new ERP live Jan" -> "the new ERP going live
    Jan"; "" for none of them."""
    words = [part for w in words for part in _ARROWS.get(w, (w,))]
    at = next(
        (
            i
            for i, w in enumerate(words[:-1])
            if i
            and (w.lower() in _PHRASAL_VERBS or w.lower() in ("go", "goes"))
            and words[i + 1].lower() in (*_PHRASAL_CHANGES, "live")
        ),
        0,
    )
    live = next(  # "new ERP live Jan": a go-live typed with its time and no verb
        (i for i, w in enumerate(words[:-1]) if i and w == "live" and _when(words[i + 1 :])), 0
    )
    if not at and live:
        words, at = [*words[:live], "going", *words[live:]], live
    before = words[:at]
    closed = (DETERMINERS | PREPOSITIONS | FUNCTION_WORDS) - {"per", "of"}
    if not at or any(w.lower() in closed or not w.replace("-", "").isalnum() for w in before):
        return ""  # "agency spend": a bare name of a thing, whatever its last word's class
    noun, particle, rest = " ".join(words[:at]), words[at + 1].lower(), words[at + 2 :]
    if particle == "live":  # the go-live: said with when it is, typed after it
        if words[at].lower() not in ("go", "goes", "going"):
            return ""
        when = not rest or _when(rest)
        bare = rest and rest[0].lower() not in PREPOSITIONS and rest[0].lower() not in _NEAR
        rest = ["in", *rest] if bare else rest  # "live Jan": in January
        named = with_the(noun)
        named = f"the {named}" if named.split()[0].lower() == "new" else named  # "the new ERP"
        return " ".join([named, "going live", *rest]) if when and len(rest) < 6 else ""
    if words[at].lower() in ("go", "goes"):
        return ""
    since = " ".join(rest) if rest and rest[0].lower() in ("since", "after") else ""
    return f"the {_PHRASAL_CHANGES[particle]} in {noun}" + (f" {since}" if since else "")


# Arrows typed for a change in amount: "cost per hire ↑".
_ARROWS = {"↑": ("going", "up"), "↓": ("going", "down")}
_MONTHS = frozenset(m.lower() for m in calendar.month_abbr if m)


def _when(rest: list[str]) -> bool:
    """A time typed after a go-live: "in april", "next month", "Jan", "Q2"."""
    first = rest[0].lower() if rest else ""
    return (
        first in PREPOSITIONS
        or first in _NEAR
        or (first[:3] in _MONTHS and first.isalpha())
        or re.fullmatch(r"q[1-4]", first) is not None
    )


def _state(word: str) -> bool:
    """A word saying what a thing is or is doing: a describing word ("outdated", "late") or a
    verb's "-ing" form ("growing"), in lower case and no noun itself."""
    lower = word.lower()
    if word != lower or lower in AFTER_NOUN or not lower.isalpha():
        return False
    if lower in PREPOSITIONS or lower in FUNCTION_WORDS or lower in _PARTICLES:
        return False  # "CRS sign off", "support out of hours": a particle, no state
    if lower in _CHANGES:
        return True
    kinds = lexicon.classes(lower)
    if "noun" in kinds:
        return False  # "wheel building", "pricing page test": a compound of nouns
    return "adj" in kinds or lexicon.is_gerund(lower)


def _noun_phrase(words: list[str]) -> bool:
    """A bare run of nouns and their modifiers, typed in lower case, that ends in a noun."""
    if not words or any(w.lower() in DETERMINERS | PREPOSITIONS | FUNCTION_WORDS for w in words):
        return False
    if any(any(ch.isdigit() for ch in w) for w in words):
        return False  # "ISA 315 revised": a name with its number
    last = words[-1].lower()
    # a word the tables lack, typed in a note, is a term of the trade: "battlecards"
    return lexicon.is_noun(last) or lexicon.is_plural_noun(last) or not lexicon.known(last)


# Words typed between a thing and its state: "cad system just upgraded", "app still down".
_NEWLY = frozenset(["just", "newly", "recently"])
_BETWEEN = _NEWLY | frozenset(["still", "now", "currently", "always", "constantly"])
# Words that open a time typed after a state: "broken since oct", "low all summer".
_TIME = frozenset(["since", "till", "until", "again", "lately", "atm"])
# Words that open a time only with a time after them: "for weeks", "all summer", "this year".
_TIME_BEFORE = frozenset(["for", "all", "this", "last", "most", "every", "over"])
_TIMES = frozenset(
    ["day", "days", "week", "weeks", "wks", "month", "months", "year", "years", "yr", "yrs",
     "ages", "summer", "winter", "spring", "autumn", "season", "term", "quarter", "morning",
     "night", "nights", "weekend", "weekends", "a", "now"]
)  # fmt: skip
# States no describing word before the thing says ("the behind schedule rollout"): the thing
# is named alone, what it is in being the note-taker's detail.
_AFTER_ONLY = (
    ("behind", "schedule"),
    ("over", "budget"),
    ("on", "hold"),
    ("out", "of", "action"),
    ("out", "of", "service"),
    ("under", "review"),
    ("running", "late"),
    ("down",),
    ("offline",),
    ("delayed",),
    ("stalled",),
)


def predicative(words: list[str]) -> int:
    """How many of `words` say a state no word before a noun says ("behind schedule", "down",
    "keeps crashing"), with an adverb before it ("still down"); 0 when they do not open so."""
    lower = [w.lower() for w in words]
    at = 1 if lower[:1] and lower[0] in _BETWEEN else 0
    for phrase in _AFTER_ONLY:
        if tuple(lower[at : at + len(phrase)]) == phrase:
            return at + len(phrase)
    keeps = lower[at : at + 1] in (["keeps"], ["keep"])
    if keeps and len(lower) > at + 1 and lexicon.is_gerund(lower[at + 1]):
        return at + 2  # "porter app keeps crashing"
    return 0


def _timed(words: list[str]) -> bool:
    """Nothing after a state, or only a time: "since October", "all summer", "for weeks"."""
    lower = [w.lower() for w in words[:2]]
    if not lower or lower[0] in _TIME:
        return True
    return (
        len(lower) > 1 and lower[0] in _TIME_BEFORE and (lower[1] in _TIMES or lower[1].isdigit())
    )


def _state_then_time(words: list[str]) -> str | None:
    """ "tempering machine broken since October" -> "the broken tempering machine"; "local plan
    just adopted" -> "the newly adopted local plan"; "SD-WAN rollout to 14 clinics behind
    schedule" -> "the SD-WAN rollout to 14 clinics"; None for any other line."""
    for index in range(1, len(words)):
        taken = predicative(words[index:])
        went = words[index - 1].lower()
        if lexicon.is_past(went) and not lexicon.is_participle(went):
            continue  # "since the camera went down": the particle of a verb, not a state
        if taken and _timed(words[index + taken :]) and _named(words[:index]):
            return _the(words[:index], " ".join(words[:index]))
    at = next((i for i, w in enumerate(words) if i and w.lower() in _BETWEEN), 0)
    if at and len(words) > at + 1 and _noun_phrase(words[:at]):
        word = words[at + 1].lower()
        stative = _state(word) or (lexicon.is_participle(word) and word.isalpha())
        if not stative or lexicon.is_gerund(word) or not _timed(words[at + 2 :]):
            return None
        newly = words[at].lower() in _NEWLY and lexicon.is_participle(word)
        noun = words[:at]
        if newly and noun[0].lower() == "new" and len(noun) > 1:
            noun = noun[1:]  # "new booking app just launched": the newly launched booking app
        return _the(noun, f"{'newly ' if newly else ''}{word} {' '.join(noun)}")
    verb = next((i for i, w in enumerate(words) if i and _state(w)), 0)
    if not verb or verb == len(words) - 1 or not _noun_phrase(words[:verb]):
        return None
    word = words[verb].lower()
    if word in _CHANGES or lexicon.is_gerund(word) or not _timed(words[verb + 1 :]):
        return None
    return _the(words[:verb], f"{word} {' '.join(words[:verb])}")


def _named(words: list[str]) -> bool:
    """A thing's name, which may end in its number ("loom 4") or hold a preposition ("rollout to
    14 clinics"): no verb, no pronoun, not empty."""
    if not words or words[0].lower() in FUNCTION_WORDS - DETERMINERS:
        return False
    lower = [w.lower() for w in words]
    if lexicon.is_gerund(lower[0]):
        return False  # "keeping flower waste down": the doing of it, its object down
    if any(lexicon.is_gerund(w) and b in PREPOSITIONS for b, w in itertools.pairwise(lower)):
        return False  # "without slowing merchants down"
    return not any(lexicon.is_base_verb(w) and not lexicon.is_noun(w) for w in lower)


def _the(noun: list[str], said: str) -> str:
    """`said` with "the" when it names one thing of theirs ("the broken tempering machine"),
    as typed when it opens with its own determiner, is plural or ends in a number ("loom 4")."""
    last = noun[-1].lower()
    if noun[0].lower() in DETERMINERS or lexicon.is_plural_noun(last) or last.isdigit():
        return said
    return f"the {said}"
