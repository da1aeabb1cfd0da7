"""The `shorthand` rule: the marks and abbreviations of notes are written out in a letter.

Notes are typed fast ("staff a doc review w/ 3 paralegals", "qual + quant", "phonics 68% -> 91%",
"in 3 wks"); a letter that keeps those marks reads as pasted notes. Names are left alone: a
company, role or person spelled with "+" in the notes is spelled so in the letter, and email and
web addresses are not read. The letterhead (the lines before the greeting) is an address block,
where abbreviations are normal.
"""

from __future__ import annotations

from typing import NamedTuple

from composer import regexes as re
from composer.rules.context import Context, finding
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter


class _Mark(NamedTuple):
    pattern: re.Pattern[str]
    write: str  # what to write instead, for the fix


_MARKS = (
    _Mark(re.compile(r"(?<![\w/])w/o(?![\w/])", re.IGNORECASE), '"without"'),
    _Mark(re.compile(r"(?<![\w/])w/(?!o\b)(?=[ \t]*[^\W\d_])", re.IGNORECASE), '"with"'),
    _Mark(re.compile(r"(?<=\S)[ \t]*(?:-{1,2}>|=>|\u2192)[ \t]*(?=\S)"), '"to" or a verb'),
    _Mark(re.compile(r"(?<=[^\W\d_])[ \t]+\+[ \t]+(?=[^\W\d_])"), '"and"'),
    _Mark(re.compile(r"\b(?:wk|wks)\b"), '"week" or "weeks"'),
    _Mark(re.compile(r"\b(?:yr|yrs)\b"), '"year" or "years"'),
    _Mark(re.compile(r"\b(?:mth|mths)\b"), '"month" or "months"'),
    _Mark(re.compile(r"(?<=\d)[ \t]?hrs\b"), '"hours"'),
    _Mark(re.compile(r"\b(?:mgmt|mngmt)\b", re.IGNORECASE), '"management"'),
    _Mark(re.compile(r"\bgovt\b", re.IGNORECASE), '"government"'),
    _Mark(re.compile(r"\bapprox\b\.?", re.IGNORECASE), '"about"'),
    _Mark(re.compile(r"\besp\b\.?"), '"especially"'),
)
# Cheap tests that rule every mark out for most letters (in lower case: most marks are found in
# any case, "Mgmt" and "W/" too).
_TRIGGERS = (
    "w/",
    ">",
    "\u2192",
    " + ",
    "wk",
    "yr",
    "mth",
    "hrs",
    "mgmt",
    "mngmt",
    "govt",
    "pprox",
    "esp",
)


def _names(ctx: Context) -> tuple[str, ...]:
    notes = ctx.notes
    people = [notes.candidate.name, *(i.name for i in notes.interviewers)]
    return tuple(n for n in (notes.company, notes.role, *people) if n)


def _name_spans(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the notes' names stand in `text`, as (start, end) offsets (each name's
    occurrences left to right, none overlapping another of the same name)."""
    # str.find, not a pattern per name: each notes file's names would fill re's cache.
    spans: list[tuple[int, int]] = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + len(name))
    return spans


def shorthand(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """Note shorthand left in the letter: "w/", arrows, "A + B", "wks", "yrs", "mgmt"."""
    plain = letter.plain
    first = letter.greeting or (letter.body[0] if letter.body else None)
    start = first.start if first is not None else 0
    if letter.subject is not None:
        start = min(start, letter.subject.start)
    text = plain[start:]
    lowered = text.lower()
    if not any(t in lowered for t in _TRIGGERS):
        return []
    spans = _name_spans(plain, _names(ctx))
    found: list[Violation] = []
    for mark in _MARKS:
        for match in mark.pattern.finditer(text):
            begin, end = start + match.start(), start + match.end()
            if any(a <= begin and end <= b for a, b in spans):
                continue
            piece = match.group().strip() or match.group()
            found.append(
                finding(
                    "shorthand",
                    f'line {letter.line_at(begin)}: "{piece}" is note shorthand; a letter '
                    f"writes it out in words ({mark.write}).",
                    fix=f'Write "{piece}" out in words: {mark.write}.',
                    quote=piece,
                )
            )
    return found
