"""A contribution typed as a description of the candidate: an adjective of experience, a post,
and what they can do ("experienced community nurse who can mentor the juniors", "seasoned sous
who can run the pass"). The candidate already is that person, so no letter says "I would aim
to be an experienced community nurse": the experience is what they bring, and the deed what
they would do ("I would bring my experience as a community nurse and mentor the juniors."). A
standing ("a qualified engineer who can ...") is said as the ground of the deed ("As a qualified
engineer, I would ..."). A line of any other shape is not this module's (None).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import PERSON_HEADS
from composer.rolename import spelled_out

# Adjectives saying how much experience the person has: said as "my experience as a <post>".
_EXPERIENCE = frozenset({"experienced", "seasoned", "veteran", "proven", "senior", "established"})
# Adjectives naming a standing held: said as "As a <standing> <post>, I would ...".
_STANDING = frozenset({"qualified", "registered", "certified", "chartered", "licensed", "trained"})

_SELF = re.compile(
    r"(?i)^(?:an?\s+)?(?P<adj>[a-z]+)\s+(?P<post>[a-z][\w' -]{1,40}?)\s+(?:who|that)\s*"
    r"(?:can|could|will|would|['’]ll)\s+(?P<vp>[a-z].+?)\s*\.?$"
)


def _person(post: str) -> bool:
    """Whether the post's last word names a person ("nurse", "caseworker", "technician")."""
    last = post.split()[-1].lower()
    if last in PERSON_HEADS:
        return True
    return any(last.endswith(head) and len(head) >= 4 for head in PERSON_HEADS)


def said(item: str, deed: str | None) -> str | None:
    """The contribution as one sentence of the candidate's, or None when `item` is no
    description of them; `deed` is the verb phrase after "who can" as the contribution reader
    said it (None when it could not read it, and the line is left to the other readers)."""
    found = _SELF.match(" ".join(item.split()))
    if found is None or deed is None:
        return None
    adj, post = found["adj"].lower(), spelled_out(found["post"].strip())
    if adj not in _EXPERIENCE | _STANDING or not _person(post):
        return None
    if adj in _STANDING:
        who = f"{adj} {post}"
        return f"As {lexicon.article(who)} {who}, I would {deed}."
    if adj == "senior":
        post = f"senior {post}"
    join = ", " if " and " in deed else " and "  # "..., run the pass and train the commis"
    return f"I would bring my experience as {lexicon.article(post)} {post}{join}{deed}."


def deed_of(item: str) -> str | None:
    """The verb phrase after "who can" in a description of the candidate, as typed."""
    found = _SELF.match(" ".join(item.split()))
    return None if found is None else found["vp"]
