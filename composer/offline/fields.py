"""Whether a phrase names a field of work, the only thing "N years of experience in X" takes,
or a post, which "N years as a X" takes ("trauma chaplain": a person's noun ends the words before
the first preposition).

"payroll", "6th grade ELA", "HGV driving", "call handling at 999" are fields; "ER RN before NP
school" (a clause), "payroll, ADP and Paylocity" (a list) and "hvac service" (a note word the
lexicon does not know) are not, and the years frame must not receive them.
"""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import (
    DETERMINERS,
    PERSON_HEADS,
    PLACES,
    PREPOSITIONS,
    TITLE_INITIALS,
    WORKPLACES,
)

# Words that start a clause of their own after the field: "... before switching to the library".
_SMALL = DETERMINERS | PREPOSITIONS | {"and", "or", "&"}
_LINKS = frozenset(["before", "after", "until", "then", "while", "when", "since", "but", "so"])


def _word(word: str) -> bool:
    if word[:1].isdigit() or word[:1].isupper() or word.lower() in _SMALL or word in "+&/":
        return True
    if "-" in word:  # "mid-size", "e-commerce"
        head, _, rest = word.partition("-")
        return (head == "e" or _word(head)) and all(map(_word, filter(None, rest.split("-"))))
    if lexicon.known(word) or (word.endswith("s") and lexicon.known(word[:-1])):
        return True
    return made_word(word.lower())


# The endings of the names of a practice or a study the tables may lack: "phlebotomy",
# "sonography", "audiology", "orthoptics".
_STUDY = re.compile(r"[a-z]{3,}(?:otomy|ography|ology|ometry|iatry|optics|ics)")
# The ending of a craft's name the tables may lack: "joinery", "upholstery" (the known ones,
# "bakery", "brewery", are read by the tables first).
_CRAFT = re.compile(r"[a-z]{3,}(?:ery|stry|nry)")


def made_word(word: str) -> bool:
    """A field's name the word tables lack, by its shape: a study's ending ("phlebotomy"), or
    two known words run together whose second is an "-ing" form ("fund" + "raising",
    "book" + "keeping")."""
    if _STUDY.fullmatch(word) or (_CRAFT.fullmatch(word) and not lexicon.known(word)):
        return True
    if not word.endswith("ing") or not word.isalpha():
        return False
    return any(
        lexicon.known(word[:i]) and lexicon.is_gerund(word[i:]) for i in range(3, len(word) - 5)
    )


def is_field(text: str) -> bool:
    """ "payroll", "6th grade ELA": a field; not a clause, a list or a note word."""
    if re.search(r"[,;:=]", text):
        return False
    words = text.replace("(", "").replace(")", "").split()  # "UX research (B2C and logistics)"
    if not words or any(w.lower() in _LINKS for w in words):
        return False
    capped = [w.isupper() and len(w) > 1 for w in words]
    if any(a and b for a, b in itertools.pairwise(capped)):
        return False  # "ER RN": two initialisms side by side, a role typed short, not a field
    return all(_word(w) or _place_name(words, i) for i, w in enumerate(words))


def _place_name(words: list[str], index: int) -> bool:
    """ "pilbara" in "rope access on mine sites in the pilbara": a word no table knows, typed
    after "in" or "in the" where a place's name stands (not note shorthand: "hvac")."""
    word = words[index]
    if lexicon.known(word) or word[:1].isupper():
        return False
    before = [w.lower() for w in words[max(0, index - 2) : index]]
    after_in = before[-1:] in (["in"], ["near"]) or before == ["in", "the"]
    return after_in and word.isalpha() and len(word) > 3 and not lexicon.note_speak(word)


def before_after(text: str) -> tuple[str, str] | None:
    """ "6th grade ELA before switching to the library" -> ("6th grade ELA", "before switching
    to the library"): a field and the move that came next (an "-ing" word); else None."""
    found = re.fullmatch(r"(?P<field>.+?) (?P<link>before|after) (?P<next>[a-z][a-z ]+)", text)
    if found is None or not is_field(found["field"]):
        return None
    if not lexicon.is_gerund(found["next"].split()[0]):
        return None  # "before dispatch": a time or a move to it, unsure
    return found["field"], f"{found['link']} {found['next']}"


# Machines a span of years is spent on, not in: "six years on forklift and reach truck".
_MACHINES = frozenset(
    [
        "truck",
        "forklift",
        "crane",
        "excavator",
        "digger",
        "loader",
        "dozer",
        "bulldozer",
        "grader",
        "roller",
        "lathe",
        "press",
        "tractor",
        "harvester",
        "bus",
        "coach",
        "train",
        "tram",
        "ambulance",
        "rig",
        "tug",
        "boat",
        "vessel",
        "reachtruck",
        "telehandler",
        "forwarder",
        "skidder",
    ]
)


def _machine(word: str) -> bool:
    word = word.lower()
    return word in _MACHINES or (word.endswith("s") and word[:-1] in _MACHINES)


def machines_said(what: str) -> str | None:
    """ "forklift/reach truck" -> "forklift and reach truck", "reach/VNA/pallet trucks" ->
    "reach, VNA and pallet trucks": machines a span was spent on (the last part names one; each
    other part is one too, or one word its head is shared by); None for anything else."""
    parts = [p.strip() for p in re.split(r"/| and |, | & ", what)]
    if len(parts) > 4 or any(not p or not re.fullmatch(r"[A-Za-z][\w-]*(?: [a-z][\w-]*)?", p)
                             for p in parts):  # fmt: skip
        return None
    if not _machine(parts[-1].split()[-1]) or parts[0].split()[0].lower() in _SMALL:
        return None  # "on cranes": said by the phrase reader
    if re.search(r"(?<!\bmotor)(?<!\broad) grader$", parts[-1]):
        return None  # "9 yrs carcass grader": a post held, never a machine (round 60, h1568)
    shared = len(parts[-1].split()) > 1  # "reach/VNA/pallet trucks": one head for every part
    if not all(_machine(p.split()[-1]) or (shared and len(p.split()) == 1) for p in parts[:-1]):
        return None  # "warehouse/forklift": a place and a machine, said by the other readers
    if any(p.islower() and not (lexicon.known(p.split()[-1]) or _machine(p.split()[-1]))
           for p in parts):  # fmt: skip
        return None  # "fl/rt trucks": a note's clipped word
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def years_said(years: str, what: str) -> tuple[str, str] | None:
    """ "six years" of "UX research" -> ("have", "six years of experience in UX research"); as
    "trauma chaplain at ..." -> ("have", "five years as a trauma chaplain at ...");
    of "6th grade ELA before switching to the library" -> ("spent", "six years in 6th grade ELA
    before ..."); None when `what` is no field ("ER RN before NP school")."""
    post = years_as(years, what)
    if post is not None:
        return "have", post
    held = any(p.split() and is_post(p.split()[-1]) for p in what.split(" and "))
    machines = machines_said(what)
    if machines is not None and not held:  # "forklift and reach truck": worked on
        return "spent", f"{years} on {machines}"
    place = _WORKPLACE_FIELD.fullmatch(what)
    if place and place["head"].lower() in _FIELD_PLACES and is_field(place["field"]):
        # "blood bank at Batangas Provincial Hospital": a place, never "experience in blood bank"
        return "have", f"{years} of {place['field']} experience{place['tail'] or ''}"
    if is_field(what) and not held:  # "teacher and head of year": a post, never "in teacher"
        words = what.split()  # "in the pilbara": a place's name, said with its capital
        what = " ".join(w.capitalize() if _place_name(words, i) else w for i, w in enumerate(words))
        return "have", f"{years} of experience in {what}"
    then = before_after(what)
    if then is None:
        study = _BEFORE_STUDY.fullmatch(what)  # "ER RN before NP school"
        post = years_as(years, study["post"]) if study else None
        return None if post is None or not study else ("spent", f"{post} before {study['next']}")
    return "spent", f"{years} in {' '.join(then)}"


# A field named by a place of work, which "experience in" cannot take bare: "blood bank",
# "warehouse", "hotel kitchen at the Ritz" -> "six years of blood bank experience at ...".
_WORKPLACE_FIELD = re.compile(
    r"(?P<field>(?:[a-z]+ ){0,2}(?P<head>[a-z]+))(?P<tail> (?:at|in|with|for) [A-Z].*)?"
)
_FIELD_PLACES = (WORKPLACES | PLACES | {"bank"}) - {
    "team",
    "practice",
    "service",
    "system",
    "class",
}


# A post held before a course of study: "ER RN before NP school", "medic before med school".
_BEFORE_STUDY = re.compile(
    r"(?P<post>.+?) before (?P<next>(?:[A-Z]{2,4}|med|law|nursing|grad|medical) school)"
)


# Places "at" takes with no article: "at home", "at sea", "at scale".
_BARE_AT = frozenset(["home", "work", "sea", "night", "scale", "pace", "speed", "school"])


def is_post(word: str) -> bool:
    """A person's post or trade: "chaplain", "nurse", "archivist" (the word tables' person
    heads, or a noun for a person by its ending)."""
    if word.isupper() and word.lower() in TITLE_INITIALS:  # "RN", "RVN": a post by its title
        return True
    lower = word.lower()  # "controller", "planner": one who controls, plans
    doubled = lower.endswith("er") and lower[-3:-2] == lower[-4:-3] and lexicon.is_noun(lower)
    doubled = doubled and "verb" in lexicon.classes(lower[:-3])
    doubled = doubled or (lower.endswith("ier") and "verb" in lexicon.classes(f"{lower[:-3]}y"))
    # "thermographer", "dosimetrist": one who practises a study the tables may lack
    stem = re.fullmatch(r"(?P<stem>[a-z]{5,})(?:er|ist)", lower)
    study = stem is not None and _STUDY.fullmatch(f"{stem['stem']}y") is not None
    trade = lexicon.is_agent_noun(lower) or lexicon.is_trade_noun(lower)
    return lower in PERSON_HEADS or trade or doubled or study


def years_as(years: str, what: str) -> str | None:
    """ "five years" in "trauma chaplain at level 1 trauma center" -> "five years as a trauma
    chaplain at a level 1 trauma center"; None when the words before the first preposition name
    no post (a field: "UX research at Monzo")."""
    parts = re.split(r" (?=(?:at|in|for|with|on|under) )", what, maxsplit=1)
    post, where = parts[0], parts[1] if len(parts) > 1 else ""
    words = post.split()
    if not words or not all(w.islower() or w.isupper() for w in words):
        return None
    if not is_post(words[-1]) or words[0] in DETERMINERS:
        return None
    said = f"{years} as {lexicon.article(post)} {post}"
    return said if not where else f"{said} {placed(where)}"


def placed(where: str) -> str:
    """ "at level 1 trauma center in Denver" -> "at a level 1 trauma center in Denver": a place
    of one kind named in lower case takes "a"."""
    found = re.match(r"at (?P<place>[a-z0-9][\w -]*?)(?= (?:in|for|with|on) |$)", where)
    if found is None:
        return where
    words = found["place"].split()
    head = words[-1]
    if words[0] in DETERMINERS or head in _BARE_AT or not lexicon.is_noun(head):
        return where
    if lexicon.is_plural_noun(head):
        return where
    place = found["place"]
    return f"at {lexicon.article(place)} {place}{where[found.end() :]}"
