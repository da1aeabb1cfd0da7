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
- Qualities ("calm, patient + organised") are what the candidate is ("I am calm, patient and
  organised"), never things brought ("I would bring calm and organised").
- An act after an outcome ("fewer complaints + keep regulars coming back") keeps its verb:
  "work towards fewer complaints and keep regulars coming back", never "a keep regulars ...".
- An act after a quality ("strong on compliance + get the audits passed") is what the candidate
  would do: "I am strong on compliance, and I would get ...", never "I am ... and get ...".
- A state kept ("keep the staff happy & staying") keeps its "-ing": never "happy and stay".
"""

from __future__ import annotations

from typing import Protocol

from composer import regexes as re
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
        second = act.split()[1] if len(act.split()) > 1 else ""
        if "adj" in lexicon.classes(first) and lexicon.is_plural_noun(second):
            acting = False  # "live shows that change ...": a quality of the things, no verb
        if acting and " " in act and re.match(r"(?:an?|the|more|better|a) ", thing):
            return "vp", f"{act} and bring {thing}"  # "keep costs down + a happier crew"
    if frame in ("np", "clause"):  # "calm, patient + organised": what the candidate is
        found = _BROUGHT.match(text) if frame == "clause" else None
        listed = found["what"] if found else text
        if _qualities(listed):
            rest = text[found.end("what") :] if found else "."
            return "clause", f"I am {listed}{rest}"
    if frame == "aim" and (aim := _AIM_ACT.search(text)) and _acts(aim["v"], aim["next"]):
        return "vp", f"work towards {text[: aim.start()]} and {text[aim.start('v') :]}"
    if frame == "clause" and (be := _BE_THEN_ACT.match(text)) and _acts(be["v"], be["next"]):
        return "clause", f"I am {be['quality']}, and I would {text[be.start('v') :]}"
    if frame == "vp" and (kept := _KEPT_STATE.search(text)) is not None:
        forms = lexicon.verb_forms(kept["v"])
        if "adj" in lexicon.classes(kept["adj"]) and forms.get("VBG"):
            return "vp", f"{text[: kept.start('v')]}{forms['VBG']}"
    if frame == "vp" and re.match(r"(?:can|could) [a-z]", text):
        return "clause", f"I {text}."
    if frame == "np" and (found := _PERSON_NP.match(text)) and _person(found["head"]):
        return "be", text
    return None


# "I would bring calm and organised, and ...": the things brought, before the candidate's clause.
_BROUGHT = re.compile(r"^I would bring (?P<what>[^,]+(?:, [^,]+)*?)(?=, and I\b)")
# "... and a keep regulars coming back": an act read as a thing in a list of outcomes.
_AIM_ACT = re.compile(r" and (?:an? )?(?P<v>[a-z]+) (?P<next>[a-z]+)\b")
# "I am strong on compliance and get the audits passed": a quality, then an act.
_BE_THEN_ACT = re.compile(
    r"^I am (?P<quality>(?:(?!\bto )[^,])+?) and (?P<v>[a-z]+) (?P<next>[a-z]+)\b"
)
# "keep the staff happy and stay" (typed "happy & staying"): a state kept, its "-ing" lost.
_KEPT_STATE = re.compile(
    r"\b(?:keep|keeping|get|getting) (?:[\w'-]+ ){1,3}(?P<adj>[a-z]+) and (?P<v>[a-z]+)$"
)


def _qualities(listed: str) -> bool:
    """True for a list of two or more words that describe a person, at least one of them no
    thing ("calm and organised", "patient, reliable and tidy"); never "calm and quiet rooms"."""
    words = re.split(r", | and ", listed)
    if len(words) < 2 or any(" " in w for w in words):
        return False
    describe = [w for w in words if "adj" in lexicon.classes(w) or lexicon.is_participle(w)]
    return len(describe) == len(words) and any(not lexicon.is_noun(w) for w in words)


def _acts(verb: str, after: str) -> bool:
    """True when `verb` opens an act on what follows ("keep regulars", "get the audits"): a
    plain verb, no word that describes, with an object or a particle after it."""
    if not lexicon.is_base_verb(verb) or "adj" in lexicon.classes(verb):
        return False
    return after in _OBJECT_START or lexicon.is_plural_noun(after) or after in ("them", "it")


def _person(noun: str) -> bool:
    """A noun for a person by the work they do: "driver", "fitter", "trainer", "archivist"."""
    if lexicon.is_agent_noun(noun):
        return True
    verbs = lexicon.classes(noun[:-1]).get("verb", ()) + lexicon.classes(noun[:-2]).get("verb", ())
    return noun.endswith("er") and lexicon.is_noun(noun) and bool(verbs)
