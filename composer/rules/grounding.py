"""The `grounding` rule: no invented facts. Numbers and proper nouns must come from the notes."""

from __future__ import annotations

import itertools
import re

from composer.channels import spec_for
from composer.english import TITLES, WORD_RE
from composer.rules.company import company_mentions
from composer.rules.context import Context, finding
from composer.rules.facts import Facts, letterhead_words, notes_text, url_known
from composer.rules.hygiene import leak_spans, placeholder_spans, shout_spans, textspeak_spans
from composer.rules.keywords import STOPWORDS, stem
from composer.rules.names import misspellings
from composer.rules.presumption import claim_kinds, claims
from composer.rules.rapport import borrowed_rapport
from composer.rules.report import Violation
from composer.rules.text import Line, ParsedLetter, Span
from composer.rules.weekday import weekday_findings
from composer.rules.wording import (
    CALENDAR_WORDS,
    EMAIL_RE,
    EXEMPT,
    PHONE_RE,
    POSTSCRIPT_RE,
    URL_RE,
    blank_spans,
    date_spans,
    fold,
    merge_spans,
)

_LIST_NUMBER_RE = re.compile(r"^[ \t]*\d{1,2}[.)](?=[ \t])", re.MULTILINE)
_ORDINAL_RE = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DIGIT_RE = re.compile(r"\d")
_NON_DIGIT_RE = re.compile(r"\D+")
_DATE_LABEL_RE = re.compile(r"^\s*date\s*:", re.IGNORECASE)
# Where a letterhead line splits into parts that each come from one notes field:
# "Senior Partner, Hargreave & Lowe", "Priya Raman | +1 555 010 0199", "Dr. Eze-Obi (Head of ...)".
_SEGMENT_RE = re.compile(r"[^,;|()•·–—]+")
_RE_LINE_RE = re.compile(r"^\s*re\s*:", re.IGNORECASE)
# Words that may join two whole fields on one line: "Senior Partner at Hargreave & Lowe".
_JOINING_WORDS = frozenset({"at", "of", "and", "for"})


def _is_date_line(line: Line) -> bool:
    """A line holding only a date in a common format, perhaps after "Date:"."""
    if not any(ch.isdigit() for ch in line.text):
        return False
    text = _DATE_LABEL_RE.sub(lambda m: " " * len(m.group()), line.text)
    rest = blank_spans(text, date_spans(text))
    return not any(ch.isalnum() for ch in rest)


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


def _title_case_headlines(letter: ParsedLetter) -> list[Line]:
    """The Subject line and any "Re:" line above the greeting, when written in title case."""
    lines = [letter.subject] if letter.subject else []
    lines += [line for line in letter.before_greeting if _RE_LINE_RE.match(line.text)]
    return [line for line in lines if _title_case(line.text)]


def _headline_line(
    letter: ParsedLetter, line: Line, facts: Facts, hidden: list[tuple[int, int]]
) -> list[tuple[int, str, str]]:
    """Numbers and capitalised words of a title-case headline that nothing supports.

    Title case capitalises ordinary words too, so a capital proves nothing; an invented name
    ("Contoso Labs") is one that occurs neither in the notes nor elsewhere in the letter.
    """
    spans = [
        (line.start + m.start(), m.group())
        for m in WORD_RE.finditer(letter.plain[line.start : line.end])
    ]
    found: list[tuple[int, str, str]] = []
    for position, (offset, word) in enumerate(spans):
        if any(start <= offset < end for start, end in hidden):
            continue
        if _DIGIT_RE.search(word):
            if not _number_known(word, facts):
                found.append((offset, word, "number"))
            continue
        if not word[0].isupper():
            continue
        following = spans[position + 1][1] if position + 1 < len(spans) else ""
        if not _headline_word_known(word, following, letter, facts):
            found.append((offset, word, "subject word" if line is letter.subject else "re word"))
    return found


def _headline_word_known(word: str, following: str, letter: ParsedLetter, facts: Facts) -> bool:
    """A title-case word the notes or the letter's own words support, or a function word."""
    folded = fold(word)
    if _word_known(word, facts) or folded in STOPWORDS or folded in _OCCASION_WORDS:
        return True
    if "-" in word:  # "Follow-Up", "Thank-You"
        return all(_headline_word_known(part, following, letter, facts) for part in word.split("-"))
    key = stem(folded)
    if key in _notes_stems(facts) or key in _prose_stems(letter):
        return True
    # "Speaking With You", "Following Up": a verb form before a small word, not a name.
    return folded.endswith("ing") and len(folded) >= 6 and fold(following) in _SMALL_WORDS


_SMALL_WORDS = STOPWORDS | EXEMPT
# Words that name the occasion of every such letter, as its Subject line may put them; a short
# list of the letter's own form words (like the greeting words), not a dictionary of English.
_OCCASION_WORDS = frozenset(
    (
        *("interview", "interviews", "interviewing", "conversation", "conversations"),
        *("meeting", "call", "chat", "discussion", "opportunity", "follow", "follow-up"),
        *("application", "candidacy", "position", "visit", "pleasure", "steps"),
    )
)


def _notes_stems(facts: Facts) -> frozenset[str]:
    """Stems of every word of the notes ("interviewing" meets "interview")."""
    return facts.memo("notes stems", lambda: frozenset(stem(word) for word in facts.vocabulary))


def _prose_stems(letter: ParsedLetter) -> frozenset[str]:
    """Stems of the words the letter writes in lower case (ordinary words, not names)."""

    def compute() -> frozenset[str]:
        return frozenset(stem(w) for _, w in letter.word_spans if w[0].islower() and w.isalpha())

    return letter.memo("prose stems", compute)


def _unchecked_lines(letter: ParsedLetter) -> set[int]:
    """Lines other rules own: greeting, sign-off, signature, and a date line in a letterhead."""
    skip = {line.number for line in (letter.greeting, letter.signoff, letter.signature) if line}
    skip.update(line.number for line in letter.before_greeting if _is_date_line(line))
    return skip


def _letterhead(letter: ParsedLetter, facts: Facts) -> tuple[Line, ...]:
    """The lines above the greeting of a printed letter: sender, date and recipient blocks."""
    if not spec_for(facts.notes).has_letterhead:
        return ()
    return tuple(line for line in letter.before_greeting if not _RE_LINE_RE.match(line.text))


def from_notes(words: list[str], facts: Facts) -> bool:
    """True when letterhead words repeat notes fields: part of one, or several whole ones."""
    joined = " ".join(words)
    if any(f" {joined} " in field for field in facts.letterhead):
        return True
    # Whole fields one after another, perhaps joined by "at", "of", "and" or "for".
    reached = [True] + [False] * len(words)
    for start in range(len(words)):
        if not reached[start]:
            continue
        for end in range(start + 1, len(words) + 1):
            piece = " ".join(words[start:end])
            if piece in facts.letterhead_whole or (end == start + 1 and piece in _JOINING_WORDS):
                reached[end] = True
    return reached[-1]


def _letterhead_line(
    letter: ParsedLetter, line: Line, facts: Facts, hidden: list[tuple[int, int]]
) -> list[tuple[int, str, str]]:
    """What a letterhead line holds that the notes do not: unknown words, or the line itself.

    Each part of the line (split at commas, bars, brackets, dashes) must repeat a notes field:
    the candidate's name, address and contact details, the company, the role, an interviewer's
    name, title or salutation. Dates, email addresses, web addresses and phone numbers are
    checked elsewhere, and parts holding a stretch another rule reports are left to that rule.
    """
    text = letter.plain[line.start : line.end]
    text = blank_spans(text, date_spans(text))
    text = blank_spans(text, [(m.start(), m.end()) for m in PHONE_RE.finditer(text)])
    found: list[tuple[int, str, str]] = []
    for part in _SEGMENT_RE.finditer(text):
        start = line.start + part.start()
        spans = [(start + m.start(), m.group()) for m in WORD_RE.finditer(part.group())]
        if not spans or any(a <= offset < b for offset, _ in spans for a, b in hidden):
            continue
        words = letterhead_words(part.group())
        if not words or from_notes(words, facts):
            continue
        unknown = [
            (offset, word, "number" if _DIGIT_RE.search(word) else "name")
            for offset, word in spans
            if (_DIGIT_RE.search(word) and not _number_known(word, facts))
            or (word[0].isupper() and not _DIGIT_RE.search(word) and not _word_known(word, facts))
        ]
        stripped = part.group().strip()
        found += unknown or [(start + part.group().index(stripped), stripped, "letterhead line")]
    return found


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
        for line in letter.postscript[:1]
        if (m := POSTSCRIPT_RE.match(line.text))
    ]
    ranges += [(offset, offset + len(word)) for offset, word, _ in misspellings(letter, facts)]
    return ranges


def unsupported(letter: ParsedLetter, facts: Facts) -> list[tuple[int, str, str]]:
    """Every (offset, text, kind) in the letter that the notes do not support."""
    skip_lines = _unchecked_lines(letter)
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
    letterhead = [line for line in _letterhead(letter, facts) if line.number not in skip_lines]
    for line in letterhead:
        found += _letterhead_line(letter, line, facts, masked)

    # A Subject or "Re:" line in title case, where every word has a capital, word by word.
    headlines = _title_case_headlines(letter)
    for line in headlines:
        found += _headline_line(letter, line, facts, masked)

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
            if not _number_known(word, facts):
                found.append((start, word, "number"))
            continue
        if not first.isupper() or start in letter.openers:
            continue
        if not _word_known(word, facts):
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
            and not _word_known(word, facts)
            and not any(start <= offset < end for start, end in hidden)
        ):
            found.append((offset, word, "name"))
    return found


def _word_known(word: str, facts: Facts) -> bool:
    folded = word.casefold()
    if folded.endswith("'s"):
        folded = folded[:-2]
    if folded in facts.vocabulary or folded in EXEMPT:
        return True
    if folded.endswith("s") and folded[:-1] in CALENDAR_WORDS:
        return True  # "on Mondays"
    if "-" in word:
        return all(_part_known(part, facts) for part in word.split("-"))
    return False


def _part_known(part: str, facts: Facts) -> bool:
    folded = part.casefold()
    return not part[:1].isupper() or folded in facts.vocabulary or folded in EXEMPT


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
    """No invented facts: numbers, names, contact details, the weekday, whose rapport it is."""
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
