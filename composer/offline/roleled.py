"""A deed of the candidate's that no topic of a reader is about, led by why they fit the role
(`role_led`: "For the role, I would draw on my work so far: I led a team of 14 ..."), and the
standings that need no lead (`standing`: "I hold ...", "I am a registered nurse ..."). Used by
`roleparagraph`, which places such points after the topics."""

from __future__ import annotations

import zlib

from composer import regexes as re
from composer.offline import lexicon, phrasebook
from composer.offline.casing import lower_start
from composer.offline.wording import sentence_keys

# Verbs a credential is said with ("I earned a BEng ..."): held, not done; no lead says them.
_EARNED = frozenset(
    [
        "earned",
        "gained",
        "obtained",
        "completed",
        "graduated",
        "qualified",
        "received",
        "passed",
        "achieved",
    ]
)


def standing(text: str) -> bool:
    """A standing said with its verb: what the candidate is or holds, has been for years, or
    earned ("I am a registered nurse ...", "I hold ...", "I earned an MSc ...")."""
    words = text.split()
    if len(words) < 3 or words[0] != "I":
        return False
    if words[1] in ("am", "hold") or words[1].lower() in _EARNED:
        return True
    return words[1] == "have" and (words[2] in ("been", "worked") or words[3:4] == ["years"])


def role_led(text: str, thanks: str, tone: str, taken: frozenset[str] = frozenset()) -> str:
    """A deed of the candidate's that no topic is about, led by why they fit the role the
    thanks names ("For the role, I would draw on my work so far: I led a team of 14 across
    three shifts."): said bare after a topic it reads as a comment on it (reader 26), and "One
    thing I am proud of: ..." there reads as a boast and a non sequitur (reader 35). A span
    or credential (`_fit` says it as what they would bring), a standing said with its verb
    ("I hold ...", "I am ...", "I earned a BEng ...") or a point in another shape is said as it
    is. The wording varies with the point, and gives way to the next where a colleague's
    letter (`taken`) has said it."""
    words = text.split()
    if len(words) < 3 or words[0] != "I" or not text.endswith(".") or standing(text):
        return text  # "I have worked as a Red Seal plumber for five years.": a standing
    verb = words[2] if words[1] in ("have", "had") else words[1]
    if not lexicon.is_past(verb.lower()) or verb.lower() in _EARNED | {"been", "got"}:
        return text  # "I hold ...", "I have five years ...", "I earned a BEng ...": no deed
    role = "position" if re.search(r"\bposition\b", thanks) else "role"
    book = phrasebook.BOOK["point_role"]
    wordings = book.get(tone, book["any"])
    start = zlib.crc32(text.encode())
    turns = [wordings[(start + n) % len(wordings)] for n in range(len(wordings))]
    said = [
        w.format(role=role, clause=text[:-1], clause_lower=lower_start(text[:-1])) for w in turns
    ]
    return next((f for f in said if not sentence_keys([f]) & taken), said[0])
