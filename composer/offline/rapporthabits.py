"""An ongoing interest of theirs typed as a habit, said as a brief warm line, never read back.

"she plays in a ceilidh band", "sings with the Bach Choir": the group is theirs ("I enjoyed
hearing about your ceilidh band."); "restores old bicycles on weekends", "paints in her spare
time": the pastime is wished time ("I hope you find plenty of time for restoring old
bicycles."). The clause is already said to them ("you play in ..."); `rapport` reads it when
no other kind fits.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon

__all__ = ["habit"]

# A group they take part in: "you play in a mariachi band", "you sing with the Bach Choir".
_GROUP = re.compile(
    r"^you (?:also )?(?:\w+ ){0,1}?(?:in|with|for) (?:a|an|the|your|two|several) (?P<group>"
    r"(?:[\w'’&-]+ ){0,3}?(?i:band|choir|orchestra|quartet|trio|ensemble|club|team|league|troupe"
    r"|crew|society|chorus|group)s?)\b(?P<rest>.*)$"
)
# A pastime's habit: "on weekends", "at the weekend", "in your spare time", "every Sunday".
_HABIT_TIME = re.compile(
    r"\s+(?:on|at|most|every|in)\s+(?:the\s+)?(?:weekends?|(?:[A-Z][a-z]+days?)|your\s+(?:spare|free)"
    r"\s+time|evenings|mornings)(?:\s+mornings|\s+evenings)?$"
)
_PASTIME = re.compile(r"^you (?P<verb>[a-z]+) (?P<rest>(?!(?:at|to|for|from|with|as)\b).+)$")


def habit(clause: str, kind: str) -> tuple[str, dict[str, str]] | None:
    """The section and values of a warm line for an interest typed as a habit, or None (a
    clause of another `kinds.rapport_kind` than "neutral" is no habit)."""
    if kind != "neutral":
        return None
    group = _GROUP.match(clause)
    if group and not re.search(r"\b(?:work|job|company|firm|our|my)\b", group["group"]):
        whose = "the" if group["group"][:1].isupper() else "your"  # "the Bach Choir"
        return "interest", {"what": f"{whose} {group['group']}"}
    when = _HABIT_TIME.search(clause)
    pastime = _PASTIME.match(clause[: when.start()]) if when else None
    if pastime is None:
        return None
    verb = pastime["verb"]
    if not lexicon.is_base_verb(verb) or verb in ("are", "have", "do", "work", "go", "can"):
        return None
    gerund = lexicon.verb_forms(verb).get("VBG")
    rest = pastime["rest"]
    if not gerund or re.search(r"\b(?:my|our|me|us|i|your|his|her|their)\b|[,;]", rest):
        return None
    return "wish_hobby", {"activity": f"{gerund} {rest}"}
