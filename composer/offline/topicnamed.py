"""Whether a sentence names a topic itself, so that no lead says the topic first (`body`).

"As for teaching trainee anaesthetic technicians, I am a clinical tutor for six trainee
anaesthetic technicians" says it twice: the point names its topic by two of its words side by
side, and is said without the lead.
"""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.offline import lexicon

__all__ = ["names_topic"]

# Words the noun tables also hold that name no thing of a topic ("I would", "what", "do").
_NOT_THINGS = frozenset(["i", "would", "do", "what", "how", "why", "first", "will", "can"])
_SMALL_WORDS = frozenset(["the", "a", "an", "of", "for", "with", "and", "or", "to", "in", "on"])


def _thing(word: str) -> bool:
    return (lexicon.is_noun(word) or "-" in word.strip("-")) and word not in _NOT_THINGS


def names_topic(text: str, topic: str, *, nouns: bool = False, head: bool = False) -> bool:
    """True when `text` names the topic itself, by two of its words side by side ("... a
    structured parent component for the intensive outpatient track" names "the intensive
    outpatient track for adolescents with OCD"): "As for {topic}, ..." would say it twice.
    With `nouns`, only two nouns (or a compound: "child-inclusive mediation") side by side name
    it ("exhibit turnaround"; never "I would"). With `head`, a word of `text` that the topic's
    first word only adds an ending to names it too ("preceptor", "preceptorship ...")."""
    words = [w for w in re.findall(r"[a-z][\w'-]*", topic.lower()) if w not in _SMALL_WORDS]
    first = words[0] if words else ""
    if nouns:
        words = [w if _thing(w) else "" for w in words]
    said = " ".join(re.findall(r"[a-z][\w'-]*", text.lower()))
    # "preceptorship for newly qualified midwives" beside "I am a preceptor for four NQMs": the
    # topic's head is a word of the point's with an ending ("preceptor" + "ship")
    if head and any(len(w) >= 7 and first.startswith(w) for w in said.split()):
        return True
    return any(a and b and f" {a} {b} " in f" {said} " for a, b in itertools.pairwise(words))
