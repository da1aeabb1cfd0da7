"""A company typed as "co" in a note, spelled out as a letter says it: "at prev co" -> "at my
previous company", "4 yrs at logistics co" -> "at a logistics company" (only where the words
around it settle that a firm is meant: after a preposition, with the kind of firm or the one
the candidate worked at before it; elsewhere "co" stays and the gate leaves the line out); and a
firm's size typed after it: "a regional distributor ~$60M revenue" -> "a regional distributor
with about $60M in revenue"."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon

__all__ = ["spelled"]

# The firm the candidate worked at, named by when: "prev co", "my last co", "old co".
_WHEN = re.compile(
    r"(?<![\w'-])(?P<prep>at|from|in|with|for|to|of) (?:my |our )?"
    r"(?P<when>prev\.?|previous|last|old|former|current|curr|present) co(?![\w&'-])(?!\.\w)"
)
_WHEN_SAID = {"prev": "previous", "prev.": "previous", "curr": "current"}
# The kind of firm before "co": "at a construction co", "at logistics co", "for a tech co".
_KIND = re.compile(
    r"(?<![\w'-])(?P<prep>at|from|in|with|for|of|joined) (?P<det>(?:a|an|the|my|our|one) )?"
    r"(?P<kind>[a-z][a-z-]+(?: [a-z][a-z-]+)?) co(?![\w&'-])(?!\.\w)"
)
# Words that are no kind of firm: "at the co", "in a small co" is fine, "with my co" is not.
_NOT_KINDS = frozenset(
    ["and", "or", "the", "a", "an", "my", "our", "their", "this", "that", "same", "new", "one"]
)


# A firm's revenue typed after its name: "a regional distributor ~$60M rev".
_SIZE = re.compile(
    r"(?<=[a-z]) (?P<about>~ ?|about )?(?P<n>[$£€]\d[\d.,]*(?:[kKmMbB]n?)?)"
    r" (?P<what>revenue|turnover)(?![\w/-])"
)


def _size(found: re.Match[str]) -> str:
    about = "about " if found["about"] else ""
    return f" with {about}{found['n']} in {found['what']}"


def _when(found: re.Match[str]) -> str:
    when = _WHEN_SAID.get(found["when"], found["when"])
    return f"{found['prep']} my {when} company"


def _kind(found: re.Match[str]) -> str:
    words = found["kind"].split()
    if any(w in _NOT_KINDS for w in words) or not all(_known(w) for w in words):
        return found.group()
    det = found["det"] or f"{lexicon.article(found['kind'])} "
    return f"{found['prep']} {det}{found['kind']} company"


def _known(word: str) -> bool:
    """A word a firm's kind may be: a noun or an adjective the lexicon knows ("logistics",
    "construction", "small", "family-run")."""
    return all(lexicon.is_noun(w) or "adj" in lexicon.classes(w) for w in word.split("-"))


_OWN_JOB = re.compile(r"(?i)\b(at|in) ((?:last|previous|prev|old) (?:job|employer|workplace))\b")


def spelled(text: str) -> str:
    """`text` with "co" for a company spelled out where a firm is surely meant."""
    text = _SIZE.sub(_size, text)
    text = re.sub(r"(?<![\w-])co-wide\b", "company-wide", text)  # "used co-wide"
    # "trained 2 apprentices at last job": the candidate's own last job, with its "my"
    text = _OWN_JOB.sub(r"\1 my \2", text)
    if " co" not in text:
        return text
    return _KIND.sub(_kind, _WHEN.sub(_when, text))
