"""What became of a thing of the candidate's that was asked about, and when: "expired oct" ->
"it expired in October"; "renewing dec 9 (booked)" -> "I am booked to renew it on December 9"
(read for `recalled`, after a question about "my H2S Alive" and the like).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.shorthand import expand
from composer.offline.words import MONTH_NAMES

# What becomes of a thing held with no one doing it: "expired oct", "lapsed in 2024".
_OF_ITSELF = frozenset(
    ["expired", "lapsed", "ended", "elapsed", "expires", "lapses", "ends", "runs out"]
)
# What the candidate does to a thing held, with the thing as its object: "renewing it".
_DONE_TO_IT = frozenset(
    ["renew", "retake", "resit", "redo", "update", "complete", "finish", "sit", "take", "book",
     "rebook", "extend", "replace"]
)  # fmt: skip
# A time after a verb: a month alone ("oct"), or a day of it ("dec 9").
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_WHEN = re.compile(
    rf"^(?:(?P<on>{_MONTH}\s+\d{{1,2}})|(?P<in>{_MONTH}(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)"
    r"|(?P<as>(?:next|this)\s+(?:week|month|year)|now))$"
)
_BOOKED = re.compile(r"(?i)\s*\((?:booked|booked\s+in|confirmed)\)$")


def when(text: str) -> str | None:
    """ "October" -> "in October", "December 9" -> "on December 9"; None for any other text.
    A month typed in lower case after the verb ("lapsed march") is the month."""
    text = re.sub(r"^[a-z]+\b", lambda m: MONTH_NAMES.get(m[0], m[0]), text.strip())
    found = _WHEN.match(text)
    if found is None:
        return None
    if found["as"]:
        return found["as"]  # "next week", "now": said as typed
    return f"on {found['on']}" if found["on"] else f"in {found['in']}"


def became(piece: str) -> str | None:
    """A piece about a thing held, said of it or of the candidate: "expired oct" -> "it expired
    in October"; "renewing dec 9 (booked)" -> "I am booked to renew it on December 9"."""
    booked = _BOOKED.search(piece)
    text = expand(piece[: booked.start()] if booked else piece).strip(" .")
    text = re.sub(r"(?i)^runs out\b", "runs-out", text)  # one verb of two words
    verb, _, rest = text.partition(" ")
    verb = verb.replace("runs-out", "runs out")
    rest = re.sub(r"^it\s+", "", rest)  # "renewing it now": the thing, said once
    said = when(rest)
    if said is None:
        return None
    if verb.lower() in _OF_ITSELF and not booked:
        return f"it {verb.lower()} {said}"
    base = lexicon.base_of(verb.lower())
    if lexicon.is_gerund(verb.lower()) and base in _DONE_TO_IT:
        return f"I am booked to {base} it {said}" if booked else f"I am {verb.lower()} it {said}"
    return None
