"""A personal note typed as two parts with a comma, whose whole cannot be said: the first part
on its own when the second is an aside about the same thing ("loves wild swimming, does the lake
every sat" -> "loves wild swimming"); the second when it is a recommendation of its own ("just
got back from japan, recommended a ramen place in kyoto"): thanks for it says more than a wish
for a trip that is over.

A note whose first sentence ends with "!" is said by that sentence ("also from winnipeg! same
high school (Maples Collegiate), he was a few yrs ahead" -> "also from winnipeg"). Otherwise
only a note of exactly two parts of two words or more is split, never one about a sad or
private matter ("her dog died, got a new puppy"), and never one whose second part speaks of the
candidate ("big into bouldering, i mentioned ..."): that part is no aside.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.rapportpatterns import SAD

__all__ = ["first_part", "thanks_part", "without_count"]

# A part that recommends a thing of its own: "recommended a ramen place in kyoto", "she rec'd
# the tile museum"; not one that points back at the first part ("recommended it to me").
_RECOMMENDS = re.compile(
    r"(?i)^(?:(?:s?he|they)\s+)?(?:also\s+)?(?:recommended|suggested|recc?['’]?d|recc?['’]ed)"
    r"(?!\s+(?:it|them|this|that|one)\b)\s+\S"
)
# A second part on what they asked the candidate: a matter of the job, never shared.
_ASKED_ME = re.compile(r"(?i)^(?:and\s+)?asked\s+(?:me\s+)?(?:if|whether|when|about)\s")
_MINE = re.compile(r"(?i)\b(?:i|i'[a-z]+|me|my|we|we're|us|our)\b")


def _parts(note: str) -> list[str]:
    """The parts of a note typed with commas, each without its end marks."""
    return [part.strip(" .!") for part in re.split(r",\s+", " ".join(note.split()))]


def first_part(note: str) -> str | None:
    """The first part of a note typed "A, B" whose B is an aside, or None."""
    if SAD.search(note):
        return None
    head, bang, _ = re.sub(r"!+", "!", " ".join(note.split())).partition("! ")
    if bang and len(head.split(" ")) >= 2 and not _MINE.search(head):
        return head.strip(" .")  # "also from winnipeg! same high school ...": a sentence ends
    split = _parts(note)
    if len(split) != 2 or any(len(part.split(" ")) < 2 for part in split):
        return None
    if _ASKED_ME.match(split[1]):
        return split[0]  # "getting married in april, asked if i could start before then"
    return None if _MINE.search(split[1]) else split[0]


def thanks_part(note: str) -> str | None:
    """The second part of a note typed "A, B" whose B recommends a thing of its own and A
    does not, or None."""
    split = _parts(note)
    if len(split) != 2 or SAD.search(note) or _RECOMMENDS.search(split[0]):
        return None
    return split[1] if _RECOMMENDS.match(split[1]) else None


# How many times they have done it, typed after a comma: ", his 10th!", ", her third time".
_COUNT_TAIL = re.compile(
    r"(?i),\s+(?:his|her|their)\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth)(?:\s+(?:time|one|year|go))?\s*[!.]*$"
    # ", 1st one, nervous abt it": a first time, and what follows it is an aside too
    r"|,\s+(?:(?:his|her|their)\s+)?(?:first|1st)\s+(?:one|time|ever)\b.*$"
)


# That the candidate has not read or seen it yet, after a recommendation: "..., which I have
# not read yet." is what "I look forward to reading it" says.
_NOT_YET = re.compile(
    r"(?i),\s+(?:which|that)\s+I\s+(?:have\s+not|haven['’]t|have\s+never|had\s+not)\s+"
    r"(?:read|seen|watched|heard|listened\s+to|tried)(?:\s+(?:it|yet))*\s*[!.]*$"
)


def without_count(note: str) -> str:
    """`note` without how many times they have done it ("doing the cape town cycle tour in
    march, his 10th!" -> "doing the cape town cycle tour in march"): an aside a wish says
    badly ("..., your 10th goes well"); and without "which I have not read yet" after a
    recommendation, which the thanks says ("I look forward to reading it")."""
    return _NOT_YET.sub("", _COUNT_TAIL.sub("", note))
