"""The contribution read: what the candidate would bring, in the candidate's voice.

`read_offer` gives the frame the contribution fits and the words that fill it: a noun phrase
("a calm line on busy nights": "I would bring ..."), a verb phrase ("run the ACL class":
"I would like to ..."), or a sentence of its own ("I am eager to learn."); None when it cannot
be said with confidence (`why_not` says why), and the letter leaves it out.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from composer.offline.items import read_point
from composer.offline.phrases import Shape, analyse
from composer.offline.realise import clause, sentence, with_article
from composer.offline.screen import is_instruction


@dataclass(frozen=True)
class Offer:
    """A contribution as the letter says it: `frame` is "np", "vp", "gerund" or "clause"."""

    frame: str
    text: str

    def plain(self) -> str:
        """The contribution in a plain frame ("I would bring ..."), as the line table shows it."""
        if self.frame == "np":
            return f"I would bring {self.text}."
        if self.frame == "vp":
            return f"I would like to {self.text}."
        if self.frame == "gerund":
            return f"I would like to help with {self.text}."
        return self.text


@functools.lru_cache(maxsize=1024)
def read_offer(item: str, common: frozenset[str] = frozenset()) -> Offer | None:
    """The contribution `item` in the frame it fits, or None when it is left out."""
    if is_instruction(item):
        return None
    phrase = analyse(item, common)
    if phrase.shape in (Shape.NOUN, Shape.ROLE):
        return Offer("np", with_article(phrase))
    if phrase.shape is Shape.BASE:
        return Offer("vp", phrase.text)
    if phrase.shape is Shape.GERUND:
        return Offer("gerund", phrase.text)
    said = read_point(item, common, offer=True).said or clause(phrase)
    return None if said is None else Offer("clause", sentence(said.text()))
