"""The lines above a letter's body, checked against the notes for the `grounding` rule.

A printed letter's letterhead (sender, date, recipient) is read line by line, each part of a
line to repeat a notes field; a Subject or "Re:" line in title case, where every word has a
capital, is read word by word. `unchecked_lines` names the lines other rules own.
"""

from __future__ import annotations

from composer import regexes as re
from composer.channels import spec_for
from composer.english import WORD_RE
from composer.rules.facts import Facts, letterhead_words
from composer.rules.keywords import STOPWORDS, stem
from composer.rules.known import number_known, word_known
from composer.rules.text import Line, ParsedLetter
from composer.rules.wording import EXEMPT, PHONE_RE, blank_spans, date_spans, fold

_DIGIT_RE = re.compile(r"\d")
_DATE_LABEL_RE = re.compile(r"^\s*date\s*:", re.IGNORECASE)
# Where a letterhead line splits into parts that each come from one notes field:
# "Senior Partner, Hargreave & Lowe", "Priya Raman | +1 555 010 0199", "Dr. Eze-Obi (Head of ...)".
_SEGMENT_RE = re.compile(r"[^,;|()•·–—]+")
_RE_LINE_RE = re.compile(r"^\s*re\s*:", re.IGNORECASE)
# Words that may join two whole fields on one line: "Senior Partner at Hargreave & Lowe".
_JOINING_WORDS = frozenset({"at", "of", "and", "for"})


def is_date_line(line: Line) -> bool:
    """A line holding only a date in a common format, perhaps after "Date:"."""
    if not any(ch.isdigit() for ch in line.text):
        return False
    text = _DATE_LABEL_RE.sub(lambda m: " " * len(m.group()), line.text)
    rest = blank_spans(text, date_spans(text))
    return not any(ch.isalnum() for ch in rest)


def _title_case(text: str) -> bool:
    """True when most longer words are capitalised, as in "Thank You for the Interview"."""
    longer = [w for w in re.findall(r"[^\W\d_]{4,}", text)]
    return bool(longer) and sum(w[0].isupper() for w in longer) * 2 > len(longer)


def title_case_headlines(letter: ParsedLetter) -> list[Line]:
    """The Subject line and any "Re:" line above the greeting, when written in title case."""
    lines = [letter.subject] if letter.subject else []
    lines += [line for line in letter.before_greeting if _RE_LINE_RE.match(line.text)]
    return [line for line in lines if _title_case(line.text)]


def headline_line(
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
            if not number_known(word, facts):
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
    if word_known(word, facts) or folded in STOPWORDS or folded in _OCCASION_WORDS:
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


def unchecked_lines(letter: ParsedLetter) -> set[int]:
    """Lines other rules own: greeting, sign-off, signature, and a date line in a letterhead."""
    skip = {line.number for line in (letter.greeting, letter.signoff, letter.signature) if line}
    skip.update(line.number for line in letter.before_greeting if is_date_line(line))
    return skip


def letterhead_lines(letter: ParsedLetter, facts: Facts) -> tuple[Line, ...]:
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


def letterhead_line(
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
            if (_DIGIT_RE.search(word) and not number_known(word, facts))
            or (word[0].isupper() and not _DIGIT_RE.search(word) and not word_known(word, facts))
        ]
        stripped = part.group().strip()
        found += unknown or [(start + part.group().index(stripped), stripped, "letterhead line")]
    return found
