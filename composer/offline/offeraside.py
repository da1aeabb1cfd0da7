"""A contribution's one dash aside: why it is offered (the employer's lack, which they know,
left out) or what makes up the thing offered (said after it: ", with fewer temps and
cross-trained leads"). `offer` reads the rest.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.offerlist import DETERMINERS
from composer.offline.phrases import Phrase, Shape, analyse
from composer.offline.realise import needs_article
from composer.offline.words import PREPOSITIONS

# After a dash, the employer's lack the offer answers: "- they have basically no presence there".
_THEIR_LACK = re.compile(r"^(?:they|they're|there's|there is|we|it's|currently|right now)\b", re.I)


def aside(text: str, common: frozenset[str]) -> tuple[str, str]:
    """The offer without its one dash aside, and what the aside adds to a thing offered.

    "get the ASC channel going - they have basically no presence there": the aside says why
    (the employer's lack, which they know), so the offer goes without it. "stable 2nd shift -
    fewer temps, cross-trained leads": the things that make it up, said after it (", with fewer
    temps and cross-trained leads"). What the offer does for them ("- cuts the backlog") and
    the candidate's evidence for it, after a dash or a comma ("- did this at Kinetic", ", did
    one in mesa", ", have done harness work before"), go too. Any other aside stays, and the
    offer is left out."""
    shown = re.fullmatch(r"(?P<offered>[^,]+ [^,]+), (?P<after>[a-z][^,]+)", text)
    if shown and _acted(shown["offered"]) and _done_before(shown["after"], deed=True):
        return shown["offered"], ""  # "help w/ the cutover, did one in mesa": its evidence
    parts = re.split(r"\s[-–—]\s", text)
    if len(parts) != 2 or "(" in text:
        return text, ""
    offered, after = parts
    if _THEIR_LACK.match(after) or _STATE.match(after) or _GAIN.match(after):
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


# After a dash, what the offer does for them, which they know: "- cuts the backlog", "- frees
# up the leads" (a verb with no subject, then its object).
_GAIN = re.compile(r"^(?P<verb>[a-z]+s) (?:the|their|your|our|up|down|a|an|some)\b")


def _acted(offered: str) -> bool:
    """ "can train ...", "take over ...": an act offered (a thing, "a roadmap, agreed with
    compliance", is described by what follows it, not backed)."""
    first = offered.split()[0].lower()
    return first in ("can", "could", "will") or lexicon.is_base_verb(first)


def _done_before(after: str, *, deed: bool = False) -> bool:
    """ "- did this at Kinetic for 2 yrs", "- worked the 2024 callouts in FL", "- never missed
    a start": what the candidate has done, the evidence for the offer (said elsewhere in the
    letter, if at all), never a part of what is offered."""
    words = re.sub(r"^I\s+|^(?:have|'ve)\s+", "", after).split()
    if not words:
        return False
    first = words[0].lower()
    if first == "never" and len(words) > 1:
        first = words[1].lower()
    done = lexicon.is_past(first) or lexicon.is_participle(first)  # "have done it before"
    if deed and len(words) > 1 and words[1].lower() in PREPOSITIONS:
        return False  # "agreed with compliance": how a thing was made, no deed of the candidate's
    return done and not lexicon.is_base_verb(first)


def _part_of(phrase: Phrase) -> bool:
    """ "fewer temps", "cross-trained leads": a thing (or people) that makes up what is offered."""
    more = phrase.words[0].lower() in ("fewer", "less", "more", "better") and len(phrase.words) > 1
    return more or phrase.shape in (Shape.NOUN, Shape.ROLE)
