"""Years at one employer typed with the places worked there in turn, said as a letter says them.

"5 yrs @ Trellis Bank - SOC then pentest team last 2" -> "I have five years at Trellis Bank,
first in the SOC and then on the pentest team for the last two". Each place is a unit named by its
initials ("SOC") or by a head a team works in ("pentest team", "dispensary unit"); any other part
("tills", "front of house") could take "in", "on" or none, so the line is None here and another
reader, or the gate, decides. `read` takes the line after `cleaning.clean`.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.cvshares import spelled
from composer.offline.cvspans import unshort
from composer.offline.realise import Clause

_PATH = re.compile(
    r"(?P<span>\w+ (?:years?|months?)) at (?P<org>[A-Z][\w&'. ]*?) - (?P<a>[\w -]+?) then "
    r"(?P<b>[\w -]+?)(?:,? (?:for )?(?:the )?last (?P<n>\w+))?"
)
# Where a unit is worked "on" rather than "in": "on the pentest team", "on the trading desk".
_ON = frozenset(["team", "desk", "rota"])
_IN = frozenset(["unit", "department", "lab", "office", "centre", "center", "clinic", "ward"])


def _place(part: str) -> str | None:
    """ "SOC" -> "in the SOC", "pentest team" -> "on the pentest team"; None when unsure."""
    if re.fullmatch(r"[A-Z]{2,5}", part):
        return f"in the {part}"
    head = part.split()[-1].lower()
    if len(part.split()) < 2 or not part.islower():
        return None
    return f"on the {part}" if head in _ON else f"in the {part}" if head in _IN else None


def read(text: str) -> tuple[str, Clause] | None:
    """The kind and clause of a span at one employer worked in two places in turn, or None."""
    found = _PATH.fullmatch(text)
    if found is None:
        return None
    first, then = _place(unshort(found["a"])), _place(unshort(found["b"]))
    if first is None or then is None:
        return None
    last = f" for the last {spelled(found['n'])}" if found["n"] else ""
    said = f"{found['span']} at {found['org']}, first {first} and then {then}{last}"
    return "skill", Clause("I", "have", said)
