"""A standing in a trade and the credentials behind it, typed as a CV line: "qualified joiner -
solas apprenticeship + QQI level 6 adv cert" -> "I am a qualified joiner with a SOLAS
apprenticeship and a QQI Level 6 Advanced Certificate"; "time-served carpenter, city & guilds
level 3" -> "I am a time-served carpenter with City & Guilds Level 3"; "qualified joiner" -> "I am
a qualified joiner".

The words after the standing name a trade or a post (a person's noun, or one the tables lack
that ends as a trade's does: "joiner", "glazier"); what follows a dash, a comma, "+" or "with" is
a list of credentials read by `cvtickets`, each held. A list with a year in it or a
standing after the comma ("gas safe registered") is read elsewhere; a year after the standing is
when it began ("I have been a registered tax adviser (CTA) since 2019").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import cvtickets, fields, lexicon
from composer.offline.realise import Clause

_STANDING = re.compile(
    r"^(?P<adv>fully )?(?P<state>qualified|time-served|time served|registered|chartered"
    r"|certified|licensed|accredited) (?P<post>[a-z][a-z-]*(?: [a-z][a-z-]*)?)"
    r"(?P<abbr> \([A-Z]{2,6}\))?(?: since (?P<year>(?:19|20)\d\d))?"
    r"(?:(?: - |, | \+ | with )(?P<rest>.+))?$"
)
_TRADE_ENDING = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ier)$")


def read(item: str) -> tuple[str, Clause] | None:
    """("role", the clause) for a standing and what is held behind it, else None."""
    line = " ".join(item.split()).rstrip(".")
    line = line[:1].lower() + line[1:] if re.match(r"[A-Z][a-z]", line) else line
    found = _STANDING.match(line)
    if found is None or (found["rest"] and re.search(r"\b(?:19|20)\d\d\b", found["rest"])):
        return None
    post = found["post"]
    last = post.split()[-1]
    known = lexicon.known(last)
    ending = _TRADE_ENDING.fullmatch(last) is not None
    trade = fields.is_post(last) or (ending and (not known or lexicon.is_noun(last)))
    if not trade or any(w in ("and", "or", "in", "of") for w in post.split()):
        return None
    state = "time-served" if found["state"] == "time served" else found["state"]
    standing = f"{found['adv'] or ''}{state} {post}"
    abbr = found["abbr"] or ""
    if abbr.strip(" ()") == "".join(w[0] for w in re.split(r"[ -]", standing)).upper():
        abbr = ""  # "registered nurse (RN)": the standing's own initials say nothing more
    said = f"{lexicon.article(standing)} {standing}{abbr}"
    if found["year"]:  # "registered tax adviser (CTA) since 2019"
        if found["rest"]:
            return None
        return "role", Clause("I", "have been", f"{said} since {found['year']}")
    if found["rest"] is None:
        return "role", Clause("I", "am", said)
    held = cvtickets.held(found["rest"])
    return None if held is None else ("role", Clause("I", "am", f"{said} with {held}"))
