"""The `proofread` warning rule: spelling and grammar findings from Harper, an offline checker.

Harper (Automattic's grammar checker, written in Rust) runs in this process through the optional
`harper-py` extra: no Java, no server, no download at first use. Building its dictionary is the
one slow step (0.5 to 1 s here), so each dialect's linter is built once per process, on
first use, and reused.

What is reported, and what is deliberately not:
- reported: misspellings, typos, agreement ("you coaches", "she are"), repeated words ("the the"),
  wrong articles ("an useful"), and the other grammar and usage mistakes Harper finds;
- not reported: advice on style or readability (Oxford comma, sentence length, title case,
  wordiness, "send an email to" -> "email"), which a careful writer may reasonably ignore.
  Those rules are switched off in the linter's configuration, and any finding whose kind is a
  matter of style is dropped as well, so a rule Harper adds later cannot slip style advice in.
- Names and every other word from the notes are never misspellings: a finding about the spelling
  or form of a single word the notes use ("Ølstad", "Okafor's", "runbooks", the postcode
  "X2K4") is dropped, per call. The word is compared whole, digits included, and as written
  apart from its first letter and a possessive ending.
  A notes word joined by a slash, ampersand or the like ("A/S" of "Ørsted A/S", "CI/CD") is
  one term: no finding that lies wholly inside it where the letter writes it as the notes do
  is reported (Harper reads the "A" of "A/S" as a wrong article). A finding that reaches
  outside it, such as "a A/S degree", still is.
  The words are not imported into the shared linter's dictionary: that would leak between calls
  unless cleared, and every change of the dictionary makes the next lint 30-50 ms slower, for
  the same findings (compared on 89 letters). Words in capitals ("SDK", "CI/CD") are taken as
  abbreviations, not misspellings.
- Without a chosen dialect, the letter is linted as American English and each misspelling is
  re-checked, alone, in British English: only what is wrong in both is reported
  ("organise", "colour", "programme", "organize", "color" all pass).
- The "Subject:" label, e-mail addresses, web addresses and phone numbers (the signature's
  contact lines) are not prose and are not checked; the subject text itself is.
"""

from __future__ import annotations

import difflib
import functools
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from composer import regexes as re
from composer.english import AMERICAN, BRITISH, DIALECTS, dialect_name
from composer.errors import InputError
from composer.models import Notes, text_values
from composer.rules.notes_vocabulary import (
    SPELLING_KINDS,
    copied_from_notes,
    in_notes,
    is_acronym,
    is_notes_word,
    notes_terms,
    notes_words,
    term_spans,
    word_form,
)
from composer.rules.report import Violation
from composer.rules.slips import Slip, slips
from composer.rules.wording import EMAIL_RE, PHONE_RE

if TYPE_CHECKING:
    from harper import Lint, Linter

__all__ = [
    "DIALECTS",
    "INSTALL_HINT",
    "KEPT_KINDS",
    "RULE",
    "available",
    "dialect_name",
    "lint_kinds",
    "load_checker",
    "missing_checker",
    "proofread_findings",
    "proofreading",
    "resolve_dialect",
]

RULE = "proofread"
INSTALL_HINT = "pip install 'thankyou-composer[proofread]'"

# Harper rules switched off: style or readability advice rather than mistakes, and heuristics
# that raise false alarms on the phrases thank-you letters are made of.
QUIET_RULES: tuple[str, ...] = (
    "OxfordComma",  # the serial comma is a house-style choice
    "NoOxfordComma",
    "LongSentences",  # length is the length rule's business, and a judgement call
    "UseTitleCase",  # a subject line in sentence case is fine
    "SpelledNumbers",  # "5 years" and "five years" are both correct
    "BoringWords",
    "AvoidContractions",  # "I'm" is fine in a warm letter
    "SendAnEmailTo",  # wordiness advice
    "CondenseAllThe",
    "RoadMap",  # "roadmap" -> "road map": a preference; "roadmap" is standard business English
    # Heuristics that misfired on stock thank-you phrases in a sweep of about 150 of them, and
    # caught none of the slips they aim at ("I went the store", "you team"):
    "MissingPreposition",  # "It was great meeting you today" -> "was" lacks a preposition
    "PossessiveYour",  # "speaking with you yesterday" -> "your yesterday"
)

# Lint kinds that are advice rather than mistakes (Harper's LintKind names).
STYLE_KINDS: frozenset[str] = frozenset(
    {"Style", "Readability", "Enhancement", "Redundancy", "Regionalism", "Formatting"}
)

# Harper's lint kinds that raised no false alarm on the good-letter corpus (tests/corpus/good,
# 40-odd well-written letters: professions, tones, British and American, panels), as
# benchmarks/proofread_precision.py measures them; findings of any other kind are dropped.
KEPT_KINDS: frozenset[str] = frozenset(
    {"Spelling", "Typo", "Repetition", "Miscellaneous", "Grammar", "Malapropism",
     "BoundaryError", "Nonstandard", "Punctuation", "Usage"}
)  # fmt: skip
# Measured and dropped: each raised a false alarm there. Agreement read a countable use of an
# abstract noun ("one clarification") as a mass noun; WordChoice took "affects" for "effects"
# and "CRO on" for one word; Eggcorn read "on mass-market lines" as "en masse"; Capitalization
# took "day one" for a brand name. The slips they would catch most often in a letter are in
# composer/rules/slips.py instead.
DROPPED_KINDS: frozenset[str] = frozenset({"Agreement", "WordChoice", "Eggcorn", "Capitalization"})

# How a finding's kind is named in a message (Harper files wrong articles under Miscellaneous).
_KIND_LABELS: dict[str, str] = {
    "Spelling": "spelling",
    "Typo": "typo",
    "Agreement": "agreement",
    "Repetition": "repeated word",
    "Capitalization": "capitalisation",
    "Miscellaneous": "grammar",
    "Grammar": "grammar",
    "WordChoice": "word choice",
}

# Not prose: masked out (replaced by spaces, so positions in the text stay the same).
_SUBJECT_LABEL = re.compile(r"^[ \t]*Subject[ \t]*:", re.IGNORECASE | re.MULTILINE)
# Wider than wording.URL_RE: a bare domain ("northwind.example") is no prose either.
_URL = re.compile(
    r"\b(?:https?://|www\.)\S+?(?=[.,;:!?)]*(?:\s|$))"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|me|co|uk|ai|app|example)\b(?:/\S*?(?=[.,;:!?)]*(?:\s|$)))?"
)
# A word as written, digits and all: "X2K4", "SW1A", "Web3", "Okafor's" ("-" separates words).
# Punctuation around a notes word that is not part of it: "(A/S)," is "A/S".

_LOCK = threading.Lock()
_QUOTE_MAX = 60  # longer offending text is cut short in messages (the quote keeps all of it)


def available() -> bool:
    """True when the optional checker (`harper-py`) can be imported."""
    return _import_harper()


@functools.cache
def _import_harper() -> bool:
    try:
        import harper  # noqa: F401
    except ImportError:
        return False
    return True


def missing_checker(what: str = "proofreading") -> InputError:
    """The error for `what` (an option, or "proofreading") without the checker, with the fix."""
    return InputError(f"{what} needs the proofread extra, which is not installed: {INSTALL_HINT}")


def proofreading(proofread: bool | None, dialect: str | None) -> tuple[bool, str | None]:
    """Whether to proofread, and the chosen dialect's name: the one place that decides.

    `proofread` True turns it on, False leaves it off, None turns it on when the checker is
    installed; a dialect always turns it on. Proofreading asked for without the checker installed
    is an InputError with the install hint, so a caller can refuse before any other work; an
    unknown dialect is one too.
    """
    name = dialect_name(dialect)
    if proofread or name is not None:
        if not available():
            raise missing_checker("`proofread`" if proofread else "`dialect`")
        return True, name
    return proofread is None and available(), name


def resolve_dialect(dialect: str | None) -> tuple[int, ...]:
    """The Harper dialects a text must pass: the chosen one, or American and British alike."""
    name = dialect_name(dialect)
    return (AMERICAN, BRITISH) if name is None else (DIALECTS[name],)


@functools.cache
def _linter(dialect: int) -> Linter:
    """The process's linter for one dialect, built on first use (building it is the slow step)."""
    try:
        from harper import Dialect, Linter
    except ImportError:
        raise missing_checker() from None

    linter = Linter(Dialect(dialect))
    config: dict[str, bool | None] = dict(linter.get_default_lint_config())
    for name in QUIET_RULES:
        if name in config:
            config[name] = False
    linter.set_lint_config(config)
    return linter


def load_checker(dialect: str | None = None) -> None:
    """Build the checker now rather than on first use (for start-up timing and warm-up)."""
    for value in resolve_dialect(dialect):
        _linter(value)


def prose(text: str) -> str:
    """`text` with what is not prose blanked out: the Subject label, addresses, phone numbers."""
    masked = text
    for pattern in (_SUBJECT_LABEL, EMAIL_RE, _URL, PHONE_RE):
        masked = pattern.sub(lambda m: " " * len(m.group(0)), masked)
    return masked


@dataclass(frozen=True)
class _Finding:
    start: int
    end: int
    kind: str
    kind_label: str
    message: str
    replacements: tuple[str, ...]
    action: str  # "replace", "remove" or "insert"


def _findings(lints: Iterable[Lint]) -> list[_Finding]:
    found = []
    for lint in lints:
        actions = {0: "replace", 1: "remove", 2: "insert"}
        suggestions = lint.suggestions
        action = actions.get(int(suggestions[0].kind), "replace") if suggestions else "replace"
        found.append(
            _Finding(
                start=lint.span.start,
                end=lint.span.end,
                kind=lint.lint_kind,
                kind_label=lint.lint_kind_pretty,
                message=lint.message,
                replacements=tuple(s.replacement_text for s in suggestions),
                action=action,
            )
        )
    return found


def _lint(dialect: int, text: str) -> list[_Finding]:
    """Lint `text` with the shared linter of `dialect` (its dictionary is never changed)."""
    return _findings(_linter(dialect).lint(text, language="plaintext"))


@functools.lru_cache(maxsize=4096)
def _misspelled(dialect: int, word: str) -> bool:
    """True when `word`, on its own, is a misspelling in `dialect`."""
    return any(f.kind in SPELLING_KINDS for f in _lint(dialect, word))


def proofread_findings(text: str, notes: Notes, *, dialect: str | None = None) -> list[Violation]:
    """Spelling and grammar mistakes in a letter, as `proofread` warnings (style advice left out).

    Harper's findings of the kinds in KEPT_KINDS, then the common slips it misses (`slips`).
    Raises InputError for an unknown dialect; needs the `proofread` extra (see `available`).
    """
    text = unicodedata.normalize("NFC", text)  # "e" + a combining accent is one letter "é"
    words = notes_words(notes)
    found = [f for f in _candidates(text, notes, dialect) if f.kind in KEPT_KINDS]
    reported = [_violation(text, f, text[f.start : f.end], words) for f in found]
    taken = [(f.start, f.end) for f in found]
    for slip in slips(prose(text), notes.company):
        if any(start < slip.end and slip.start < end for start, end in taken):
            continue  # Harper said it already
        if slip.what == "spelling" and slip.wrong in words:
            continue  # the notes write it so: a name, not a slip
        if slip.what == "repeated word" and in_notes(slip.wrong, notes):
            continue  # copied from the notes as written there
        reported.append(_slip_violation(text, slip))
    return sorted(reported, key=lambda v: text.find(v.quote or ""))


def _slip_violation(text: str, slip: Slip) -> Violation:
    line = text.count("\n", 0, slip.start) + 1
    return Violation(
        rule=RULE,
        severity="warning",
        message=f'{slip.what}, line {line}: "{slip.wrong}" should be "{slip.right}". '
        f'Suggestion: "{slip.right}".',
        quote=slip.wrong,
        fix=f'Replace "{slip.wrong}" with "{slip.right}".',
    )


def lint_kinds(text: str, notes: Notes, *, dialect: str | None = None) -> list[tuple[str, str]]:
    """(Harper lint kind, offending text) of every finding before the kinds are filtered.

    For measuring each kind's false alarms (benchmarks/proofread_precision.py).
    """
    text = unicodedata.normalize("NFC", text)
    return [(f.kind, text[f.start : f.end]) for f in _candidates(text, notes, dialect)]


def _candidates(text: str, notes: Notes, dialect: str | None) -> list[_Finding]:
    """Harper's findings, less notes words, abbreviations and spellings one dialect allows."""
    dialects = resolve_dialect(dialect)
    words = notes_words(notes)
    notes_forms = frozenset(word_form(word) for word in words)
    masked = prose(text)
    inside = term_spans(text, notes_terms(notes))
    written = " ".join(" ".join(text_values(notes.model_dump())).split())
    with _LOCK:
        found = [
            f
            for f in _lint(dialects[0], masked)
            if _reportable(f, text, notes_forms)
            and not any(start <= f.start and f.end <= end for start, end in inside)
            and not copied_from_notes(f.kind, f.start, f.end, text, written)
        ]
        # Without a chosen dialect a misspelling must be wrong in every dialect checked
        # ("colour" and "color" both pass). Only spelling differs between dialects, so the
        # other dialects re-check just the flagged words rather than the whole letter.
        found = [
            f
            for f in found
            if f.kind not in SPELLING_KINDS
            or all(_misspelled(other, masked[f.start : f.end]) for other in dialects[1:])
        ]
    return found


def _reportable(finding: _Finding, text: str, notes_forms: frozenset[str]) -> bool:
    """False for blank spans, notes words and abbreviations."""
    quote = text[finding.start : finding.end]
    return not (
        not quote.strip()
        or is_notes_word(quote, finding.kind, notes_forms)
        or is_acronym(quote, finding.kind)
    )


def _violation(text: str, finding: _Finding, quote: str, words: frozenset[str]) -> Violation:
    line = text.count("\n", 0, finding.start) + 1
    replacements = list(dict.fromkeys(r for r in finding.replacements if r.strip()))
    if finding.kind in SPELLING_KINDS:
        # A misspelled name is most likely one of the notes' names: offer those first.
        close = difflib.get_close_matches(quote, sorted(words), n=2, cutoff=0.75)
        replacements = list(dict.fromkeys([*close, *replacements]))
    shown = replacements[:3]
    said = finding.message.strip()
    if said and said[-1] not in ".?!":
        said += "."
    label = _KIND_LABELS.get(finding.kind, finding.kind_label.lower())
    shown_quote = quote if len(quote) <= _QUOTE_MAX else quote[: _QUOTE_MAX - 1] + "…"
    said = said.replace(quote, shown_quote) if shown_quote != quote else said
    message = f'{label}, line {line}: "{shown_quote}": {said}'
    if finding.action == "remove":
        fix = f'Remove "{quote}".'
        message += " Suggestion: remove it."
    elif finding.action == "insert" and shown:
        fix = f'Insert "{shown[0]}" after "{quote}".'
        message += f' Suggestion: add "{shown[0]}" after it.'
    elif shown:
        fix = f'Replace "{quote}" with "{shown[0]}".'
        options = " or ".join(f'"{option}"' for option in shown)
        message += f" Suggestion: {options}."
    else:
        fix = f'Reword "{quote}".'
    return Violation(rule=RULE, severity="warning", message=message, quote=quote, fix=fix)
