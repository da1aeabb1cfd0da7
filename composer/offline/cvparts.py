"""A CV line of several credentials typed with commas, each part read by its kind and the parts
said as one sentence.

"gas safe reg, ACS CCN1 CENWAT, 8 yrs" -> "I am Gas Safe registered, hold ACS CCN1 and CENWAT,
and have eight years' experience"; "IEng, MICE, CEng in progress" -> "I am IEng and MICE, and
working towards CEng"; "RVN since 2021, RCVS reg'd" -> "I have been an
RVN since 2021 and am registered with the RCVS"; "ABA-approved paralegal cert, roosevelt univ"
-> "I hold an ABA-approved paralegal certificate from Roosevelt University". When one part
cannot be read, `read` gives None and the line is left out: a list is said whole or not at all.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from composer import regexes as re
from composer.offline import credentials, cvlines, cvspans, lexicon
from composer.offline.cleaning import clean
from composer.offline.cvresults import NUMBER
from composer.offline.realise import Clause
from composer.offline.words import SCHOOL_WORDS

# Professional bodies whose members write "M" before the initials: "MICE", "MCIPD".
_BODIES = frozenset(
    ["ICE", "IStructE", "CIOB", "RICS", "CIBSE", "IMechE", "IET", "CIWEM", "CIPD", "CIM",
     "CIHT", "CILT", "CMI", "CIPS", "IChemE", "RTPI"]
)  # fmt: skip
# Engineering Council registers, held as titles: "I am IEng".
_REGISTERS = frozenset(["CEng", "IEng", "EngTech", "ICTTech"])
_CODE = r"[A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*|[A-Z]{2,}"
_CODES = re.compile(rf"(?:{_CODE})(?: (?:{_CODE}|\d+))*")
HELD_VERBS = ("am", "hold", "have been", "have held", "earned", "have", "have completed")


# A part read on its own as a whole note item would be ("CSCS card", "5 yrs hard + soft
# landscaping"): the kind and clause, or None; given by the item reader, which imports this.
PartReader = Callable[[str], "tuple[str, Clause] | None"]


def read(item: str, whole: PartReader | None = None) -> tuple[str, Clause] | None:
    """The kind ("held" or "skill") and the one clause of a comma list of credentials, or None
    when the item is no such list or a part cannot be read with confidence (by this list's
    own readings, then as `whole` reads a note item of its own)."""
    parts = [p for p in (clean(part) for part in re.split(r"[,;]", item)) if p]
    if len(parts) < 2 or len(parts) > 4 or credentials.degree(clean(item)) is not None:
        return None  # "M.Arch, RISD 2017" is one degree, its school and year
    if any(cvspans.SHARE.match(part) for part in parts[1:]):
        return None  # "9 yrs bench joinery, 3 on cnc": a share of the span (`spantail`)
    if any(
        re.fullmatch(r"[A-Z]{2,6}", before) and re.fullmatch(r"[A-Z]{3,6} (?:19|20)\d\d", part)
        for before, part in itertools.pairwise(parts)
    ):
        return None  # "RRT, NBRC 2018": the body that gave the first, and when, or a second one?
    said: list[Clause] = []
    posts: list[int] = []  # where the letters after a name stand ("IEng", "MICE")
    kinds = set()
    for part in parts:
        ranked = _CLASS.fullmatch(part)
        if (
            ranked
            and said
            and re.match(r"(?:an?|the) .*\b(?:certificate|licen[cs]e|ticket)$", said[-1].rest)
        ):
            # "boiler attendant cert, 2nd class": the certificate's class, before its name
            named = said[-1].rest.split(" ", 1)[1]
            ranked_name = f"{_ORDINAL[ranked['n'].lower()]}-class {named}"
            said[-1] = Clause("I", said[-1].verb, f"{lexicon.article(ranked_name)} {ranked_name}")
            continue
        school = _school(part)
        if school and said and re.search(r"\b(?:certificate|diploma|degree)$", said[-1].rest):
            said[-1] = Clause("I", said[-1].verb, f"{said[-1].rest} from {school}")
            continue
        if not school and part.split()[-1].lower() in SCHOOL_WORDS:
            return None  # "a local tech college": a place of study, but none this reads
        read = _part(part)
        if read is None and whole is not None:
            read = whole(part)
        if read is None and len(parts) == 2 and said and _covers(said[0], part):
            return "held", said[0]  # "AWS D1.1 certified, 3G/4G stick + flux core": held, true
        if read is None:
            return None
        kinds.add(read[0])
        if read[0] == "post" and said and posts and posts[-1] == len(said) - 1:
            said[-1] = Clause("I", "am", f"{said[-1].rest} and {read[1].rest}")  # "IEng and MICE"
            continue
        if read[0] == "post":
            posts.append(len(said))
        said.append(read[1])
    if len(said) < 2:
        return ("held", said[0]) if said else None
    return ("held" if kinds != {"skill"} else "skill"), _joined(said)


# Certification schemes people type in lower case, with the capitals they are written with.
_SCHEMES = {"lean six sigma": "Lean Six Sigma", "six sigma": "Six Sigma", "prince2": "PRINCE2"}
_BELT = re.compile(r"(?P<scheme>.+) (?P<colour>yellow|green|black) belt")


# The class of a certificate typed after it: "2nd class", "first class".
_CLASS = re.compile(r"(?i)(?P<n>1st|2nd|3rd|first|second|third)\s+class")
_ORDINAL = {"1st": "first", "2nd": "second", "3rd": "third", "first": "first", "second": "second",
            "third": "third"}  # fmt: skip


def _part(part: str) -> tuple[str, Clause] | None:
    """One part of the list read by its kind, or None."""
    tidied = cvlines.tidy(part)
    belt = _BELT.fullmatch(tidied)
    if belt and belt["scheme"] in _SCHEMES:  # "lean six sigma green belt"
        name = f"{_SCHEMES[belt['scheme']]} {belt['colour'].capitalize()} Belt"
        return "held", Clause("I", "hold", f"a {name}")
    if re.fullmatch(rf"{NUMBER} years?", tidied):  # "8 yrs": the span of the whole trade
        return "skill", Clause("I", "have", f"{tidied}' experience")
    member = re.fullmatch(r"M(?P<body>[A-Z][A-Za-z]+)", tidied)
    if tidied in _REGISTERS or (member and member["body"] in _BODIES):
        # said as typed, as engineers say them ("I am CEng MICE"): spelled out, the body's
        # initials ("the ICE") would be a word the notes never give the candidate
        return "post", Clause("I", "am", tidied)
    # "pending" is waiting on someone else's decision ("SC pending": a licence applied for), no
    # work one is doing towards it: such a part is left out with its list
    towards = re.fullmatch(rf"(?P<what>{_CODE}) (?:in progress|under way)", tidied)
    if towards:
        return "held", Clause("I", "am", f"working towards {towards['what']}")
    register = re.fullmatch(r"(?P<name>[a-z]+(?: [a-z]+)?) registered", tidied)
    if register and not any(w in _NOT_NAMES for w in register["name"].split()):
        name = " ".join(w.capitalize() for w in register["name"].split())  # "Gas Safe"
        return "held", Clause("I", "am", f"{name} registered")
    body = re.fullmatch(r"(?P<body>[A-Z][A-Za-z]{1,7}) registered", tidied)
    if body and sum(c.isupper() for c in body["body"]) >= 2:  # "GPhC", "RCVS"
        return "held", Clause("I", "am", f"registered with the {body['body']}")
    # "PROMPT trained", "ILS and ALS trained"
    if re.fullmatch(r"[A-Z][\w-]*(?: (?:and|[A-Z][\w-]*))* (?:trained|certified)", tidied):
        return "held", Clause("I", "am", tidied)
    found = credentials.degree(tidied)
    if found is not None:
        verb, rest = found.said()
        return "held", Clause("I", verb, rest)
    line = cvlines.read(tidied)
    if line is not None and line[1].whole is None and line[1].verb in HELD_VERBS:
        return ("skill" if line[0] == "skill" else "held"), line[1]
    if re.fullmatch(r"[A-Z]{2,4}-[A-Z]{1,2}", tidied):
        return None  # "PA-C", "FNP-BC": letters after a name, no thing one holds
    if _CODES.fullmatch(tidied) and (len(tidied.split()) > 1 or len(tidied) > 2):
        return "held", Clause("I", "hold", _codes(tidied))  # "ACS CCN1 CENWAT"
    named = re.fullmatch(  # "N6 IT diploma": a field's initials before it, as typed
        r"(?P<what>[A-Za-z][\w-]*(?: (?:[a-z][\w-]*|[A-Z][A-Z0-9]{1,5}))* (?:certificate|diploma))",
        tidied,
    )
    if named and not named["what"][:1].isdigit():
        return "held", Clause("I", "hold", f"{lexicon.article(named['what'])} {named['what']}")
    return None


def _covers(held: Clause, part: str) -> bool:
    """True when `part`, typed after a certification (`held`: "I am AWS D1.1 certified"),
    can only say what it covers ("3G/4G stick + flux core"): no word of its standing (lapsed,
    pending, renewal due) and no year, so the certification said alone is still true."""
    words = set(re.findall(r"[a-z]+", part.lower()))
    year = re.search(r"\b(?:19|20)\d\d\b", part)
    certified = held.verb == "am" and held.rest.endswith(("certified", "trained"))
    return certified and len(words) <= 6 and not words & _STANDING and not year


# What a part after a certification says of its standing: said alone, it would no longer be true.
_STANDING = frozenset(
    re.findall(
        r"\w+",
        "not no inactive lapsed lapsing expired expiring exp expires pending progress due renew"
        " renewal renewing until till valid soon almost nearly partly partial incomplete failed"
        " resit retake awaiting waiting applied applying studying doing towards booked next"
        " started suspended provisional provisionally trainee student",
    )
)


# Words before "registered" that are no register's name: "fully registered", "state registered".
_NOT_NAMES = frozenset(["fully", "newly", "currently", "state", "now", "also", "not", "just"])


def _codes(text: str) -> str:
    """ "ACS CCN1 CENWAT" -> "ACS CCN1 and CENWAT": a scheme's name stays with the code after
    it ("ACS CCN1", "OSHA 30"); the names are joined with "and"."""
    words = text.split()
    if len(words) == 2:
        return text  # "APM PMQ", "OSHA 30": one name
    names: list[str] = []
    for word in words:
        joins = names and names[-1].isalpha() and " " not in names[-1] and not word.isalpha()
        if joins:
            names[-1] = f"{names[-1]} {word}"
        else:
            names.append(word)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _school(part: str) -> str:
    """A place of study typed after a certificate ("roosevelt univ" -> "Roosevelt
    University"), or ""."""
    named = credentials.school_name(part)
    words = named.split()
    if not words or not all(w[:1].isupper() or w in ("of", "and", "the") for w in words):
        return ""
    first_of = words[0].lower() in SCHOOL_WORDS and words[1:2] == ["of"]  # "Academy of ..."
    is_school = words[-1].lower() in SCHOOL_WORDS or words[0] == "University" or first_of
    return credentials.definite(named) if is_school else ""


def _joined(said: list[Clause]) -> Clause:
    """Clauses of one subject as one: a verb said once for the parts that share it ("I hold
    OSHA 30 and a Lean Six Sigma Green Belt"), and a comma before the last "and" when a part
    has its own ("I am IEng and MICE, and working towards CEng")."""
    groups: list[tuple[str, list[str]]] = []
    for clause in said:
        if groups and groups[-1][0] == clause.verb:
            groups[-1][1].append(clause.rest)
        else:
            groups.append((clause.verb, [clause.rest]))
    pieces = [f"{verb} {_listed(rests)}" for verb, rests in groups]
    if len(pieces) == 1:
        return Clause("I", groups[0][0], _listed(groups[0][1]))
    last = ", and " if any(" and " in p for p in pieces[:-1]) or len(pieces) > 2 else " and "
    rest = ", ".join(pieces[:-1])[len(groups[0][0]) + 1 :]
    return Clause("I", groups[0][0], f"{rest}{last}{pieces[-1]}")


def _listed(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    last = ", and " if any(" and " in p for p in parts[:-1]) else " and "
    return ", ".join(parts[:-1]) + last + parts[-1]
