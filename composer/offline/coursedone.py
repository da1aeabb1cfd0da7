"""A course said as held, said as completed (session 54): "the WIFI catering licence course"
was "I hold the WIFI catering licence course."; one holds a licence or a certificate, and
completes a course, a programme or a module: "I have completed the WIFI catering licence
course." Read after every other reading of a record line (`items.read_point`), on its clause.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.realise import Clause

__all__ = ["after", "course_line"]

_Item = TypeVar("_Item")

# What is completed, not held: the last word of the thing said after "hold".
_COURSE = re.compile(r"\b(?:course|courses|programme|program|module|modules|workshop)$")


# A record just completed, typed with when: "just finished HNC joinery", "recently completed X".
_JUST_DONE = re.compile(
    r"(?i)^(?P<when>just|recently) (?:finished|completed|passed|got|earned) (?P<what>\S.*)$"
)


# A course typed by its subject: "Course of water treatment for dialysis, 2025", "technical
# course in nursing (técnico de enfermagem)", "training in manual handling (2023)". A bracket
# of words after the subject is the course's name in another language, or a note: left.
_COURSE_LINE = re.compile(
    r"(?i)^(?P<kind>(?:[a-z-]+ ){0,2}(?:course|training|programme|program))\s+(?:in|of|on)\s+"
    r"(?P<subject>(?-i:[a-z])[a-z &/-]*?[a-z])"
    r"(?:\s*\((?P<aside>[^()\d]+)\))?(?:,?\s*\(?(?P<year>(?:19|20)\d\d)\)?)?\.?$"
)


def course_line(text: str) -> tuple[str, Clause] | None:
    """ "Course of water treatment for dialysis, 2025" -> ("held", "I completed a course in
    water treatment for dialysis in 2025"); with no year, "I have completed ..."; else None."""
    found = _COURSE_LINE.match(text.strip())
    if found is None:
        return None
    kind = found["kind"].lower()
    course = kind if kind.startswith("training") else f"{lexicon.article(kind)} {kind}"
    year = found["year"]
    verb = "completed" if year else "have completed"
    when = f" in {year}" if year else ""
    rest = f"{course} in {found['subject']}{when}"  # as typed: no article put in ("first aid")
    return "held", Clause("I", verb, rest, whole=f"I {verb} {rest}")


def after(reader: Callable[..., _Item]) -> Callable[..., _Item]:
    """`items.read_point` with a course said as held said as completed."""

    @functools.wraps(reader)
    def read_point(line: str, *args: Any, **options: Any) -> _Item:
        just = _JUST_DONE.match(line)  # "just finished HNC joinery, Moray college"
        if just is not None:
            read = reader(just["what"], *args, **options)
            said = getattr(read, "said", None)
            if said is None or said.verb != "hold" or said.whole is not None:
                read = reader(line, *args, **options)
                said = getattr(read, "said", None)
                if said is None or said.whole is None or not _JUST_DONE.match(said.whole):
                    return read
                whole = f"I have {said.whole[0].lower()}{said.whole[1:]}"  # "Just finished X"
                done = dataclasses.replace(said, whole=whole)
                return dataclasses.replace(read, said=done)  # type: ignore[type-var]
            rest = re.sub(r" from (?=(?:the )?[A-Z])", " at ", said.rest)  # at the college
            done = dataclasses.replace(said, verb=f"have {just['when']} completed", rest=rest)
            return dataclasses.replace(read, said=done)  # type: ignore[type-var]
        read = reader(line, *args, **options)
        said = getattr(read, "said", None)
        if said is None or said.verb != "hold" or said.whole is not None:
            return read
        if not _COURSE.search(said.rest) or " and " in said.rest:
            return read  # "a licence and the X course": the licence is held
        done = dataclasses.replace(said, verb="have completed")
        return dataclasses.replace(read, said=done)  # type: ignore[type-var]

    return read_point
