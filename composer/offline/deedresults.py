"""What came of a deed, typed after its dash or arrow in the shapes `cvresults` reads no other
way, said after the deed's clause in one safe frame each (never a verb that says more than the
line): a measure multiplied ("-> hosting costs halved": ", and hosting costs halved"), a second
effect of the deed ("-> caught 2 bad loads": ", which caught two bad loads"), how often a thing
made is used ("- used ~50 times a day": ", which is used about 50 times a day"), a counted
thing and what was done to it ("-> $40k in refunds avoided": ", with $40,000 in refunds
avoided"), and a count described ("40 regular members": ", with 40 regular members"; after an
arrow, what the deed led to: ", which led to ...")."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS, ONE_MEASURE

__all__ = ["described", "tail"]

_COUNT = (
    r"(?:more than |about |over |nearly |almost |around )?(?:[A-Z]?[$£€])?\d[\d,.]*(?<=\d)[kmbKMB]?"
    r"(?: (?:million|billion|thousand))?"
)
# A count of things with a describing word or two before them: "about 60 regular patients".
_DESCRIBED = re.compile(
    rf"^{_COUNT} (?P<words>[a-z]+(?: [a-z]+)?) (?P<head>[a-z]+s)$"
    r"|^(?:more than |about |over |nearly )?(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve|twenty|thirty) (?P<words2>[a-z]+(?: [a-z]+)?) (?P<head2>[a-z]+s)$"
)


def _describing(word: str) -> bool:
    """A word that may stand before a counted noun: an adjective or a noun, never a verb's
    past, a determiner or a preposition."""
    return (
        lexicon.known(word)
        and ("adj" in lexicon.classes(word) or lexicon.is_noun(word))
        and not lexicon.is_past(word)
        and word not in DETERMINERS
        and word not in ("in", "of", "on", "at", "for", "to", "by", "with", "and", "or", "per")
    )


def described(part: str) -> bool:
    """True for a count of things described ("about 60 regular patients", "12 new monthly
    donors"): each word before the plural head an adjective or a noun."""
    found = _DESCRIBED.match(part)
    if found is None:
        return False
    head = found["head"] or found["head2"]
    words = (found["words"] or found["words2"]).split()
    return lexicon.is_plural_noun(head) and all(_describing(w) for w in words)


# A measure multiplied or halved, typed with no "was": "admin time halved", "referrals doubled".
_MULTIPLIED = re.compile(
    r"^(?P<what>[a-zA-Z][\w-]*(?: [a-z][\w-]*){0,3}) (?P<verb>halved|doubled|tripled|trebled)"
    r"(?P<rest> (?:in|within|over) [a-z0-9][\w ]*)?$"
)
# A second effect of the deed, with what it acted on: "caught 3 bad vendor feeds", "saved ~$8k".
_EFFECT = re.compile(
    r"^(?P<verb>caught|prevented|avoided|stopped|recovered|saved|freed up|cut|reduced|halved"
    r"|doubled|tripled) (?P<rest>[\w$£€][\w $£€.,'%-]*)$"
)
# How often a thing made is used: "used ~50 times a day", "now used 40 times a day".
_USED = re.compile(
    rf"^(?P<now>now )?used {_COUNT} times? (?:a|per|each|every) (?:day|week|month|year|shift)$"
)
_PAST = r"(?:[a-z]+ed|held|won|made|kept|sold|paid|built|caught|spent|met|hit|taken|given|seen)"
# A counted thing and what was done to it: "$40k in refunds avoided", "S$1.2m held".
_DONE = re.compile(
    rf"^(?P<np>{_COUNT}(?: in| of)?(?: (?!{_PAST}\b)[a-z][\w-]*){{0,3}}) (?P<past>{_PAST})"
    r"(?P<rest>(?: up| off| out| back)?(?: (?:in|within|over|by|across|at|on) [a-z0-9][\w ]*)?)$"
)


def _named(word: str) -> bool:
    """A word of a measure's name: never a verb's past, a determiner or a note's word."""
    if lexicon.is_past(word) or word in DETERMINERS or lexicon.note_speak(word):
        return False
    return lexicon.known(word) or word.replace("-", "").isalpha()


def _measure(what: str) -> str:
    """ "admin time" as typed; a single measure ("the pick rate") takes "the"."""
    words = what.split()
    if words[-1] in ONE_MEASURE and words[0] not in DETERMINERS:
        return f"the {what}"
    return what


def tail(text: str, *, caused: bool = True, comma: bool = False, arrow: bool = False) -> str | None:
    """The tail said after the deed for `text`, what came of it; None for any other shape.
    After a comma (`comma`) only a count is read: a verb there may be a second deed. A count
    of things after an arrow (`arrow`) is what the deed led to ("-> 3 front pages")."""
    if arrow and caused and described(text):
        return f", which led to {text}"
    if comma:
        return f", with {text}" if described(text) or _counted(text) else None
    many = _MULTIPLIED.match(text)
    if many is not None and all(_named(w) for w in many["what"].lower().split()):
        what, rest = _measure(many["what"]), many["rest"] or ""
        return f", and {what} {many['verb']}{rest}"  # what came after it, no more
    effect = _EFFECT.match(text)
    if effect is not None and caused and not re.search(r"\b(?:I|we|me|my|our)\b", text):
        return f", which {text}"
    used = _USED.match(text)
    if used is not None:
        return f", which is {text}"
    if described(text) or _counted(text):
        return f", with {text}"
    return None


def _counted(text: str) -> bool:
    """A counted thing and what was done to it: "more than 30 members signed up"."""
    done = _DONE.match(text)
    return done is not None and _done_to(done)


def _done_to(found: re.Match[str]) -> bool:
    """True when the words after the count name a thing and `past` is what was done to it."""
    past = found["past"]
    if not lexicon.is_participle(past) or (lexicon.is_noun(past) and not past.endswith("ed")):
        return False
    words = found["np"].split()
    if re.search(r"\d[kmbKMB]? (?:in|of)\b", found["np"]) and not re.search(r"[$£€]", found["np"]):
        return False  # "22k in parts": money with no currency named
    nouns = [w for w in words if w.isalpha() and w.islower() and w not in ("in", "of")]
    nouns = [w for w in nouns if w not in ("more", "than", "about", "over", "nearly", "almost")]
    nouns = [w for w in nouns if w not in ("around", "million", "billion", "thousand")]
    return all(_describing(w) for w in nouns)
