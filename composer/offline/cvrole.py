"""A CV line that names what the candidate is, then their years: "RGN, 14 yrs in care, 5 as
deputy then registered manager" -> "I am an RGN with 14 years in care, five of them as a deputy
and then registered manager"; "LPSC, 5 yrs at a K-8 in ..." -> "I am an LPSC with five years at
a K-8 in ..."; "HCPC registered clin scientist, 9 yrs RT physics" -> "... with nine years in RT
physics"."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.cvbefore import PERSON
from composer.offline.cvshares import spelled
from composer.offline.realise import Clause

# The line after cleaning: "RGN, 14 years in care, 5 as deputy then registered manager".
_ROLE_YEARS = re.compile(
    r"^(?P<role>[A-Z]{2,5}|(?:[A-Z]{2,6} )?(?:registered |qualified |chartered |senior )?"
    r"[a-z]+(?: [a-z]+)?)"
    r", (?P<span>(?:about |over |nearly )?[\w.]+ (?:years?|months?)) (?P<where>[^,()]+)"
    r"(?:, (?P<n>\w+) as (?P<as>[a-z][a-z ]+?))?$"
)


def read(text: str) -> tuple[str, Clause] | None:
    """The role and its years as one clause, or None for any other shape."""
    found = _ROLE_YEARS.match(text)
    if found is None:
        return None
    role, where = found["role"], found["where"]
    if not (role.isupper() or PERSON.search(role)):
        return None  # "payroll, 6 years ...": a field, not what the candidate is
    if re.fullmatch(r"[MF][A-Z]{3,}", role):
        return None  # "MCIPD", "FCCA": a membership held, not "an MCIPD"
    first = where.split()[0]
    if first not in ("in", "at", "on", "with", "as"):
        if not all(lexicon.is_noun(w.lower()) or w.isupper() for w in where.split()):
            return None  # "clinical, mostly renal": no place or field to put "in" before
        where = f"in {where}"
    said = f"{lexicon.article(role)} {role} with {found['span']} {where}"
    if found["n"]:
        count = spelled(found["n"]) if found["n"].isdigit() else found["n"]
        posts = found["as"].split(" then ")
        if not all(PERSON.search(p) or p in ("deputy",) for p in posts):
            return None
        posts[0] = f"{lexicon.article(posts[0])} {posts[0]}"
        said += f", {count} of them as {' and then '.join(posts)}"
    return "role", Clause("I", "am", said)
