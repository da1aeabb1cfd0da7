"""A highlight typed as a plain thing with its article, recalled as something the candidate
brought up (split out of `items`, which re-exports `mentioned`)."""

from __future__ import annotations

from composer import regexes as re
from composer.offline.phrases import Phrase, Shape
from composer.offline.realise import Clause
from composer.offline.wellformed import problem


def mentioned(phrase: Phrase) -> Clause | None:
    """A highlight typed as a plain thing with its article ("a talk on data"), recalled as
    something the candidate brought up: "I was glad to tell you about a talk on data"; None
    for any other shape (a count, a fragment): those are never forced into the frame."""
    words = phrase.words
    if phrase.shape is not Shape.NOUN or len(words) < 3 or words[0] not in ("a", "an", "my"):
        return None
    if re.search(r"[\d~+/&;:()-]", phrase.text) or problem(f"I told you about {phrase.text}."):
        return None
    return Clause("I", "was glad to tell you about", phrase.text)
