"""Names typed in lower case given their capitals where the reading is sure: a word the tables
know only with its capital ("houston"), an institution or a site after a name no table knows
("crawley college", "westmoor wildlife park", "the ely scheme"), a law ("the procurement act"),
a place after "in" or "at" ("in cheltenham"), a short acronym ("crm"), two tools of a move
("from kafka to kinesis")."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon, nameshapes
from composer.offline.words import (
    CAPITALISED,
    FUNCTION_WORDS,
    INDEFINITES,
    INSTITUTION_HEADS,
    NOT_ACRONYMS,
    PLACE_HEADS,
    PLACE_WORDS,
    PLAIN_WORDS,
    RARE_WORDS,
    SITE_WORDS,
    TOOL_NAMES,
)


def names(text: str) -> str:
    """The text with the names it types in lower case capitalised, where they are sure."""
    text = nameshapes.given_names(text)  # "sally rooney's": read as typed, first
    text = _INSTITUTION.sub(_institution, text)
    text = _NAME.sub(_name, text)
    # "university of Nottingham": an institution named after its place
    text = _OF_PLACE.sub(lambda m: m.group(1).capitalize() + m.group(2), text)
    text = _ACRONYM.sub(_acronym, text)
    # a word no table knows after "in", "at": a place or a product ("in cheltenham", "at lidl")
    text = _SITE.sub(
        lambda m: (
            f"{m['the']} {m['name'].capitalize()} {m['site']}" if _named(m["name"]) else m.group()
        ),
        text,
    )
    text = _ACT.sub(_act, text)
    text = _FROM_TO.sub(_from_to, text)
    text = _TOOL_MOVE.sub(_tool_move, text)
    return nameshapes.shaped(_PLACE.sub(_place, text))


# "houston", "zoe", "leeds": a word the tables know only with its capital is a name
_NAME = re.compile(r"(?<![\w'’./@-])[a-z]{2,}(?![\w'’/@-])")


def _name(found: re.Match[str]) -> str:
    word = found.group()
    if not _unknown(word) or not lexicon.classes(word.capitalize()):
        return word
    return word.capitalize()


_OF_PLACE = re.compile(r"\b(university|college|school|institute|academy)( of [A-Z][a-z])")
_SITE = re.compile(
    rf"\b(?P<the>the|at|in|on) (?P<name>[a-z]{{3,}}) (?P<site>{'|'.join(sorted(SITE_WORDS))})\b"
)


# "ran the crm migration": a short word with no vowel that no table knows is an acronym
_ACRONYM = re.compile(r"(?<![\w'’./-])[b-df-hj-np-tv-z]{2,4}(?![\w'’/-])")
# "crawley college", "at cheltenham": a word no table knows, where it can only be a name
_HEADS = "|".join(sorted(INSTITUTION_HEADS))
_INSTITUTION = re.compile(
    rf"(?<![\w'’./-])(?P<name>[a-z]{{3,}})(?P<mid>(?: [a-z]{{3,}}){{0,2}}) (?P<head>{_HEADS})\b"
)
_PLACE = re.compile(
    r"\b(?P<at>in|at|near|from|to) (?P<name>[a-z]{3,})(?P<more>(?: [a-z]{2,}(?![\w'’/-]))?)"
    r"(?![\w'’/-])(?P<next> [a-z]+\b)?"
)


_COMMON_ENDINGS = (
    "tech", "ogy", "ics", "ing", "ble", "ery", "ism", "ist", "ness", "ment", "tion", "sion",
    "ship", "ware", "ops", "press", "ive", "ous", "end", "stack", "aas", "less", "ful", "free",
    "omy", "phy", "ure", "ance", "ence",
)  # fmt: skip


def _unknown(word: str) -> bool:
    # ("from someone who ...": "someone" is no place's name, though the tables lack it)
    one = word[:-1] if word.endswith("s") else word  # "handovers": the table's "handover"
    return not (
        lexicon.known(word)
        or word in PLAIN_WORDS
        or word in FUNCTION_WORDS
        or word in INDEFINITES
        or word in RARE_WORDS
        or one in RARE_WORDS
        or lexicon.modern(word)
    )


# A figure just before a word ("35 ppb", "0.5ppm"): the word is its unit of measurement.
_FIGURE_BEFORE = re.compile(r"\d ?$")


def _acronym(found: re.Match[str]) -> str:
    word = found.group()
    if not _unknown(word) or word in NOT_ACRONYMS:
        return word
    if len(word) <= 3 and _FIGURE_BEFORE.search(found.string, 0, found.start()):
        return word  # "35 ppb", "12 ppm": a unit after its figure, typed in lower case
    if word in ("sp", "spp", "ssp") and re.search(r"[A-Z][a-z]+ $", found.string[: found.start()]):
        return word  # "Pipistrellus sp.": a species of the genus before it, unnamed
    # "xfrs", "mths": a plural typed short is shorthand more often than an acronym's plural
    return word if word.endswith("s") else word.upper()


def _institution(found: re.Match[str]) -> str:
    """ "crawley college", "westmoor wildlife park": a name no table knows, the nouns of its
    kind ("wildlife") and the head, all with their capitals."""
    name, mid, head = found.group("name", "mid", "head")
    if not _unknown(name) or name in CAPITALISED:
        if not mid:
            return found.group()
        # "the billingsgate seafood school": the name may start at the next word
        return name + _INSTITUTION.sub(_institution, found.group()[len(name) :])
    kinds = mid.split()
    if any(w in FUNCTION_WORDS or not lexicon.is_noun(w) or lexicon.is_gerund(w) for w in kinds):
        return found.group()  # "leeds to wakefield council": no name of one place
    return " ".join(w.capitalize() for w in [name, *kinds, head])


# "the procurement act", "data protection act prep": a law named by the nouns before "act"
_ACT = re.compile(r"(?<![\w'’./-])(?P<chain>(?:[a-z]{3,} ){1,3})act\b(?! (?:as|on|of|like)\b)")
# "a balancing act", "a class act", "a double act": no law
_NOT_LAWS = frozenset(["class", "double", "circus", "disappearing", "balancing", "juggling"])


def _act(found: re.Match[str]) -> str:
    words = found["chain"].split()
    while words and (words[0] in FUNCTION_WORDS or not _law_word(words[0])):
        words = words[1:]  # "for the procurement act": the law's name starts after "the"
    if not words or words[0] in _NOT_LAWS:
        return found.group()
    before = found.string[: found.start("chain") + found["chain"].index(words[0])]
    last = before.split()[-1:] or [""]
    # "the new procurement act", "read procurement act": a word before the name may be part of
    # it, or a verb: only a name after "the", a noun or at a start is sure
    sure = last[0] in ("", "the") or last[0].endswith((",", "("))
    if not sure and lexicon.classes(last[0]).keys() - {"noun"}:
        return found.group()
    kept = found["chain"][: found["chain"].index(words[0])]
    return kept + " ".join(w.capitalize() for w in words) + " Act"


def _law_word(word: str) -> bool:
    """A noun that names what a law is about ("procurement", "equality"), no other class."""
    return set(lexicon.classes(word)) == {"noun"} and not lexicon.is_gerund(word)


# "from kafka to kinesis": two names of one kind, given their capitals together
_FROM_TO = re.compile(r"\bfrom (?P<one>[a-z]{3,}) to (?P<two>[a-z]{3,})(?![\w'’/-])")


def _from_to(found: re.Match[str]) -> str:
    one, two = found.group("one", "two")
    if not any(_named(w) for w in (one, two)) or one in FUNCTION_WORDS or two in FUNCTION_WORDS:
        return found.group()
    return f"from {one.capitalize()} to {two.capitalize()}"


# "from excel to R": a move from a tool to another tool or a name, typed in lower case
_TOOL_MOVE = re.compile(r"\bfrom (?P<one>[a-z]+) to (?P<two>[A-Za-z]+)\b")


def _tool_move(found: re.Match[str]) -> str:
    one, two = found.group("one", "two")
    if not all(w in TOOL_NAMES or w[:1].isupper() or _unknown(w) for w in (one, two)):
        return found.group()
    if one not in TOOL_NAMES and two not in TOOL_NAMES:
        return found.group()
    return f"from {TOOL_NAMES.get(one, one)} to {TOOL_NAMES.get(two, two)}"


def _named(word: str) -> bool:
    """A word no table knows that is no field's name ("phlebotomy"): a place or a product."""
    return (
        _unknown(word)
        and word not in CAPITALISED
        and re.search(r"[aeiouy]", word) is not None
        and not word.endswith(_COMMON_ENDINGS)
    )


def _place(found: re.Match[str]) -> str:
    name, more = found.group("name"), found.group("more").strip()
    # "to cape town", "in new york": a place named by a word and a place's noun
    placed = more in PLACE_HEADS and name not in FUNCTION_WORDS and name != "inner"
    if more and (placed or (name in PLACE_WORDS and _named(more))):
        after = found.group("next") or ""
        return f"{found.group('at')} {name.capitalize()} {more.capitalize()}{after}"
    if not _named(name):  # "in phlebotomy", "in fintech": a field, no place
        return found.group()
    more, after = found.group("more"), found.group("next") or ""
    if more and _unknown(more.strip()):  # "cal poly": a name of two words
        more = " " + more.strip().capitalize()
    elif more:
        more, after = "", more + after
    # "the move to paperless case files": a word before a noun describes it
    if after and after.split()[0] not in FUNCTION_WORDS:
        return found.group()
    return f"{found.group('at')} {name.capitalize()}{more}{after}"
