"""What a deed led to, typed after its arrow or dash as a thing and what was done to it (s40b,
highlights): "flagged a data breach -> new access policy introduced" -> "I flagged a data
breach, which led to a new access policy being introduced"; and what was done to the deed's
own object, typed as a participle with where or by whom: "did the lead work on the church porch
- signed off by the diocese surveyor" -> "..., which was signed off by the diocese surveyor".

A thing made anew (`words.MADE_ANEW`: issued, added, introduced ...) takes "a"; any other thing
done to is one already there and takes "the"; a plural takes neither. The deed's own object must
read whole (a determiner, a number or a plural first), and the thing must be plain words: a note
word, a figure or a verb inside it leaves the line to the other readers (None).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS, MADE_ANEW, PREPOSITIONS

__all__ = ["done_to", "led_to", "whole"]

# The thing (one to four words), what was done to it, and where or how.
_DONE = re.compile(
    r"^(?P<np>[a-z][\w-]*(?: [a-z][\w-]*){0,3}?) (?P<past>[a-z]+)"
    r"(?P<rest>(?: (?:up|out|in|back|off))?(?: (?:for|to|in|on|at|by|across|from|with|within)"
    r" [\w' -]+)?)$"
)
# A measure's change, said by the result readers ("overtime halved"), not a thing done to.
_AMOUNTS = frozenset(["halved", "doubled", "trebled", "tripled", "cut", "reduced", "increased"])
_OWN = ("my", "our", "his", "her", "their", "its", "the", "a", "an")


def led_to(after: str, done: str) -> str | None:
    """ "new access policy introduced" after the deed's object `done` ("a data breach") ->
    ", which led to a new access policy being introduced"; None for any other shape."""
    if not whole(done):
        return None
    found = _DONE.match(after.strip())
    if found is None:
        return None
    words, past = found["np"].split(), found["past"]
    if not lexicon.is_participle(past) or lexicon.is_noun(past) or past in _AMOUNTS:
        return None  # "team grew": no participle; "overtime halved": a measure, said elsewhere
    if any(w in PREPOSITIONS or lexicon.note_speak(w) or lexicon.is_past(w) for w in words):
        return None
    if not all(lexicon.known(w) for w in words) or not lexicon.is_noun(words[-1]):
        return None
    if words[0] in DETERMINERS or words[0] in _OWN:
        return None  # "the team grew": a clause of its own, read elsewhere
    many = lexicon.is_plural_noun(words[-1])
    np = found["np"]
    if words[0] == "whole":
        np = f"the {np}"  # "whole batch recalled": the whole of one already there
    elif not many:
        np = f"{lexicon.article(np)} {np}" if past in MADE_ANEW else f"the {np}"
    return f", which led to {np} being {past}{found['rest']}"


def whole(done: str) -> bool:
    """True when the deed's object `done` opens whole: a determiner, a number, a possessive,
    a name, or a plural noun (never "found cracked bracket", a singular typed bare)."""
    first = (done.split() or [""])[0]
    if first in DETERMINERS or first in _OWN or first[:1].isdigit() or first[:1].isupper():
        return True
    head = re.split(r" (?:" + "|".join(sorted(PREPOSITIONS)) + r") ", done)[0].split()
    return bool(head) and lexicon.is_plural_noun(head[-1])


# What was done to the deed's object: "signed off by the diocese surveyor", "fixed in 48 hours".
_TO_IT = re.compile(
    r"^(?P<past>[a-z]+)(?P<rest>(?: (?:off|up|out|back))? (?:by|in|on|at|within|across|as|for)"
    r" [\w' -]+)$"
)


def done_to(after: str, done: str) -> str | None:
    """ "signed off by the diocese surveyor" after the deed's object `done` ("the lead work on
    the porch") -> ", which was signed off by the diocese surveyor"; None for any other shape."""
    found = _TO_IT.match(after.strip())
    if found is None or not whole(done) or re.search(r"\d", after):
        return None
    past = found["past"]
    if not lexicon.is_participle(past) or lexicon.is_noun(past) or past in _AMOUNTS:
        return None
    if any(lexicon.note_speak(w) for w in found["rest"].split()):
        return None
    named = re.match(r" (?:(?:off|up|out|back) )?\w+ (?P<first>\S+)", found["rest"])
    if named is None or (named["first"] not in DETERMINERS and named["first"] not in _OWN):
        return None  # "approved by FDA": "the" before it is not sure
    if re.search(r"\b(?:first|1st|second|2nd) time$", found["rest"]):
        return None  # "first time" typed bare
    head = re.split(r" (?:" + "|".join(sorted(PREPOSITIONS)) + r") ", done)[0].split()
    if not head or not lexicon.is_noun(head[-1]):
        return None
    be = "were" if lexicon.is_plural_noun(head[-1]) else "was"
    return f", which {be} {past}{found['rest']}"
