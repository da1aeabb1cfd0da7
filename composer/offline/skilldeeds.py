"""A skill typed with how much of it the candidate has, then what they did with it after a dash:
"some python - wrote log parsing scripts" -> "I know some Python and have written log parsing
scripts"; "basic welsh - can hold a conversation" -> "I know basic Welsh and can hold a
conversation". The deed is said as the candidate's: a past verb as done ("have written"), "can"
as typed. The skill is a name: a tool or language the tables spell, or a word in capitals.
A tool and the work done with it, typed as a noun phrase ("Python scripting with ArcPy", "CNC
programming", "Excel modelling"), is a skill the candidate has: "I am skilled in ...".
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.realise import Clause
from composer.offline.words import LANGUAGES, TOOL_NAMES

__all__ = ["read"]

_SKILL = re.compile(
    r"^(?P<level>some|basic) (?P<name>[A-Za-z][\w+#.]*)"
    r" [-–] (?P<deed>[a-z][\w' ,./+&-]*)$"
)


# A tool, the work done with it (a gerund), and perhaps what it was done with or for.
_TOOL_WORK = re.compile(
    r"^(?P<name>[A-Za-z][\w+#.]*) (?P<work>[a-z]+ing)"
    r"(?P<rest> (?:with|in|for|on|using) [A-Za-z][\w+#. ]*)?$"
)


def read(text: str) -> tuple[str, Clause] | None:
    """ "some Python - wrote log parsing scripts": the skill and the deed; "Python scripting
    with ArcPy": the skill of a tool's work; or None."""
    found = _SKILL.match(text)
    if found is None:
        return _tool_work(text)
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


def _tool_work(text: str) -> tuple[str, Clause] | None:
    """ "Python scripting with ArcPy" -> "I am skilled in Python scripting with ArcPy"; None
    unless the first word is a tool's name and the second the work ("scripting", "modelling")."""
    found = _TOOL_WORK.match(text)
    work = found["work"] if found else ""
    if found is None or work in _NOT_WORK or not (lexicon.is_gerund(work) or _verb_ing(work)):
        return None
    first = found["name"]
    name = TOOL_NAMES.get(first.lower()) or (first if re.fullmatch(r"[A-Z]{2,6}", first) else None)
    if name is None:
        return None
    return "skill", Clause("I", "am", f"skilled in {name} {work}{found['rest'] or ''}")


# Words in "-ing" that name no work done with a tool: "Python training" is a course taken.
_NOT_WORK = frozenset(
    ["training", "learning", "funding", "rating", "ranking", "meeting", "listing", "housing",
     "building", "morning", "evening", "spring"]
)  # fmt: skip


def _verb_ing(word: str) -> bool:
    """ "modelling": a verb's "-ing" form with its final consonant doubled (British spelling)."""
    stem = word[:-3]
    return len(stem) > 3 and stem[-1] == stem[-2] and lexicon.is_base_verb(stem[:-1])
