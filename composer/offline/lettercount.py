"""A letter's words counted as the length rule counts them (`parse(...).words`), without parsing
the whole letter for every plan the writer weighs: the frame (subject line, letterhead,
greeting, sign-off) is counted once, each sentence once, and the letter is parsed whole only
when a line of it could be taken for a subject line.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.english import count_words
from composer.offline.body import Sentence
from composer.rules.text import parse
from composer.rules.wording import SUBJECT_RE, normalise

_LINE_START = re.compile(rf"[^\n\r]*[\n\r]|{SUBJECT_RE.pattern}", re.IGNORECASE)


def frame_words(frame: str, email: bool) -> int:
    """The words of a letter with no body (subject line, letterhead, greeting, sign-off) as
    `parse` counts them, or -1 when a line of it could be taken for a subject line."""
    lines = normalise(frame).split("\n")
    if email and lines and SUBJECT_RE.match(lines[0]):
        lines = lines[1:]  # the subject line, which the length rule does not count
    if any(SUBJECT_RE.match(line) for line in lines):
        return -1
    return count_words("\n".join(lines))


def letter_words(
    sentences: list[Sentence],
    frame: int,
    counted: dict[str, int],
    render: Callable[[list[Sentence]], str],
) -> int:
    """The words of the letter `render(sentences)`: the `frame`'s (see `frame_words`) and each
    sentence's, kept in `counted` across plans."""
    if frame < 0:
        return parse(render(sentences)).words  # a line that could be a subject
    # Sentences are joined by spaces and line breaks: no word runs across two of them.
    total = frame
    for item in sentences:
        words = counted.get(item.text)
        if words is None:
            line = _LINE_START.match(item.text)
            words = counted[item.text] = -1 if line else count_words(normalise(item.text))
        if words < 0:
            return parse(render(sentences)).words  # a sentence that could be a subject
        total += words
    return total
