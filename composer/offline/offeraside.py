"""A contribution's one dash aside: why it is offered (the employer's lack, which they know,
left out) or what makes up the thing offered (said after it: ", with fewer temps and
cross-trained leads"). `offer` reads the rest.
"""

from __future__ import annotations

import re

from composer.offline.offerlist import DETERMINERS
from composer.offline.phrases import Phrase, Shape, analyse
from composer.offline.realise import needs_article

# After a dash, the employer's lack the offer answers: "- they have basically no presence there".
_THEIR_LACK = re.compile(r"^(?:they|they're|there's|there is|we|it's|currently|right now)\b", re.I)


def aside(text: str, common: frozenset[str]) -> tuple[str, str]:
    """The offer without its one dash aside, and what the aside adds to a thing offered.

    "get the ASC channel going - they have basically no presence there": the aside says why
    (the employer's lack, which they know), so the offer goes without it. "stable 2nd shift -
    fewer temps, cross-trained leads": the things that make it up, said after it (", with fewer
    temps and cross-trained leads"). Any other aside stays, and the offer is left out."""
    parts = re.split(r"\s[-–—]\s", text)
    if len(parts) != 2 or "(" in text:
        return text, ""
    offered, after = parts
    if _THEIR_LACK.match(after):
        return offered, ""
    things = [t.strip() for t in re.split(r",\s*|\s+and\s+", after) if t.strip()]
    phrases = [analyse(t, common) for t in things]
    if not things or len(things) > 3 or not all(map(_part_of, phrases)):
        return text, ""
    if any(
        p.words[0].lower() in DETERMINERS or (p.shape is Shape.NOUN and needs_article(p))
        for p in phrases
    ):
        return text, ""  # "- a rota, the on-call": things of their own, not what makes it up
    said = [p.text for p in phrases]
    listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return offered, f", with {listed}"


def _part_of(phrase: Phrase) -> bool:
    """ "fewer temps", "cross-trained leads": a thing (or people) that makes up what is offered."""
    more = phrase.words[0].lower() in ("fewer", "less", "more", "better") and len(phrase.words) > 1
    return more or phrase.shape in (Shape.NOUN, Shape.ROLE)
