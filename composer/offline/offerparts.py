"""Parts of a contribution that are no thing brought: said in their own right, or not at all.

A contribution is typed as a thing and, after a comma, something about the candidate
("calm head in degraded ops, already know the area"; "steady presence in the halls, good at
talking people down"): the thing is what the candidate would bring, and the rest is the
candidate speaking ("and I already know the area", "and I am good at ..."). A purpose with no
verb ("so fewer referrals + calmer consults") is what the thing would mean. Any part read
with less confidence gives None, and the contribution is left out.
"""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.phrases import Shape, analyse
from composer.offline.words import PERSON_HEADS, STATIVE_VERBS


def own_clause(part: str, common: frozenset[str]) -> str | None:
    """A part after the thing offered, said as the candidate's clause: "good at talking people
    down" -> "I am good at talking people down", "already know the area" -> "I already know
    the area"; None when it is no describing phrase or state of the candidate's."""
    words = part.split()
    if not words:
        return None
    first = words[0].lower()
    lead = ""
    if "adv" in lexicon.classes(first) and len(words) > 1 and first.endswith(("ready", "ly")):
        lead, words = f"{first} ", words[1:]  # "already", "really"
    if words[0].lower() in STATIVE_VERBS and len(words) > 1:
        return f"I {lead}{words[0].lower()} {' '.join(words[1:])}"
    phrase = analyse(" ".join(words), common)
    # "good at ...", "happy to ...": a describing word and what it is about
    framed = len(words) == 1 or words[1].lower() in ("at", "with", "to", "in", "on", "under")
    if not lead and phrase.shape is Shape.ADJECTIVE and "adj" in lexicon.classes(first):
        if not framed or re.search(r"[,;:()/]|\d", part):
            return None
        return f"I am {phrase.text}"
    return None


def meaning(purpose: str) -> str | None:
    """ "fewer referrals and calmer consults" after "so": outcomes with no verb, said as what
    the thing would mean (", which would mean fewer referrals and calmer consults"); None for a
    purpose with its own subject and verb ("so the day shift starts clean")."""
    parts = purpose.split(" and ")
    if not all(_comparative(p.split()[0].lower()) and len(p.split()) > 1 for p in parts if p):
        return None
    return f", which would mean {purpose}"


def _comparative(word: str) -> bool:
    """ "fewer", "calmer", "better", "less": a describing word that compares."""
    if word in ("less", "more", "fewer"):
        return True
    lemmas = lexicon.classes(word).get("adj", ())
    return bool(lemmas) and word not in lemmas and word.endswith("er")


def thing_and_own(head: str, common: frozenset[str]) -> tuple[str, str] | None:
    """ "calm head in degraded ops, already know the area" -> ("calm head in degraded ops",
    "I already know the area"): a thing, then what the candidate says of themselves, each part
    after the first its own clause; None unless every part reads so."""
    first, *rest = head.split(", ")
    if not rest or analyse(first, common).shape not in (Shape.NOUN, Shape.ROLE):
        return None
    said = [own_clause(part, common) for part in rest]
    if len(said) > 1 or said[0] is None:
        return None
    return first, said[0]


# Words after which a noun phrase's head has been named: "a steady pair of hands on nights".
_AFTER_HEAD = frozenset(
    ["of", "for", "on", "in", "at", "with", "to", "who", "that", "so", "across", "from", "by"]
)


def the_role(np: str, role: str) -> bool:
    """True when the thing offered is the person the candidate would be: its head noun is the
    role's own head noun ("one consistent interpreter for the STEM classes" for a "Staff ASL
    Interpreter"), or a person's noun ("-er", "-or", "-ist", "-ian") that the role names; "a
    steady second pair of hands" (head "pair") is a thing brought, not a person."""
    title = re.sub(r"\([^)]*\)", "", role).split(",")[0]  # "Manager (2nd shift)": no shift
    named = [w.lower() for w in re.findall(r"[A-Za-z]+", title)]
    words = re.split(r"[,;]", np)[0].split()
    if not named or len(words) < 2 or words[0].lower() not in ("a", "an", "one"):
        return False
    before = []
    for word in words[1:]:
        if word.lower() in _AFTER_HEAD:
            break
        before.append(word)
    head = before[-1].lower() if before else ""
    if not (head in PERSON_HEADS or lexicon.is_agent_noun(head)):
        return False  # "a stable second shift" for a "Manager (2nd shift)": no person
    return head == named[-1] or (head in named and head.endswith(("er", "or", "ist", "ian")))
