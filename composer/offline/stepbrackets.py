"""A bracket in a next step after a role or a name: the person named stands for the role
("the MD (Mr Harrington)" -> "Mr Harrington"); a team after a person's name is left out ("Paul
(HR)" -> "Paul"). `steptext.plain_step` reads it.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import FUNCTION_WORDS

# A bracket after a role or a name: "the MD (Mr Harrington)", "Paul (HR)".
_BRACKETED = re.compile(
    r"(?P<before>\bthe\s+(?:(?!with\b|and\b|to\b|for\b)[\w'-]+\s+){0,2}[\w'-]+"
    # "practice mgr (Helen)": a role of two words with no "the" before it
    r"|(?<![\w'-] )\b[a-z][\w'-]+\s+(?!with\b|and\b|to\b|for\b)[a-z][\w'-]+"
    r"|(?<!\w)[\w'-]+)\s+\((?P<inside>[^()]+)\)"
)
# A name, with a title before it if any: "Mr Harrington", "Sra. Lopes", "Herr Vogel" (a short
# capitalised word ending in a stop is a title in any language: "Sra.", "Fr.", "Dott.").
_PERSON = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+|[A-Z][a-z]{1,3}\.\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?$"
)


def _bracket_read(found: re.Match[str]) -> str:
    """A person named in brackets after their role stands for it ("the MD (Mr Harrington)" ->
    "Mr Harrington", "recruiter (Maya)" -> "Maya"); a team after a person's name is left out
    ("Paul (HR)" -> "Paul")."""
    inside, before = found["inside"].strip(), found["before"]
    if _role(before) and (_PERSON.match(inside) or _lower_name(inside)):
        return inside[0].upper() + inside[1:]  # "HR (dana) will call", "recruiter (maya)"
    role = re.fullmatch(r"(?:the\s+)?[a-z][a-z -]{2,30}", inside)  # "Jo (recruiter)"
    if (re.fullmatch(r"[A-Z]{2,4}|the\s+[\w ]+team", inside) or role) and before[:1].isupper():
        return before  # "Paul (HR)", "Jo (recruiter)": who they are, not said
    return found.group()


def _role(before: str) -> bool:
    """ "HR", "the recruiter", "practice mgr": a team or a role, which a person may stand for."""
    if before.split()[-1].lower() in _TIME_WORDS:
        return False  # "in about two weeks (Priya)": who will send them, after a time
    return bool(re.fullmatch(r"[A-Z]{2,4}", before)) or before[:1].islower()


_TIME_WORDS = frozenset(
    ("day", "days", "week", "weeks", "wks", "wk", "month", "months", "year", "years", "hours")
)


def _lower_name(word: str) -> bool:
    """ "dana", "maya": one word typed in lower case that the tables know only as a name, or
    not at all ("bronwyn"); a word of the language ("remote", "mere") is never taken for one."""
    if not re.fullmatch(r"[a-z][a-z'-]{1,20}", word) or word in FUNCTION_WORDS:
        return False
    return not lexicon.known(word) and re.search(r"[aeiouy]", word) is not None


def brackets_read(value: str) -> str:
    """The step with each bracket after a role or a name read (`_bracket_read`)."""
    return _BRACKETED.sub(_bracket_read, value)
