"""Pieces of a note pasted into a letter's sentence whole (session 33, asked by `flagged.stopped`
after `notewords.unsent`): the grammar around them shows the seam, whatever the words are.

    pasted("I also wanted to mention that Wish I'd said I've read the guidelines.")
    # "a word with a capital mid-sentence opens a note's line ('Wish')"
    pasted("I can help with the ignition cutover, did one in Mesa.")
    # "a clause with no subject is spliced on after a comma ('did one in Mesa')"

1. A note's line start pasted mid-sentence: a common word with its capital after a word in
   lower case ("that Wish I'd said", "that Forgot to say", "that Keen to learn", "that Should
   have mentioned"), known by the clause it goes on with: "I" ("Wish I'd"), "to" and a verb
   ("Keen to learn"), or a modal's verb ("Should have"). A name or a title keeps its capitals
   and goes on with no such clause ("the book Tell Me by", "Procurement Act readiness", "the
   Associate Actuary, Reserving role", "Excel into R").
2. A clause with no subject spliced on after the last comma: a verb in the past ("did one in
   mesa", "learned it in york"): a past form that is no participle ("did", "went", "took"), or
   one with an object after it ("learned it", "built two"). A participle that describes
   ("trained by the best", "made in Italy") has no object and passes; so does a list of verbs
   ("..., did the books and hired staff") and a clause joined by "and" or "but".
"""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.words import FUNCTION_WORDS

# A word with a capital after a word in lower case (or a comma), then what follows it.
_CAPITAL = re.compile(r"(?<=[a-z,] )(?P<word>[A-Z][a-z]+(?:['’][a-z]+)?)(?= (?P<next>[\w'’]+))")
_CLAUSE_ON = re.compile(r"I|I['’](?:d|ve|m|ll)")
# After the last comma: a verb and a short rest to the end ("did one in mesa.").
_SPLICE = re.compile(r",\s+(?P<verb>[a-z]+)(?P<rest>(?:\s+[\w'’-]+){0,6})\s*[.!?]$")
# What a past verb takes as its object: a pronoun, a count ("learned it", "did one", "ran two").
_OBJECTS = frozenset(
    (
        *("it", "one", "both", "them", "this", "that", "these", "those", "some", "all"),
        *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    )
)


def _capital_mid_sentence(text: str) -> str:
    for found in _CAPITAL.finditer(text):
        word, after = found.group("word"), found.group("next")
        lower = word.lower()
        if not (lexicon.known(lower) or lower in FUNCTION_WORDS) or lower in _NAMES_TOO:
            continue  # a name
        rest = text[found.end() :].split()
        then = rest[1].strip(".,;:!?") if len(rest) > 1 else ""
        goes_on = (
            _CLAUSE_ON.fullmatch(after) is not None
            or (after == "to" and lexicon.is_base_verb(then))
            or (lower in _MODALS and (after in ("have", "be") or lexicon.is_base_verb(after)))
        )
        if goes_on:
            return f"a word with a capital mid-sentence opens a note's line ('{word}')"
    return ""


# Modals a note's line opens with ("Should have said", "Could mention"); "Will" and "May" are
# names and months too.
_MODALS = frozenset(["should", "would", "could", "must", "might", "shall", "can't", "cannot"])
# Words that are names or a name's word all the same ("Faith to", "Grace to").
_NAMES_TOO = frozenset(["will", "may", "faith", "grace", "hope", "joy", "mark", "bill"])


def _spliced_clause(text: str) -> str:
    found = _SPLICE.search(text)
    if found is None:
        return ""
    verb, rest = found.group("verb"), found.group("rest").split()
    if {"and", "but", "or"} & set(rest):
        return ""
    past_only = lexicon.is_past(verb) and not lexicon.is_participle(verb)
    takes_object = lexicon.is_past(verb) and bool(rest) and rest[0].lower() in _OBJECTS
    if past_only or takes_object:
        clause = " ".join([verb, *rest]).rstrip(".!?")
        return f"a clause with no subject is spliced on after a comma ('{clause}')"
    return ""


def pasted(text: str) -> str:
    """Why `text` holds a piece of a note pasted whole, or "" when it does not."""
    return _capital_mid_sentence(text) or _spliced_clause(text)
