"""A contribution typed as what the candidate would do, from a bare verb: "run regular debriefs
for ICU staff + take nights", "set up automated smoke tests in Python for the Switch build" ->
"I would like to run regular debriefs for ICU staff and take nights" (never "I would bring set
up ..." or "I ran ...": a contribution is not a deed done, so "run", "set" and "put" are base
forms here).

A first word that is a verb and a noun ("research repo", "support for X", "process
improvements") is read as a verb only when what follows opens its object: a determiner, a
describing word, a particle ("set up", "take over") or a name; one that also describes ("calm
settled routines", "clear weekly targets") only before a particle ("clear out"). Every part of a
"+" list must open with a verb, and one of them must be read as a verb that way.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon, pointwords
from composer.offline.words import DETERMINERS

# Particles a verb takes before its object: "set up", "take over", "build out".
_PARTICLES = frozenset(["up", "out", "over", "on", "off", "down", "back", "through", "in"])
_COUNTS = frozenset(["zero", "no", "one", "double", "triple", "half", "quarter"])
# A modal is never the verb offered ("can pick up purser trips" is the candidate's own "I can
# ...", never "I would like to can ..."): "can" and "will" are also nouns and base verbs.
MODALS = frozenset(["can", "could", "will", "would", "should", "shall", "may", "might", "must"])


def acts(head: str) -> str | None:
    """The contribution's parts as verb phrases joined by "and", or None when a part does not
    open with a base verb (or no part opens its object plainly)."""
    if not head[:1].islower():
        return None
    parts = [p.strip() for p in re.split(r" and |, (?=[a-z])", head) if p.strip()]
    plain = False
    for part in parts:
        words = part.split()
        if len(words) < 2 or not lexicon.is_base_verb(words[0]) or words[0] in _COUNTS | MODALS:
            return None  # ("zero RIDDORs": a count, no verb)
        if lexicon.is_gerund(words[0]):
            return None
        if "adj" in lexicon.classes(words[0]) and words[1] not in _PARTICLES:
            return None  # "calm settled routines", "clear weekly targets": describing words
        plain = plain or _opens_object(words[1])
    return pointwords.tool_names(" and ".join(parts)) if plain else None  # "in Python"


def _opens_object(word: str) -> bool:
    """ "regular", "the", "up", "Switch": a word the object of a verb opens with."""
    lower = word.lower()
    if lower in DETERMINERS or lower in _PARTICLES:
        return True
    if word[:1].isupper() or word[:1].isdigit():
        return True
    # "regular": a describing word ("settled", a participle, may describe the thing itself)
    return "adj" in lexicon.classes(lower) and not lexicon.is_participle(lower)
