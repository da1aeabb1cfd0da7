"""Note-taking shorthand spelled out for a letter: "w/ 3 paralegals" -> "with three paralegals"."""

from __future__ import annotations

import re

from composer.offline.words import SHORTHAND, SMALL_NUMBERS

# A small count before a word: "3 paralegals" (not "Year 6", "£5 million", "May 1").
_SMALL = re.compile(r"(?<![\w$£€.,:/+-])([1-9])(?= [a-z])")


def expand(text: str) -> str:
    """Note-taking shorthand spelled out: "w/ 3 paralegals" -> "with three paralegals"."""
    for short, full in SHORTHAND:
        edge = r"(?=[\s,;)]|$)" if short[-1].isalnum() else r"(?=\s|$)"
        pattern = rf"(?<![\w./]){re.escape(short)}{edge}"
        text = re.sub(pattern, full, text, flags=re.IGNORECASE)
    text = re.sub(r"(?<=[a-z]) & (?=[a-z])", " and ", text)  # not "Hale & Co", "P&L"
    text = re.sub(r"\b(\d+) ?mins?\b", r"\1 minutes", text)
    text = re.sub(r"\b(\d+) ?hrs?\b", r"\1 hours", text)
    return _SMALL.sub(_spelled, text)


def _spelled(found: re.Match[str]) -> str:
    before = found.string[: found.start()].split()
    if before and before[-1][:1].isupper() and before[-1][-1].isalnum():
        return found.group()  # "Year 6 pupils", "Radio 3 piece", "May 1 start"
    return SMALL_NUMBERS[int(found.group()) - 1]
