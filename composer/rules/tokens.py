"""A letter's words, found once and shared: by `parse`, by `grounding` and by the keyword stems.

`words` splits text into (offset, word) pairs (WORD_RE); `blank_addresses` hides email and web
addresses so that their pieces are not read as words; `openers` tells which words may be
capitalised for their position alone; `span_stems` gives the keyword stems of a stretch of the
letter from the words already found, without reading it again.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from composer import regexes as re
from composer.english import WORD_RE
from composer.rules.keywords import stem
from composer.rules.wording import EMAIL_RE, URL_RE


class Span(NamedTuple):
    """A piece of the letter (a sentence, a word) with its offset."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


# A word and its offset. Plain tuples: a letter has hundreds of words, and building a Span for
# each (a Python-level __new__) costs more than finding them.
Word = tuple[int, str]
_START = re.Match.start
_GROUP = re.Match.group


def words(text: str, offset: int = 0) -> list[Word]:
    """The (offset, word) of each word of `text` (see WORD_RE), offsets shifted by `offset`."""
    found = list(WORD_RE.finditer(text))
    starts: Iterable[int] = map(_START, found)
    if offset:
        starts = (start + offset for start in starts)
    return list(zip(starts, map(_GROUP, found), strict=True))


def blank_addresses(text: str) -> str:
    """`text` with email and web addresses replaced by spaces (same length)."""
    if "@" in text:
        text = EMAIL_RE.sub(_spaces, text)
    if "/" in text or "www." in text.lower():
        text = URL_RE.sub(_spaces, text)
    return text


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


_AFTER_COLON_RE = re.compile(r":\s*[\"'(]?(?=[^\W_])")
_OPENING_QUOTE_RE = re.compile(r"(?:^|(?<=[\s(\[—–-]))[\"“‘'](?=[^\W_])", re.MULTILINE)


def openers(plain: str, starts: Iterable[int], word_spans: Sequence[Word]) -> frozenset[int]:
    """Offsets of the words that may be capitalised for their position alone.

    `starts` are where sentences and lines other than the body's begin; a colon and an opening
    quote in `plain` start one too. Each start gives the first word at or after it.
    """
    found = set(starts)
    found.update(match.end() for match in _AFTER_COLON_RE.finditer(plain))
    if '"' in plain or "“" in plain or "‘" in plain or "'" in plain:
        found.update(match.end() for match in _OPENING_QUOTE_RE.finditer(plain))
    word_starts = [start for start, _ in word_spans]
    result: set[int] = set()
    for start in found:
        index = bisect.bisect_left(word_starts, start)
        if index < len(word_starts):
            result.add(word_starts[index])
    return frozenset(result)


def span_stems(word_spans: Sequence[Word], start: int, end: int) -> set[str]:
    """The stems of the words that begin in [start, end): the keyword stems of that stretch."""
    first = bisect.bisect_left(word_spans, (start,))
    last = bisect.bisect_left(word_spans, (end,))
    return {stem(word.replace(",", "")) for _, word in word_spans[first:last]}
