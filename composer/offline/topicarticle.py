"""The article of a topic named in a letter: "the" for one named thing ("the type rating
timeline", "the signs of safety practice model", "switching the EHR"), "a" for one event in a
question put to the candidate ("what I would do first about a placement breakdown").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.phrases import head_noun
from composer.offline.topicbare import (
    building_work,
    done_to,
    made_by_er,
    one_placed,
    only_a_thing,
    told_of,
)
from composer.offline.words import (
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    STATIONS,
    TOPIC_COUNTABLE,
    WH_WORDS,
    WORKPLACES,
)

# Heads of a topic that name one thing of the interviewer's, besides `TOPIC_COUNTABLE`:
# "the morning rush", "the month-end close", "the quota".
_ONE_THING = frozenset(
    ["rush", "close", "quota", "target", "shift", "intake", "cutover", "relaunch", "rebuild",
     "transition", "rate", "list", "waitlist", "clinic", "enclosure", "pattern", "team",
     "extension", "agreement", "scale", "phase-out", "rollover", "refurb", "refurbishment",
     "room", "department", "check", "push", "drive", "rotation", "simulation", "scanner",
     "reopening", "opening", "run", "exercise", "rating", "score", "protocol", "shortage",
     "backlog", "excursion", "incident", "outage", "breach", "spill", "recall", "deviation",
     *WORKPLACES, *STATIONS]
)  # fmt: skip


# Nouns of an effort made on something: "a push", "a drive". Typed after a phrase with a
# preposition in it ("reading for pleasure push"), the phrase is what the effort is on.
_EFFORTS = frozenset(["push", "drive", "focus", "crackdown", "emphasis"])


# What an interviewer gave on something of the candidate's: "feedback on my lesson".
_RESPONSES = frozenset(["feedback", "comments", "thoughts", "advice", "questions", "notes"])


def _described_both(first_part: str, second: list[str]) -> bool:
    """ "keeping the room calm" and "safe for the actors": two describing words joined by
    "and" ("calm and safe"), so what follows "and" is no thing to take "the"."""
    last = first_part.split()[-1].lower()
    return "adj" in lexicon.classes(last) and "adj" in lexicon.classes(second[0].lower())


def with_the(text: str) -> str:
    """ "type rating timeline" -> "the type rating timeline": one named thing takes "the"."""
    said = _with_the(text)
    # "Contract is in Medellín": a common noun typed with the capital of the note's first word
    plain = re.fullmatch(r"the (?P<w>[A-Z][a-z]+)", said)
    return f"the {plain['w'].lower()}" if plain and lexicon.is_noun(plain["w"].lower()) else said


def _with_the(text: str) -> str:
    words = text.split()
    first = words[0].lower()
    if first in DETERMINERS or first in WH_WORDS or first.endswith("'s") or "," in text:
        return text
    if building_work(words):
        return text  # "wheel building", "team building": the doing of it, no building
    if lexicon.is_gerund(first) and words[1:2] in (["up"], ["out"], ["down"], ["back"], ["off"]):
        return text  # "scaling up output for X": a doing (round 50, h1408), never "the scaling"
    doing = done_to(words)  # "handling replication lag on ...": a doing and its object
    if doing is not None:
        return doing
    if one_placed(words):
        return f"the {text}"  # "asbestos register for the council schools", "new kiln"
    told = told_of(text)
    if told and not any(w.lower() in PREPOSITIONS for w in told[0].split()):
        # "pricing page test you're running": the thing takes its article, not the clause
        return f"{with_the(told[0])} {told[1]}"
    timed = _TIME_AFTER.match(text)
    if timed:  # "shark tank refurb next year": the thing takes its article, not the time
        named = with_the(timed["what"])
        return f"{named} {timed['when']}" if named != timed["what"] else text
    coded = len(words) > 2 and _IDENTIFIER.fullmatch(words[-1]) is not None
    if coded and not any(w.lower() in PREPOSITIONS for w in words[:-1]):
        named = with_the(" ".join(words[:-1]))  # "spray licence PA1/PA6": the licence, named
        if named.startswith("the "):
            return f"{named} {words[-1]}"
    if len(words) > 1 and words[1] == "of" and (first.isdigit() or _FIGURE.match(first)):
        return text  # "2 of the sites", "20% of referrals"
    if _FIGURE.match(first) and len(words) > 1 and not re.search(" (?:and|versus) ", text):
        measured = (head_noun(words[1:]) or words[-1]).lower()
        if not lexicon.is_plural_noun(measured):  # "10% social value weighting": one thing
            return f"the {text}"
    if first in _RESPONSES and words[1:3] in (["on", "my"], ["about", "my"], ["to", "my"]):
        return f"your {text}"  # "feedback on my observed lesson": theirs on mine
    inside = [w.lower() for w in words[1:-1]]
    if words[-1] in _EFFORTS and any(w in PREPOSITIONS for w in inside) and " and " not in text:
        return f"the {words[-1]} on {' '.join(words[:-1])}"  # "the push on reading for pleasure"
    if (
        len(words) > 2
        and words[1] == "of"
        and lexicon.is_noun(first)
        and not lexicon.is_plural_noun(first)
        and not lexicon.is_gerund(first)
        and first.isalpha()
        and words[0].islower()
    ):
        return f"the {text}"  # "accuracy of sentencing sheets and commitment orders"
    linked = re.match(r"^(?P<head>[a-z][\w-]*) (?:between|of) \S+ and ", text)
    if linked and _counted_only(linked["head"]):
        return f"the {text}"  # "handoff between reserving and pricing": one, the "and" inside
    placed = next((i for i, w in enumerate(words) if i and w in PREPOSITIONS), 0)
    if placed and " and " in text and " and " not in " ".join(words[:placed]):
        # "PM schedule on the kenworths and cat 793s": the "and" is inside what it is on
        named = with_the(" ".join(words[:placed]))
        if named.startswith("the "):
            return f"the {text}"
    if " and " in text:
        first_part, _, rest = text.partition(" and ")
        if rest.split()[0].lower() in WH_WORDS:  # "dog bite cases and how I would deal ..."
            return text
        if _co_modifier(first_part, rest.split()):
            return f"the {text}"  # "scab and canker spray programme": one programme
        shown = rest.split()[0].lower() in ("the", "our", "your", "their")
        if shown and not set(first_part.lower().split()) & PREPOSITIONS:
            # "fire panel and the overnight security walk": the parts take their articles alike
            named = with_the(first_part)
            return f"{named} and {rest}" if named.startswith("the ") else text
        second = rest.split()
        both = len(first_part.split()) == len(second) == 2 and " and " not in rest
        plain = all(w.isalpha() and w.islower() for w in [*first_part.split(), *second])
        if both and plain and with_the(first_part).startswith("the ") and _count_singular(second):
            return f"the {text}"  # "pay grade and certification incentive": one article
        last = first_part.split()[-1].lower()
        one = last in TOPIC_COUNTABLE | _ONE_THING or (
            len(first_part.split()) > 1 and _counted_only(last) and only_a_thing(last)
        )  # "the mist bench and bottom heat": one bench
        if (
            one
            and rest.split()[0].lower() not in DETERMINERS
            and with_the(first_part) != first_part
        ):
            return f"the {text}"  # "the sliding fee scale and UDS reporting"
        second = rest.split()
        head = head_noun(second)
        if (
            len(second) > 1
            and head is not None
            and not any(w.lower() in PREPOSITIONS for w in first_part.split())
            and not _doing(second)  # "TRM and speaking up in the room": no "the speaking"
            and not _described_both(first_part, second)  # "the room calm and safe for ..."
            and _one_of_a_kind(second, head)
        ):
            return f"{first_part} and the {rest}"  # "referral triage and the waiting list"
        return text
    last = words[-1].lower()
    if _NUMBERED_WORK.match(text):
        return f"the {text}"  # "runway 27 resurfacing": work on one numbered thing, one event
    inside = [w.lower() for w in words[:-1]]
    if (
        (last in TOPIC_COUNTABLE or last in _ONE_THING)
        and not any((w in PREPOSITIONS and w != "of") or w in DETERMINERS for w in inside)
        and not lexicon.is_gerund(first)
        and "of" in inside[1:]
    ):
        return f"the {text}"  # "signs of safety practice model": a named model, one thing
    verb = next((i for i, w in enumerate(words) if i > 1 and lexicon.is_gerund(w.lower())), 0)
    before = words[verb - 1].lower() if verb else ""
    if verb and (before in TOPIC_COUNTABLE or before in _ONE_THING):
        return f"the {text}"  # "reserving process moving from Excel to R"
    if lexicon.is_gerund(first.rsplit("-", 1)[-1]):
        # "teaching load at the branch": a gerund before a countable head is its modifier
        places = ("at", "for", "of", "on", "in", "from", "to", "with", "into", "across", "through")
        stop = next((i for i, w in enumerate(words) if w in places), 0)
        head_word = words[(stop or len(words)) - 1].lower()
        modifier = words[1 : stop or len(words)]
        plain = not any(w.lower() in DETERMINERS for w in modifier)
        countable = head_word in TOPIC_COUNTABLE or head_word in _ONE_THING
        countable = countable or (_counted_only(head_word) and only_a_thing(head_word))
        if stop != 1 and len(words) > 1 and plain and countable:
            return f"the {text}"
        return _object_with_the(words)
    if _verb_made_noun(words):
        return f"the {text}"  # "fault log", "handover template": one thing, a count noun
    head = head_noun(words)
    if head is None:
        return text
    after = words[words.index(head) + 1 :]
    if (
        after
        and after[0].lower() == "of"
        and not lexicon.is_plural_noun(head.lower())
        and not lexicon.is_gerund(head.lower())
        and head.isalpha()
        and "adv" not in lexicon.classes(head.lower())  # "breakdown out of hours": not "out"
        and all(w.isalpha() and w.islower() for w in words[: words.index(head)])
    ):
        # "backlog of boiler repairs", "switch port of lanternfall": one thing, of another
        return f"the {text}"
    if head == words[-1] and made_by_er(head) and all(w.isalpha() for w in words[:-1]):
        return f"the {text}"  # "new underpinner": a tool or doer of a verb, one of them
    if head.lower() not in TOPIC_COUNTABLE and head.lower() not in _ONE_THING:
        return f"the {text}" if _one_of_a_kind(words, head) else text
    if not after or after[0].lower() in ("for", "of", "on", "in", "at", "from", "to", "with"):
        return f"the {text}"
    return text


def _count_singular(words: list[str]) -> bool:
    """A noun and the singular count noun it qualifies ("certification incentive")."""
    head = words[-1].lower()
    plurals = lexicon.noun_plurals(head)
    if lexicon.is_gerund(head) or lexicon.is_plural_noun(head) or head in _MASS_FROM_VERBS:
        return False
    return lexicon.is_noun(words[0].lower()) and any(p != head for p in plurals)


# A time typed after the thing it places: "next year", "this term".
_TIME_AFTER = re.compile(
    r"^(?P<what>.+?) (?P<when>(?:next|this|last) (?:year|month|week|term|quarter|spring|summer"
    r"|autumn|winter))$"
)


def _co_modifier(first: str, rest: list[str]) -> bool:
    """ "scab" before "and canker spray programme": one word in lower case, a singular noun,
    joined to the modifiers of a countable head, modifies that head with them."""
    if " " in first or not first.isalpha() or not first.islower() or len(rest) < 2:
        return False
    if lexicon.is_plural_noun(first) or lexicon.is_gerund(first) or not lexicon.is_noun(first):
        return False
    if any(w.lower() in PREPOSITIONS or w.lower() in DETERMINERS for w in rest):
        return False
    head = rest[-1].lower()
    return head in TOPIC_COUNTABLE or head in _ONE_THING


# A code that names one of a kind after its noun: "PA1/PA6", "FS-2", "v3" (letters and digits).
_IDENTIFIER = re.compile(r"(?=\S*[A-Za-z])(?=\S*\d)[A-Za-z0-9][A-Za-z0-9/.-]*")


# A figure before what it measures: "10%", "£214k", "$2.5m".
_FIGURE = re.compile(r"^(?:\d+(?:\.\d+)?%|[£$€]\d[\d.,]*(?:k|m|bn)?|\d+-[a-z]+)$", re.IGNORECASE)


# Work done on a thing named by its number: "runway 27 resurfacing", "line 3 installation".
_NUMBERED_WORK = re.compile(
    r"^[a-z]+ \d+[a-z]? [a-z]+(?:ing|ment|tion|al)\b(?! (?:and|or)\b)"
    r"(?: (?:next|this|in|from|by)\b.*)?$"
)


def _doing(words: list[str]) -> bool:
    """ "speaking up in the room", "speaking to families": a gerund and what follows its verb
    (not "waiting list": a gerund naming a kind of thing)."""
    after = words[1].lower() if len(words) > 1 else ""
    particle = after in PREPOSITIONS or after in DETERMINERS or after in ("up", "out", "down")
    return lexicon.is_gerund(words[0].lower()) and (not after or particle)


def _one_of_a_kind(words: list[str], head: str) -> bool:
    """ "demo for the Tulsa prospect", "handoff from SE to CS", "union contract renewal in
    2027": a singular head English only counts (a demo, a handoff), or one placed at a time (one
    renewal, not renewal in general), names one thing and takes "the"; a noun of a kind that is
    not counted ("advice", "training", "escalation from home births") names the kind bare."""
    lower = head.lower()
    before = [w.lower() for w in words[: words.index(head)]]
    if head != lower or lexicon.is_plural_noun(lower) or lexicon.is_gerund(lower):
        return False
    if any(w in DETERMINERS or w in PREPOSITIONS or w.endswith("'s") for w in before):
        return False
    if one_event(" ".join(words)) or "versus" in words:
        return False  # "placement breakdown out of hours": any one; "build versus buy": a choice
    typed = words[: words.index(head)]
    rest = " ".join(words[words.index(head) + 1 :])
    plurals = lexicon.noun_plurals(lower) or _compound_plurals(lower)
    if plurals and lower not in plurals and _PLACED_IN_TIME.search(rest):
        return True  # "busy season from September": a kind, but one placed in time
    if any(
        ("-" in w and not w.isupper()) or lexicon.is_adjective_only(w.lower())  # "ES-EN": names
        for w in typed
        if w.lower() != "new"
    ):
        return False  # "multi-state payroll", "offline mode": a kind of it, not one
    if not plurals and _PARTICLE_NOUN.fullmatch(lower):
        return True  # "handoff", "go-live", "phase-out": one event the tables lack
    if plurals and lower not in plurals:
        return True  # "demo", "switch", "split": counted only
    return bool(plurals) and _PLACED_IN_TIME.search(rest) is not None


# Nouns made from verbs that name an amount, never counted: "agency spend", "customer churn".
_MASS_FROM_VERBS = frozenset(["spend", "overspend", "underspend", "burn", "churn", "cover"])


def _verb_made_noun(words: list[str]) -> bool:
    """ "hive inspection log", "handover template": a compound of nouns ending in a word the
    tables know only as a verb (its base form), used here as a noun; such a noun is counted."""
    if len(words) < 2 or not all(w.isalpha() and w.islower() for w in words):
        return False
    last, before = words[-1], words[-2]
    if set(lexicon.classes(last)) != {"verb"} or lexicon.verb_forms(last).get("VB") != last:
        return False
    if last in _MASS_FROM_VERBS:
        return False  # "agency spend": an amount, not one thing
    if any(w in PREPOSITIONS or w in DETERMINERS or w in FUNCTION_WORDS for w in words):
        return False
    return (
        (lexicon.is_noun(before) or not lexicon.known(before))  # "autoclave log"
        and not lexicon.is_plural_noun(before)
        and not (lexicon.is_gerund(words[0]) or lexicon.is_adjective_only(words[0]))
    )


def _counted_only(noun: str) -> bool:
    """ "handoff", "handover", "split": a singular noun English only counts (no "advice")."""
    if lexicon.is_plural_noun(noun) or lexicon.is_gerund(noun):
        return False
    plurals = lexicon.noun_plurals(noun)
    return (bool(plurals) and noun not in plurals) or (
        not plurals and _PARTICLE_NOUN.fullmatch(noun) is not None
    )


# Nouns that are also suffixes: "-ship" and "-hood" make nouns of a kind, not compounds.
_SUFFIXES = frozenset(["ship", "hood", "ware", "work", "wear", "ness", "ment", "dom", "ism"])


def _compound_plurals(noun: str) -> tuple[str, ...]:
    """ "termbase": a closed compound the tables lack, of two words they know, counts as its
    last word counts ("bases": "termbases")."""
    if lexicon.known(noun) or not noun.isalpha():
        return ()
    for cut in range(3, len(noun) - 3):
        first, last = noun[:cut], noun[cut:]
        if last in _SUFFIXES:
            continue  # "preceptorship": a noun made with a suffix, never two words
        if lexicon.known(first) and (plurals := lexicon.noun_plurals(last)):
            return tuple(first + plural for plural in plurals)
    return ()


# A noun made of a verb and its particle: "handoff", "go-live", "phase-out", "sign-off".
_PARTICLE_NOUN = re.compile(r"[a-z]{3,}-?(?:off|out|over|live|up|down)")
# A time that makes an event one event: "in 2027", "in March", "in Q2", "next year".
_PLACED_IN_TIME = re.compile(
    r"(?:^|\s)(?:(?:in|by|from|due|this|next)\s+(?:(?:19|20)\d\d|Q[1-4]|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|spring|summer|autumn"
    r"|fall|winter|year|month|term|quarter)|next\s+(?:year|month|term|quarter|week))\b"
)


# Systems named by an acronym, each one thing of a workplace: "switching the EHR", "the CRM".
_SYSTEMS = frozenset(
    ["EHR", "EMR", "EPR", "ERP", "CRM", "PACS", "RIS", "LIMS", "WMS", "TMS", "HRIS", "PMS",
     "POS", "CMS", "LMS", "MIS", "PAS", "ATS", "DMS", "ITSM", "CAD"]
)  # fmt: skip


def _object_with_the(words: list[str]) -> str:
    """ "switching EHR from eCW to Athena": a system named by its acronym, moved from one thing
    to another, takes "the"; a product it moves to, typed in lower case, its capital."""
    text = " ".join(words)
    if len(words) < 4 or words[2].lower() not in ("from", "to", "onto", "off", "over"):
        return text
    if words[1] not in _SYSTEMS:
        return text
    said = [words[0], "the", *words[1:]]
    for index, word in enumerate(said[:-1]):
        after = said[index + 1]
        if (
            word in ("to", "from")
            and after.isalpha()
            and after.islower()
            and not lexicon.known(after)
        ):
            said[index + 1] = after.capitalize()  # "to sectra": a product's name
    return " ".join(said)


def one_event(head: str) -> bool:
    """ "placement breakdown out of hours": one event named by a noun made of a verb and its
    particle (a breakdown, a walkout, a handover), singular and with no article."""
    words = head.split()
    if words[0].lower() in DETERMINERS:
        return False
    for word in words[:3]:
        if word.lower() in PREPOSITIONS:
            return False
        if word.islower() and len(word) > 6 and re.search(r"(?:down|out|over)$", word):
            return True
    return False
