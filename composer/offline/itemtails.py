"""The pieces of a note item that come around its main clause: the size of a thing made of
many items said after its head noun, a bracketed explanation dropped, what an arrow led to, and
the dash or arrow that marks an action's result, the date a credential is valid until. Split out
of `items` (no behaviour change)."""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline.phrases import Shape, analyse
from composer.offline.realise import Clause, with_article
from composer.offline.words import COLLECTIONS, MONTH_NAMES, PREPOSITIONS, SMALL_NUMBERS


def sized(rest: str, tail: str) -> str | None:
    """ "a shared glossary with three others" and ", with about 400 terms" -> "a shared glossary
    of about 400 terms with three others": a count after a comma is the size of a thing made of
    many items (`COLLECTIONS`), said after its head noun; None for any other thing or tail."""
    count = re.fullmatch(
        r", with (?P<n>(?:about |over |nearly |more than )?[\d,.]+\+? [a-z]+s)", tail
    )
    words = rest.split()
    end = next((i for i, w in enumerate(words) if w in PREPOSITIONS), len(words))
    if count is None or end == 0 or words[end - 1].lower() not in COLLECTIONS:
        return None
    return " ".join([*words[:end], "of", count["n"], *words[end:]])


# An action and what came of it: "ran the audit - delivered early", "built tests -> cut time".
MARK = re.compile(r"\s+(?:[-–—]|->|=>|→)\s+")
# A bracketed explanation of three words or more: "(onboarding buddy program and stay
# interviews)"; the sentence stands without it. A short one ("(won)") cannot be placed.
ASIDE_LONG = re.compile(r"\s\((?=[a-z])(?:[^()\d\s]+\s){2,}[^()\d\s]+\)")


def aside_dropped(found: re.Match[str]) -> str:
    """ "at a 900-person DC (onboarding buddy program and stay interviews)": the explanation
    goes; "CPHC (certified passive house consultant)" keeps the words its initials stand for."""
    before = found.string[: found.start()].split()
    initials = "".join(w[0] for w in found.group().strip(" ()").split() if len(w) > 3)
    if before and before[-1].isupper() and initials.upper().startswith(before[-1][:2]):
        return found.group()
    return ""


def led_to(whole: str, after: str, common: frozenset[str]) -> Clause | None:
    """ "My series on county jail deaths" with "state audit and two policy changes" after an
    arrow -> "My series on county jail deaths led to a state audit and two policy changes"."""
    if not re.match(r"My \w", whole) or re.search(r"\b(?:is|was|are|were|got|won)\b", whole):
        return None
    parts = [p.strip() for p in after.split(" and ")]
    phrases = [analyse(p, common) for p in parts]
    if not all(p.shape is Shape.NOUN and not re.search(r"[-,;:()]", p.text) for p in phrases):
        return None
    things = [with_article(p) for p in phrases]
    said = " and ".join([", ".join(things[:-1]), things[-1]] if len(things) > 1 else things)
    return Clause("", "", "", whole=f"{whole} led to {said}")


# One thing after a move of a figure, said with "with" after a comma (`tidy.with_tail`): how the
# move was made ("from 45 to 20 minutes, with a new patch system"), not what came of it.
_MEANS = re.compile(
    rf"\bfrom [^,]+ to (?:[\d.,]+%?|{'|'.join(SMALL_NUMBERS)})(?: [a-z]+)?(?P<comma>, )"
    r"with an? [a-z][a-z -]*$"
)
# Things made or used to do a job, not outcomes ("a clean audit" is one).
_TOOLS = frozenset(
    ["system", "app", "tool", "rota", "checklist", "process", "template", "tracker", "dashboard",
     "form", "portal", "scheme", "pathway", "protocol", "script", "workflow", "layout", "kit"]
)  # fmt: skip


def means(rest: str) -> str | None:
    """ "changeover time from 45 to 20 minutes, with a new patch system" -> "... minutes with a
    new patch system"; None when the part after the comma is no tool (or there is none)."""
    found = _MEANS.search(rest)
    if found is None or rest.split()[-1] not in _TOOLS:
        return None
    return f"{rest[: found.start('comma')]} {rest[found.end('comma') :]}"


def member_and_paper(text: str, read: Callable[[str], Clause | None]) -> Clause | None:
    """ "LEIA member and ECS card": a membership (or a post) and a paper held, typed as one
    list, said with a verb each ("I am a LEIA member and hold an ECS card"); None for any other
    line.
    `read` says one part alone (`items.read_point`)."""
    parts = text.split(" and ")
    if len(parts) != 2:
        return None
    said = [read(part) for part in parts]
    if any(s is None or s.whole is not None or s.subject != "I" for s in said):
        return None
    one, two = said[0], said[1]
    assert one is not None and two is not None
    if {one.verb, two.verb} != {"am", "hold"}:
        return None
    member = one if one.verb == "am" else two
    if not member.rest.startswith(("a ", "an ")):
        return None  # "am registered": a standing said its own way
    return Clause("I", one.verb, f"{one.rest} and {two.verb} {two.rest}")


# The date a credential held is good until, typed after it: ", valid to 2028", "(exp 2027)",
# "valid till June 2026", "in date until 2029"; a month typed in lower case takes its capital.
_MONTH = "|".join(MONTH_NAMES)
VALID = re.compile(
    r",? \(?(?:valid|in date|current|exp(?:ires|iry)?\.?|(?P<renewed>renewed|refreshed))"
    rf"(?: (?:to|until|till|thru|through|in))? (?P<when>(?:[A-Z][a-z]+ |(?:{_MONTH}) )?"
    r"(?:19|20)\d\d)\)?$"
)


def valid_until(said: Clause | None, valid: re.Match[str]) -> Clause | None:
    """ "I hold BOSIET and sea survival certificates" and "2028" -> "..., valid until 2028"
    ("renewed 2025": "..., renewed in 2025"): said only after a thing held (not a skill, a post
    or a whole sentence); else None."""
    if said is None or said.whole is not None or said.verb not in ("hold", "have completed"):
        return None
    how = f"{valid['renewed']} in" if valid["renewed"] else "valid until"
    when = valid["when"][:1].upper() + valid["when"][1:]  # "june 2027" -> "June 2027"
    return Clause(said.subject, said.verb, f"{said.rest}, {how} {when}")
