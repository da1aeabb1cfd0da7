"""A contribution typed as a thing and an action joined by "+": each part said in the shape it has.

"clean claims + help train new coders" is a thing to bring and something to do; pasted whole
into "I would bring {}" or "What I would hope to bring is {}", the action has no frame of its own
("What I would hope to bring is clean claims and help train ..."). Read part by part, the thing
gets "bring" and the article it needs, the action keeps its own verb, and the whole is one verb
phrase that fits every wording of the phrasebook: "bring clean claims and help train new coders",
"bring a steady pair of hands on nights and mentor the B2 apprentices". An action first is left
to the other readers (in "help with trade accounts + quotes" the thing is the action's object),
as are two things, two actions, a part that cannot be read and more than two parts.

A thing followed by who would use it, with no "that" ("enablement the reps actually use"), is
read with the "that" a sentence needs: "a tighter launch process and enablement that the
representatives actually use". Codes typed in lower case ("the b2 apprentices", "a320 rating")
are written as they are printed: "B2", "A320".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from composer import regexes as re
from composer.offline import lexicon, offerlist
from composer.offline.phrases import Phrase
from composer.offline.realise import with_article

# A thing, then who uses or does something with it, with no "that": "enablement the reps
# actually use", "docs the team will read", "a rota people can plan around".
_CONTACT = re.compile(
    r"(?P<np>[a-z][\w-]*(?: [a-z][\w-]*)?) (?P<who>(?:the|our|your|their|my) [a-z][\w-]*"
    r"|people|staff|everyone|customers|clients) (?P<how>(?:actually|really|can|will|would|could"
    r"|need to|want to|like to) )?(?P<verb>[a-z]+)(?P<rest>(?: .*)?)$"
)
# A code of one or two letters and a number typed in lower case: "b2", "a320", "q2", "p45"
# (never a shorthand unit: "yr1", "wk2").
_CODE = re.compile(r"\b(?!(?:yr|wk|hr|mo|pt|no)\d)([a-z]{1,2})(\d{1,4}[a-z]?)\b")


# A thing named by how many of something it is: "steady pair of hands", "fresh set of eyes".
_MEASURE = re.compile(
    r"^(?:[a-z][\w-]*\s+){0,2}(?:pair|set|couple|pool|bank|pack|crew|team|source|piece)\s+of\s"
)
# Words after a noun that show the first word is a thing, not a verb: "support of", "run for".
_NOT_AN_OBJECT = frozenset(["of", "for", "to", "in", "on", "at", "with", "and", "or", "is"])


def with_its_article(phrase: Phrase, common: frozenset[str], head: str = "") -> str:
    """The thing with the article it needs: `realise.with_article`, and where that leaves a
    thing named by a measure of something bare, `offerlist.thing` (which reads the head before
    "of"): "a steady pair of hands on nights", not "steady pair of hands on nights"."""
    said = with_article(phrase)
    if said == phrase.text and ", " in head:  # "calm, experienced voice": "a calm, ..."
        return offerlist.thing(head, common) or said
    if said != phrase.text or not _MEASURE.match(phrase.text):
        return said
    return offerlist.thing(phrase.text, common) or said


def introduced(phrase: Phrase, common: frozenset[str], verb: str) -> str:
    """The thing a list introduces or builds, with its article: "introduce a new seasonal
    lineup" (a new thing is one of its kind); a thing brought as `with_its_article`."""
    said = with_its_article(phrase, common)
    if verb == "bring" or said != phrase.text:
        return said
    return offerlist.thing(phrase.text, common) or said


def _acting(part: str) -> bool:
    """ "train cellar crew on CIP", "coach new starters": a plain verb and its object, after
    a thing ("train" is also a noun, which is how the part was read)."""
    words = part.split()
    return (
        len(words) > 2
        and lexicon.is_base_verb(words[0].lower())
        and "adj" not in lexicon.classes(words[0].lower())  # "fast exhibit turnaround"
        and not lexicon.is_plural_noun(words[0].lower())
        and words[1].lower() not in _NOT_AN_OBJECT
        and (lexicon.is_noun(words[1].lower()) or "adj" in lexicon.classes(words[1].lower()))
    )


def codes(text: str) -> str:
    """`text` with its lower-case codes in capitals: "mentor the b2 apprentices" -> "B2"."""
    return _CODE.sub(lambda m: m.group(1).upper() + m.group(2).upper(), text)


def contact(part: str) -> str | None:
    """ "enablement the reps actually use" -> "enablement that the reps actually use": a thing
    and who would use it, with the "that" a letter needs; None when `part` is not that shape."""
    found = _CONTACT.match(part)
    if found is None or not lexicon.is_base_verb(found["verb"]):
        return None
    if lexicon.is_base_verb(found["np"].split()[0].lower()):
        return None  # "keep the chipper crew on schedule": an action and its object
    if not lexicon.is_noun(found["np"].split()[-1]) and not found["np"].endswith("ment"):
        return None
    return f"{found['np']} that {found['who']} {found['how'] or ''}{found['verb']}{found['rest']}"


class _Read(Protocol):
    @property
    def frame(self) -> str: ...
    @property
    def text(self) -> str: ...


def thing_and_act(
    head: str, common: frozenset[str], read: Callable[[str, frozenset[str]], _Read | None]
) -> tuple[str, str] | None:
    """(frame, words): the verb phrase for a thing and an action ("vp", "bring X and do Y"), or
    two things when one needed its "that" ("np", "X and Y that ..."); None unless `head` is
    exactly two such parts joined by "and" (`read` reads one part on its own)."""
    parts = head.split(" and ")
    if len(parts) != 2 or any(not p.strip() or "," in p for p in parts):
        return None
    first = parts[0].split()[0].lower()
    if parts[0].endswith("ing") and re.match(r"\w+ing of\b", parts[1]):
        return None  # "careful sorting and cutting of the stockpile": one object (round 55)
    if first in offerlist.RESULT_VERBS or lexicon.base_of(first) in offerlist.RESULT_VERBS:
        return None  # "keep schedules and budgets tight": one verb, two things kept
    said: list[tuple[str, str]] = []
    fixed = False
    for part in parts:
        if (thing := contact(part)) is not None:
            said.append(("np", thing))  # a thing, whatever its "that" says of it
            fixed = True
            continue
        one = read(part, common)
        if said and one is not None and one.frame == "np" and _acting(part):
            said.append(("vp", part))  # "+ train cellar crew on CIP": "train" is the verb
        else:
            said.append((one.frame, one.text) if one is not None else ("", part))
    frames = [frame for frame, _ in said]
    if frames == ["np", "np"] and fixed:  # "a tighter launch process and enablement that ..."
        return "np", " and ".join(offerlist.thing(text, common) or text for _, text in said)
    if frames != ["np", "vp"]:
        return None  # "help w/ trade accounts + quotes": the thing may be the act's object
    return "vp", " and ".join(
        f"bring {offerlist.thing(text, common) or text}" if frame == "np" else text
        for frame, text in said
    )
