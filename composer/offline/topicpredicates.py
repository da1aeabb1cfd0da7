"""A topic typed as a noun and a predicate with no verb, read by the class of each word.

Notes drop "be" before a predicate that `topicstates` cannot move before its noun: the state
has a place, a negation or a degree with it ("milk steaming inconsistent at the outlet", "stock
system not ready", "humidity too high most summers"), or it is a verb's participle that no
describing word before a noun says ("ute and tools supplied"). `predicated` says such a line as
the thing and its state: a describing word with nothing but a place or time after it goes
before its noun ("the inconsistent milk steaming at the outlet"); anything else is said with
"being" ("the stock system not being ready", "the ute and tools being supplied").

`how_often` reads a noun with a bare adverb of frequency after it ("board meeting prep
quarterly", "site visits fortnightly with the caterers"): the adverb, which no noun takes
after it, goes before the noun as its describing word ("the quarterly board meeting prep").

`gerund_object` reads "the" typed before a verb's "-ing" and its object ("the handling a
contractor who disputes a finding"): the doing is said without "the".
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.topicclauses import changes_amount
from composer.offline.topicstates import AFTER_NOUN, stated, went
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, TIME_UNITS

__all__ = ["gerund_object", "how_often", "predicated", "state_of"]

# Words typed between a thing and its state: a negation, a degree or a time of it.
_BEFORE_STATE = frozenset(["not", "still", "too", "never", "now", "currently", "always", "so"])
# Marks of a note's tail or list: what follows them is read apart, never as the predicate.
_NOTE_MARKS = re.compile(r"[,;:()/]| - |->|\+")
_DEGREE = frozenset(["too", "so"])  # said after "being": "being too high"
# Times typed after a state with no preposition: "this year", "most summers", "daily".
_TIME_OPENERS = frozenset(["this", "last", "most", "every", "all", "each"])
# Prepositions that open where or when a state holds, not what the state is about: after one
# of them the describing word may go before its noun ("inconsistent at the outlet"); "late
# with", "short of", "reliant on" hold their own object and are said with "being".
_WHERE_WHEN = frozenset(
    ["at", "in", "across", "during", "since", "until", "till", "throughout", "around"]
)
# Particles that say a state with no describing word ("relief vessel not back", "app down").
_PARTICLE_STATES = frozenset(["back", "down", "up", "out", "off", "behind", "over"])


def _joins(word: str) -> bool:
    return word in ("and", "&", "+")


def _noun_phrase(words: list[str]) -> bool:
    """A thing's name: nouns and their modifiers, which may be joined by "and" ("ute and
    tools"), open with a determiner, end in a number ("surgery 3"), and end in a noun."""
    if not words:
        return False
    body = words[1:] if words[0].lower() in DETERMINERS and len(words) > 1 else words
    if _joins(body[0].lower()) or _joins(body[-1].lower()):
        return False
    last = body[-1].lower()
    if last.isdigit() and len(body) > 1:
        last = body[-2].lower()
    for word in body:
        lower = word.lower()
        if _joins(lower) or lower.isdigit():
            continue
        if lower in FUNCTION_WORDS or lower in PREPOSITIONS or not lower.replace("-", "").isalpha():
            return False
        if lexicon.is_gerund(lower) and not lexicon.is_noun(lower):
            if word is body[0]:
                return False  # "keeping waste down": a doing, not a thing
            continue  # "milk steaming": the doing of a thing, named
        kinds = lexicon.classes(lower)
        verb_only = "verb" in kinds and not ({"noun", "adj"} & set(kinds))
        if verb_only and not lexicon.is_plural_noun(lower):
            return False  # "deploys slow", "supply vans": a verb, no thing named
    if "adj" in lexicon.classes(last):
        return False  # "kit room short staffed": a describing word ends it, no thing
    named = lexicon.is_noun(last) or lexicon.is_plural_noun(last) or lexicon.is_gerund(last)
    return named or not lexicon.known(last)


def _state_word(word: str) -> str:
    """ "adj" for a describing word ("inconsistent", "broken"), "part" for a verb's participle
    that is no describing word ("supplied"), "particle" for "back", "down"; "" otherwise."""
    if word != word.lower() or not word.isalpha():
        return ""
    if word in _PARTICLE_STATES:
        return "particle"
    kinds = lexicon.classes(word)
    if "adv" in kinds or word in AFTER_NOUN or lexicon.is_gerund(word):
        # "their move upmarket", "staff involved", "scanner going in": no state of a thing
        return ""
    if lexicon.is_adjective_only(word) or ("adj" in kinds and "noun" not in kinds):
        return "adj"
    if lexicon.is_participle(word) and not lexicon.is_noun(word):
        # "NPS dropped on the routes": a change its subject made, not a state done to it
        return "" if changes_amount(lexicon.base_of(word) or "") else "part"
    return ""


def _the(noun: list[str]) -> str:
    """The thing named with "the" when it is one thing of theirs, typed bare and singular."""
    first, last = noun[0].lower(), noun[-1].lower()
    joined = any(_joins(w.lower()) for w in noun)  # "the ute and tools": two of theirs
    if first in DETERMINERS or (lexicon.is_plural_noun(last) and not joined) or last.isdigit():
        return " ".join(noun)
    return "the " + " ".join(noun)


def predicated(text: str) -> str | None:
    """ "milk steaming inconsistent at the X outlet" -> "the inconsistent milk steaming at the X
    outlet"; "stock system not ready" -> "the stock system not being ready"; "ute and tools
    supplied" -> "the ute and tools being supplied"; None for any other line."""
    if _NOTE_MARKS.search(text):
        return None  # read once the note's tail is set aside
    words = text.split()
    for at in range(1, len(words)):
        lower = [w.lower() for w in words]
        core = at
        while core < len(words) - 1 and lower[core] in _BEFORE_STATE:
            core += 1
        kind = _state_word(words[core])
        if not kind or (kind == "particle" and core == at):
            continue  # "server room aircon down": a particle alone is `topicstates`'
        if not _noun_phrase(words[:at]):
            return None
        rest = words[core + 1 :]
        opens = rest[0].lower() if rest else ""
        if opens in FUNCTION_WORDS - PREPOSITIONS - _WHERE_WHEN or _joins(opens):
            return None  # "X checked and signed", "X ready when ...": more than a state
        manner = rest and set(lexicon.classes(rest[0].lower())) == {"adv"}  # "properly"
        placed = opens in PREPOSITIONS or opens in _WHERE_WHEN
        if rest and not placed and not _when(rest) and not manner:
            return None  # "the costing new menus": a describing word before its noun
        if kind == "adj" and opens in PREPOSITIONS and opens not in _WHERE_WHEN:
            return None  # "their move upmarket into healthcare": no state, a way of a doing
        if kind == "part" and core == at and (opens in PREPOSITIONS or opens in _WHERE_WHEN):
            # "patients discharged without meds": a noun and what was done to it reads as
            # typed; "referrals doubled since sep": a change its subject made
            return None
        noun = _the(words[:at])
        tail = " ".join(rest)
        place = not rest or rest[0].lower() in _WHERE_WHEN
        if kind == "adj" and core == at and place and rest:
            bare = noun.removeprefix("the ")
            article = "" if noun == bare else "the "
            return f"{article}{words[core]} {bare} {tail}".strip()
        if kind == "adj" and core == at and not rest:
            return None  # "battlecards outdated": `topicstates` says it
        said = [w for w in lower[at:core] if w not in _DEGREE]  # "still not": before "being"
        state = [w for w in lower[at:core] if w in _DEGREE] + [words[core]]
        return " ".join([noun, *said, "being", *state, tail]).strip()
    return None


def _when(rest: list[str]) -> bool:
    """Words after a state that say when it holds: "this year", "most summers", "daily"."""
    first = rest[0].lower()
    return _frequency(first) or (first in _TIME_OPENERS and len(rest) > 1)


def state_of(whole: str | None, head: str) -> str | None:
    """A topic typed as a thing and its state, said as `topicstates` or this module says it:
    the whole line first when `topicstates` does not read it, before its words are taken as
    a tail ("payroll run still not automated"), then its head once a tail is set aside ("milk
    steaming inconsistent at X -> i suggested ..."). "" or None as `stated` gives them."""
    if whole is not None and (change := went(whole.split(", ", 1)[0].split())):
        return change  # "agency spend going up ~20%": the rise, before its tail is cut
    if whole is not None and stated(whole) is None:
        early = how_often(whole) or predicated(whole)
        if early:
            return early
    found = stated(head)
    return found if found is not None else how_often(head) or predicated(head)


def _frequency(word: str) -> bool:
    """An adverb of how often, made from a unit of time: "weekly", "daily", "fortnightly"."""
    lower = word.lower()
    if not lower.endswith("ly") or "adv" not in lexicon.classes(lower):
        return False
    stem = lower[:-2]
    stem = stem[:-1] + "y" if stem.endswith("i") else stem  # "daily": day
    for prefix in ("bi", "semi"):
        stem = stem.removeprefix(prefix) if stem.removeprefix(prefix) in TIME_UNITS else stem
    return stem in TIME_UNITS


def how_often(text: str) -> str | None:
    """ "board meeting prep quarterly" -> "the quarterly board meeting prep"; "site visits
    fortnightly with the caterers" -> "the fortnightly site visits with the caterers"; None
    when no bare adverb of frequency follows a thing's name."""
    if _NOTE_MARKS.search(text):
        return None
    words = text.split()
    at = next((i for i, w in enumerate(words) if i and _frequency(w)), 0)
    if not at or not _noun_phrase(words[:at]):
        return None
    rest = words[at + 1 :]
    if rest and rest[0].lower() not in PREPOSITIONS:
        return None
    noun = words[:at]
    if noun[0].lower() in DETERMINERS:
        said = [noun[0], words[at].lower(), *noun[1:]]
    else:
        said = ["the", words[at].lower(), *noun]
    return " ".join(said + rest)


def gerund_object(text: str) -> str:
    """ "the handling a contractor who disputes a finding" -> "handling a contractor who ...";
    "the managing nervous patients" -> "managing nervous patients"; others as typed. Only an
    object no noun before it could be ("a", "the", a describing word only) is read so: "the
    training a new starter gets" keeps its "the" (a clause follows its noun)."""
    words = text.split()
    if len(words) < 3 or words[0].lower() != "the" or not lexicon.is_gerund(words[1].lower()):
        return text
    nxt = words[2].lower()
    if nxt in DETERMINERS:
        for word in words[3:]:
            lower = word.lower()
            if (
                lexicon.is_noun(lower)
                or lexicon.is_plural_noun(lower)
                or "adj" in lexicon.classes(lower)
            ):
                continue
            if lexicon.is_third_person(lower) or lexicon.is_past(lower):
                return text  # "the training a new starter gets": its noun and a clause
            break
        return " ".join(words[1:])
    if lexicon.is_adjective_only(nxt) and len(words) > 3:
        return " ".join(words[1:])  # "the managing nervous patients"
    return text
