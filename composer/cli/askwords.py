"""How compose's questions after the letters read to the candidate: each notes field named in a
person's words ("What you talked about with Dev Bhardwaj", "Your follow-up to Lorraine"), the
reason a line was left out said plainly, and one example of a good answer for that field.

The notes file's own names ("interviewers[1].rapport[0]") and the writer's reasons ("a span
runs into a noun") are for the report and for developers; a candidate is asked in plain words.
"""

from __future__ import annotations

import re

from composer.models import Notes
from composer.offline.leftout import LeftOut

__all__ = ["again_hint", "example", "plain_why", "title"]

_PATH = re.compile(r"interviewers\[(?P<index>\d+)\]\.(?P<field>\w+)")
# "Marcus asked if ...", "Ms Wu asked abt ...": who asked, by the words before "asked"
_ASKER = re.compile(r"^\s*(?P<who>(?:[A-Z][\w'.-]*\s+){0,2}[A-Z][\w'.-]*)\s+(?:also\s+)?asked\b")

# The kind of notes field, by its name without an index: "highlights[2]" -> "highlights".
_TITLES = {
    "qualifications": "A qualification of yours",
    "highlights": "A result of yours",
    "contribution": "What you would bring to the role",
    "next_steps": "The next steps they gave you",
}

# One good answer per field, as a candidate would type it.
_EXAMPLES = {
    "qualifications": "I have held my CSCS card since 2019.",
    "highlights": "I cut late orders from 12% to 3% in six months.",
    "contribution": "I would set up a buddy scheme for new starters.",
    "follow_up": "I can start in January; I only need to give two weeks' notice.",
    "next_steps": "a decision by Friday",
    "topics": "the winter timetable and who covers the late shifts",
    "rapport": "we both studied law at Exeter",
}

# Why a line was left out, said plainly, by field.
_WHY = {
    "topics": "I could not name this as something you talked about.",
    "rapport": (
        "I could only repeat this back to them; a wish, thanks, or something you both share "
        "would fit."
    ),
    "follow_up": "I could not turn this into one clear sentence to them.",
}
_WHY_ANY = "I could not turn this into a sentence I would send."


def kind(record: LeftOut) -> str:
    """The kind of field: "qualifications", "topics", "rapport", "follow_up" ..."""
    return re.sub(r"\[\d+\]", "", record.field).split(".")[-1]


def _person(notes: Notes, record: LeftOut) -> str | None:
    found = _PATH.match(record.field)
    if found is None or int(found["index"]) >= len(notes.interviewers):
        return None
    return notes.interviewers[int(found["index"])].name


def title(record: LeftOut, notes: Notes) -> str:
    """The field in a person's words: "What you talked about with Dev Bhardwaj"."""
    field = kind(record)
    person = _person(notes, record)
    if field == "topics":
        return f"What you talked about with {person}" if person else "What you talked about"
    if field == "rapport":
        return f"Something personal from {person}" if person else "Something personal"
    if field == "follow_up":
        asker = _ASKER.match(record.text)
        who = asker["who"] if asker else None
        # only a name of the notes: "He asked how I ..." is no one's name ("Your follow-up to He")
        names = {part.strip(".").casefold() for p in notes.interviewers for part in p.name.split()}
        named = who is not None and who.split()[-1].strip(".").casefold() in names
        return f"Your follow-up to {who}" if named else "Your follow-up"
    return _TITLES.get(field, "A line of your notes")


def plain_why(record: LeftOut) -> str:
    """Why the line was left out, in plain words."""
    return _WHY.get(kind(record), _WHY_ANY)


def example(record: LeftOut) -> str:
    """One good answer for the field, quoted: 'For example: "I cut late orders ..."'."""
    return f'For example: "{_EXAMPLES.get(kind(record), _EXAMPLES["highlights"])}"'


def again_hint(record: LeftOut) -> str:
    """The clearer second try: what shape of answer the writer can always use."""
    field = kind(record)
    if field == "topics":
        return "Name just the subject, in a few words, as you would to them."
    if field == "next_steps":
        return "Say just what happens next and when, in a few words."
    if field == "rapport":
        return 'Say it as one thing you would tell them, starting with "we both" or "I".'
    return 'Say it as one whole sentence you would say to them, starting with "I".'
