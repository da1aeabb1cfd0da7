"""Names inside a typed topic, given the capitals a letter writes them with, and a common word
given back its small letter.

- A common word typed with a capital only because it began the line keeps none mid-sentence
  ("Sensory-friendly mornings": `namecase.ordinary_capital`), even a noun before "and"
  ("Exposure and response prevention": "exposure and response ...").
- A word the line names as what they are moving to is a product, with its capital wherever
  the line names it ("epic templates - switching to epic in march": "Epic templates").
- A word before a model number is the make ("cat 793s": "Cat 793s"); a word no table knows
  listed with a name is a name of the same kind ("the kenworths and Cat 793s", "Brunswick and
  coburg").
- Things of a place typed straight before the places' names ("listings Brunswick and Coburg")
  are those in the places: "the listings in Brunswick and Coburg".
"""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.namecase import ordinary_capital
from composer.offline.topicshapes import clipped
from composer.offline.topictails import TIME_WORDS
from composer.offline.words import FUNCTION_WORDS, PLAIN_WORDS, PREPOSITIONS


def typed_capital(said: str, item: str) -> str:
    """ "Exposure and response prevention ..." -> "exposure and response prevention ...": the
    first word, a common noun the tables know with no capital of its own, typed with one only
    because it began the line, before "and" and a word in lower case."""
    words = said.split()
    first = words[0] if words else ""
    # "Sensory-friendly mornings", "Seasonal menu changes": a capital of the line's start
    typed_first = len(words) >= 2 and first == item.split(" ", 1)[0]
    if typed_first and re.match(r"[a-z]", words[1]) and ordinary_capital(first):
        return first.lower() + said[len(first) :]
    if len(words) < 3 or first != item.split(" ", 1)[0] or not re.fullmatch(r"[A-Z][a-z]+", first):
        return said
    lower = first.lower()
    common = lexicon.is_noun(lower) and not lexicon.classes(first)
    listed = words[1] in ("and", "or") and re.fullmatch(r"[a-z][a-z-]+", words[2]) is not None
    # "Validation of ADaM datasets": a common noun before "of" and what it is of
    named = re.fullmatch(r"[a-z]+|[A-Z][A-Za-z]*[A-Z]\S*", words[2]) is not None
    placed = words[1] in ("of", "for") and named
    if common and (listed or placed):
        return lower + said[len(first) :]
    return said


# The last word of a name that takes "the": "the Renters' Rights Act", "the Port of Vancouver".
_THE_HEADS = frozenset(
    ["act", "acts", "bill", "law", "regulations", "directive", "code", "board", "committee",
     "council", "agency", "authority", "service", "trust", "institute", "university",
     "hospital", "centre", "center", "department", "ministry", "commission", "office", "court",
     "tribunal", "port", "bank", "fund", "programme", "program", "project", "network", "group",
     "foundation", "society", "association", "union", "party", "team", "scheme", "end", "coast",
     "river", "valley", "islands", "midlands", "highlands", "estate", "review", "inquiry",
     "strategy", "plan", "framework", "panel", "unit", "ward", "clinic", "school", "college"]
)  # fmt: skip


_TITLE = re.compile(r"[A-Z][a-z]+(?:'s|')?")


def unarticled_name(said: str, item: str) -> str:
    """ "the Good Clinical Practice and ..." -> "Good Clinical Practice and ...": a name typed
    in capitals that is no body, law or place takes no "the" the line did not type; a name
    before a noun of its own ("the EU MDR technical file") keeps it; a law, a body or a place
    named in capitals takes one ("the Data Protection Act")."""
    words = said.split()
    if len(words) >= 2 and not re.match(r"(?i)(?:the|a|an|your|our|my|their)\b", said):
        run = len(list(itertools.takewhile(_TITLE.fullmatch, words)))
        if run >= 2 and words[run - 1].lower() in _THE_HEADS:
            return f"the {said}"  # "Data Protection Act and ...": the Act
    if len(words) < 3 or words[0] != "the" or re.match(r"(?i)the\b", item):
        return said
    run = 0
    for word in words[1:]:
        if not re.fullmatch(r"[A-Z][a-z]+", word):
            break
        run += 1
    after = words[1 + run] if len(words) > 1 + run else ""
    if (
        run < 2
        or words[run].lower() in _THE_HEADS
        or not all(lexicon.known(w.lower()) for w in words[1 : 1 + run])
    ):
        return said
    if after and after not in ("and", "or") and after not in PREPOSITIONS:
        return said  # "the Phase Two oncology trial": the name describes a noun of its own
    return said[len("the ") :]


# What they are moving to, named by one word: "switching to epic in march", "moving onto sage".
_MOVED_TO = re.compile(
    r"\b(?:switching|switch|moving|move|migrating|migration|changing|going)\s+(?:over\s+)?"
    r"(?:to|onto)\s+(?P<name>[a-z]{3,})(?=\s+(?:in|from|by|next|this|on)\b|\s*$|[,;)])"
)


def moved_to_product(said: str, typed: str) -> str:
    """ "epic templates" (typed "epic templates - theyre switching to epic in march") ->
    "Epic templates": a word named as what they move to, and named again in the topic, is a
    product; it takes its capital in the topic."""
    found = _MOVED_TO.search(typed)
    if found is None:
        return said
    name = found["name"]
    if name in FUNCTION_WORDS or name in TIME_WORDS or lexicon.is_plural_noun(name):
        return said
    if len(re.findall(rf"\b{name}\b", typed)) < 2:
        return said  # named only as where they go ("moving to hubs"): no sure name
    return re.sub(rf"\b{name}\b", name.capitalize(), said)


# A make before a model number counted in the plural: "cat 793s", "boeing 737s".
_MAKE = re.compile(r"(?<![\w'-])(?P<make>[a-z]{2,})(?= \d{2,}[A-Za-z]?s\b)")
# Two things listed, one a name: "the kenworths and Cat 793s", "Brunswick and coburg".
_LISTED = re.compile(
    r"(?<![\w'-])(?P<a>[A-Za-z][\w-]*) (?P<and>and|or) (?:(?P<the>the) )?(?P<b>[A-Za-z][\w-]*)"
)


def _unnamed(word: str) -> bool:
    """A word in lower case that no table knows and that is no note-speak: a name typed so."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) >= 3
        and not lexicon.known(word)
        and not lexicon.known(word.rstrip("s"))
        and not lexicon.note_speak(word)
        and not clipped(word)
        and word not in PLAIN_WORDS
    )


def _named(word: str) -> bool:
    return re.fullmatch(r"[A-Z][a-z]+", word) is not None and word.lower() not in FUNCTION_WORDS


def makes(said: str) -> str:
    """ "the kenworths and cat 793s" -> "the Kenworths and Cat 793s": a make before its model
    number takes its capital, and a word no table knows listed with a name is a name too."""

    def make(found: re.Match[str]) -> str:
        word = found["make"]
        classes = lexicon.classes(word)
        if word in FUNCTION_WORDS or word in PREPOSITIONS or "adj" in classes or "adv" in classes:
            return word  # "in their early 20s", "mid 30s": an age, no make
        return word.capitalize()

    said = _MAKE.sub(make, said)

    def listed(found: re.Match[str]) -> str:
        a, b = found["a"], found["b"]
        if _named(b) and _unnamed(a):
            a = a.capitalize()
        elif _named(a) and _unnamed(b):
            b = b.capitalize()
        the = f"{found['the']} " if found["the"] else ""
        return f"{a} {found['and']} {the}{b}"

    return _LISTED.sub(listed, said)


# Things that stand in a place, typed straight before the places' names: "listings Brunswick
# and Coburg" are the listings in those places.
_LOCATED = frozenset(
    ["listings", "properties", "lettings", "rentals", "sites", "branches", "stores", "shops",
     "schools", "clinics", "offices", "depots", "homes", "practices", "patches", "territories"]
)  # fmt: skip


# A company's place named by its town, after a word that says which one: "the new stellenbosch
# office". (Not a clinic or a site, named as often by a term of the trade: "tinnitus clinic".)
_SITE = re.compile(
    r"\b(?P<which>new|the|our|your|their) (?P<place>[a-z]{3,}) "
    r"(?=(?:office|branch|depot|warehouse|campus|showroom)\b)"
)


def located(said: str) -> str:
    """ "listings Brunswick and coburg" -> "the listings in Brunswick and Coburg": after things
    that stand in a place, a list of names, or of words no table knows, is of places; so is a
    word no table knows before an office or a site ("the new Stellenbosch office")."""
    said = _SITE.sub(
        lambda m: f"{m['which']} {m['place'].title() if _unnamed(m['place']) else m['place']} ",
        said,
    )
    words = said.split()
    if len(words) != 4 or words[0].lower() not in _LOCATED or words[2] not in ("and", "or"):
        return said
    places = [words[1], words[3]]
    if not all(_named(p) or _unnamed(p) for p in places):
        return said
    first, second = (p[0].upper() + p[1:] for p in places)
    return f"the {words[0]} in {first} {words[2]} {second}"


# A noun made of a verb and its particle, typed with a hyphen: "get-in", "fit-out", "sign-off".
_PARTICLE_HEAD = re.compile(r"[a-z]{2,}-(?:in|out|off|over|up|down|through|round)")
# Initials that name one team, unit, meeting or system, after lower-case words that say which:
# "diabetic foot MDT", "the new ERP". Initials of a kind of thing or work ("PPE", "CT", "QA")
# take no article and are not here.
_ONE_OF = frozenset(
    ["MDT", "SLT", "CAB", "PMO", "SOC", "NOC", "ICU", "NICU", "PICU", "ED", "CRM", "ERP", "EHR",
     "EPR", "EMR", "WMS", "TMS", "LMS", "HRIS", "CMS", "POS", "SCADA", "BMS", "DMS", "QMS", "ATS",
     "MES", "HMI", "PLC", "API", "SDK", "CDP"]
)  # fmt: skip


def definite_head(said: str) -> str:
    """One thing named with no article takes "the": a verb-and-particle noun before what it is
    of or for ("get-in for the panto" -> "the get-in for the panto"), and lower-case words
    before initials that name one team or system ("diabetic foot MDT" -> "the diabetic foot
    MDT"); `said` unchanged otherwise."""
    words = said.split()
    if len(words) < 2 or words[0].lower() in FUNCTION_WORDS:
        return said
    if _PARTICLE_HEAD.fullmatch(words[0]) and words[1] in ("for", "of", "on", "at"):
        return f"the {said}"
    last = words[-1]
    lead = words[:-1]
    plain = all(re.fullmatch(r"[a-z][a-z-]*", w) for w in lead)
    if last in _ONE_OF and plain and not any(w in PREPOSITIONS or w in ("and", "or") for w in lead):
        return f"the {said}"
    return said
