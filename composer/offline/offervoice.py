"""A contribution's words as the candidate says them to the employer: "they" typed for the
employer is "you" ("so they don't have to hire it out" -> "so you do not have to ..."), and a
note's contractions are written out."""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.words import TOOL_NAMES

# People named in a line: a "they" after them is theirs, not the employer's.
_PEOPLE = frozenset(
    ["staff", "teams", "people", "kids", "children", "families", "members", "colleagues",
     "nurses", "juniors", "clients", "patients", "students", "readers", "users", "customers",
     "owners", "parents", "pupils", "apprentices", "trainees", "learners", "volunteers"]
)  # fmt: skip


def said_to_you(text: str) -> str:
    """The employer typed as "they" said to them: "where they have no one" -> "where you have
    no one"; "they" after people named in the line ("so the solicitors can ... they") stays."""

    def said(found: re.Match[str]) -> str:
        before = re.findall(r"[a-z]+", text[: found.start()].lower())
        if any(w in _PEOPLE or w.endswith(("ers", "ors", "ists", "ians")) for w in before):
            return found.group()
        if found.group().lower() == "them" and any(map(lexicon.is_plural_noun, before)):
            return found.group()  # "catalogue the parish records, get them online": theirs
        word = found.group().lower()
        return {"they": "you", "them": "you", "their": "your", "theirs": "yours"}[word]

    text = re.sub(r"\b(?:they|them|their|theirs)\b", said, text)
    return re.sub(r"(?<=\w) where you\b", ", where you", text)


def spelled_out(text: str) -> str:
    """A letter's words for a note's contractions: "don't" -> "do not"."""
    for short, full in (
        ("don't", "do not"), ("doesn't", "does not"), ("can't", "cannot"), ("aren't", "are not"),
        ("isn't", "is not"), ("won't", "will not"),
    ):  # fmt: skip
        text = re.sub(rf"\b{short.replace(chr(39), chr(39) + '?')}(?!\w)", full, text)
    return text


# Words a note quotes before the noun they describe: "the 'how do i' tickets".
_QUOTED_BEFORE_NOUN = re.compile(
    r"(?<!\w)['‘\"“](?P<words>[A-Za-z]+(?: [A-Za-z]+){1,4})['’\"”](?= [a-z])"
)


def quoted_compounds(text: str) -> str:
    """Words quoted before a noun joined as one word describing it, as a letter writes them:
    "docs that cut the 'how do i' tickets" -> "... the how-do-I tickets"."""

    def joined(found: re.Match[str]) -> str:
        return "-".join("I" if w == "i" else w for w in found["words"].split(" "))

    return _QUOTED_BEFORE_NOUN.sub(joined, text)


# A tool's name typed in lower case where only a tool fits: before "skills" or beside another
# name ("R + python skills", "python and SQL scripting").
_TOOL = "|".join(sorted(TOOL_NAMES, key=len, reverse=True))
_TOOL_USED = re.compile(
    rf"\b(?P<tool>{_TOOL})\b(?=\s+(?:skills|experience|scripting|scripts|code|programming)\b"
    rf"|\s+and\s+[A-Z])|(?P<lead>\b[A-Z][A-Za-z#+]{{0,10}} and )(?P<after>{_TOOL})\b"
)


def tool_names(text: str) -> str:
    """ "R and python skills" -> "R and Python skills": a tool named where nothing else fits."""

    def named(found: re.Match[str]) -> str:
        if found["tool"]:
            return TOOL_NAMES[found["tool"]]
        return found["lead"] + TOOL_NAMES[found["after"]]

    return _TOOL_USED.sub(named, text)
