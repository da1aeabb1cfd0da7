"""A post held for a while in someone's place, typed as a CV line: "acting supervisor for 8
months, team of 6" -> "I was acting supervisor of a team of six for eight months"; "interim
practice manager for 6 months" -> "I was interim practice manager for six months".

Said as a phrase the line reads "I have experience acting supervisor ..." or "I am an interim
practice manager for six months": the post was held and is over, so it takes "I was", with no
article ("acting" names the one office). The words after "acting" must end in a post (a person's
word, or an office such as "head of department"); the team after a comma is the one led in it.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import fields
from composer.offline.cvresults import NUMBER
from composer.offline.cvstints import OFFICES
from composer.offline.realise import Clause
from composer.offline.words import FUNCTION_WORDS

_UNIT = r"(?:days?|weeks?|months?|years?|terms?|seasons?|summers?|shifts?|quarters?)"
_INTERIM = re.compile(
    rf"^(?P<how>acting|interim) (?P<post>[A-Za-z][\w -]*?) "
    rf"(?:for |over )?(?P<span>(?:{NUMBER}|a|an|one) {_UNIT}|most of \d{{4}}|all of \d{{4}})"
    rf"(?:,? (?:leading |running |with |managing )?(?:a )?(?P<group>team|crew|staff|squad|unit) "
    rf"of (?P<n>{NUMBER}))?$",
    re.IGNORECASE,
)


def read(text: str) -> tuple[str, Clause] | None:
    """("role", "I was acting <post> [of a team of N] for <span>"), else None."""
    found = _INTERIM.match(text)
    if found is None:
        return None
    post = found["post"].strip()
    words = post.split()
    lowered = [w.lower() for w in words]
    if lowered[0] in FUNCTION_WORDS or lowered[-1] in FUNCTION_WORDS:
        return None
    # a post: its last word names a person ("supervisor", "ward manager"), or an office of
    # something ("head of department"); a field or a thing ("acting work") is no post
    office = " of " in f" {post.lower()} " and lowered[0] in OFFICES
    if not (fields.is_post(words[-1]) or lowered[-1] in OFFICES or office):
        return None
    if any(w in FUNCTION_WORDS and w != "of" for w in lowered):
        return None
    how = found["how"].lower()
    said = f"{how} {post}"
    span = f"for {found['span']}"
    if found["group"]:
        group = f"a {found['group'].lower()} of {found['n']}"
        if office:  # "acting head of department, leading a team of six": one "of" a phrase
            return "role", Clause("I", "was", f"{said} {span}, leading {group}")
        return "role", Clause("I", "was", f"{said} of {group} {span}")
    return "role", Clause("I", "was", f"{said} {span}")
