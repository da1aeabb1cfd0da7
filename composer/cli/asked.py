"""Which questions `thankyou compose --ask` puts after the letters, and in what order: the notes
lines the offline writer could not read (`unread`), the lines it kept in a sentence that may
still read as a note (`unsure`), and the empty notes fields that would give a short letter
substance (`wanted`). `printedasks` chooses the questions put after all of these.
"""

from __future__ import annotations

from composer.cli.askwords import kind
from composer.compose import Letter
from composer.models import Notes
from composer.offline.doubts import doubted
from composer.offline.leftout import LeftOut, gaps
from composer.offline.usable import left_out

__all__ = ["rank", "unread", "unsure", "wanted"]


def unread(letters: list[Letter], notes: Notes) -> list[LeftOut]:
    """The notes lines that `letters` left out because the writer could not read them."""
    return left_out(notes, [notice for letter in letters for notice in letter.notices])


def unsure(letters: list[Letter], notes: Notes, records: list[LeftOut]) -> list[LeftOut]:
    """The notes lines the offline letters kept in a sentence that may still read as a note
    (`doubts.doubted`), other than those left out (`records`)."""
    bodies = [letter.body for letter in letters if letter.backend == "offline"]
    asked = {record.field for record in records}
    return [d.record() for d in doubted(notes, bodies) if d.field not in asked]


# The order of the questions, by what an answer adds to a letter: a sentence the letters kept
# that may read as a note first (a letter is judged by its worst sentence), then a result, a
# follow-up, a personal line, the contribution, a qualification, a topic, the next steps.
_ORDER = ("highlights", "follow_up", "rapport", "contribution", "qualifications", "topics")


def rank(record: LeftOut) -> tuple[int, int, int]:
    field = kind(record)
    place = _ORDER.index(field) if field in _ORDER else len(_ORDER)
    return (0 if record.said else 1, place, 0 if record.text else 1)


def wanted(letters: list[Letter], notes: Notes) -> tuple[list[str], list[LeftOut]]:
    """Who the short letters are to (their length warned of thin notes), and the empty notes
    fields that would give them substance, each field once."""
    short: list[str] = []
    found: dict[str, LeftOut] = {}
    for letter in letters:
        if letter.coordinator or not any(v.rule == "length" for v in letter.report.warnings):
            continue
        index = next(
            (i for i, p in enumerate(notes.interviewers) if p.name == letter.interviewer.name),
            None,
        )
        if index is None:
            continue
        short.append(letter.interviewer.name)
        for record in gaps(notes, index):
            found.setdefault(record.field, record)
    return short, list(found.values())
