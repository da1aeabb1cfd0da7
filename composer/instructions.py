"""What a revision instruction asks for, read without a model, and where a missing fact belongs.

The offline composer cannot read free text, so `offline_change` recognises the few instructions
it can carry out (shorter, longer, concise, more formal, warmer, drop the personal line,
mention something in the notes) and raises `NeedsModelError` for anything else. `find_item`
finds the notes entry a "mention ..." names; `notes_field` says which notes field a fact the
notes lack would go in, so the user can add it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from composer import regexes as re
from composer.english import WORD_RE
from composer.errors import InputError, NeedsModelError
from composer.models import Interviewer, Notes, Tone
from composer.rules.keywords import STOPWORDS, stem

__all__ = [
    "Item",
    "OfflineChange",
    "find_item",
    "items",
    "mentions",
    "notes_field",
    "offline_change",
    "share",
]


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that tell which notes field a fact belongs in, tried in this order.
_FIELD_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("candidate", _wordset("phone email address linkedin website portfolio")),
    ("next_steps", _wordset("decision timeline deadline hear back steps round offer")),
    ("follow_up", _wordset("clarify clarification correct answer forgot follow")),
    (
        "rapport",
        _wordset(
            "met meet trip travel travelling traveling flight holiday vacation dog cat pet "
            "family kids children hobby book film movie race marathon weekend personal both "
            "hometown wedding baby garden concert game match band shared"
        ),
    ),
    (
        "highlights",
        _wordset(
            "built led cut saved won award result results achieved demo presented showed "
            "launched shipped delivered increased reduced grew"
        ),
    ),
    (
        "qualifications",
        _wordset(
            "years experience degree certified certification skill skills background "
            "trained studied"
        ),
    ),
    ("contribution", _wordset("bring contribute offer")),
    ("topics", _wordset("discussed talked conversation project challenge plan roadmap asked")),
)


def notes_field(instruction: str, notes: Notes, person: Interviewer) -> str:
    """The notes field (by its path in the file) that a fact the instruction asks for goes in."""
    words = {w.casefold() for w in WORD_RE.findall(instruction)}
    index = next(i for i, p in enumerate(notes.interviewers) if p.name == person.name)
    who = f"interviewers[{index}]"
    for name, cues in _FIELD_CUES:
        if words & cues:
            if name == "candidate":
                return "candidate (email, phone or address)"
            if name in ("rapport", "topics"):
                return f"{who}.{name} (the entry for {person.name})"
            return name
    return (
        f"{who}.rapport (something personal {person.name} told you) or {who}.topics "
        "(something you discussed)"
    )


_FILLER = _wordset(
    "please make it the letter a an bit little slightly much lot more less be sound "
    "tone and also too can you could would should it's its this that me my so just "
    "somewhat rather way lines line"
)
_SHORTER = re.compile(
    r"\b(?:shorter|shorten|briefer|brief|tighter|trim(?:\s+it)?|cut\s+it\s+down|less\s+wordy)\b",
    re.IGNORECASE,
)
_CONCISE = re.compile(r"\b(?:concise|terse|terser|succinct)\b", re.IGNORECASE)
_LONGER = re.compile(r"\b(?:longer|lengthen|expand|fuller|more\s+detail(?:ed)?)\b", re.IGNORECASE)
_FORMAL = re.compile(r"\b(?:formal|professional|reserved|polished)\b", re.IGNORECASE)
_WARM = re.compile(r"\b(?:warmer|warm|friendlier|friendly|less\s+formal|casual)\b", re.IGNORECASE)
_DROP_PERSONAL = re.compile(
    r"\b(?:drop|remove|delete|cut|omit|skip|leave\s+out|take\s+out|no|without)\b"
    r"(?:\s+(?:the|my|that|this|a))?\s+(?:personal|rapport)"
    r"(?:\s+(?:line|note|touch|bit|remark|sentence|detail|part|wish))?\b",
    re.IGNORECASE,
)
_MENTION = re.compile(
    r"^\s*(?:please\s+)?(?:also\s+)?(?:mention|bring\s+up|refer\s+to|include|add|recall|"
    r"talk\s+about|say\s+something\s+about)\s+(?P<what>.+?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# Clauses: split at commas, semicolons and full stops, and at "and" before a new request.
_CLAUSES = re.compile(
    r"[;,]|\.(?:\s|$)|\band\b(?=\s+(?:make|keep|drop|remove|delete|mention|be|sound|cut|leave|"
    r"omit|shorter|longer|warmer|more|less|bring|include|add)\b)",
    re.IGNORECASE,
)
# Tried in this order, so "less formal" is read as warmer before "formal" is seen.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("drop", _DROP_PERSONAL),
    ("shorter", _SHORTER),
    ("concise", _CONCISE),
    ("longer", _LONGER),
    ("warm", _WARM),
    ("formal", _FORMAL),
)


@dataclass(frozen=True)
class OfflineChange:
    """What an instruction asks of the offline composer."""

    tone: Tone | None = None
    shorter: bool = False
    longer: bool = False
    drop_rapport: bool = False
    mention: str | None = None


def needs_model(instruction: str) -> NeedsModelError:
    """The error for an instruction only a model can carry out."""
    return NeedsModelError(
        f'"{instruction}": free-form revision needs a model (set OPENAI_API_KEY, or give '
        '`base_url`). Offline, a letter can be made "shorter", "longer", "concise", "more '
        'formal" or "warmer", "drop the personal line", or "mention" something in the notes.'
    )


def offline_change(instruction: str) -> OfflineChange:
    """The change an instruction asks for; NeedsModelError when the offline composer cannot."""
    found: set[str] = set()
    mention: str | None = None
    for clause in _CLAUSES.split(instruction):
        if not clause.strip():
            continue
        asked = _MENTION.match(clause)
        if asked and not _DROP_PERSONAL.search(clause):
            mention = asked.group("what").strip()
            continue
        rest = clause
        for kind, pattern in _KINDS:
            if pattern.search(rest):
                found.add(kind)
                rest = pattern.sub(" ", rest)
        if [w for w in WORD_RE.findall(rest) if w.casefold() not in _FILLER]:
            raise needs_model(instruction)
    tones: list[Tone] = [t for t in ("concise", "warm", "formal") if t in found]
    if not (found or mention):
        raise needs_model(instruction)
    if len(tones) > 1:
        raise InputError(f'"{instruction}" asks for more than one tone ({", ".join(tones)}).')
    if ("shorter" in found or "concise" in found) and "longer" in found:
        raise InputError(f'"{instruction}" asks for a letter both shorter and longer.')
    return OfflineChange(
        tone=tones[0] if tones else None,
        shorter="shorter" in found or "concise" in found,  # a concise letter is a short one
        longer="longer" in found,
        drop_rapport="drop" in found,
        mention=mention,
    )


def content_stems(text: str) -> set[str]:
    """The stems of the words in `text` that carry meaning."""
    return {
        stem(w)
        for w in WORD_RE.findall(text)
        if w.casefold() not in STOPWORDS and w.casefold() not in _FILLER and len(w) > 1
    }


@dataclass(frozen=True)
class Item:
    """One entry of the notes: its field ("other" for another interviewer's), text and owner."""

    field: str
    text: str
    owner: str | None = None


def items(notes: Notes, person: Interviewer) -> Iterable[Item]:
    """Every entry of the notes a letter to `person` may use, then the other interviewers'."""
    for text in person.topics:
        yield Item("topics", text)
    for text in person.rapport:
        yield Item("rapport", text)
    for name in ("qualifications", "highlights"):
        for text in getattr(notes, name):
            yield Item(name, text)
    for name in ("contribution", "follow_up", "next_steps"):
        value = getattr(notes, name)
        if value:
            yield Item(name, value)
    for other in notes.interviewers:
        if other.name != person.name:
            for text in (*other.topics, *other.rapport):
                yield Item("other", text, owner=other.name)


def find_item(what: str, notes: Notes, person: Interviewer) -> Item | None:
    """The notes entry `what` names (at least half its words are in it); None when none is."""
    wanted = content_stems(what)
    if not wanted:
        return None
    best: tuple[float, Item] | None = None
    for item in items(notes, person):
        share = len(wanted & content_stems(item.text)) / len(wanted)
        if share >= 0.5 and (best is None or share > best[0]):
            best = (share, item)
    return best[1] if best else None


def share(text: str, item: Item) -> float:
    """How much of the notes entry `text` says: the share of its words found in it."""
    wanted = content_stems(item.text)
    return len(wanted & content_stems(text)) / len(wanted) if wanted else 0.0


def mentions(text: str, item: Item) -> bool:
    """True when most words of the notes entry are in `text`."""
    return share(text, item) >= 0.5
