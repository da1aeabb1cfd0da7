"""What the rules need to know about the notes, worked out once per set of notes.

`facts_for(notes)` builds a `Facts` (vocabulary for grounding, name spellings for `names`, contact
details) and caches it by the notes' content, so checking many drafts against the same notes pays
for it once.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar, cast

from composer import regexes as re
from composer.english import GIVEN_TOO, GREETING_RE, TITLES, WORD_RE, is_title, title_as_written
from composer.errors import InputError
from composer.models import Interviewer, Notes
from composer.rules.tokens import blank_addresses
from composer.rules.wording import EMAIL_RE, fold, normalise, strip_accents
from composer.shortforms import (
    COUNTRY_SHORTHAND,
    DEGREE_WORDS,
    LANGUAGE_CODES,
    LANGUAGE_NAMES,
    NAME_SHORTHAND,
    NOTE_SHORTHAND,
    QUALIFICATION_SHORT,
    REGION_SHORTHAND,
    SAID_IN_FULL,
    TOOL_SHORT,
)

T = TypeVar("T")

MEMO_SIZE = 8192
"""Keys each `Facts.memo` holds at most (words looked up against one set of notes)."""

_ORDINAL_RE = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_DIGITS_RE = re.compile(r"\D+")
_PARTS_RE = re.compile(r"[-']")


@dataclass(frozen=True)
class NameToken:
    """One word of a name that must be spelled exactly: "Whitfield", "O'Connor-Ramírez"."""

    text: str
    whose: str  # for messages: "the name of the interviewer Dana Whitfield", "the company name"
    folded: str = ""  # casefolded
    plain: str = ""  # casefolded, accents stripped

    def __post_init__(self) -> None:
        object.__setattr__(self, "folded", self.text.casefold())
        object.__setattr__(self, "plain", strip_accents(self.text.casefold()))


@dataclass(frozen=True)
class Person:
    """An interviewer and the words that address them."""

    interviewer: Interviewer
    tokens: frozenset[str]  # folded name and salutation words, titles left out
    spellings: tuple[str, ...]  # ways to address them, for messages
    coordinator: bool = False  # the panel's coordinator, who gets one letter for the panel


@dataclass(frozen=True, eq=False)
class Facts:
    """Everything derived from one set of notes (compared and hashed by identity)."""

    notes: Notes
    vocabulary: frozenset[str]  # folded words and numbers found anywhere in the notes
    exact_words: frozenset[str]  # words of the notes as written, possessives dropped
    name_tokens: tuple[NameToken, ...]
    name_exact: frozenset[str]  # name words as written in the notes
    hyphenated: tuple[NameToken, ...]  # name words holding a hyphen
    emails: frozenset[str]
    phones: frozenset[str]  # digits only
    all_text: str  # all notes text, casefolded, spaces collapsed: for web addresses and such
    people: tuple[Person, ...]
    # Letterhead fields (candidate name, address and its lines, company, role, interviewers' names,
    # titles and salutations) as words: see `letterhead_words`.
    letterhead: tuple[str, ...] = ()  # each " word word ... " (spaces around), for part matches
    letterhead_whole: frozenset[str] = frozenset()  # each "word word ...", whole fields only
    coordinator: Person | None = None  # the notes' coordinator, when they name one
    # What the rules work out from these facts (and a word or a name), kept as long as the facts
    # are: a cache keyed by the facts themselves would keep every notes file ever checked alive.
    _memo: dict[object, object] = field(default_factory=dict, init=False, compare=False, repr=False)

    def memo(self, key: object, compute: Callable[[], T]) -> T:
        """`compute()` worked out once for these facts; at most MEMO_SIZE keys are kept."""
        memo = self._memo
        if key in memo:
            return cast(T, memo[key])
        value = compute()
        if len(memo) >= MEMO_SIZE:
            memo.clear()  # a long run of new words: start again rather than grow
        memo[key] = value
        return value

    def person(self, name: str) -> Person:
        """The interviewer called `name` (their full name, salutation or a unique name word)."""
        wanted = unicodedata.normalize("NFC", " ".join(name.split())).casefold()
        for person in self.people:
            if " ".join(person.interviewer.name.split()).casefold() == wanted:
                return person
        words = {fold(w.group()) for w in WORD_RE.finditer(normalise(name))} - TITLES
        matches = [p for p in self.people if words and words <= p.tokens]
        if len(matches) == 1:
            return matches[0]
        names = ", ".join(f'"{p.interviewer.name}"' for p in self.people)
        raise InputError(f'no interviewer called "{name}" in the notes; use one of: {names}.')


def notes_text(notes: Notes) -> list[str]:
    """Every piece of free text in the notes, names and contact details included."""
    parts: list[str | None] = [
        notes.candidate.name,
        notes.candidate.email,
        notes.candidate.phone,
        notes.candidate.address,
        notes.company,
        notes.role,
        notes.interview.stage,
        notes.interview.format,
        notes.contribution,
        notes.follow_up,
        notes.next_steps,
        *notes.qualifications,
        *notes.highlights,
    ]
    for person in notes.interviewers:
        parts += [person.name, person.title, person.email, person.salutation]
        parts += person.topics
        parts += person.rapport
    if notes.coordinator is not None:
        who = notes.coordinator
        parts += [who.name, who.title, who.email, who.salutation]
    return [p for p in parts if p]


def _date_words(day: dt.date) -> set[str]:
    return {
        str(day.day),
        f"{day.day:02d}",
        str(day.year),
        str(day.month),
        f"{day.month:02d}",
        calendar.month_name[day.month].casefold(),
        calendar.day_name[day.weekday()].casefold(),
    }


def _name_tokens(text: str, whose: str) -> list[NameToken]:
    found: list[NameToken] = []
    for match in WORD_RE.finditer(text):
        word = match.group()
        stop = text[match.end() : match.end() + 1] == "."  # "Col. Hartigan": the colonel
        if is_title(word + "." * stop, text) or not word[0].isupper():
            continue
        found.append(NameToken(word, whose))
        if "-" in word:
            found += [NameToken(part, whose) for part in word.split("-") if part[:1].isupper()]
    return found


def _composed(notes: Notes) -> Notes:
    """The notes with accents composed (NFC), as `normalise` composes a letter's."""
    data = notes.model_dump()
    fixed = _nfc(data)
    return notes if fixed == data else Notes.model_validate(fixed)


def _nfc(value: object) -> object:
    if isinstance(value, str):
        return value if value.isascii() else unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {key: _nfc(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_nfc(item) for item in value]
    return value


# Shorthand of the notes and the words a letter writes for it: "Univ of Worcester" in the notes
# supports "University of Worcester" in the letter, "3 wks" supports "weeks".
_SPELLED_OUT = tuple(
    (fold(short).rstrip(".:"), tuple(fold(w) for w in WORD_RE.findall(full)))
    for pair in (
        *NOTE_SHORTHAND,
        *SAID_IN_FULL,
        *DEGREE_WORDS,
        *NAME_SHORTHAND,
        *TOOL_SHORT,
        *REGION_SHORTHAND,
        *COUNTRY_SHORTHAND,
        *LANGUAGE_CODES,
        *LANGUAGE_NAMES,
        *QUALIFICATION_SHORT,
        ("univ", "university"),
        ("u", "university"),  # "U. of Arizona"
        ("admin", "administrator"),
    )
    # "doc review" -> "document review": each word of the shorthand with its full word
    for short, full in (zip(*map(str.split, pair), strict=True) if " " in pair[0] else [pair])
    if short != full and WORD_RE.fullmatch(short.rstrip(".:"))
)


def _said_numbers(word: str) -> set[str]:
    """The figures a letter writes for a number typed in shorthand: "25k" -> "25000", "2.4m"
    -> "2.4" (said "2.4 million"), "L3" -> "level", "3", "40ish" -> "40" (said "about 40"),
    "4.1s" -> "4.1" (a unit glued to its figure: said "4.1 seconds")."""
    level = re.fullmatch(r"l(\d)", word)  # "NVQ L3" is said "NVQ Level 3"
    if level:
        return {"level", level.group(1)}
    thousands = re.fullmatch(r"(\d+(?:\.\d+)?)k", word)
    if thousands:
        return {thousands.group(1), f"{float(thousands.group(1)) * 1000:.0f}"}
    # any other letters glued to a figure leave the figure itself: "2.4m", "40ish", "24h"
    figure = re.fullmatch(r"(\d+(?:\.\d+)?)[a-z]{1,5}", word)
    return {figure.group(1)} if figure else set()


# A date typed in figures, day and month in either order, a year perhaps: "12/8", "08/12/26".
_FIGURE_DATE_RE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2}(?:\d{2})?)?")
# A date typed with dots, day first, its month closed by a dot or a year: "18.12.", "11.12.2026",
# or after its weekday: "fri 11.12".
_DOTTED_DATE_RE = re.compile(
    r"(?<![\d.])([12]\d|3[01]|0?[1-9])\.(1[0-2]|0?[1-9])\.(?:\d{2,4})?(?!\d)"
    r"|(?i:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)([12]\d|3[01]|0?[1-9])\.(1[0-2]|0?[1-9])(?![\d.])"
)

# A year typed with an apostrophe for its century: "'31", "'98".
_SHORT_YEAR_RE = re.compile(r"(?<![\w'’])['’](\d\d)\b(?!['’]|\.\d)")
# A span of years typed with its end year cut to two digits: "2022-25".
_YEAR_SPAN_RE = re.compile(r"((?:19|20)\d\d)-(\d\d)")


def _spelled_out(vocabulary: set[str]) -> set[str]:
    """The full words for the shorthand words in `vocabulary`."""
    return {word for short, full in _SPELLED_OUT if short in vocabulary for word in full}


def build_facts(notes: Notes) -> Facts:
    """Work out the `Facts` of `notes` (uncached)."""
    notes = _composed(notes)
    vocabulary: set[str] = set()
    exact: set[str] = set()
    texts = notes_text(notes)
    # Each word once: notes say the same words again and again.
    written = {word for text in texts for word in WORD_RE.findall(blank_addresses(text))}
    for raw in written:
        exact.add(raw.removesuffix("'s"))
        word = fold(raw)
        vocabulary.add(word)
        if "-" in word or "'" in word:
            vocabulary.update(_PARTS_RE.split(word))
        if not word.isalpha() and any(ch.isdigit() for ch in word):
            vocabulary.add(word.replace(",", ""))
            # "120k-doc review": the figure inside a compound is said in full too
            for part in {word, *word.split("-")}:
                vocabulary.update(_said_numbers(part))
            ordinal = _ORDINAL_RE.match(word)
            if ordinal:
                vocabulary.add(ordinal.group(1))
            if _FIGURE_DATE_RE.fullmatch(word):  # "12/8" is said "December 8" or "12 August"
                vocabulary.update(part.lstrip("0") or "0" for part in word.split("/"))
            span = _YEAR_SPAN_RE.fullmatch(word)
            if span:  # "2022-25" is said "between 2022 and 2025", "1998-02" "... and 2002"
                start, end = int(span.group(1)), int(span.group(2))
                vocabulary.add(str(start - start % 100 + end + (100 if end < start % 100 else 0)))
    for text in texts:  # "decision by 18.12.": said "by 18 December"
        for dotted in _DOTTED_DATE_RE.finditer(text):
            vocabulary.update(part.lstrip("0") for part in dotted.groups() if part)
    for text in texts:  # "'31 lot test summary": said "the 2031 lot test summary"
        for short in _SHORT_YEAR_RE.finditer(text):
            year = 2000 + int(short.group(1))
            vocabulary.add(str(year if year <= notes.interview.date.year + 10 else year - 100))
    vocabulary |= _date_words(notes.interview.date)
    vocabulary |= _spelled_out(vocabulary)

    tokens: list[NameToken] = []
    people: list[Person] = []
    for person in notes.interviewers:
        mine, found = _person(person, f"the name of the interviewer {person.name}")
        tokens += mine
        people.append(found)
    coordinator = None
    if notes.coordinator is not None:
        addressee = notes.coordinator.as_addressee()
        mine, coordinator = _person(addressee, f"the name of the coordinator {addressee.name}")
        tokens += mine
        coordinator = replace(coordinator, coordinator=True)
    tokens += _name_tokens(notes.company, "the company name")
    tokens += _name_tokens(notes.candidate.name, "the candidate's name")
    unique = tuple(dict.fromkeys(tokens))

    fields = _letterhead_fields(notes)
    emails = {m.group().casefold() for t in texts for m in EMAIL_RE.finditer(t)}
    phones = {_DIGITS_RE.sub("", notes.candidate.phone)} if notes.candidate.phone else set()
    return Facts(
        notes=notes,
        vocabulary=frozenset(vocabulary),
        exact_words=frozenset(exact),
        name_tokens=unique,
        name_exact=frozenset(t.text for t in unique),
        hyphenated=tuple(t for t in unique if "-" in t.text),
        emails=frozenset(emails),
        phones=frozenset(phones),
        all_text=" ".join(" ".join(texts).split()).casefold(),
        people=tuple(people),
        letterhead=tuple(dict.fromkeys(f" {field} " for field in fields)),
        letterhead_whole=frozenset(fields),
        coordinator=coordinator,
    )


def _person(person: Interviewer, whose: str) -> tuple[list[NameToken], Person]:
    """The name words of someone a letter may address, and the `Person` that addresses them."""
    mine = _name_tokens(person.name, whose)
    if person.salutation:
        mine += _name_tokens(person.salutation, whose)
    folded = {t.folded for t in mine}
    spellings = tuple(dict.fromkeys(s for s in (person.salutation, person.name) if s))
    return mine, Person(person, frozenset(folded), spellings)


# Labels in front of contact details ("Tel: ...", "Email: ...") say nothing the notes must hold.
_LABELS = frozenset(
    {"tel", "telephone", "phone", "mobile", "mob", "cell", "email", "e-mail", "fax", "address"}
    | {"web", "website", "linkedin"}
)


def letterhead_words(text: str) -> list[str]:
    """The folded words of a letterhead line or notes field; titles, labels and "&" normalised."""
    found = []
    for match in WORD_RE.finditer(text.replace("&", " and ")):
        word = fold(match.group())
        if word not in TITLES and word not in _LABELS:
            found.append(word)
    return found


def _letterhead_fields(notes: Notes) -> list[str]:
    """The notes fields a letterhead line may repeat, each as space-joined folded words."""
    texts: list[str | None] = [notes.candidate.name, notes.company, notes.role]
    address = notes.candidate.address
    if address:
        texts.append(address)
        texts += re.split(r"[\n,;]", address)
    people = [(p.name, p.title, p.salutation) for p in notes.interviewers]
    if notes.coordinator is not None:
        who = notes.coordinator
        people.append((who.name, who.title, who.salutation))
    for name, title, salutation in people:
        # a title typed in note shorthand, as a letterhead writes it out ("workshop mgr")
        texts += [name, title, title_as_written(title) if title else None, salutation]
    fields = (" ".join(letterhead_words(text)) for text in texts if text)
    return [field for field in fields if field]


def facts_for(notes: Notes) -> Facts:
    """The `Facts` of `notes`, cached by content."""
    # Notes are frozen but hold lists, so they cannot be hashed; their JSON is a faithful key.
    # A letter asks several times for the same notes object: its key is kept with it, so the
    # JSON is made once per notes (the lists of notes in use are not changed in place).
    global _last_key
    last = _last_key
    if last is not None and last[0] is notes:
        key = last[1]
    else:
        key = notes.model_dump_json()
        _last_key = (notes, key)
    return _cached_by_key(key, _Box(notes))


_last_key: tuple[Notes, str] | None = None  # the notes asked for last, and their key


@dataclass(frozen=True, eq=False)
class _Box:
    """Carries the notes through the cache without taking part in the key."""

    notes: Notes

    def __hash__(self) -> int:
        return 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Box)


@functools.lru_cache(maxsize=64)
def _cached_by_key(key: str, box: _Box) -> Facts:
    return build_facts(box.notes)


def addressee(facts: Facts, greeting: str | None, near: set[str] | None = None) -> Person | None:
    """The one interviewer the greeting names, or None when it names none or several."""
    if not greeting:
        return None
    words = greeting_names(greeting)
    named = [p for p in facts.people if words & p.tokens]
    if len(named) == 1:
        return named[0]
    if not named and near:
        named = [p for p in facts.people if near & p.tokens]
        if len(named) == 1:
            return named[0]
    return None


def greeting_names(greeting: str) -> set[str]:
    """The folded words of a greeting line, greeting words and titles left out."""
    rest = GREETING_RE.sub("", greeting, count=1)
    # a rank that is a given name too stays ("Dear Col," to Col Hartigan): a name word or none
    return {fold(m.group()) for m in WORD_RE.finditer(rest)} - (TITLES - GIVEN_TOO)


def url_known(facts: Facts, url: str) -> bool:
    """True when the web address appears in the notes."""
    bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.casefold()).rstrip("/.")
    return bool(bare) and bare in facts.all_text


__all__ = [
    "Facts",
    "NameToken",
    "Person",
    "addressee",
    "build_facts",
    "facts_for",
    "greeting_names",
    "letterhead_words",
    "notes_text",
    "url_known",
]
