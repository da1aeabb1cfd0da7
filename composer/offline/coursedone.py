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

__all__ = ["after"]

_Item = TypeVar("_Item")

# What is completed, not held: the last word of the thing said after "hold".
_COURSE = re.compile(r"\b(?:course|courses|programme|program|module|modules|workshop)$")


def after(reader: Callable[..., _Item]) -> Callable[..., _Item]:
    """`items.read_point` with a course said as held said as completed."""

    @functools.wraps(reader)
    def read_point(line: str, *args: Any, **options: Any) -> _Item:
        read = reader(line, *args, **options)
        said = getattr(read, "said", None)
        if said is None or said.verb != "hold" or said.whole is not None:
            return read
        if not _COURSE.search(said.rest) or " and " in said.rest:
            return read  # "a licence and the X course": the licence is held
        done = dataclasses.replace(said, verb="have completed")
        return dataclasses.replace(read, said=done)  # type: ignore[type-var]

    return read_point
