"""How a measured result was got, typed after its dash as things: "cut no-shows from 20% to 8%
- text reminders + a waitlist" -> "I cut no-shows from 20% to 8% with text reminders and a
waitlist"; "cut onboarding 8 wks -> 4 - templated kickoff + weekly check ins" -> "... with a
templated kickoff and weekly check-ins".

Only after an action that measures (a share, a move "from A to B": `figures.after_dash` asks),
and only when every part is a thing: nouns with their modifiers, no verb. A singular thing of a
counted kind takes "a" (`lexicon.article`); a plural, a mass word or a doing ("packaging",
"training") takes none; a phrasal noun typed as two words is joined ("check ins" -> "check-ins").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS, FUNCTION_WORDS

__all__ = ["means_listed"]

# Phrasal nouns typed as two words: "check ins", "sign ups", "walk ins", "drop ins".
_PHRASAL = re.compile(
    r"\b(check|sign|walk|drop|follow|catch|kick|hand|write|roll|start|call|touch|stand|pop)"
    r" (ins?|ups?|outs?|offs?|overs?)\b"
)
# Heads that take no article: a mass of things or a kind of work.
_UNCOUNTED = frozenset(
    ["software", "data", "documentation", "training", "support", "coaching", "feedback", "signage",
     "packaging", "equipment", "guidance", "advice", "information", "staffing", "scheduling",
     "automation", "tooling", "rostering", "pay", "overtime", "cover", "admin", "comms",
     "maintenance", "machinery", "research", "planning"]
)  # fmt: skip


# The heads of a place or a job of work named after a dash: where a result was got, not how.
_PLACES = frozenset(
    ["channel", "project", "site", "port", "harbour", "harbor", "field", "plant", "mine", "line",
     "contract", "bridge", "river", "terminal", "yard", "estate", "farm", "hospital", "campus"]
)  # fmt: skip


def _thing(part: str) -> str | None:
    """One part as a thing said after "with", or None when it is no thing (a verb in it)."""
    words = part.split()
    if not 1 <= len(words) <= 5:
        return None
    if re.match(r"(?:\d|zero\b|no\b|none\b|nil\b)", part, re.IGNORECASE):
        return None  # "zero downtime, 2 rollbacks": what came of it, no means
    if words[0][:1].isupper() and words[0][1:].islower() and words[-1].lower() in _PLACES:
        return None  # "Damietta approach channel": where it was done, a name, no means
    for word in words:
        lower = word.lower()
        if lower in FUNCTION_WORDS and lower not in DETERMINERS:
            return None
        if (
            lexicon.is_past(lower)
            and not lexicon.is_noun(lower)
            and not lexicon.is_participle(lower)
        ):
            return None  # "moved to ...": an action, said by `figures.after_dash`
        if lexicon.is_third_person(lower) and not lexicon.is_noun(lower):
            return None
    head = words[-1].lower()
    if not (lexicon.is_noun(head) or not lexicon.known(head) or _PHRASAL.search(part)):
        return None
    plural = head.endswith("s") or lexicon.is_plural_noun(head)
    first = words[0].lower()
    if (
        lexicon.is_past(first)
        and "adj" not in lexicon.classes(first)
        and (plural or len(words) < 2)
    ):
        return None  # "killed discounts": an action; "templated kickoff": a thing so made
    if first in DETERMINERS or (words[0].isupper() and len(words) == 1):
        return part
    if plural or head in _UNCOUNTED or head.endswith("ing"):
        return part
    return f"{lexicon.article(part)} {part}"


def means_listed(after: str) -> str | None:
    """The things typed after a measured result's dash (`after`), said as how it was got:
    " with a templated kickoff and weekly check-ins"; None when a part is no thing."""
    text = _PHRASAL.sub(r"\1-\2", after.strip())
    parts = [p.strip() for p in re.split(r",\s+|\s+and\s+|\s*\+\s*", text) if p.strip()]
    if not 1 <= len(parts) <= 3:
        return None
    things = [_thing(p) for p in parts]
    if any(t is None for t in things):
        return None
    said = [t for t in things if t]
    listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return f" with {listed}"
