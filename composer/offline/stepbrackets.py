"""A bracket in a next step after a role or a name: the person named stands for the role
("the MD (Mr Harrington)" -> "Mr Harrington"); a team after a person's name is left out ("Paul
(HR)" -> "Paul"). `steptext.plain_step` reads it.
"""

from __future__ import annotations

import re

# A bracket after a role or a name: "the MD (Mr Harrington)", "Paul (HR)".
_BRACKETED = re.compile(
    r"(?P<before>\bthe\s+(?:(?!with\b|and\b|to\b|for\b)[\w'-]+\s+){0,2}[\w'-]+"
    # "practice mgr (Helen)": a role of two words with no "the" before it
    r"|(?<![\w'-] )\b[a-z][\w'-]+\s+(?!with\b|and\b|to\b|for\b)[a-z][\w'-]+"
    r"|(?<!\w)[\w'-]+)\s+\((?P<inside>[^()]+)\)"
)
_PERSON = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?$")


def _bracket_read(found: re.Match[str]) -> str:
    """A person named in brackets after their role stands for it ("the MD (Mr Harrington)" ->
    "Mr Harrington", "recruiter (Maya)" -> "Maya"); a team after a person's name is left out
    ("Paul (HR)" -> "Paul")."""
    inside, before = found["inside"].strip(), found["before"]
    if _PERSON.match(inside) and before[:1].islower():
        return inside
    role = re.fullmatch(r"(?:the\s+)?[a-z][a-z -]{2,30}", inside)  # "Jo (recruiter)"
    if (re.fullmatch(r"[A-Z]{2,4}|the\s+[\w ]+team", inside) or role) and before[:1].isupper():
        return before  # "Paul (HR)", "Jo (recruiter)": who they are, not said
    return found.group()


def brackets_read(value: str) -> str:
    """The step with each bracket after a role or a name read (`_bracket_read`)."""
    return _BRACKETED.sub(_bracket_read, value)
