"""Steps of an answer typed one after another with no commas, parted where each step begins.

People type what they would do as a run of bare verbs: "stop the job lock out talk to him
straight away then write it up". Said whole after "I would", it reads as one garbled step. A
step begins, by its grammar alone, at:
- "then" before a verb ("... straight away then write it up");
- a verb that takes its object or particle at once ("lock out", "talk to him", "tape it off")
  after a word no verb would be the object of (never after "the", "to", "and", a preposition);
- any verb after a word that closes a step ("lock out talk ...", "listen first explain ...");
- a verb and its object's article after a thing named with its own ("stop the truck cordon the
  aisle"), unless the step's verb makes the thing do it ("let the dog sniff the bag");
- "never" or "always" and a verb after a thing ("report to bridge never go alone").
`run_on` gives the steps, or the typed text as its one part when no step begins inside it. A
step it parts is read by `answervoice` as any other, and an answer any part of which is no step
is left out there, never said garbled.
"""

from __future__ import annotations

from composer.offline import lexicon
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, MODALS, PREPOSITIONS

__all__ = ["run_on"]

# What a verb takes at once when it starts a step: an object pronoun or a particle.
_OBJECTS = frozenset(["it", "them", "him", "her", "us", "everyone", "everybody", "everything"])
_PARTICLES = frozenset(["out", "up", "down", "off", "back", "away"])
# Words that close a step: a particle, or when it is done ("listen first").
_CLOSERS = _PARTICLES | frozenset(["first", "immediately", "now", "again", "later"])
# Words a verb after which is part of the same step: "to call", "and log", "would check".
_BOUND = frozenset(["to", "and", "or", "not", "never", "always", "then", "if", "when"])


def run_on(typed: str) -> list[str]:
    """ "stop the job lock out talk to him then write it up" -> ["stop the job", "lock out",
    "talk to him", "then write it up"]; [typed] when no second step begins inside it."""
    words = typed.split()
    if len(words) < 4 or not lexicon.is_base_verb(words[0].lower()):
        return [typed]
    starts = [0]
    for index in range(2, len(words)):
        if index - starts[-1] < 2:
            continue  # a step is a verb and at least one word more
        if _begins(words, index, starts[-1]):
            starts.append(index)
    if len(starts) < 2:
        return [typed]
    ends = [*starts[1:], len(words)]
    return [" ".join(words[a:b]) for a, b in zip(starts, ends, strict=True)]


# Words after "the" that say when, not what: "the same day", "the next morning".
_WHEN = frozenset(["same", "next", "whole", "following", "first", "last", "day", "night"])
# Verbs whose object does the next verb: "let the dog sniff the bag", "help the team find it".
_CAUSING = frozenset(["let", "make", "help", "have", "see", "watch", "hear", "get", "bid"])


def _begins(words: list[str], index: int, start: int = 0) -> bool:
    """Whether a new step begins at `words[index]`, in a step begun at `words[start]`."""
    word, before = words[index].lower(), words[index - 1].lower()
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    if word == "then":
        return bool(after) and lexicon.is_base_verb(after) and before not in _BOUND
    if word in ("never", "always"):  # "report to the bridge never go alone"
        return lexicon.is_base_verb(after) and lexicon.is_noun(before) and before not in _BOUND
    if not lexicon.is_base_verb(word) or word in FUNCTION_WORDS:
        return False
    if before in _BOUND or before in DETERMINERS or before in MODALS or word in MODALS:
        return False
    if before in _CLOSERS:
        return bool(after)  # "lock out talk to him": a verb after a closed step, with more
    if before in PREPOSITIONS:
        return False  # "a call to supply the site": the verb is the preposition's
    if after in _OBJECTS or after in _PARTICLES:
        return True  # "the job lock out", "the supervisor call them"
    named = index >= 2 and words[index - 2].lower() in DETERMINERS and lexicon.is_noun(before)
    following = words[index + 2].lower() if index + 2 < len(words) else ""
    timed = following in _WHEN  # "check the pen wire the same day": a compound, then when
    if named and after in ("a", "an", "the") and not timed and not lexicon.is_plural_noun(before):
        # "stop the truck cordon the aisle": a thing with its article, then a verb and its
        # own object: no "the truck" does "cordon" (it would say "cordons")
        made = index - 3 == start and words[start].lower() in _CAUSING  # "let the dog sniff"
        return not made
    return after in ("to", "with") and following in _OBJECTS  # "talk to him"
