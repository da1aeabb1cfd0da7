"""A degree typed with a bracket after it, read by what the bracket holds: a school's name
("BSc cyber security (Deakin)", "MSc IT mgmt (UCC)", "BSpEx (AUT)") is where it is from; a
word of the dictionary ("Diploma of Government (Investigation)") is its specialism, kept in its
bracket as typed, never said as a school ("from Investigation").

A school in brackets is initials ("UCC", "NUIG") or capitalised words no dictionary knows
("Deakin", "Massey"); a degree is one the degree table names (`credentials.names_degree`) or
one built like a degree's initials: a B or an M, then capitalised parts in lower case ("BSpEx",
"BComm"). Its subject, typed in lower case, is said after "in", its note-speak spelled out
("mgmt"), and the line is left to the other readers when a word stays unsure.

A tail after a dash that is the writer's own story in the first person ("cert III 2017 - got
it while i was nannying") is a note to self, dropped by `without_note`.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import credentials, lexicon
from composer.offline.realise import Clause
from composer.offline.shorthand import expand
from composer.offline.words import FUNCTION_WORDS

_LINE = re.compile(r"(?P<what>[^()]+?) \((?P<aside>[^()]+)\)")
# A degree's initials built like one: "BSpEx", "BComm", "MProf" (a B or M, then capitalised
# parts in lower case).
_BUILT = re.compile(r"[BM](?:[A-Z][a-z]+)+")


def school(aside: str) -> bool:
    """ "UCC", "Deakin", "Victoria University": a school's name; "Investigation": a word of the
    dictionary, a specialism."""
    words = aside.split()
    if not words or len(words) > 4:
        return False
    if words[-1].lower() in ("university", "college", "institute", "polytechnic"):
        return all(w[:1].isupper() or w in ("of", "and") for w in words)
    return all(
        re.fullmatch(r"[A-Z]{2,6}", w) or (w.istitle() and not lexicon.known(w.lower()))
        for w in words
    )


def specialism(aside: str) -> bool:
    """ "Investigation", "Clinical Practice": capitalised words of the dictionary."""
    words = aside.split()
    return bool(words) and all(
        w in ("and", "of", "&") or (w.istitle() and lexicon.known(w.lower())) for w in words
    )


def read(line: str) -> Clause | None:
    """The degree line said as held ("I hold a BSc in cyber security from Deakin"), or None
    when it is not a degree with a bracket of these shapes."""
    found = _LINE.fullmatch(" ".join(line.split()).rstrip("."))
    if found is None:
        return None
    what, aside = found["what"], found["aside"]
    words = what.split()
    named = credentials.names_degree(what) or bool(_BUILT.fullmatch(words[0]))
    if not named:
        return None
    if specialism(aside) and re.fullmatch(
        r"(?:[A-Z][a-z]+|of|and|in)(?: (?:[A-Z][a-z]+|of|and))*", what
    ):
        return Clause("I", "hold", f"{lexicon.article(what)} {what} ({aside})")
    if not school(aside):
        return None
    degree, subject = words[0], expand(" ".join(words[1:]))
    for word in subject.split():
        if word.isupper() and len(word) <= 4:
            continue  # "IT management": a field's initials
        if not word.islower() or word in FUNCTION_WORDS or lexicon.note_speak(word):
            return None
    return Clause("I", *credentials.Degree(degree, subject, aside, "", "", "", "").said())


# A tail after a dash in lower case, three words or more, one of them the writer ("i", "my").
_NOTE_TAIL = re.compile(r" - (?P<tail>[a-z][^-()]*(?: [^-()\s]+){2,})$")


def without_note(line: str) -> str:
    """The line without a dash tail that tells what happened to the writer ("got it while i was
    nannying", "my boss paid for it"); a tail that asks for something done ("renew it before i
    start": a verb in its base form first) is kept, and the line with it left unread."""
    found = _NOTE_TAIL.search(line)
    words = found["tail"].split() if found else []
    if not ({"i", "my", "me"} & set(words)):
        return line
    first = words[0]
    if first not in FUNCTION_WORDS and lexicon.is_base_verb(first) and not lexicon.is_past(first):
        return line  # "renew it before i start": a thing to do, not a thing done
    return line[: found.start()] if found else line
