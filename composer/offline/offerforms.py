"""A contribution read (`offer`) said with its parts in one verb form, and in the frame its
first word asks for.

- A list of a thing and an act ("quicker turnaround w/o comebacks + training up the young
  ones") is never said with a thing and a gerund under one verb ("I would aim for a quicker
  turnaround and training up ..."): the act takes the plain verb, beside a verb for the thing
  ("deliver a quicker turnaround without comebacks and train up the young ones").
- An act and a thing ("keep costs down + a happier crew") each take their verb ("keep costs
  down and bring a happier crew"), never "bring keep costs down".
- An ability typed with "can" ("can supervise + do design-led scaffolding") is the candidate's
  own clause ("I can supervise and do ..."), never "I would like to can ...".
- A person by their trade ("reliable nights driver") is who the candidate would be, never a
  thing they would bring.
"""

from __future__ import annotations

import re
from typing import Protocol

from composer.offline import lexicon
from composer.offline.offerlist import RESULT_VERBS

# The verb each frame's thing takes when an act joins it: "bring" a thing, "deliver" an aim.
_THING_VERB = {"np": "bring", "aim": "deliver"}
# What may follow a gerund that acts on something: a particle or the start of its object.
_PARTICLES = ("up", "down", "out", "in", "on", "off")
_DETERMINERS = ("the", "a", "an", "my", "our", "your", "their", "all", "every", "each")
_OBJECT_START = frozenset([*_PARTICLES, *_DETERMINERS, "new", "more", "junior", "young", "younger"])
_PERSON_NP = re.compile(r"^(?:a|an) (?:[\w-]+ ){0,3}(?P<head>[a-z]+)$")


class Read(Protocol):
    """A contribution read: its frame ("np", "vp", "aim", "be", "clause") and its words."""

    @property
    def frame(self) -> str: ...

    @property
    def text(self) -> str: ...


def in_one_form(offer: Read) -> tuple[str, str] | None:
    """(frame, text) for the offer said with its parts in one form (see the module), or None
    when it is said as read."""
    frame, text = offer.frame, offer.text
    if frame in _THING_VERB and " and " in text:
        thing, _, act = text.rpartition(" and ")
        words = act.split()
        if (
            len(words) > 1
            and lexicon.is_gerund(words[0])
            and words[1].lower() in _OBJECT_START
            and (base := lexicon.base_of(words[0])) is not None
        ):
            verb = _THING_VERB[frame]
            return "vp", f"{verb} {thing} and {base} {' '.join(words[1:])}"
    if frame == "np" and " and " in text:
        act, _, thing = text.partition(" and ")
        first = act.split()[0]
        only_verb = lexicon.is_base_verb(first) and not lexicon.is_noun(first)
        acting = first in RESULT_VERBS or only_verb
        if acting and " " in act and re.match(r"(?:an?|the|more|better|a) ", thing):
            return "vp", f"{act} and bring {thing}"  # "keep costs down + a happier crew"
    if frame == "vp" and re.match(r"(?:can|could) [a-z]", text):
        return "clause", f"I {text}."
    if frame == "np" and (found := _PERSON_NP.match(text)) and _person(found["head"]):
        return "be", text
    return None


def _person(noun: str) -> bool:
    """A noun for a person by the work they do: "driver", "fitter", "trainer", "archivist"."""
    if lexicon.is_agent_noun(noun):
        return True
    verbs = lexicon.classes(noun[:-1]).get("verb", ()) + lexicon.classes(noun[:-2]).get("verb", ())
    return noun.endswith("er") and lexicon.is_noun(noun) and bool(verbs)
