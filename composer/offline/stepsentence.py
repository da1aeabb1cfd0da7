"""A next step typed as a whole sentence, said as the note the step readers know.

Careful notes type the step with its own subject: "A second interview with the Country
Director is planned for the week of 14 December." -> "A second interview with the Country
Director in the week of 14 December"; "If I go through, there will be a shadowing shift,
probably on 15 December." -> "a shadowing shift probably on 15 December if I go through" (the
condition last, where `stepreading.conditional` reads it, so the step is hoped for); "The board
will decide before Christmas; Mr. Hoogendijk's office will contact me in the week of 14
December." -> the contact, from "your office" to Mr. Hoogendijk (`office_heard`); two steps
joined by " / " are two parts ("decision after the Xmas break / poss. trial week").
"""

from __future__ import annotations

from collections.abc import Sequence

from composer import regexes as re
from composer.offline.stepreading import CONDITION

_CONDITION_FIRST = re.compile(rf"(?i)^(?P<cond>(?:{CONDITION})|should\s+I\s+\w+)\s*,\s*")
_THERE_WILL_BE = re.compile(r"(?i)^there\s+(?:will\s+be|'ll\s+be|is|would\s+be)\s+")
_PLANNED = re.compile(
    r"(?i)^(?P<step>[^,;]+?)\s+(?:is|are|has\s+been|have\s+been|will\s+be)\s+(?:being\s+)?"
    r"(?:planned|scheduled|expected|arranged|booked|set|pencil+ed\s+in|likely|due)"
    r"(?:\s+(?P<prep>for|in|on|at|during))?\s+(?P<time>[^,;]+?)$"
)
_AFTER_FOR = (
    (re.compile(r"(?i)^(?:the\s+)?(?:week|wk)\b"), "in "),
    (
        re.compile(
            r"(?i)^(?:early|mid|late|the\s+new\s+year|january|february|march|april|may"
            r"|june|july|august|september|october|november|december)\b"
        ),
        "in ",
    ),
    (re.compile(r"(?i)^(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"), "on "),
    (re.compile(r"(?i)^(?:next|this|before|after|by|around)\b"), ""),
)
_NEW_YEAR = re.compile(r"(?i)\b(after|before|by|over|until|in|from)\s+(?:the\s+)?new\s+year\b")
# "w/ B team", "with night team": a team named by one word has "the"
_TEAM = re.compile(
    r"\b[wW](?:ith|/)\s*(?!(?:the|a|an|my|your|their|our|his|her|its|The|My|Your|Their|Our)\b)"
    r"(?=[\w-]+\s+[tT]eam\b)"
)
_HEDGE_COMMA = re.compile(r"(?i),\s+(?=(?:probably|possibly|likely|perhaps|maybe)\s)")
_SLASH = re.compile(r"\s+/\s+")
_NAME_LAST = re.compile(r"\s*\((?:[A-ZÀ-Þ][\w'’-]*)(?:\s+[A-ZÀ-Þ][\w'’-]*)?\)\s*$")
# "Mr. Hoogendijk's office will contact me in the week of 14 December"
_OFFICE = re.compile(
    r"(?i)^(?P<owner>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?)"
    r"['’]s\s+(?P<what>office|team|assistant|PA|secretary)\s+(?:will|is\s+going\s+to|is\s+to|to)"
    r"\s+(?:contact\s+me|be\s+in\s+touch(?:\s+with\s+me)?|get\s+in\s+touch(?:\s+with\s+me)?"
    r"|write\s+to\s+me|call\s+me|ring\s+me|phone\s+me|e-?mail\s+me|let\s+me\s+know)"
    r"\s+(?P<time>(?:in|by|before|on|during|next|this|within|early|mid|late)\b[^,;]*)$"
)


def _clauses(value: str) -> list[str]:
    text = " ".join(value.split()).rstrip(" .!")
    return [c.strip() for c in re.split(r"\s*;\s*", text) if c.strip()]


def _is_reader(owner: str, reader: Sequence[str]) -> bool:
    """True when `owner` ("Mr. Hoogendijk", "Lisa") names the reader."""
    bare = re.sub(r"(?i)^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+", "", owner).lower()
    names = {r.lower() for r in reader}
    return bare in names or (bool(reader) and bare == reader[0].split()[-1].lower())


def office_heard(value: str, reader: Sequence[str]) -> tuple[str, str] | None:
    """(who, when) for an office or team getting in touch, typed as a sentence, last of its
    clauses: "your office" to the person it belongs to, "Mr. Hoogendijk's office" to the rest;
    the clauses before it (a board deciding) are what that contact will bring. None otherwise."""
    clauses = _clauses(value)
    found = _OFFICE.match(clauses[-1]) if clauses else None
    if found is None:
        return _decided_then_heard(value, reader)
    owner, what = found["owner"], found["what"]
    what = what.upper() if what.lower() == "pa" else what.lower()
    who = f"your {what}" if _is_reader(owner, reader) else f"{owner}'s {what}"
    return who, found["time"].strip()


# "The board will decide at the end of January and Mr. Haider will telephone me.": who gets in
# touch once a decision is made, with the decision's time
_DECIDED_THEN = re.compile(
    r"(?i)^(?:the\s+)?(?P<body>board|panel|committee|directors|trustees|partners)\s+will\s+"
    r"(?:decide|make\s+(?:its|their|a|the)\s+decision)\s+(?P<time>(?:at|by|before|after|in|on"
    r"|during|early|mid|late|next)\b[^,;]*?)\s*(?:,\s*)?(?:and|then)\s+(?P<who>(?-i:(?:(?:Mr|Mrs|Ms"
    r"|Dr|Prof)\.?\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?)|HR|s?he)\s+will\s+(?:telephone|phone|call"
    r"|ring|e-?mail|write\s+to|contact)\s+me$"
)


def _decided_then_heard(value: str, reader: Sequence[str]) -> tuple[str, str] | None:
    """(who, when) for "The board will decide at the end of January and Mr. Haider will
    telephone me": ("you", "after the board decides at the end of January") to Mr. Haider."""
    found = _DECIDED_THEN.match(" ".join(value.split()).rstrip(" .!"))
    if found is None:
        return None
    who = found["who"]
    reader_side = who.lower() in ("he", "she") or _is_reader(who, reader)
    body = found["body"].lower()
    verb = "decide" if body in ("directors", "trustees", "partners") else "decides"
    return ("you" if reader_side else who), f"after the {body} {verb} {found['time']}"


def _planned(clause: str) -> str:
    """ "X is planned for the week of 14 December" -> "X in the week of 14 December"."""
    found = _PLANNED.match(clause)
    if found is None:
        return clause
    time, prep = found["time"], (found["prep"] or "").lower()
    step = re.sub(r"^(?:A|An)\s+", "", found["step"])  # a step they planned: "the ..."
    if prep in ("for", ""):
        prep = next((said for pattern, said in _AFTER_FOR if pattern.match(time)), None)
        if prep is None:
            return clause
        return f"{step} {prep}{time}"
    return f"{step} {prep} {time}"


def as_note(value: str) -> str:
    """The step typed as a sentence said as a note (see the module's docstring); unchanged
    when it is not one."""
    text = _NEW_YEAR.sub(r"\1 the New Year", " ".join(value.split()))  # "after new year"
    value = text if text != " ".join(value.split()) else value
    typed = text.rstrip(" .!")
    if ";" in typed or not (typed[:1].isupper() or " / " in typed):
        return value
    typed = _NAME_LAST.sub("", typed) if " / " in typed else typed
    parts = [p for p in _SLASH.split(typed) if p]
    # "decision after the Xmas break / poss. trial week": two parts, each a step with its
    # words ("re offer / medical" is one list, not two steps)
    if len(parts) > 1 and all(len(p.split()) > 2 for p in parts):
        joined = ", ".join(parts)  # "w/ B team": a team named by its letter has "the"
        return _TEAM.sub("with the ", joined)
    cond = _CONDITION_FIRST.match(typed)
    rest = typed[cond.end() :] if cond else typed
    rest = _THERE_WILL_BE.sub("", rest)
    rest = _planned(rest)
    if rest == typed:
        return value
    if cond:  # the condition last, where the reader of conditions looks for it
        rest = f"{_HEDGE_COMMA.sub(' ', rest)} {cond['cond'][:1].lower()}{cond['cond'][1:]}"
    return rest
