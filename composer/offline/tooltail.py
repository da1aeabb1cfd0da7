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


# Work named, then the tools it is done with, typed as a list after it: "manual + automated
# testing, axe, NVDA, VoiceOver, TalkBack" (reader 301's h1313).
_WORK_TOOLS = re.compile(
    r"(?P<work>[^,]+?\b(?:testing|auditing|development|design|analysis|modelling|modeling"
    r"|editing|engineering|scripting))"
    r", (?P<tools>[\w.#+-]+(?:, [\w.#+-]+)+)"
)


def _tool_like(word: str) -> bool:
    """ "NVDA", "VoiceOver", "Postgres": a tool's name by its capitals or the tools table."""
    return word.lower() in TOOL_NAMES or bool(re.fullmatch(r"[A-Z][\w.#+-]*", word))


def with_tools(item: str) -> str:
    """ "manual + automated testing, axe, NVDA, VoiceOver, TalkBack" -> "manual + automated
    testing with axe, NVDA, VoiceOver and TalkBack"; any other line as typed."""
    found = _WORK_TOOLS.fullmatch(item.strip())
    if found is None:
        return item
    tools = found["tools"].split(", ")
    if sum(map(_tool_like, tools)) < max(2, len(tools) - 1):
        return item  # "design, print, copywriting": kinds of work, no tools
    return f"{found['work']} with {', '.join(tools[:-1])} and {tools[-1]}"
