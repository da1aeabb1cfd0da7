"""A letter's prose split into sentences: paragraphs and bullet lines always start a new one,
and a full stop after an abbreviation ("Ms.", "Ltd.", an initial) ends one only when a new
sentence plainly starts after it. Offsets are kept, so every sentence is a `Span` of the text.
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import ABBREVIATIONS
from composer.rules.tokens import Span

_SENTENCE_END_RE = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)")
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n")
_BULLET_RE = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def sentences(text: str, offset: int = 0) -> list[Span]:
    """Split prose into sentences; paragraphs and bullet lines always start a new one."""
    found: list[Span] = []
    for paragraph in _split_keep(_PARAGRAPH_RE, text):
        start, chunk = paragraph
        for line_start, line in _bullet_lines(chunk):
            _split_sentences(line, offset + start + line_start, found)
    return found


def _split_keep(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    pieces: list[tuple[int, str]] = []
    position = 0
    for match in pattern.finditer(text):
        pieces.append((position, text[position : match.start()]))
        position = match.end()
    pieces.append((position, text[position:]))
    return pieces


def _bullet_lines(chunk: str) -> list[tuple[int, str]]:
    """Break a paragraph before each bulleted line; join the rest (wrapped lines) with spaces."""
    pieces: list[tuple[int, str]] = []
    position = 0
    start = 0
    for raw in chunk.split("\n"):
        if _BULLET_RE.match(raw) and position > start:
            pieces.append((start, chunk[start : position - 1]))
            start = position
        position += len(raw) + 1
    pieces.append((start, chunk[start:]))
    return [(s, piece.replace("\n", " ")) for s, piece in pieces]


def _split_sentences(text: str, offset: int, found: list[Span]) -> None:
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        end = match.end()
        if match.group()[0] == "." and _is_abbreviation(text, match.start()):
            continue
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            found.append(Span(offset + start + lead, piece.strip()))
        start = end
    piece = text[start:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        found.append(Span(offset + start + lead, piece.strip()))


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` ends an abbreviation such as "Ms." or an initial."""
    begin = dot
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:dot].casefold()
    if not word or (begin > 0 and text[begin - 1].isdigit()):
        return False  # "from 900ms to 200ms.": a unit after its figure ends the sentence
    ends_here = _OPENS_SENTENCE.match(text, dot + 1) is not None
    if len(word) == 1 and text[begin].isupper():
        return not ends_here  # "I report to Dana R. On Monday ...": an initial ends a sentence too
    if word in _MAY_END or (word not in _NOT_INITIALISMS and _INITIALISM.fullmatch(word)):
        return not ends_here  # "... Heating Ltd. My experience ...": the stop ends both
    return word in ABBREVIATIONS


# Abbreviations that may end a sentence as well as a name ("Foo Ltd.", "and so on, etc."), and
# the words that show a new sentence after one: words no name is made of. Dotted initialisms
# ("J.D.", "Ph.D.", "U.S.") are read the same way: "a J.D. from Fordham" is one sentence.
_MAY_END = frozenset({"inc", "ltd", "co", "corp", "etc", "llc", "plc"})
_INITIALISM = re.compile(r"[a-z]{1,2}(?:\.[a-z]{1,2})+")
_NOT_INITIALISMS = ABBREVIATIONS | {"p.s", "p.p.s"}  # "e.g." never ends one, "P.S." always does
_OPENS_SENTENCE = re.compile(
    r"\s+(?:I|I'm|I've|I'd|I'll|My|We|We're|Our|The|This|That|It|It's|Thank|Thanks|Please"
    r"|You|Your|In|On|As|Many|Since|After|When|Having|What|One)\b"
)
