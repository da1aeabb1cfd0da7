"""The reason the candidate gave when asked why ("asked why leaving Porto -> want a trade w/ a
future, ready to run my own pass"), said as theirs: "I want a trade with a future and am ready to
run my own pass". Only a want or a readiness is read; a part of any other shape ends the reason,
so nothing is said the candidate did not.
"""

from __future__ import annotations

from collections.abc import Callable

from composer.offline import lexicon
from composer.offline.cleaning import clean

__all__ = ["reason"]


def reason(parts: list[str], sayable: Callable[[str], bool]) -> str:
    """ "want to lead a team" -> "I want to lead a team": the reasons typed first, each led by
    a want ("want to X", "want a trade with a future") or a readiness ("ready to run my own
    pass": "I am ready to ..."), joined with "and"; the first part no form reads ends them (a
    part said in the negative is the note's aside). `sayable` is `answervoice.sayable`."""
    said: list[str] = []
    for part in parts[:2]:
        said_part = _one_reason(clean(part).split(), sayable)
        if not said_part:
            break
        said.append(said_part)
    if len(said) > 1 and not sayable(f"I {said[0]} and {said[1]}"):
        said = said[:1]
    return "I " + " and ".join(said) if said else ""


# What a reason may want, after "want": a thing of the candidate's future ("a trade with a
# future", "more responsibility") led by a determiner or "more".
_WANTED = frozenset(["a", "an", "the", "more", "my", "some"])


def _one_reason(words: list[str], sayable: Callable[[str], bool]) -> str:
    """One part of a reason as the candidate's verb phrase ("want to lead a team", "am ready to
    run my own pass"), or ""."""
    if len(words) < 3:
        return ""
    verb = words[0].lower()
    if verb in ("ready", "keen", "eager") and words[1].lower() == "to":
        said = " ".join(["am", verb, *words[1:]])
        return said if lexicon.is_base_verb(words[2].lower()) and sayable("I " + said) else ""
    if verb in ("want", "wanted") and words[1].lower() in _WANTED:
        said = " ".join(["want", *words[1:]])
        return said if sayable("I " + said) else ""
    if words[1].lower() != "to":
        return ""
    if verb in ("want", "wanted"):
        verb = "want"
    elif not lexicon.is_base_verb(verb) or not lexicon.is_base_verb(words[2].lower()):
        return ""
    said = " ".join([verb, *words[1:]])
    return said if sayable("I " + said) else ""
