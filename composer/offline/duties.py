"""A duty typed as what the candidate is responsible for or in charge of: "responsible for the
weekly rota" -> "I have been responsible for the weekly rota"; "in charge of the night team" ->
"I have been in charge of the night team".

Notes drop the "I am" ("responsible for stock control"), and the item reader takes the line
for a noun phrase that names nothing held, so it was left out. The present perfect is true
whether the duty is the candidate's now or was in a post before. A duty whose words still read
as a note after the shorthand is spelled out is left to the other readers.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.casing import sentence
from composer.offline.cleaning import clean
from composer.offline.realise import Clause
from composer.offline.shorthand import expand
from composer.offline.wellformed import problem

_DUTY = re.compile(
    r"^(?:(?P<typed>I am|I'm|I was)\s+)?(?:(?:was|am|been|fully|solely|jointly)\s+)?"
    r"(?P<duty>(?:responsible|accountable) for|in charge of) (?P<what>\S.*)$",
    re.IGNORECASE,
)


def read(item: str) -> Clause | None:
    """The candidate's clause for a duty line, or None for any other line."""
    found = _DUTY.match(expand(clean(item)))
    if found is None:
        return None
    typed = (found["typed"] or "").lower()  # "I was responsible for ...": as typed
    verb = {"i was": "was", "i am": "am", "i'm": "am"}.get(typed, "have been")
    said = Clause("I", verb, f"{found['duty'].lower()} {found['what']}")
    return None if problem(sentence(said.text())) else said
