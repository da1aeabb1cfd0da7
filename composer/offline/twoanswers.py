"""Two answers typed in one follow-up line, read one at a time (`followup`).

"Lorraine asked if I'd do rest days - yes happy to. she also said I hadn't worked a box before -
true but ...": read together, the second's "true but" would turn the first's yes into a no.
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import ends_on_abbreviation

__all__ = ["answers"]

# Where a second answer starts: after a stop, someone who asked or said something.
_SECOND_ANSWER = re.compile(
    r"(?<=[.;])\s+(?=(?!(?i:i)\b|(?i:shld|should|would|could|must|might|meant|did|didn't|wish)\b)"
    r"(?i:[a-z']+\.?\s+){1,2}(?i:asked|said|mentioned)\b)"
)  # "she also said", "Ms Wu asked"; never "I said it too fast" or "shld have said" (notes to self)


def answers(value: str) -> list[str]:
    """The answers typed in one line, split where `_SECOND_ANSWER` starts another; never after
    an abbreviation's full stop ("Dr. Mehta asked", "approx. 40"), which ends no sentence."""
    parts, start = [], 0
    for found in _SECOND_ANSWER.finditer(value):
        if ends_on_abbreviation(value[: found.start()]):
            continue
        parts.append(value[start : found.start()])
        start = found.end()
    return [*parts, value[start:]]
