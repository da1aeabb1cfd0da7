"""A contribution's one dash aside: why it is offered (the employer's lack, which they know,
left out) or what makes up the thing offered (said after it: ", with fewer temps and
cross-trained leads"). `offer` reads the rest.
"""

from __future__ import annotations

import re

from composer.offline import lexicon
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
    if _THEIR_LACK.match(after) or _STATE.match(after):
        return offered, ""
    if _done_before(after) and " " in offered.strip():  # ("reliable - never missed a start":
        return offered, ""  # the evidence is all there is to say, so it stays, and is refused)
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


# After a dash, the state of what the offer works on: "- half of them ~10 yrs old".
_STATE = re.compile(
    r"(?i)^(?:half|most|some|many|all|a\s+lot|none|a\s+few|several)\s+(?:of\s+(?:them|it|these"
    r"|those|which)\b|(?:are|were|is)\b)"
)


def _done_before(after: str) -> bool:
    """ "- did this at Kinetic for 2 yrs", "- worked the 2024 callouts in FL", "- never missed
    a start": what the candidate has done, the evidence for the offer (said elsewhere in the
    letter, if at all), never a part of what is offered."""
    words = re.sub(r"^I\s+|^(?:have|'ve)\s+", "", after).split()
    if not words:
        return False
    first = words[0].lower()
    if first == "never" and len(words) > 1:
        first = words[1].lower()
    return lexicon.is_past(first) and not lexicon.is_base_verb(first)


def _part_of(phrase: Phrase) -> bool:
    """ "fewer temps", "cross-trained leads": a thing (or people) that makes up what is offered."""
    more = phrase.words[0].lower() in ("fewer", "less", "more", "better") and len(phrase.words) > 1
    return more or phrase.shape in (Shape.NOUN, Shape.ROLE)
