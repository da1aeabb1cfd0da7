"""An answer to a question in the room typed as fragments, said as the candidate's clauses.

"rajesh asked re flood modeller - only used it on 2 jobs, prob undersold it, comfortable w/ 1D-2D
linked models": after the topic come pieces with no subject, and notes to self among them. Each
piece is read by its first word (a past verb is experience: "I have used it on two jobs"; an
adjective of ability is a state: "I am comfortable with ..."); notes to self ("prob undersold
it", "should've said") are not said; one piece that cannot be read leaves the whole answer out.
"""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.shorthand import expand
from composer.offline.words import SMALL_NUMBERS

# Notes to self among the pieces: how the answer went, never part of what the letter says.
_TO_SELF = re.compile(
    r"(?i)^(?:(?:prob(?:ably)?|maybe|think|I\s+think|def(?:initely)?)\s+)?(?:I\s+)?"
    r"(?:undersold|underplayed|downplayed|understated|rambled|waffled|fumbled|blanked"
    r"|should(?:'ve|\s+have)\s+(?:said|mentioned)|said\b)"
)
# A hedge the candidate's own note marks as underselling: "only used it on 2 jobs".
_HEDGE = re.compile(r"(?i)^(?:only|just)\s+")
_STATES = frozenset(
    ["comfortable", "confident", "familiar", "fluent", "proficient", "happy", "experienced",
     "certified", "qualified", "trained", "competent", "skilled"]
)  # fmt: skip
_TANGLED = re.compile(r"\?|\.\.\.|!!|\blol\b|\bmaybe\b|\bprob(?:ably)?\b|/|\(|\)|=", re.I)


def _clause(piece: str) -> str | None:
    """One piece as the candidate's clause, or None when its first word does not say what it is."""
    text = _HEDGE.sub("", piece.strip(" .;,"))
    first, _, rest = text.partition(" ")
    lower = first.lower()
    if lower in _STATES:  # "comfortable w/ 1D-2D linked models"
        said = f"I am {text}"
    elif lexicon.is_past(lower) and lexicon.is_participle(lower) and rest:
        base = lexicon.base_of(lower) or lower
        done = lexicon.verb_forms(base).get("VBN", lower)
        # "used it on 2 jobs": experience, said as such; a year makes it a past event
        dated = re.search(r"\b(?:19|20)\d\d\b", rest)
        said = f"I {lower} {rest}" if dated else f"I have {done} {rest}"
    else:
        return None
    said = expand(said)
    return None if _TANGLED.search(said) else said


def answered(pieces: list[str]) -> str | None:
    """The pieces after a question's topic said as one or two clauses joined by ", and ", or
    None: "only used it on 2 jobs, prob undersold it, comfortable w/ 1D-2D linked models" ->
    "I have used it on two jobs, and I am comfortable with 1D-2D linked models"."""
    clauses = []
    for piece in pieces:
        for part in re.split(r",\s+|;\s+", piece):  # "async + tokio" stays one object
            if not part.strip(" .;,") or _TO_SELF.match(part.strip()):
                continue
            said = _clause(part)
            if said is None:
                return None
            clauses.append(said)
    if not clauses or len(clauses) > 2:
        return None
    return ", and ".join(clauses)


# How often, typed after the yes: "1 in 2 fine", "fine w/ 1 in 4", "fine w/ 3 a week".
_DAYS = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)days")
_ONE_IN = re.compile(r"\b1\s+in\s+(?P<n>[2-9])\b")
_A_WEEK = re.compile(r"\b(?P<n>[1-9])\s+(?:a|per)\s+(?P<per>week|month|fortnight)\b")


def how_often(question: str, rest: str) -> str:
    """The question with how often the yes holds: "work Saturdays" and "1 in 2" -> "work every
    other Saturday"; "work out-of-hours weekends" and "1 in 4" -> "work one out-of-hours
    weekend in four"; "do split shifts" and "3 a week" -> "do three split shifts a week"."""
    verb, _, things = question.partition(" ")
    last = things.split(" ")[-1] if things else ""
    plural = bool(lexicon.is_plural_noun(last.lower()) or _DAYS.fullmatch(last.lower()))
    plural = plural or lexicon.is_noun(last.lower()[:-1])  # "early opens": an open
    if not plural or not last.endswith("s"):
        return question
    one = things[: -len(last)] + last[:-1]  # "out-of-hours weekend"
    found = _ONE_IN.search(rest)
    if found and found["n"] == "2" and one == last[:-1]:
        return f"{verb} every other {one}"
    if found:
        return f"{verb} one {one} in {SMALL_NUMBERS[int(found['n']) - 1]}"
    found = _A_WEEK.search(rest)
    if found:
        return f"{verb} {SMALL_NUMBERS[int(found['n']) - 1]} {things} a {found['per']}"
    return question
