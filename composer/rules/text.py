"""Reading a letter: its parts (subject, greeting, body, sign-off, signature), sentences and words.

Everything here is pure text handling shared by the rules. `parse` turns a letter's text into a
`ParsedLetter`. Offsets always refer to the normalised text (`ParsedLetter.text`), which has the
same length as the input except for dropped carriage returns and accents composed from a letter
and a combining mark.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar, cast

from composer import regexes as re
from composer.english import GREETING_RE, GREETING_WORDS, count_words
from composer.rules.keywords import letter_stems
from composer.rules.sentences import sentences
from composer.rules.tokens import Span, Word, blank_addresses, openers, span_stems, words
from composer.rules.wording import (
    EMAIL_RE,
    PHONE_RE,
    POSTSCRIPT_RE,
    SIGNOFF_INLINE_RE,
    SIGNOFF_RE,
    SUBJECT_RE,
    URL_RE,
    normalise,
)

__all__ = [
    "Line",
    "ParsedLetter",
    "Span",
    "Word",
    "blank_addresses",
    "parse",
    "sentences",
    "words",
]

T = TypeVar("T")


@dataclass(frozen=True)
class Line:
    """One line of the letter: its 1-based number, its offset in the text, its text."""

    number: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class ParsedLetter:
    """A letter split into its parts. Parts that cannot be found are None or empty."""

    text: str
    lines: tuple[Line, ...]
    subject: Line | None
    before_greeting: tuple[Line, ...]
    greeting: Line | None
    body: tuple[Line, ...]
    signoff: Line | None
    signature: Line | None
    after: tuple[Line, ...]
    words: int
    line_starts: tuple[int, ...]
    _memo: dict[object, object] = field(default_factory=dict, compare=False, repr=False)
    # What the text alone decides (sentences, words, openers), shared by every copy `parse`
    # gives of one text: the drafting loop, the rules and the panel's `unique` check each ask.
    _shared: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def _of_text(self, key: str, compute: Callable[[], T]) -> T:
        if key not in self._shared:
            self._shared[key] = compute()
        return cast(T, self._shared[key])

    # The sentences and words are found when a rule first asks: counting a draft's words (as
    # the offline writer does while it trims) needs neither.
    @functools.cached_property
    def sentences(self) -> tuple[Span, ...]:
        """The sentences of the body."""
        return self._of_text("sentences", self._sentences)

    def _sentences(self) -> tuple[Span, ...]:
        if not self.body:
            return ()
        first, last = self.body[0], self.body[-1]
        return tuple(sentences(self.text[first.start : last.end], first.start))

    @functools.cached_property
    def postscript_sentences(self) -> tuple[Span, ...]:
        """The sentences of any postscript, its "P.S." marker left out."""
        return self._of_text(
            "postscript sentences", lambda: tuple(_postscript_sentences(self.text, self.after))
        )

    @functools.cached_property
    def plain(self) -> str:
        """The text with email and web addresses blanked out."""
        return self._of_text("plain", lambda: blank_addresses(self.text))

    @functools.cached_property
    def word_spans(self) -> tuple[Word, ...]:
        """The (offset, word) of each word of `plain`, in order."""
        return self._of_text("word spans", lambda: tuple(words(self.plain)))

    @functools.cached_property
    def openers(self) -> frozenset[int]:
        """Offsets of words that open a sentence, a line or follow a colon."""
        return self._of_text("openers", self._openers)

    def _openers(self) -> frozenset[int]:
        spans = [*self.sentences, *self.postscript_sentences]
        body_numbers = {line.number for line in self.body}
        starts = [span.start for span in spans]
        starts += [line.start for line in self.lines if line.number not in body_numbers]
        return openers(self.plain, starts, self.word_spans)

    def body_stems(self) -> set[str]:
        """The keyword stems of the body and any postscript (see `keywords.letter_stems`)."""
        return self.memo("body stems", self._body_stems)

    def _body_stems(self) -> set[str]:
        ranges = [(part[0].start, part[-1].end) for part in (self.body, self.postscript) if part]
        if any(self.plain[a:b] != self.text[a:b] for a, b in ranges):
            # An address in the body: its pieces count as words here, as in the body text.
            return letter_stems(self.body_text)
        return set().union(*(span_stems(self.word_spans, a, b) for a, b in ranges))

    def memo(self, key: object, compute: Callable[[], T]) -> T:
        """`compute()` worked out once per letter: rules share findings without redoing them."""
        if key not in self._memo:
            self._memo[key] = compute()
        return cast(T, self._memo[key])

    def line_at(self, offset: int) -> int:
        """The 1-based number of the line holding `offset`."""
        return max(1, bisect.bisect_right(self.line_starts, offset))

    @property
    def postscript(self) -> tuple[Line, ...]:
        """Lines after the signature from the first "P.S." on."""
        for index, line in enumerate(self.after):
            if POSTSCRIPT_RE.match(line.text):
                return self.after[index:]
        return ()

    @property
    def characters(self) -> int:
        """The characters of the text, line breaks included, without surrounding white space."""
        return len(self.text.strip())

    @property
    def body_text(self) -> str:
        """The body (between greeting and sign-off) and any postscript, as one string."""
        return "\n".join(line.text for line in (*self.body, *self.postscript))

    @property
    def main_text(self) -> str:
        """Everything but the Subject line."""
        return "\n".join(line.text for line in self.lines if line is not self.subject)


def is_contact_line(text: str) -> bool:
    """A line holding an email address, a phone number or a web address."""
    return bool(EMAIL_RE.search(text) or URL_RE.search(text) or PHONE_RE.search(text))


def parse(raw: str) -> ParsedLetter:
    """Split a letter into its parts. A text parsed lately is split once: the drafting loop,
    the rules and the panel's `unique` check each ask again. Each caller gets its own copy,
    whose findings (`memo`, which may hold a set of notes' facts) die with it; what the text
    alone decides is shared."""
    # A copy of the cached letter's fields (and of the text-only properties it has found),
    # with a `memo` of its own: dataclasses.replace would run the frozen __init__ again.
    shared = _parsed(raw)
    copy = object.__new__(ParsedLetter)
    fields = copy.__dict__
    fields.update(shared.__dict__)
    fields["_memo"] = {}
    return copy


@functools.lru_cache(maxsize=64)
def _parsed(raw: str) -> ParsedLetter:
    text = normalise(raw)
    lines: list[Line] = []
    position = 0
    for number, piece in enumerate(text.split("\n"), start=1):
        lines.append(Line(number, position, piece))
        position += len(piece) + 1
    filled = [line for line in lines if not line.blank]

    subject = next((line for line in filled[:8] if SUBJECT_RE.match(line.text)), None)
    greeting_index = _find_greeting(filled, subject)
    greeting = filled[greeting_index] if greeting_index is not None else None
    if greeting is None and filled:
        # "Hi Dana, thank you for ...": a short note may greet on the line it starts.
        split = _inline_greeting(filled, subject)
        if split is not None:
            greeting_index, greeting, rest = split
            filled = [*filled[:greeting_index], greeting, rest, *filled[greeting_index + 1 :]]
    head_end = greeting_index if greeting_index is not None else 0
    before = tuple(line for line in filled[:head_end] if line is not subject)
    if greeting_index is None and subject is not None:
        head_end = filled.index(subject) + 1

    signoff_index = None
    for index in range(len(filled) - 1, head_end, -1):
        if SIGNOFF_RE.match(filled[index].text):
            signoff_index = index
            break
    body_start = greeting_index + 1 if greeting_index is not None else head_end
    signoff: Line | None = None
    signature: Line | None = None
    after: tuple[Line, ...] = ()
    if signoff_index is not None:
        body_filled = filled[body_start:signoff_index]
        tail = filled[signoff_index + 1 :]
        signoff = filled[signoff_index]
        signature = tail[0] if tail else None
        after = tuple(tail[1:])
    else:
        body_filled = filled[body_start:]
        inline = _inline_signoff(filled, head_end)
        if inline is not None:
            index, signoff, signature = inline
            body_filled = filled[body_start:index]
            after = tuple(filled[index + 1 :])
        elif greeting is not None and len(body_filled) > 1 and _bare_name(body_filled[-1].text):
            # A short note signed with the name alone: "Priya Raman" or "- Priya".
            signature = body_filled[-1]
            body_filled = body_filled[:-1]

    body: tuple[Line, ...] = ()
    if body_filled:
        first, last = body_filled[0], body_filled[-1]
        body = tuple(
            first if line.number == first.number else line
            for line in lines
            if first.number <= line.number <= last.number
        )
    main = "\n".join(line.text for line in lines if line is not subject)
    return ParsedLetter(
        text=text,
        lines=tuple(lines),
        subject=subject,
        before_greeting=before,
        greeting=greeting,
        body=body,
        signoff=signoff,
        signature=signature,
        after=after,
        words=count_words(main),
        line_starts=tuple(line.start for line in lines),
    )


def _postscript_sentences(text: str, after: tuple[Line, ...]) -> list[Span]:
    """Sentences of a postscript, its "P.S." marker left out."""
    for line in after:
        match = POSTSCRIPT_RE.match(line.text)
        if match:
            start = line.start + match.end()
            return sentences(text[start : after[-1].end], start)
    return []


def _inline_signoff(filled: list[Line], head_end: int) -> tuple[int, Line, Line] | None:
    """(index, sign-off, name) for a last line such as "Best regards, Priya Raman"."""
    end = len(filled)
    for index in range(len(filled) - 1, head_end, -1):
        if POSTSCRIPT_RE.match(filled[index].text):
            end = index
            break
    for index in range(end - 1, head_end, -1):
        line = filled[index]
        if is_contact_line(line.text):
            continue
        match = SIGNOFF_INLINE_RE.match(line.text)
        if match is None:
            return None
        name_start = match.start("name")
        signoff = Line(line.number, line.start, line.text[:name_start])
        return index, signoff, Line(line.number, line.start + name_start, match.group("name"))
    return None


_INLINE_GREETING_RE = re.compile(
    rf"^\s*(?:{GREETING_WORDS})\b[^,!?:;\n]{{1,60}}?,[ \t]+(?=\S)", re.IGNORECASE
)
_DASH_RE = re.compile(r"^\s*[-–—~]+\s*")
_NAME_WORD_RE = re.compile(r"^(?:[^\W\d_][\w'’.-]*|[a-z]{1,3})$")


def _inline_greeting(filled: list[Line], subject: Line | None) -> tuple[int, Line, Line] | None:
    """(index, greeting, rest) for a first line such as "Hi Dana, thank you for ..."."""
    index = 0
    if filled[0] is subject:
        index = 1
    if index >= len(filled):
        return None
    line = filled[index]
    match = _INLINE_GREETING_RE.match(line.text)
    if match is None or count_words(match.group()) > 6:
        return None
    head = match.group().rstrip()
    greeting = Line(line.number, line.start, head)
    return index, greeting, Line(line.number, line.start + match.end(), line.text[match.end() :])


def _bare_name(text: str) -> bool:
    """True for a line that is a name alone: "Priya Raman", "- Priya", "J. R. Okafor"."""
    stripped = _DASH_RE.sub("", text).strip()
    words = stripped.split()
    if not 1 <= len(words) <= 4 or stripped.endswith((".", "!", "?", ",", ":", ";")):
        return stripped.endswith(".") and 1 <= len(words) <= 4 and len(words[-1]) == 2
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(_NAME_WORD_RE.match(word) for word in words)


def _find_greeting(filled: list[Line], subject: Line | None) -> int | None:
    """Index of the greeting line among the non-blank lines, or None."""
    # A printed letter's letterhead (sender, date, recipient) may run to a dozen short lines.
    for index, line in enumerate(filled[:24]):
        if line is subject:
            continue
        if GREETING_RE.match(line.text):
            count = count_words(line.text)
            if count <= 10:
                return index
        elif len(line.text) < 25:
            continue  # 13 words take 25 characters at least: none of the tests below holds
        else:
            count = count_words(line.text)
        # Prose: the greeting would have come before it. A long letterhead line such as a
        # name and address in one does not end like a sentence.
        if count > 12 and (line.text.rstrip().endswith((".", "!", "?")) or count > 25):
            break
    # A bare address such as "Ms. Whitfield," on the first line after the subject.
    for index, line in enumerate(filled[:3]):
        if line is subject:
            continue
        stripped = line.text.strip()
        if stripped.endswith(",") and 1 <= count_words(stripped) <= 4 and stripped[0].isupper():
            return index
        break
    return None
