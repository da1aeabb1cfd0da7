"""Credentials recognised by their shape, not by a table: a qualification line that no other
reader could say, read as things held when every part of it is built like a credential's name.

A part is a credential's name when its words are initials ("SSSTS", "EMT-B", "C+E", "FFT2"),
capitalised words, numbers, roman numerals, levels ("level 2", "L1", "lvl 4"), grade words
("advanced", "practitioner") or plain words the dictionary knows, and it has a mark of a
credential: initials, a level or number, or a head noun last ("card", "ticket", "licence",
"cert"). The line is said as held, its parts joined: "Firefighter I & II (IFSAC)" -> "I hold
Firefighter I and II (IFSAC)"; "red card - wildland FFT2" -> "I hold a red card (wildland
FFT2)"; "APICS CPIM" (initials only) -> "I am APICS CPIM certified". A standing typed after the
names is said of them: "CPC up to date" -> "My CPC is up to date"; "EMT-B, nat'l registry" -> "I
am nationally registered as an EMT-B"; a bare span after a licence says how long it has been
held: "C+E licence, 14 yrs" -> "I have held a C+E licence for 14 years"; a membership typed
with its "of" left out is said with it: "assoc. member NZPI" -> "I am an associate member of
NZPI". A school after a dash says where a course was taken: "cert III panel beating - gordon
TAFE"; so does a bracket of a school's name or a year: "Continuing Care Assistant certificate
from NSCC (2019)" -> "I earned a ... from NSCC in 2019". A long bracket of a note to self is
dropped ("type rating (got it at previous carrier, ...)"). Only sure short forms are spelled
out ("nat'l", "cert", "lvl", "assoc."); the candidate's initials are kept as typed. A line with
a word of any other class (a verb, a determiner, a lapsed or pending state, note-speak) is not
read here, and stays left out.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import credentials, cvbracket, itemtails, lexicon
from composer.offline.casing import sentence
from composer.offline.cleaning import licence_classes
from composer.offline.realise import Clause
from composer.offline.wellformed import problem
from composer.offline.words import (
    FUNCTION_WORDS,
    ORDINAL_NUMBERS,
    SCHOOL_WORDS,
    SMALL_NUMBERS,
    TOOL_NAMES,
)


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Head nouns a credential's name ends on, singular and plural; short forms spelled out.
_SINGULAR = _set("card ticket licence license certificate award permit rating")
_HEADS = {
    **{
        w: w for w in _SINGULAR | _set("certification diploma endorsement check clearance passport")
    },
    **{f"{w}s": f"{w}s" for w in _SINGULAR},
    "cert": "certificate",
    "certs": "certificates",
}
# Words that grade a credential inside its name: "CISRS advanced", "PRINCE2 practitioner".
_GRADES = _set(
    "advanced basic intermediate foundation practitioner professional associate expert"
    " master senior junior supervisor"
)
# A standing typed after the names, said of them: "first aid + CPR current".
_STATUS = re.compile(
    r"(?:^|\s+)(?P<state>current|valid|in date|up to date|up-to-date|clean|clear)$", re.I
)
# A registration typed as a part of its own: "nat'l registry".
_REGISTRY = re.compile(r"(?i)nat(?:'l|l|ional|\.)? regist(?:ry|ered|ration)")
# States of a credential not held, or not held yet: such a line is never read here.
_NOT_HELD = re.compile(
    r"(?i)\b(?:lapsed?|expired|expiring|pending|renewing|applied|booked|due|studying|working"
    r"|towards?|in progress|progress|sitting|failed|resit|hoping|planning|soon|next)\b|\?"
)
_INITIALS = re.compile(r"(?:[A-Z0-9][A-Za-z0-9]*[+/.'-]?)+")
_ROMAN = re.compile(r"(?:I{1,3}|IV|V|VI{1,3}|IX|X)")
_NUMBER = re.compile(r"\d+(?:[./-]\d+)*[a-z]?")
_LEVEL = re.compile(r"(?i)\b(?:level|lvl|L)\s?(?P<n>\d{1,2})\b")
# A bare span of years typed after a licence: "14 yrs", "6 years".
_SPAN = re.compile(r"(?P<n>\d{1,2}|[a-z]+)\+? (?:yrs?|years?)")
# A body's initials and its credential's: "APICS CPIM".
_BODY_AND_NAME = r"[A-Z]{3,6} [A-Z]{3,6}"
# Initials of tools people type among their qualifications: never a credential held.
_TOOL_INITIALS = _set(
    "sql html css aws gcp php api crm erp sas gis bim plc cnc seo ppc ux ui ios epos pos ehr emr"
    " etc"
)


def read(item: str, said_by_others: Callable[[str], Clause | None]) -> Clause | None:
    """The line said as credentials held, or None when it is not built like one; a course
    before a dash and a school is said by `said_by_others` (the points reader)."""
    line = licence_classes(" ".join(item.replace("✓", " ").split()).rstrip("."))
    if not line or _NOT_HELD.search(line):
        return None
    # "E170/175 type rating (got it at previous carrier, never flew ...)": the note goes
    line = itemtails.ASIDE_LONG.sub(itemtails.aside_dropped, line)
    line = cvbracket.without_note(line)  # "cert III 2017 - got it while i was nannying"
    found = _from_school(line, said_by_others) or _school_year(line, said_by_others)
    found = found or _read(line)
    # a licence class's "+" ("C+E") is part of its initials, kept as typed, not note-speak
    checked = None if found is None else re.sub(r"\b[A-Z]+\+[A-Z]+\b", "CE", found.text())
    if checked is None or problem(sentence(checked)):
        return None
    return found


# A membership typed with its "of" left out: "assoc. member NZPI", "chartered member CIPD".
_MEMBER = re.compile(
    r"(?:(?P<grade>assoc\.?|associate|full|student|affiliate|chartered|graduate|honorary|life"
    r"|corporate) )?member (?P<body>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)",
    re.I,
)


def _member(line: str) -> Clause | None:
    """ "assoc. member NZPI" -> "I am an associate member of NZPI"."""
    found = _MEMBER.fullmatch(line)
    if found is None or not _initials(found["body"]):
        return None
    grade = (found["grade"] or "").lower()
    grade = "associate" if grade.startswith("assoc") else grade
    named = f"{grade} member" if grade else "member"
    return Clause("I", "am", f"{lexicon.article(named)} {named} of {found['body']}")


def _read(line: str) -> Clause | None:
    if (member := _member(line)) is not None:
        return member
    parts = [p for p in re.split(r",\s+|\s+\+\s+(?![\d])|;\s+", line) if p]
    if len(parts) == 2 and _REGISTRY.fullmatch(parts[1]):
        return _registered(parts[0])
    if len(parts) == 2 and (span := _SPAN.fullmatch(parts[1])) and _head(parts[0]):
        name = _name(parts[0])
        years = _count(span["n"])
        if name is None or years is None:
            return None
        return Clause("I", "have held", f"{_with_article(name)} for {years} years")
    status = _STATUS.search(parts[-1])
    if status:
        parts[-1] = parts[-1][: status.start()]
        parts = [p for p in parts if p]  # "NEBOSH general cert, current"
        if not parts:
            return None  # "current": a standing of nothing named
        names = [_name(p, loose=True) for p in parts]
        if not all(names) or any(" - " in p for p in parts):
            return None
        current = _joined([n for n in names if n])
        verb = "is" if len(names) == 1 else "are"
        if all(_initials(w) for n in names if n for w in n.split()):
            current += " certificate" if len(names) == 1 else " certificates"  # "ALS + PALS"
        return Clause("My", f"{current} {verb}", status["state"].lower())
    if len(parts) == 1 and re.fullmatch(_BODY_AND_NAME, parts[0]):
        return Clause("I", "am", f"{parts[0]} certified")  # "APICS CPIM": a body and its name
    held = [_dashed(p) for p in parts]
    if not all(held):
        return None
    return Clause("I", "hold", _joined([_with_article(n) for n in held if n]))


def _dashed(part: str) -> str | None:
    """The part as a credential's name, a dash aside kept with it: "red card - wildland FFT2"
    -> "red card (wildland FFT2)"; None when a dash joins anything else."""
    left, dash, right = part.partition(" - ")
    if not dash:
        return _name(part)
    if " - " in right or not _head(left) or _head(right):
        return None
    name, aside = _name(left), _name(right, loose=True)
    return None if name is None or aside is None else f"{name} ({aside})"


def _from_school(line: str, said_by_others: Callable[[str], Clause | None]) -> Clause | None:
    """ "cert III panel beating - gordon TAFE" -> "I hold a Certificate III in panel beating
    from Gordon TAFE": the course as the points reader says it, and the school it names."""
    left, dash, right = line.partition(" - ")
    words = right.split()
    if not dash or "," in line or not 1 < len(words) <= 4:
        return None
    if not (words[-1].lower() in SCHOOL_WORDS or words[-1].upper() == "TAFE"):
        return None
    if not all(w.isalpha() and w.lower() not in FUNCTION_WORDS for w in words):
        return None
    course = said_by_others(left)
    if course is None or course.verb not in ("hold", "have completed") or " from " in course.rest:
        return None
    school = " ".join(w if w.isupper() else w.capitalize() for w in words)
    return Clause(course.subject, course.verb, f"{course.rest} from {credentials.definite(school)}")


# A course with where and when it was taken: "Continuing Care Assistant certificate from NSCC
# (2019)", "first aid certificate (St John, 2024)", "Level 3 arb diploma (Myerscough)".
_ASIDE = re.compile(r"(?P<what>[^()]+?) \((?P<aside>[^()]+)\)")
_TRAILING_YEAR = re.compile(r"(?P<what>[^()]+?),? (?P<aside>(?:19|20)\d\d)")
_FROM = re.compile(r"(?P<what>.+?) (?:from|at) (?P<school>[A-Z][\w&]*(?: [A-Z][\w&]*){0,3})")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _school_year(line: str, said_by_others: Callable[[str], Clause | None]) -> Clause | None:
    """ "Continuing Care Assistant certificate from NSCC (2019)" -> "I earned a Continuing
    Care Assistant certificate from NSCC in 2019": the course as the points reader says it
    held or completed, the school (after "from", or in the brackets by its name or initials)
    and the year; None when a part is anything else (a state, a note)."""
    found = _ASIDE.fullmatch(line) or _TRAILING_YEAR.fullmatch(line)
    if found is None:
        return None
    what, school, year = found["what"], "", ""
    if credentials.names_degree(what) or not _one(what):
        return None  # a degree is read by `degrees`; "CSCS, SMSTS 2021": whose year?
    placed = _FROM.fullmatch(what)
    if placed:
        what, school = placed["what"], placed["school"]
    for part in found["aside"].split(", "):
        if _YEAR.fullmatch(part) and not year:
            year = part
        elif _school(part) and not school:
            school = part
        else:
            return None
    course = said_by_others(what)
    if course is None or course.verb not in ("hold", "have completed") or not (school or year):
        return None
    if " from " in course.rest or _YEAR.search(course.rest):
        return None
    where = f" from {credentials.definite(school)}" if school else ""  # "the University of X"
    if not year:
        return Clause(course.subject, course.verb, f"{course.rest}{where}")
    verb = "earned" if course.verb == "hold" else "completed"
    earned = re.sub(r"^the ", "my ", course.rest) if verb == "earned" else course.rest
    return Clause(course.subject, verb, f"{earned}{where} in {year}")


def _placed(line: str) -> bool:
    """One credential (no degree) with only its school or year in its brackets."""
    aside = _ASIDE.fullmatch(line)
    if aside is None or not _one(aside["what"]) or credentials.names_degree(aside["what"]):
        return False
    return all(_YEAR.fullmatch(p) or _school(p) for p in aside["aside"].split(", "))


def _one(what: str) -> bool:
    """One credential, not a list ("CSCS, SMSTS", "CPT + NSCA")."""
    return not re.search(r",|\s(?:\+|and|&)\s", what)


def _school(part: str) -> bool:
    """ "Myerscough", "St John": a school's name in a course's brackets; initials there ("(CQE)",
    "(IFSAC)") may as well be the credential's code or its awarding body, and are no school."""
    return cvbracket.school(part) and not re.fullmatch(r"[A-Z]{2,8}", part)


def _registered(part: str) -> Clause | None:
    """ "EMT-B" with "nat'l registry": "I am nationally registered as an EMT-B"."""
    if not re.fullmatch(r"[A-Z]{2,6}(?:-[A-Z0-9]{1,3})?", part):
        return None
    return Clause("I", "am", f"nationally registered as {lexicon.article(part)} {part}")


def _head(part: str) -> bool:
    words = part.split()
    return bool(words) and words[-1].lower() in _HEADS


def _name(part: str, *, loose: bool = False) -> str | None:
    """The part as a credential's name ("Firefighter I and II (IFSAC)"), or None when a word
    is of no class a credential's name is built of. `loose`: a standing follows the names, so
    plain words alone may name one ("first aid")."""
    part = _LEVEL.sub(lambda m: f"Level {m['n']}", part.strip())
    part = re.sub(r"(?<=\w)\s+&\s+(?=\w)", " and ", part)
    aside = re.search(r"\s+\((?P<body>[^()]+)\)$", part)
    if aside:  # "(IFSAC)": the body that awards it, named by its initials
        if not all(re.fullmatch(r"[A-Z]{3,8}", w) for w in aside["body"].split()):
            return None  # "(lapsed)", "(G3)", "(NY)": a state, a code or a place
        part = part[: aside.start()]
    words = part.split()
    if not words or len(words) > 12 or "Local" in words:
        return None  # "IUOE Local 3": a union's branch, a membership
    if words[-1].lower() in ("ticket", "tickets") and credentials.OTHER_TICKETS & {
        w.lower() for w in words
    }:
        return None  # "support ticket", "season ticket": no one's credential
    if all(_initials(w) for w in words if w not in ("and", "&", "+")) and not loose:
        return None  # "CTA + ATT", "PCQI": initials alone may name a title held, not a paper
    marked = False
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        last = i == len(words) - 1
        if last and low in _HEADS and i > 0:
            out.append(_HEADS[low] if word.islower() else word)
            marked = True
        elif low in _TOOL_INITIALS or low in TOOL_NAMES:
            return None
        elif word == "Level" or _ROMAN.fullmatch(word) or _NUMBER.fullmatch(word):
            out.append(word)
            marked = marked or i > 0
        elif _initials(word):
            out.append(word)
            marked = True
        elif (word in ("and", "in", "of", "for") and 0 < i < len(words) - 1) or (
            word.istitle() and word.isalpha()
        ):
            out.append(word)  # "Certificate in Hotel Housekeeping": a title's words
        elif i == 0 and _head(part) and len(words) > 2 and _maker(word):
            out.append(word.capitalize())  # "gainsight admin cert": a maker's name
        elif low in _GRADES:  # "CISRS advanced" -> "CISRS Advanced": a grade in the name
            out.append(word.capitalize() if i and _initials(words[i - 1]) else word)
        elif (loose or _head(part)) and word.isalpha() and word.islower() and _plain(word):
            out.append(word)  # "CSCS labourer card": plain words name it before its head
        else:
            return None
    end = words[-1]
    if end.islower() and end not in _HEADS and end not in _GRADES and not lexicon.is_noun(end):
        return None  # "DBS enhanced": a name ends on a noun, never on a describing word
    if not (marked or (loose and all(w.islower() for w in words))):
        return None
    said = " ".join(out)
    return f"{said} ({aside['body']})" if aside else said


def _plain(word: str) -> bool:
    """A lower-case word that may be in a credential's name: a noun, an adjective, a gerund
    ("spraying") or an ordinal ("first aid") of the dictionary, or a trade's own word it lacks
    ("wildland"); never a verb alone, a function word or note-speak ("ran", "the", "mgmt")."""
    if word in ORDINAL_NUMBERS:
        return True
    if word in FUNCTION_WORDS or lexicon.note_speak(word):
        return False
    if not lexicon.known(word):
        return True
    kinds = lexicon.classes(word)
    return "noun" in kinds or "adj" in kinds or lexicon.is_gerund(word)


def _maker(word: str) -> bool:
    """A lower-case word the dictionary lacks, long enough to be no note-speak: a maker's or
    a scheme's name typed first ("gainsight admin cert")."""
    return word.isalpha() and word.islower() and not lexicon.known(word) and len(word) > 4


def _initials(word: str) -> bool:
    """ "SSSTS", "EMT-B", "C+E", "FFT2", "P402", "CeMAP", "MLS(ASCP)": a credential's
    initials or code, at least two capitals or a capital and a digit."""
    if re.fullmatch(r"[A-Z]{2,6}\([A-Z]{2,6}\)", word):
        return True  # "MLS(ASCP)": a title and the board that certifies it, typed as one
    if not _INITIALS.fullmatch(word) or not word[:1].isupper():
        return False
    capitals = sum(c.isupper() for c in word)
    return capitals >= 2 or (capitals == 1 and any(c.isdigit() for c in word))


def _with_article(name: str) -> str:
    """ "a CSCS labourer card", "counterbalance and reach truck licences", "SSSTS"."""
    last = re.sub(r"\s+\([^()]*\)$", "", name).split()[-1].lower()
    if re.match(r"(?i)level \d+ ", name):  # "a Level 3 Award in Supervising H&S": its head
        last = re.split(r" (?:in|of|for) ", name, maxsplit=1)[0].split()[-1].lower()
    if last in _HEADS and not last.endswith("s"):
        return f"{lexicon.article(name)} {name}"
    return name


def _joined(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    comma = "," if any(" and " in n for n in names) else ""
    return f"{', '.join(names[:-1])}{comma} and {names[-1]}"


def _count(n: str) -> str | None:
    if n.isdigit():
        return SMALL_NUMBERS[int(n) - 1] if 0 < int(n) <= len(SMALL_NUMBERS) else n
    return n if n in SMALL_NUMBERS else None


def mended(
    item: str, said: Clause | None, said_by_others: Callable[[str], Clause | None]
) -> Clause | None:
    """The line read by its shape (`read`) when the other readers left it out or said it as a
    bare standing of initials ("I am APICS CPIM": a credential said as what the candidate
    is); None to keep their reading."""
    bare = said is not None and said.verb == "am" and re.fullmatch(_BODY_AND_NAME, said.rest)
    if said is None or bare:
        return read(item, said_by_others)
    return read(item, said_by_others) if _sure(item) else None


def _sure(item: str) -> bool:
    """A line whose shape says surely that it is about credentials held, read here before the
    others' reading: a licence and a bare span ("Class 2 licence, 6 yrs": held that long, never
    "experience in Class 2 licence"), a registration part, or a standing typed after the names
    ("CPC up to date")."""
    parts = re.split(r",\s+", " ".join(item.split()).rstrip("."))
    if _placed(" ".join(item.split())):
        return True  # "Level 3 arb diploma (Myerscough)": where from, never in brackets
    if _MEMBER.fullmatch(parts[0]) and len(parts) == 1:
        return True  # "chartered member CIPD": never "I am chartered member CIPD"
    if len(parts) == 2 and _head(parts[0]) and _SPAN.fullmatch(parts[1]):
        return True
    return (len(parts) == 2 and bool(_REGISTRY.fullmatch(parts[1]))) or bool(
        _STATUS.search(parts[-1])
    )
