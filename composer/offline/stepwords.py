"""One step of an answer, typed as notes type it, in the words "I would ..." can say.

A step of what the candidate would do is typed bare: "dont go in", "inform QA lead same day",
"stop". `negated` reads a step typed with "dont", "don't", "do not" or "not" as "not" and its
verb ("I would ... not go in"); `step_words` gives a step's words with the article a note leaves
out before a team named by its initials ("inform the QA lead") and before "same" ("the same
day"), or None when the words cannot be one step for sure: two verbs in a row ("stop secure":
two steps run together, one of which has lost its object). `lone_step` says whether a verb
typed alone is a whole step ("stop", "wait"), though it names a thing as well.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS, FUNCTION_WORDS

__all__ = ["lone_step", "negated", "step_words"]

# Verbs that fetch or tell someone: their object typed bare may be a person ("get vet", "call
# manager") who takes "the", or a thing no article fits ("get help"): no table tells which.
_FETCH = frozenset(
    ["get", "call", "ring", "radio", "page", "phone", "fetch", "alert", "tell", "inform", "notify"]
)

# A step's "not" as typed: "dont", "don't", "do not", "not".
_NOT = re.compile(r"(?i)^(?:do\s*n[o']?t|don['’]?t|not)\s+(?=[a-z])")
# Verbs that name a thing too, typed alone as a whole step of what someone would do, with no
# object: "stop", "wait". (Most such words, "cordon", "swab", say no step alone.)
_WHOLE_ALONE = frozenset(["stop", "wait", "pause", "retreat", "rest"])


def negated(part: str) -> tuple[bool, str]:
    """ "dont go in" -> (True, "go in"); (False, part) for a step typed with no "not"."""
    found = _NOT.match(part.strip())
    if found is None:
        return False, part
    return True, part.strip()[found.end() :]


def lone_step(word: str) -> bool:
    """Whether `word`, typed alone, is a whole step: a verb with no object."""
    return word.lower() in _WHOLE_ALONE


def step_words(words: list[str]) -> list[str] | None:
    """A step's words with the articles a note leaves out, or None when it is no one step (a
    "then" before it is kept)."""
    if words and words[0].lower() == "then":
        rest = step_words(words[1:])
        return None if rest is None else [words[0], *rest]
    if len(words) >= 2:
        second = words[1].lower()
        two_verbs = lexicon.is_base_verb(second) and not lexicon.is_noun(second)
        if two_verbs and second not in FUNCTION_WORDS and "adv" not in lexicon.classes(second):
            return None  # "stop secure report ...": two steps run together
    if len(words) >= 2 and words[0].lower() in _FETCH and _bare_one(words[1:]):
        return None  # "get vet if needed": the vet, or help? no step said for sure
    said: list[str] = []
    for at, word in enumerate(words):
        before = words[at - 1].lower() if at else ""
        after = words[at + 1] if at + 1 < len(words) else ""
        initials = re.fullmatch(r"[A-Z]{2,5}", word) is not None
        team = initials and after.isalpha() and after.islower() and lexicon.is_noun(after)
        team = team and "adv" not in lexicon.classes(after.lower())  # "call HR first": no "the"
        if at == 1 and team and not lexicon.is_plural_noun(after):
            said.append("the")  # "inform QA lead": the one lead of QA
        elif word.lower() == "same" and before not in DETERMINERS and at:
            said.append("the")  # "same day": the same day
        said.append(word)
    return said


def _bare_one(words: list[str]) -> bool:
    """ "vet if needed", "help": one lower-case word, a noun and a verb both, with nothing after
    it but a condition: an object typed bare whose article no table can settle."""
    first = words[0]
    rest = [w.lower() for w in words[1:]]
    if not first.isalpha() or not first.islower() or lexicon.is_plural_noun(first):
        return False
    if not (lexicon.is_noun(first) and lexicon.is_base_verb(first)):
        return False
    return not rest or rest[0] in ("if", "when", "unless", "asap")
