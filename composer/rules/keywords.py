"""Keywords of a notes entry and whether a letter picks them up: stop words, rough stems."""

from __future__ import annotations

import functools

from composer import regexes as re
from composer.english import SPELLED_NUMBERS, WORD_RE
from composer.shortforms import NOTE_SHORTHAND

_STOPWORDS = """
    a an and the of in on at to for from with by as or but if is are was were be been being am i
    me my we our you your he him his she her they them their it its this that these those there
    here what which who whom how when where why so such than then too very just also only about
    into over under after before during through up down out off again once all any both each
    few more most other some own same not no nor can will would should could may might must
    shall do does did done have has had having get got make made take took go going went come
    came year years time times experience experiences work worked working team role roles job
    company skill skills new next last week weeks month months day days summer winter spring
    autumn fall weekend today tomorrow soon now still recently just since way lot lots really
    one two three four five six seven eight nine ten first second third use used using good
    great well much many part across per via while whole like
"""
STOPWORDS = frozenset(_STOPWORDS.split())
_SUFFIXES = ("ingly", "edly", "ings", "ing", "ions", "ion", "ers", "er", "ed", "es", "ly", "s")


# The caches below are kept small: a notes file brings words of its own (names, topics), so a
# large cache keeps filling with words no later file uses and memory grows with the number of
# files; the words every letter uses stay in.
@functools.lru_cache(maxsize=1024)
def stem(word: str) -> str:
    """A rough stem so that "cycling" meets "cycle" and "adopted" meets "adoption"."""
    word = word.casefold()
    if word in SPELLED_NUMBERS:
        return SPELLED_NUMBERS[word]  # "three" in a letter is the notes' "3"
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2]:
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=256)  # notes entries: each file's are its own
def keywords(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(all content stems, distinctive stems: proper nouns and numbers) of a notes entry."""
    found: set[str] = set()
    distinctive: set[str] = set()
    for position, match in enumerate(WORD_RE.finditer(text)):
        word = match.group()
        has_digit = any(ch.isdigit() for ch in word)
        if word.casefold() in STOPWORDS or (len(word) < 3 and not has_digit):
            continue
        key = stem(word.replace(",", ""))
        found.add(key)
        # A capital at the start of an entry ("Led a team") is not a proper noun.
        if has_digit or (word[0].isupper() and (position > 0 or word.isupper())):
            distinctive.add(key)
    return frozenset(found), frozenset(distinctive)


# Words a letter may use for the same personal event as its note: "getting married in
# Hobart" is picked up by "congratulations on your wedding". Each family is one event; a word
# of it in the note and another of it in the letter count as a reference. Words with a common
# other sense ("expecting", "engaged", "moving", "graduate") are left out: "I expect to hear"
# is no reference to a baby.
_KINDRED = (
    "marry married marrying marriage wedding honeymoon newlywed",
    "baby babies pregnant pregnancy newborn birth maternity paternity",
    "retire retired retiring retirement",
)
_FAMILIES = [frozenset(stem(word) for word in family.split()) for family in _KINDRED]
_KIN = {key: family for family in _FAMILIES for key in family}  # the families share no stem


def kindred(stems: set[str]) -> set[str]:
    """`stems` with every stem of the same personal event family ("wedd" brings "marri")."""
    return stems.union(*(_KIN[key] for key in stems if key in _KIN))


def letter_stems(text: str) -> set[str]:
    """The stems of every word of `text`."""
    return {stem(word.replace(",", "")) for word in WORD_RE.findall(text)}


def refers_to(entry: str, stems: set[str], *, needed: int = 2) -> bool:
    """True when the letter (as `stems`) picks up the notes entry."""
    found, distinctive = keywords(entry)
    # Short stems ("run" from "running") are too common to show a reference on their own.
    telling = {key for key in found if len(key) >= 4 or key in distinctive} or found
    matched = telling & stems
    return bool(matched & distinctive) or len(matched) >= min(needed, len(telling))


# Note shorthand of one word and the words a letter writes for it ("rep cert" ->
# "representative certificate"); a form with a capital ("Mon") is a name, left as typed.
_SHORT_WORDS = {short: full for short, full in NOTE_SHORTHAND if re.fullmatch(r"[a-z]+", short)}
_SHORT_RE = re.compile(rf"\b(?:{'|'.join(sorted(_SHORT_WORDS, key=len, reverse=True))})\b")


# A figure in thousands typed with "k" ("cut write-offs ~$410k/yr"), which a letter writes out.
_THOUSANDS = re.compile(r"(?<![\w.,])(\d+(?:\.\d)?)k\b")


def spelled_out(entry: str) -> str:
    """A notes entry with its note shorthand in full words, as a letter says it: "agents rep
    cert" -> "agents representative certificate", "$410k" -> "$410,000"."""
    entry = _THOUSANDS.sub(lambda m: f"{round(float(m[1]) * 1000):,}", entry)
    return _SHORT_RE.sub(lambda m: _SHORT_WORDS[m.group()], entry)


def recalls(entry: str, stems: set[str], *, needed: int = 2) -> bool:
    """True when the letter picks up the entry as typed or with its shorthand spelled out."""
    if refers_to(entry, stems, needed=needed):
        return True
    full = spelled_out(entry)
    return full != entry and refers_to(full, stems, needed=needed)
