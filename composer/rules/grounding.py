"""The `grounding` rule: no invented facts. Numbers and proper nouns must come from the notes."""

from __future__ import annotations

import re

from composer.rules.context import Context, finding
from composer.rules.facts import Facts, url_known
from composer.rules.hygiene import leak_spans, placeholder_spans, shout_spans, textspeak_spans
from composer.rules.names import misspellings
from composer.rules.report import Violation
from composer.rules.text import (
    CALENDAR_WORDS,
    EMAIL_RE,
    EXEMPT,
    PHONE_RE,
    POSTSCRIPT_RE,
    URL_RE,
    Letter,
    Line,
    Span,
)

_LIST_NUMBER_RE = re.compile(r"^[ \t]*\d{1,2}[.)](?=[ \t])", re.MULTILINE)
_ORDINAL_RE = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DIGIT_RE = re.compile(r"\d")
_NON_DIGIT_RE = re.compile(r"\D+")
_DATE_WORD_RE = re.compile(r"^(?:\d{1,4}(?:st|nd|rd|th)?)$", re.IGNORECASE)


def _is_date_line(line: Line) -> bool:
    parts = re.findall(r"[^\W_]+", line.text)
    if _ISO_DATE_RE.match(line.text.strip()):
        return True
    dated = any(p.casefold() in CALENDAR_WORDS for p in parts)
    return dated and all(p.casefold() in CALENDAR_WORDS or _DATE_WORD_RE.match(p) for p in parts)


def _number_known(word: str, facts: Facts) -> bool:
    key = word.casefold().replace(",", "")
    if key in facts.vocabulary:
        return True
    ordinal = _ORDINAL_RE.match(key)
    return bool(ordinal and ordinal.group(1) in facts.vocabulary)


def _title_case(text: str) -> bool:
    """True when most longer words are capitalised, as in "Thank You for the Interview"."""
    longer = [w for w in re.findall(r"[^\W\d_]{4,}", text)]
    return bool(longer) and sum(w[0].isupper() for w in longer) * 2 > len(longer)


def _unchecked_lines(letter: Letter) -> set[int]:
    """Lines other rules own: greeting, sign-off, signature, and a date line in a letterhead."""
    skip = {line.number for line in (letter.greeting, letter.signoff, letter.signature) if line}
    skip.update(line.number for line in letter.before_greeting if _is_date_line(line))
    return skip


def _masked(letter: Letter, facts: Facts) -> list[tuple[int, int]]:
    """Stretches another rule reports (placeholders, chatter, shouting, misspelled names)."""
    spans: list[Span] = [
        *placeholder_spans(letter),
        *leak_spans(letter),
        *shout_spans(letter, facts.exact_words),
        *textspeak_spans(letter),
    ]
    ranges = [(s.start, s.end) for s in spans]
    ranges += [(m.start(), m.end()) for m in _LIST_NUMBER_RE.finditer(letter.text)]
    ranges += [
        (line.start, line.start + m.end())
        for line in letter.postscript[:1]
        if (m := POSTSCRIPT_RE.match(line.text))
    ]
    ranges += [(offset, offset + len(word)) for offset, word, _ in misspellings(letter, facts)]
    return ranges


def unsupported(letter: Letter, facts: Facts) -> list[tuple[int, str, str]]:
    """Every (offset, text, kind) in the letter that the notes do not support."""
    skip_lines = _unchecked_lines(letter)
    masked = _masked(letter, facts)
    subject = letter.subject
    subject_title = subject is not None and _title_case(subject.text)
    found: list[tuple[int, str, str]] = []

    def hidden(offset: int) -> bool:
        return any(start <= offset < end for start, end in masked)

    has_email = "@" in letter.text
    has_url = letter.plain != letter.text or "/" in letter.text
    for match in EMAIL_RE.finditer(letter.text) if has_email else ():
        if match.group().casefold() not in facts.emails and not hidden(match.start()):
            found.append((match.start(), match.group(), "email address"))
    for match in URL_RE.finditer(letter.text) if has_url else ():
        if not url_known(facts, match.group()) and not hidden(match.start()):
            found.append((match.start(), match.group().rstrip("."), "web address"))
    phone_ranges: list[tuple[int, int]] = []
    for match in PHONE_RE.finditer(letter.plain):
        digits = _NON_DIGIT_RE.sub("", match.group())
        if len(digits) < 8 or _ISO_DATE_RE.match(match.group().strip()):
            continue
        phone_ranges.append((match.start(), match.end()))
        known = digits in facts.phones or " ".join(match.group().split()) in facts.all_text
        if not known and letter.line_at(match.start()) not in skip_lines:
            found.append((match.start(), match.group().strip(), "phone number"))

    # Words in lines other rules own, in masked stretches or in phone numbers are not checked.
    blocked = _merge(
        [*masked, *phone_ranges]
        + [(line.start, line.end) for line in letter.lines if line.number in skip_lines]
    )
    if subject is not None and subject_title:
        subject_range = (subject.start, subject.end)
    else:
        subject_range = (-1, -1)
    index = 0
    for start, word in letter.word_spans:
        first = word[0]
        if first.islower() and (word.isalpha() or not _DIGIT_RE.search(word)):
            continue  # the common case: an ordinary word
        while index < len(blocked) and blocked[index][1] <= start:
            index += 1
        if index < len(blocked) and blocked[index][0] <= start:
            continue
        if first.isdigit() or _DIGIT_RE.search(word):
            if not _number_known(word, facts):
                found.append((start, word, "number"))
            continue
        if not first.isupper() or start in letter.openers:
            continue
        if subject_range[0] <= start < subject_range[1]:
            continue
        if not _word_known(word, facts):
            found.append((start, word, "name"))
    return found


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) ranges covering the same offsets."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _word_known(word: str, facts: Facts) -> bool:
    folded = word.casefold()
    if folded.endswith("'s"):
        folded = folded[:-2]
    if folded in facts.vocabulary or folded in EXEMPT:
        return True
    if "-" in word:
        return all(_part_known(part, facts) for part in word.split("-"))
    return False


def _part_known(part: str, facts: Facts) -> bool:
    folded = part.casefold()
    return not part[:1].isupper() or folded in facts.vocabulary or folded in EXEMPT


_KINDS = {
    "number": "this number",
    "name": "this name",
    "email address": "this email address",
    "web address": "this web address",
    "phone number": "this phone number",
}


def grounding(letter: Letter, ctx: Context) -> list[Violation]:
    """Every number in digits and every capitalised non-initial word occurs in the notes."""
    problems = []
    seen: set[str] = set()
    for offset, text, kind in unsupported(letter, ctx.facts):
        key = text.casefold()
        if key in seen:
            continue
        seen.add(key)
        problems.append(
            finding(
                "grounding",
                f'line {letter.line_at(offset)}: "{text}" is not in the notes; {_KINDS[kind]} may '
                "be invented. Use only facts from the notes: remove it, or add it to the notes if "
                "it is true.",
                fix=f'Remove "{text}": it is not in the notes. Do not add facts that are not in '
                "the notes.",
                quote=text,
            )
        )
    return problems
