"""The `grounding` rule: no invented facts. Numbers and proper nouns must come from the notes."""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.english import TITLES, WORD_RE
from composer.rules.company import company_mentions
from composer.rules.context import Context, finding
from composer.rules.datedays import dated_day_findings
from composer.rules.facts import Facts, notes_text, url_known
from composer.rules.hygiene import leak_spans, placeholder_spans, shout_spans, textspeak_spans
from composer.rules.known import number_known, word_known
from composer.rules.letterhead import (
    headline_line,
    letterhead_line,
    letterhead_lines,
    title_case_headlines,
    unchecked_lines,
)
from composer.rules.names import misspellings
from composer.rules.presumption import claim_kinds, claims
from composer.rules.rapport import borrowed_rapport
from composer.rules.report import Violation
from composer.rules.text import Line, ParsedLetter, Span
from composer.rules.weekday import weekday_findings
from composer.rules.wording import (
    EMAIL_RE,
    PHONE_RE,
    POSTSCRIPT_RE,
    URL_RE,
    date_spans,
    fold,
    merge_spans,
)

_LIST_NUMBER_RE = re.compile(r"^[ \t]*\d{1,2}[.)](?=[ \t])", re.MULTILINE)
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DIGIT_RE = re.compile(r"\d")
_NON_DIGIT_RE = re.compile(r"\D+")


def _masked(letter: ParsedLetter, facts: Facts) -> list[tuple[int, int]]:
    """Stretches another rule reports (placeholders, chatter, shouting, misspelled names, the
    company's name spelled another way)."""
    spans: list[Span] = [
        *company_mentions(letter, facts.notes.company)[1],
        *placeholder_spans(letter),
        *leak_spans(letter),
        *shout_spans(letter, facts.exact_words),
        *textspeak_spans(letter),
    ]
    ranges = [(s.start, s.end) for s in spans]
    ranges += [(m.start(), m.end()) for m in _LIST_NUMBER_RE.finditer(letter.text)]
    ranges += [
        (line.start, line.start + m.end())
        for line in letter.postscript  # "P.S." and a "P.P.S." after it
        if (m := POSTSCRIPT_RE.match(line.text))
    ]
    ranges += [(offset, offset + len(word)) for offset, word, _ in misspellings(letter, facts)]
    return ranges


def unsupported(letter: ParsedLetter, facts: Facts) -> list[tuple[int, str, str]]:
    """Every (offset, text, kind) in the letter that the notes do not support."""
    skip_lines = unchecked_lines(letter)
    masked = _masked(letter, facts)
    found: list[tuple[int, str, str]] = []

    def hidden(offset: int) -> bool:
        return any(start <= offset < end for start, end in masked)

    has_email = "@" in letter.text
    # Every web address holds a "/" or "www." (see URL_RE): without them there is none to read.
    has_url = "/" in letter.text or "www." in letter.text.lower()
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
        if date_spans(match.group().strip()) == [(0, len(match.group().strip()))]:
            continue  # "24.11.2026"
        phone_ranges.append((match.start(), match.end()))
        known = digits in facts.phones or " ".join(match.group().split()) in facts.all_text
        if not known and letter.line_at(match.start()) not in skip_lines:
            found.append((match.start(), match.group().strip(), "phone number"))

    # A printed letter's letterhead is checked line by line against the notes fields.
    letterhead = [line for line in letterhead_lines(letter, facts) if line.number not in skip_lines]
    for line in letterhead:
        found += letterhead_line(letter, line, facts, masked)

    # A Subject or "Re:" line in title case, where every word has a capital, word by word.
    headlines = title_case_headlines(letter)
    for line in headlines:
        found += headline_line(letter, line, facts, masked)

    # Words in lines other rules own, in masked stretches or in phone numbers are not checked.
    blocked = merge_spans(
        [*masked, *phone_ranges]
        + [(line.start, line.end) for line in letter.lines if line.number in skip_lines]
        + [(line.start, line.end) for line in (*letterhead, *headlines)]
    )
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
            if not number_known(word, facts):
                found.append((start, word, "number"))
            continue
        if not first.isupper() or start in letter.openers:
            continue
        if not word_known(word, facts):
            found.append((start, word, "name"))
    if letter.greeting is not None:
        found += _greeted_names(letter, letter.greeting, facts, masked)
    found.sort(key=lambda item: item[0])
    return found


def _greeted_names(
    letter: ParsedLetter, line: Line, facts: Facts, hidden: list[tuple[int, int]]
) -> list[tuple[int, str, str]]:
    """Names after a title in the greeting that the notes lack: "Dear Ms. Lee and Mr. Jones,".

    The rest of the greeting line is the `greeting` rule's business.
    """
    spans = list(WORD_RE.finditer(letter.plain[line.start : line.end]))
    found: list[tuple[int, str, str]] = []
    for title, name in itertools.pairwise(spans):
        offset = line.start + name.start()
        word = name.group()
        if (
            fold(title.group()) in TITLES
            and word[0].isupper()
            and not word_known(word, facts)
            and not any(start <= offset < end for start, end in hidden)
        ):
            found.append((offset, word, "name"))
    return found


_KINDS = {
    "number": "this number",
    "name": "this name",
    "subject word": "this name",
    "re word": "this name",
    "email address": "this email address",
    "web address": "this web address",
    "phone number": "this phone number",
}


def _unsupported_finding(line: int, text: str, kind: str) -> Violation:
    if kind == "letterhead line":
        return finding(
            "grounding",
            f'line {line}: "{text}" above the greeting is not from the notes; it may be invented. '
            "A letterhead holds only your name, address and contact details, the date, and the "
            "interviewer's name, title and company as the notes give them: remove the line, or "
            "add it to the notes if it is your own address or details.",
            fix=f'Remove "{text}" from the letterhead: it is not in the notes. Above the greeting '
            "use only the candidate's name, address and contact details, the date, and the "
            "interviewer's name, title and company from the notes.",
            quote=text,
        )
    if kind in ("subject word", "re word"):
        where = "Subject line" if kind == "subject word" else '"Re:" line'
        return finding(
            "grounding",
            f'line {line}: "{text}" in the {where} is in neither the notes nor the rest of the '
            "letter; this name may be invented. Use only facts from the notes: remove it, or add "
            "it to the notes if it is true (an ordinary word may be written in lower case).",
            fix=f'Remove "{text}" from the {where}: it is not in the notes. Do not add facts that '
            "are not in the notes.",
            quote=text,
        )
    return finding(
        "grounding",
        f'line {line}: "{text}" is not in the notes; {_KINDS[kind]} may be invented. Use only '
        "facts from the notes: remove it, or add it to the notes if it is true.",
        fix=f'Remove "{text}": it is not in the notes. Do not add facts that are not in the notes.',
        quote=text,
    )


def grounding(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """No invented facts: numbers, names, contact details, the weekday (of the interview, and
    of any date), whose rapport it is."""
    problems = []
    seen: set[str] = set()
    for offset, text, kind in unsupported(letter, ctx.facts):
        key = text.casefold()
        if key in seen:
            continue
        seen.add(key)
        problems.append(_unsupported_finding(letter.line_at(offset), text, kind))
    return (
        problems
        + presumptions(letter, ctx)
        + weekday_findings(letter, ctx)
        + dated_day_findings(letter, ctx)
        + borrowed_rapport(letter, ctx)
    )


def _notes_claims(facts: Facts) -> frozenset[str]:
    """The outcomes the notes themselves state ("I have accepted the offer")."""
    return facts.memo("notes claims", lambda: claim_kinds("\n".join(notes_text(facts.notes))))


def presumptions(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """Claims that the candidate got the job, unless the notes make the same claim."""
    allowed = _notes_claims(ctx.facts)
    problems = []
    for kind, offset, text in claims(letter.text):
        if kind in allowed:
            continue
        quote = " ".join(text.split())
        problems.append(
            finding(
                "grounding",
                f'line {letter.line_at(offset)}: "{quote}" states {kind}, which the notes do '
                "not say; a thank-you letter goes out before any decision, and claiming one is "
                "presumptuous. Remove it and say you look forward to hearing about the decision.",
                fix=f'Remove "{quote}": do not claim an outcome (selection, an offer, a start '
                "date) the notes do not state.",
                quote=quote,
            )
        )
    return problems
