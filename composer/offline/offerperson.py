"""A contribution typed as the kind of person the candidate is ("a fit and calm recruit who
already knows the work on the ground", "someone staff can come to with problems"). Such a line
is never a thing brought ("I would bring a calm recruit") nor one the candidate aims to become:
a person of a kind is who they would come as ("I would join you as a fit and calm recruit who
..."), and "someone ..." who they would be ("I would be someone staff can come to"). None for a
line of any other shape, or when the head noun is no person's.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon, offerparts
from composer.offline.cleaning import clean
from composer.offline.grouparticles import with_group_articles
from composer.offline.offerlist import MASS
from composer.offline.offervoice import said_to_you, spelled_out
from composer.offline.topichyphens import hyphenated
from composer.offline.words import FUNCTION_WORDS, PERSON_HEADS

# Words after which the head noun has been named: "a recruit who ...", "a technician with ...".
_AFTER_HEAD = frozenset(
    ["who", "with", "that", "on", "in", "at", "for", "from", "and", "whose", "of"]
)
# A person's own noun the trade lists do not hold.
_PERSONS = frozenset(
    ["recruit", "grafter", "all-rounder", "self-starter", "hire", "chief", "foreman", "forewoman"]
)
# "someone staff can come to", "somebody who ...": the person the candidate would be.
_SOMEONE = re.compile(r"^(?:someone|somebody)\s+(?!who\b|that\b)[a-z]")


def _head(words: list[str]) -> str:
    """The head noun of "a friendly, organised branch manager who ...": the word before the
    first word that follows a head ("manager")."""
    before: list[str] = []
    for word in words:
        lower = word.lower().strip(",")
        if lower == "and" and before and "adj" in lexicon.classes(before[-1].lower()):
            continue  # "a fit and calm recruit": two describing words
        if lower in _AFTER_HEAD or lower in FUNCTION_WORDS or "'" in lower:
            break
        before.append(word.strip(","))
    return before[-1].lower() if before else ""


def _person(head: str) -> bool:
    if head == "head":
        return False  # "a calm head in degraded ops": a quality, not a post
    return head in PERSON_HEADS or head in _PERSONS or lexicon.is_agent_noun(head)


def frame_of(np: str, told: bool = False) -> str | None:
    """ "as" when `np` (the contribution read as a thing, with its article) is a kind of
    person ("a fit and calm recruit", "a steady fault finder who keeps good records": a
    person's own noun, or one told by what they do), "be" when it is "someone ...", else
    None (a trade's noun alone, "a reliable driver for the night route", may be a person the
    candidate would bring in) unless `told` (the line goes on with the candidate's own
    quality: "friendly receptionist, good w/ phones"). A plural ("landowners who trust us")
    is people the candidate would work for, never themself."""
    words = np.split()
    if len(words) < 2:
        return None
    if _SOMEONE.match(np):
        return "be"
    if words[0].lower() not in ("a", "an"):
        return None
    head = _head(words[1:])
    if not head or not _person(head) or (head.endswith("s") and not head.endswith("ss")):
        return None
    if re.search(r"\band (?:an?|the|my|some)\b|\+|;| & ", np):
        return None  # "a calm nurse and a plan": a person and a thing, or two
    if re.search(r"\b(?:which|what)\b", np):
        return None  # "a technician which can climb": unsure what the "which" governs
    if head not in _PERSONS and not told and not re.search(r"\bwho\b", np):
        return None  # "a reliable driver for the night route": maybe someone brought in
    return "as"


def articled(text: str) -> str | None:
    """ "steady fault finder who keeps good records": the kind of person typed with no article,
    given its article when the line opens with a describing word ("a steady fault finder
    ..."), else None (a line opening with a verb or a number is no person)."""
    first = text.split(" ", 1)[0].lower()
    if "adj" not in lexicon.classes(first):
        return None  # "set up ...", "6 yrs ...": no describing word
    if first in ("fewer", "less", "more") or (first.endswith("er") and first not in ("clever",)):
        return None  # "fewer repeat call-outs": an outcome
    head = [*text.split(), "", ""][1].lower().strip(",;")
    if head in MASS:
        return None  # "Good food on a fixed supply ...": a thing with no count (round 60, h1564)
    return f"{lexicon.article(first)} {text}"


def who_for_which(np: str) -> str:
    """ "a technician which can climb" (a person's "which", as a second language has it):
    "who"."""
    return re.sub(
        r"^(\S+(?: [^,;]+?)?) which (?=can|could|will|would|is|has|knows)", r"\1 who ", np
    )


# A plural thing or people and what they do: "plans that work on the ground", "landowners who
# trust us", "a drivers who know the routes" (an article a note reader gave it, dropped).
_PLURAL_WHO = re.compile(
    r"^(?:an?\s+)?(?P<before>(?:[a-z-]+\s+){0,2}?)(?P<head>[a-z]+)\s+(?:who|that)\s+(?P<verb>[a-z']+)"
)


# What follows a thing's verb when it tells how things stand, not what it acts on: "plans that
# work on the ground", "rotas that hold up" ("clinics that free up vet time" act on a thing).
_STATE = frozenset(["", "on", "in", "at", "for", "with", "without", "across", "well", "again"])


def _outcome(part: str) -> str | None:
    """The part as an outcome ("fewer missed drops", "landowners who trust us"), else None."""
    words = part.split()
    first = words[0].lower() if words else ""
    if first in ("a", "an") and len(words) > 1:
        first = words[1].lower()
    if first in ("fewer", "less", "more") or (
        first.endswith("ier") and "adj" in lexicon.classes(first)
    ):  # "fewer missed drops", "a busier branch": a state of things to aim for
        return part
    found = _PLURAL_WHO.match(part)
    if found is None or not lexicon.is_plural_noun(found["head"]):
        return None
    if lexicon.is_base_verb(found["head"]) or "adj" in lexicon.classes(found["head"]):
        return None  # "works", "means": a verb or a word of two readings
    if not (lexicon.is_base_verb(found["verb"]) or found["verb"].endswith("ly")):
        return None  # "tools that the team uses": a thing brought, its users named
    after = part[found.end() :].strip().split(" ", 1)[0]
    if not part.startswith(found.group()) or (" who " not in found.group() and after not in _STATE):
        return None  # "clinics that free up vet time": a thing that acts, brought
    return re.sub(r"^an?\s+", "", part)


def outcomes(frame: str, text: str) -> str | None:
    """The contribution read as a thing ("np", or "vp" as "help with ...") said as the state
    of things the candidate would aim for, when every part is one: "plans that work on the
    ground and landowners who trust us" ("I would aim for ..."), never "I would bring
    landowners who trust us"; else None."""
    if frame == "vp":
        if not text.startswith("help with "):
            return None
        text = text.removeprefix("help with ")
    elif frame != "np":
        return None
    parts = re.split(r" and (?:with )?", text)
    said = [_outcome(p) for p in parts]
    if (len(parts) < 2 and frame == "vp") or any(s is None for s in said):
        return None
    if not any(_PLURAL_WHO.match(p) for p in parts) and frame == "np":
        return None  # "fewer repeat findings" alone: as the reader said it before
    return " and ".join(s for s in said if s)


def come_as(thing: str) -> str | None:
    """The first part of "friendly receptionist, good w/ phones" said as the person the
    candidate would come as ("I would come to the role as a friendly receptionist"), else
    None."""
    text = thing if re.match(r"(?:an?) ", thing) else articled(thing)
    if text is None or frame_of(text, told=True) != "as":
        return None
    return f"I would come to the role as {text}"


# The candidate as someone who has done a thing, and what that would make sure of: "someone who
# has worked as an interpreter on the ground, so the roster is fair to the interpreters".
_SOMEONE_WHO = re.compile(
    r"^(?P<who>(?:someone|somebody) (?:who|that) (?:has|have|had|is) [^,;]+?)"
    r"(?:,? so (?:that )?(?P<so>.+))?$"
)
# a clause of its own after "so": its subject and a verb ("the roster is fair")
_CLAUSE = re.compile(
    r"^(?:the|a|an|every|each|no|our|your|their|[a-z]+s)\b[^,]*"
    r" (?:is|are|can|will|gets?|stays?|runs?)\b"
)


def person(item: str, role: str) -> tuple[str, str] | None:
    """A contribution typed as the kind of person the candidate is: (its frame, its words as
    typed: "as" or "be"), else None. The role's own person ("a calm nurse on the night shift"
    for a Staff Nurse) is who they would be ("be"), as `offerparts.the_role` reads it."""
    text = spelled_out(said_to_you(clean(item))).rstrip(".")
    if not text or re.search(r"[+;()&/]|\s[-–—]\s", item):
        return None  # "safe crew lead + keen to ...": a person and more, read elsewhere
    text = text[0].lower() + text[1:]
    if (who := _SOMEONE_WHO.match(text)) is not None:  # "someone who has worked as X, so Y"
        if who["so"] is None:
            return "as", with_group_articles(hyphenated(who["who"]))  # "I would join ... as"
        said = f"As {who['who']}, I would make sure that {who['so']}."
        return ("clause", said) if _CLAUSE.search(who["so"]) else None
    if not re.match(r"(?:an?|someone|somebody) ", text):
        text = articled(text) or ""  # "steady fault finder who ...": "a ..."
    text = who_for_which(text)
    frame = frame_of(text)
    if frame == "as" and role and offerparts.the_role(text, role):
        frame = "be"  # "a calm nurse on the night shift" for a Staff Nurse: who they would be
    return None if frame is None else (frame, with_group_articles(hyphenated(text)))


# "experienced HLO, train the new deck crew": the person first, then what they would do.
_PERSON_THEN = re.compile(
    r"^(?P<who>(?:experienced|qualified|certified|seasoned|senior|trained)\s+"
    r"[\w-]+(?:\s+[\w-]+){0,2}),\s*(?P<what>[a-z][^;+&]+?)\.?$",
    re.IGNORECASE,
)


def person_first(item: str, verb_of: Callable[[str], str | None]) -> str | None:
    """ "As an experienced HLO, I would train the new deck crew." for a contribution typed as
    the person the candidate is, then what they would do (`verb_of`: the plain verb phrase
    the offer readers give it, or None); None for a line of any other shape."""
    found = _PERSON_THEN.match(" ".join(item.split()))
    if found is None:
        return None
    head = found["who"].split()[-1]
    if any(word.lower() in FUNCTION_WORDS for word in found["who"].split()[1:]):
        return None  # "experienced in CAD, ...": a field, no person named
    if not (head.isupper() or _person(head.lower())):
        return None  # "experienced in CAD, ...": no person named
    what = verb_of(found["what"])
    if what is None:
        return None
    who = found["who"][0].lower() + found["who"][1:]
    return f"As {lexicon.article(who)} {who}, I would {what}."
