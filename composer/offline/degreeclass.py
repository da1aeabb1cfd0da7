"""A degree named by the word "degree", typed with its class after a comma or in brackets:
"law degree, 2:1" -> "I hold a law degree with a 2:1"; "degree in nursing (first class)" -> "I
hold a degree in nursing with first-class honours".

The degree reader knows degrees by their names ("BA", "MSc"); a plain "degree" goes to the
points reader, which held the class as a second thing ("I hold a law degree and 2:1") or kept
it bare ("with 2:1"). The class is one of a closed set; any other tail is not this module's.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline.degrees import with_honours
from composer.offline.realise import Clause

_CLASSED = re.compile(
    r"^(?P<degree>.*\bdegree\b.*?)(?:,\s*|\s+-\s+|\s*\()(?P<class>2[:.][12]|(?:a )?first"
    r"|first[- ]class(?: honou?rs)?|1st(?: class)?|distinction|merit|hons|honou?rs"
    r"|(?:summa |magna )?cum laude)\)?$",
    re.IGNORECASE,
)


def read(item: str, say: Callable[[str], Clause | None]) -> Clause | None:
    """The clause of a plain degree with its class, the degree said by `say` (the points
    reader); None for any other line."""
    found = _CLASSED.match(" ".join(item.split()).rstrip("."))
    if found is None:
        return None
    said = say(found["degree"])
    if said is None or said.whole is not None or said.verb != "hold":
        return None
    honours = found["class"].lower().replace("1st", "first")
    honours = "2:1" if honours == "2.1" else "2:2" if honours == "2.2" else honours
    return Clause("I", "hold", f"{said.rest} {with_honours(honours)}")
