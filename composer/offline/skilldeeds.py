"""A skill typed with how much of it the candidate has, then what they did with it after a dash:
"some python - wrote log parsing scripts" -> "I know some Python and have written log parsing
scripts"; "basic welsh - can hold a conversation" -> "I know basic Welsh and can hold a
conversation". The deed is said as the candidate's: a past verb as done ("have written"), "can"
as typed. The skill is a name: a tool or language the tables spell, or a word in capitals.
"""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.realise import Clause
from composer.offline.words import LANGUAGES, TOOL_NAMES

__all__ = ["read"]

_SKILL = re.compile(
    r"^(?P<level>some|basic) (?P<name>[A-Za-z][\w+#.]*)"
    r" [-–] (?P<deed>[a-z][\w' ,./+&-]*)$"
)


def read(text: str) -> tuple[str, Clause] | None:
    """ "some Python - wrote log parsing scripts": the skill and the deed, or None."""
    found = _SKILL.match(text)
    if found is None:
        return None
    name = _named(found["name"])
    deed = _deed(found["deed"])
    if name is None or deed is None:
        return None
    return "skill", Clause("", "", "", whole=f"I know {found['level']} {name} and {deed}")


def _named(word: str) -> str | None:
    """The skill's name as it is written: "python" -> "Python", "SQL"; None for a word."""
    lower = word.lower()
    if lower in TOOL_NAMES:
        return TOOL_NAMES[lower]
    if lower in LANGUAGES:
        return LANGUAGES[lower]
    return word if word[:1].isupper() and not lexicon.known(lower) else None


def _deed(text: str) -> str | None:
    """ "wrote log parsing scripts" -> "have written log parsing scripts"; "can hold a
    conversation" as typed; None for any other shape."""
    words = text.split()
    if words[0] == "can" and len(words) > 2 and lexicon.is_base_verb(words[1]):
        return text
    base = lexicon.base_of(words[0]) if lexicon.is_past(words[0]) else None
    if base is None or len(words) < 2:
        return None
    done = lexicon.verb_forms(base).get("VBN")
    return f"have {done} {' '.join(words[1:])}" if done else None
