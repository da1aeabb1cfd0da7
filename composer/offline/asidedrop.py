"""A line of the candidate's record that every reading left out for its bracket, read again
without a bracket that only says where or when (session 54).

People type a credential with its school and year in brackets: "I have the diploma of the
International Violin Making School of Cremona (2026).". A sentence cannot carry the bracket,
and the readers of degree lines know only some credentials, so the whole line was left out and
the letter lost a qualification the reader should hear. Read again without the bracket, the line is
said when it reads ("I have the diploma of the International Violin Making School of Cremona.");
the school and year are the CV's detail, and the letter is no worse without them.

A bracket that changes what the line claims is never dropped: a credential still to come ("(in
progress)", "(finish in June 2026)", "(pass in October 2026)", "(booked jan)"), or one that has
run out ("(expired)", "(valid to 2029)"), or a figure or a result ("(~3000 wheels)", "(-40%)").
Only one bracket, last on the line (an aside to the whole of it), of a year or a span of
months and names is set aside (a name alone may qualify the credential: "(Near Coastal)"); a
bracket inside the line ("Trained cook (Lehrabschluss, 2015) and ...") belongs to the words
before it. A reading that only guesses ("I have experience with ...") is not trusted here.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from composer import regexes as re

__all__ = ["after", "trusted"]

_Item = TypeVar("_Item")

_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{1,80})\)")
# what a bracket may hold to be set aside: names, places, a year, a span of months
_STATUS = re.compile(
    r"(?i)\b(?:progress|finish\w*|pass\w*|expect\w*|due|exam\w*|booked|pending|studying|train\w*"
    r"|expir\w*|lapsed|renew\w*|until|till|valid|not|yet|soon|start\w*|provisional|trainee|part"
    r"|current|ongoing|now|next|will|hope|plan\w*|fail\w*|resit|grad\w*|level|grade|distinction"
    r"|merit|honours|hons|first|cum|gpa|score|top)\b|[%~+<>=/]|->|\d+\s*(?:k|x|%)"
)
_SPAN = re.compile(r"(?i)^\d+\s*(?:mo|mos|months?|wks?|weeks?|yrs?|years?)$")


def _plain(inner: str) -> bool:
    """Whether a bracket's words only say where or when ("UCD, 2024", "2026", "6 mo")."""
    if _STATUS.search(inner):
        return False
    parts = [p.strip() for p in inner.split(",") if p.strip()]
    dated = any(re.fullmatch(r"(?:19|20)\d\d", p) or _SPAN.match(p) for p in parts)
    return (
        dated
        and all(  # a year or a span in it: never a name alone ("(Near Coastal)")
            re.fullmatch(r"(?:19|20)\d\d", p) or _SPAN.match(p) or p[:1].isupper() for p in parts
        )
    )


def after(reader: Callable[..., _Item]) -> Callable[..., _Item]:
    """`items.read_point` with this reading for a line it leaves out for its bracket."""

    @functools.wraps(reader)
    def read_point(line: str, *args: Any, **options: Any) -> _Item:
        read = reader(line, *args, **options)
        if getattr(read, "said", None) is not None:
            return read
        found = _BRACKET.search(line)  # one bracket, last: an aside to the whole line
        if found is None or line[found.end() :].strip(" .") or "(" in line[: found.start()]:
            return read
        if not _plain(found["inner"]):
            return read
        bare = f"{line[: found.start()].rstrip()}{line[found.end() :].strip()}"
        again = reader(bare, *args, **options) if bare and bare != line else read
        said = getattr(again, "said", None)
        if said is None or not trusted(said):
            return read
        return dataclasses.replace(again, source=line)  # type: ignore[type-var]

    return read_point


def trusted(said: Any) -> bool:
    """Whether a clause read from a line with its note's detail set aside says it plainly: no
    short form held bare ("I hold Dip ECEC", which the detail hid), no guessing verb, and a bare
    "have" only with a paper ("I have the diploma of ...", never "I have a refrigeration trade
    test")."""
    if _BARE_HELD.search(said.text()) or said.verb in _UNSURE_VERBS:
        return False
    return said.verb != "have" or bool(_PAPER.match(said.rest))


# a credential's short form held with no article: "hold Dip ECEC", "hold CRL"
_BARE_HELD = re.compile(r"\bhold (?!(?:a|an|the|my|both|two|three)\b)[A-Z]")
# readings that guess at what a line is ("I have experience with Master 3000gt"): not trusted
_UNSURE_VERBS = frozenset(["have experience with", "have experience in", "can"])
_PAPER = re.compile(
    r"(?i)(?:a|an|the|my)\s+(?:[\w'-]+\s+){0,3}?(?:diploma|certificate|degree|licen[cs]e"
    r"|qualification)\b"
)
