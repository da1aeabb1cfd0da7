"""Patterns and word forms the letter parser and the rules share.

Contact details, sign-off, header and date patterns; words capitalised for form rather than
meaning; and the forms a word is compared in (normalised, folded, without accents).
"""

from __future__ import annotations

import calendar
import functools
import unicodedata

from composer import regexes as re
from composer.english import ASCII_LETTERS, MISSPELLINGS, SIGNOFF_PHRASES, TITLES

# Typographic apostrophes, hyphens and fixed-width spaces become their plain forms; one character
# for one, so offsets into the normalised text stay meaningful. Word processors and mail clients
# put no-break spaces in dates ("24 November") and phone numbers.
# (character, plain replacement): curly apostrophes, Unicode hyphens, narrow and no-break spaces.
_PLAIN = (
    *(("’", "'"), ("‘", "'"), ("ʼ", "'"), ("‐", "-"), ("‑", "-")),
    *((space, " ") for space in "\u00a0\u2007\u2009\u200a\u202f"),
)

EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>()]+"
    r"|\b[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|io|dev|co|me|uk|example)/[^\s<>()]*",
    re.IGNORECASE,
)
PHONE_RE = re.compile(r"(?<![\w.])\+?\(?\d[\d ()\-.]{5,}\d(?![\w])")


def _signoff_word(word: str) -> str:
    """A sign-off word, or any common misspelling of it ("sincerly" is still a sign-off)."""
    forms = [word, *(wrong for wrong, right in MISSPELLINGS.items() if right == word)]
    return forms[0] if len(forms) == 1 else "(?:" + "|".join(forms) + ")"


SIGNOFF_RE = re.compile(
    r"^\s*(?:"
    + "|".join(r"\s+".join(_signoff_word(w) for w in p.split()) for p in SIGNOFF_PHRASES)
    + r")"
    r"\s*[,.!]?\s*$",
    re.IGNORECASE,
)
# "Best regards, Priya Raman" on one line.
SIGNOFF_INLINE_RE = re.compile(
    SIGNOFF_RE.pattern.removesuffix(r"\s*[,.!]?\s*$")
    + r"\s*[,\-–—]\s*(?P<name>[^\W\d_][^.!?:;]{0,60}?)\s*$",
    re.IGNORECASE,
)
POSTSCRIPT_RE = re.compile(r"^\s*(?:p\.?\s?)?p\.?\s?s\b\.?", re.IGNORECASE)  # P.S., P.P.S.
# Email header lines a person may paste above the subject: "To: dana@example.com".
HEADER_RE = re.compile(r"^\s*(?:to|from|cc|bcc|date|reply-to)\s*:", re.IGNORECASE)
SUBJECT_RE = re.compile(r"^\s*subject\s*:", re.IGNORECASE)


def subject_of(line: str) -> str | None:
    """The subject of a "Subject: ..." line, stripped; None when the line is not one."""
    match = SUBJECT_RE.match(line)
    return None if match is None else line[match.end() :].strip()


def split_subject(text: str) -> tuple[str | None, str]:
    """A leading "Subject: ..." line's subject (None when there is none) and the rest."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    subject = subject_of(first)
    return (None, stripped) if subject is None else (subject, rest.strip())


CALENDAR_WORDS = frozenset(
    w.casefold()
    for w in (
        *calendar.month_name[1:],
        *calendar.month_abbr[1:],
        *calendar.day_name,
        *calendar.day_abbr,
        "Sept",
        "Tues",
        "Thurs",
    )
)
_MONTH_NAMES = "|".join(
    sorted({*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"}, key=len, reverse=True)
)
_DAY_NAMES = "|".join(
    sorted({*calendar.day_name, *calendar.day_abbr, "Tues", "Thurs"}, key=len, reverse=True)
)
# A date as people write it at the head of a letter: "24 November 2026", "Nov. 24th, 2026",
# "Tuesday, 24 November 2026", "2026-11-24", "24/11/2026", "11.24.26".
DATE_RE = re.compile(
    rf"(?:\b(?:{_DAY_NAMES})\b\.?,?[ \t]+)?(?:"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:{_MONTH_NAMES})\b\.?(?:,?[ \t]+\d{{4}}\b)?"
    rf"|\b(?:{_MONTH_NAMES})\b\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?[ \t]+\d{{4}}\b)?"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b"
    r"|\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?:\d{4}|\d{2})\b"
    ")",
    re.IGNORECASE,
)


def date_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every date in `text`; "24/11/2026" counts only if it can be a date."""
    spans: list[tuple[int, int]] = []
    for match in DATE_RE.finditer(text):
        if match.group("a") is not None:
            a, b = int(match.group("a")), int(match.group("b"))
            if not (1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12):
                continue
        spans.append((match.start(), match.end()))
    return spans


# Words capitalised for reasons of form (dates, titles, greetings), not because they name something.
EXEMPT = frozenset(
    {
        *CALENDAR_WORDS,
        *TITLES,
        "i",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "dear",
        "hello",
        "hi",
        "hey",
        "greetings",
        "good",
        "morning",
        "afternoon",
        "evening",
        "best",
        "regards",
        "kind",
        "kindest",
        "warm",
        "warmest",
        "warmly",
        "wishes",
        "sincerely",
        "yours",
        "faithfully",
        "truly",
        "respectfully",
        "cheers",
        "thanks",
        "thank",
        "you",
        "many",
        "with",
        "gratitude",
        "appreciation",
        "gratefully",
        "again",
        "subject",
        "re",
        "ps",
        "p.s",
    }
)


def normalise(text: str) -> str:
    """Composed accents (NFC), plain apostrophes, hyphens and spaces, Unix line ends, no BOM."""
    if not text.isascii():
        # "Amélie" saved as "e" + a combining accent (macOS, PDFs) is the same name
        text = unicodedata.normalize("NFC", text).lstrip("\ufeff")
        # Replacing the few characters present is many times faster than str.translate, which
        # looks up every character of the letter.
        for character, plain in _PLAIN:
            if character in text:
                text = text.replace(character, plain)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def fold(word: str) -> str:
    """Case-insensitive key of a word, possessive dropped: "Northwind's" -> "northwind"."""
    word = word.casefold()
    if word.endswith("'s"):
        word = word[:-2]
    return word


@functools.lru_cache(maxsize=256)  # mostly names, each notes file's its own
def strip_accents(word: str) -> str:
    """The word without diacritics: "Ølstad" -> "Olstad", "Amélie" -> "Amelie"."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(ASCII_LETTERS)


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the (start, end) spans replaced by spaces (same length)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def merge_spans(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) ranges covering the same offsets."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
