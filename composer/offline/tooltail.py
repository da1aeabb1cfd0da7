"""The tools a line names last, typed with no comma before them ("6 month internship at a
fintech in bangalore go and postgres"): set apart by a comma, so the span's tail reader says
them as the tools used ("..., using Go and Postgres") and no sentence runs a place into them
("in Bangalore go and Postgres"). Only a run of two tools or more is read, after a word that
is no preposition; any other line is left as typed."""

from __future__ import annotations

from composer import regexes as re
from composer.offline.words import FUNCTION_WORDS, TOOL_NAMES

_SEP = r"(?:\s*,\s*|\s+(?:and|\+|&)\s+)"
_RUN = re.compile(rf"(?P<before>\S+)\s+(?P<run>[\w.#+-]+(?:{_SEP}[\w.#+-]+)+)$")
# Units of a span, after which the tools are what the years were in ("4 yrs go + postgres").
_SPAN_UNITS = frozenset(["yrs", "yr", "years", "year", "months", "month", "mos", "wks", "weeks"])


def separated(item: str) -> str:
    """`item` with a comma before the tools it ends on, or `item` as typed."""
    found = _RUN.search(item.strip())
    if found is None or found["before"].endswith(",") or len(item[: found.start()].split()) < 2:
        return item
    if found["before"].lower() in FUNCTION_WORDS | _SPAN_UNITS:
        return item
    tools = re.split(_SEP, found["run"])
    if len(tools) < 2 or not all(tool.lower() in TOOL_NAMES for tool in tools):
        return item
    return f"{item.strip()[: found.start('run')].rstrip()}, {found['run']}"
