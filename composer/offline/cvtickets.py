"""Credentials typed as a list, joined by "+" or commas, said as held: "safe pass + manual
handling" -> "I hold Safe Pass and manual handling certificates"; "IPAF + PASMA, CSCS card" ->
"I hold IPAF and PASMA tickets and a CSCS card"; "CCNP Enterprise" -> "I hold the CCNP
Enterprise certification" (a named certificate is held, never "experience with").

Each part of the line must be read by its class, or the line is not read here: a credential
named with its head noun ("SIA door supervisor licence", "level 3 animal care diploma"), a
qualification of a scheme and its level ("NVQ 2 barbering", "AAT level 4"), a certification
programme of a closed table ("Fortinet NSE 4", "Security+"), a course code and what it trains
("S-100 fire suppression"), a ticket course of a closed table ("manual handling", "food hygiene
level 2"), a standing ("xero certified"), one under way ("working on RHCE") or a span of years
("8 yrs line maintenance", read by `cvspans`).
"""

from __future__ import annotations

from dataclasses import dataclass

from composer import regexes as re
from composer.offline import credentials, cvspans, lexicon
from composer.offline.casing import sentence
from composer.offline.cleaning import clean
from composer.offline.namecase import ordinary_capital
from composer.offline.realise import Clause
from composer.offline.tickettables import BODIES, COURSE_TICKETS, COURSES, PROGRAMMES
from composer.offline.wellformed import problem
from composer.offline.words import CERTIFICATE_HEADS, FUNCTION_WORDS

# Schemes whose qualifications are named by a level: "NVQ 3", "AAT level 4", "QQI level 6".
_SCHEMES = r"NVQ|SVQ|QQI|AAT|BTEC|CACHE|RQF|QCF|SCQF|HNC|HND|City & Guilds|City and Guilds"
_LEVELLED = re.compile(
    rf"(?P<scheme>{_SCHEMES}) (?:(?P<word>[Ll]evel|[Ll]vl) ?)?(?P<n>[1-8])"
    r"(?: (?P<kind>adv(?:anced)? cert(?:ificate)?|cert(?:ificate)?|dip(?:loma)?|award))?"
    r"(?: (?:in )?(?P<subject>[a-z][a-z &]*[a-z]))?",
    re.IGNORECASE,
)
_PROGRAMME = re.compile(
    r"(?:(?P<vendor>[A-Z][a-z]+[A-Za-z]*) )?(?P<name>[A-Za-z][\w-]*\+?)"
    r"(?: (?P<track>\d{1,3}|[A-Z][a-z]+))?"
)
_EXAM = re.compile(r"[A-Z]{2}-\d{3}")
_CODE = re.compile(r"(?P<code>[A-Z]{1,3}-\d{2,3}[a-z]?) (?P<what>[a-z][a-z ]*[a-z])")
_LEVEL = re.compile(r"(?i)\b(?:level|lvl) ?(\d)\b")
_SHORT_HEADS = {"cert": "certificate", "certs": "certificates", "dip": "diploma"}
_NOT_HEADS = frozenset(["member", "practitioner"])
_STATE = re.compile(
    r"(?P<who>[A-Za-z][\w&+-]*(?: [A-Za-z][\w&+-]*)?) "
    r"(?P<state>certified|accredited|registered)"
)
_TOWARD = re.compile(r"(?:working (?:on|towards?)|studying for) (?P<what>.+)", re.IGNORECASE)
_SPAN = re.compile(r"^(?:\d+|[a-z]+)\+? (?:yrs?|years?) ", re.IGNORECASE)


@dataclass(frozen=True)
class _Piece:
    """One part of the line: `text` said as held ("an SIA door supervisor licence"), or named
    for a shared `noun` ("IPAF" of "IPAF and PASMA tickets"), or a clause of its own (`verb`)."""

    text: str
    noun: str = ""
    verb: str = ""


def held(text: str) -> str | None:
    """What a list of credentials names as held ("a SOLAS apprenticeship and a QQI Level 6
    Advanced Certificate"), one credential alone too; None when a part is of no class above or
    is a clause of its own ("xero certified")."""
    pieces = _pieces(" ".join(text.split()).rstrip("."))
    if not pieces or any(p.verb for p in pieces):
        return None
    return _said(pieces).rest


def _pieces(line: str) -> list[_Piece] | None:
    """Each part of the line read by its class, or None when one is of no class."""
    chunks = [c for c in re.split(r"\s+\+\s+|,\s+", line) if c]
    if any(cvspans.SHARE.match(c) for c in chunks[1:]):
        return None  # "9 yrs bench joinery, 3 on cnc": a share of the span (`spantail`)
    pieces: list[_Piece] = []
    for chunk in chunks:
        read_one = _piece(chunk)
        if read_one is None and re.search(r" (?:and|&) ", chunk):
            split = [_piece(p) for p in re.split(r" (?:and|&) ", chunk)]
            if all(split):
                pieces.extend(p for p in split if p)
                continue
        if read_one is None:
            return None
        pieces.append(read_one)
    return pieces


# A list whose last part ends in the plural head all its parts share: "working at heights +
# confined space tickets", "PTS, first aid and fire warden certs".
_SHARED_HEAD = re.compile(
    r"(?P<list>.+?)\s+(?P<noun>tickets|certs|certificates|cards|licences|licenses)",
    re.IGNORECASE,
)
_PLURAL_HEADS = {"certs": "certificates"}


def shared_head(line: str) -> Clause | None:
    """ "working at heights + confined space tickets" -> "I hold working at heights and
    confined space tickets": each part a course of the table or a name in plain words (no
    determiner, no clipped word), the head said once; None for any other line."""
    found = _SHARED_HEAD.fullmatch(line)
    if found is None:
        return None
    parts = [p for p in re.split(r"\s+(?:\+|and|&)\s+|,\s+(?:and\s+)?", found["list"]) if p]
    names = []
    for part in parts:
        level = _LEVEL.search(part)
        bare = _LEVEL.sub("", part).strip().lower() if level else part.lower()
        words = bare.split()
        if bare in COURSES:
            names.append(f"Level {level[1]} {COURSES[bare]}" if level else COURSES[bare])
            continue
        said = credentials.course_subject(part)
        if said is None or level or not 0 < len(words) <= 4 or words[0] in FUNCTION_WORDS:
            return None  # "the site + first aid tickets", "maint tickets"
        names.append(said)
    if len(names) < 2:
        return None
    noun = found["noun"].lower()
    return Clause("I", "hold", f"{_listed(names)} {_PLURAL_HEADS.get(noun, noun)}")


def read(item: str) -> tuple[str, Clause] | None:
    """("held", the clause) for a list of credentials (or one certification programme), else
    None when a part is of no class above."""
    line = " ".join(item.split()).rstrip(".")
    shared = shared_head(line)
    if shared is not None and not problem(sentence(shared.text())):
        return "held", shared
    found = _pieces(line)
    if found is None:
        return None
    pieces = found
    kept = [p for p in pieces if not p.verb]
    if not kept or pieces[0].verb:
        return None  # "12 yrs HGV driving, clean licence": the span first, read by `cvlines`
    alone = len(pieces) == 1
    name, noun = kept[0].text, kept[0].noun
    if alone and noun in ("ticket", "card") and _bare(item) and name in PROGRAMMES:
        held = f"the {name}" if name in COURSE_TICKETS else f"{lexicon.article(name)} {name} {noun}"
        return "held", Clause("I", "hold", held)  # "SSSTS", "IPAF", "CSCS": one ticket alone
    course = kept[0].text in COURSES.values()  # "manual handling": "a ... certificate"
    if alone and not course and (kept[0].noun not in PROGRAMMES.values() or _bare(item)):
        return None  # one credential with its own head, or bare initials ("CKA", "PRINCE2
        # Practitioner"): the points reader says it
    said = _said(pieces)
    if problem(sentence(f"I {said.verb} {said.rest}")):
        return None
    return "held", said


def _said(pieces: list[_Piece]) -> Clause:
    """ "hold" and the things held, in order; named ones sharing a noun said together, and the
    clauses ("am Xero certified") after them."""
    groups: list[str] = []
    i = 0
    held = [p for p in pieces if not p.verb]
    while i < len(held):
        piece = held[i]
        if not piece.noun:
            groups.append(piece.text)
            i += 1
            continue
        same = [piece.text]
        while i + len(same) < len(held) and held[i + len(same)].noun == piece.noun:
            same.append(held[i + len(same)].text)
        i += len(same)
        groups.append(_named(same, piece.noun))
    rest = _listed(groups)
    # "a Rope access certificate": never "a Safe Pass card" or "a Level 3 certificate", names
    first = re.match(r"(?:an? )?(?P<word>[A-Z][a-z]+) (?=[a-z])", rest)
    if first and ordinary_capital(first["word"]):
        at = first.start("word")
        rest = rest[:at] + rest[at].lower() + rest[at + 1 :]
    clauses = [f"{p.verb} {p.text}" for p in pieces if p.verb]
    if clauses:  # "I hold IPAF and PASMA tickets, and have ...": the clause after a comma
        rest = f"{rest}{',' if len(groups) > 1 else ''} and {' and '.join(clauses)}"
    return Clause("I", "hold", rest)


def _named(names: list[str], noun: str) -> str:
    """ "the Security+ and CySA+ certifications", "IPAF and PASMA tickets", "a CSCS card"."""
    if len(names) == 1:
        if noun == "certification":
            return f"the {names[0]} certification"
        if noun == "ticket":
            return names[0]  # "SMSTS": a trade's ticket is held by its name
        return f"{lexicon.article(names[0])} {names[0]} {noun}"
    both = _listed(names)
    return f"the {both} {noun}s" if noun == "certification" else f"{both} {noun}s"


def _bare(line: str) -> bool:
    """A programme typed alone with no vendor or track, or with a head of its own."""
    found = _PROGRAMME.fullmatch(line.strip())
    if found is None:
        return False
    track = found["track"] or ""
    return not (found["vendor"] or track) or track.lower() in CERTIFICATE_HEADS


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def _piece(chunk: str) -> _Piece | None:
    """The part read by its class, or None."""
    chunk = " ".join(BODIES.get(w, w) for w in chunk.strip().split())  # "solas" -> "SOLAS"
    return (
        _course(chunk)
        or _levelled(chunk)
        or _programme(chunk)
        or _ticket(chunk)
        or _coded(chunk)
        or _headed(chunk)
        or _state(chunk)
        or _toward(chunk)
        or _span(chunk)
    )


def _course(chunk: str) -> _Piece | None:
    """ "manual handling", "food hygiene level 2" (-> "Level 2 food hygiene")."""
    level = _LEVEL.search(chunk)
    name = _LEVEL.sub("", chunk).strip().lower() if level else chunk.lower()
    if name not in COURSES:  # "working at heights ticket": its own head (`_headed`)
        return None
    said = COURSES[name]
    return _Piece(f"Level {level[1]} {said}" if level else said, noun="certificate")


def _levelled(chunk: str) -> _Piece | None:
    """ "NVQ 2 barbering" -> "an NVQ 2 in barbering"; "AAT level 4" -> "AAT Level 4"; "QQI
    level 6 adv cert" -> "a QQI Level 6 Advanced Certificate"."""
    found = _LEVELLED.fullmatch(chunk)
    if found is None:
        return None
    scheme = found["scheme"].upper() if len(found["scheme"]) <= 5 else "City & Guilds"
    level = f"Level {found['n']}" if found["word"] else found["n"]
    kind = (found["kind"] or "").lower()
    subject = (found["subject"] or "").replace(" & ", " and ")
    if subject and not all(lexicon.known(w) or w in FUNCTION_WORDS for w in subject.split()):
        return None
    if kind:
        head = "Advanced Certificate" if kind.startswith("adv") else _SHORT_HEADS.get(kind, kind)
        named = f"{scheme} {level} {head}"
        named = f"{named} in {subject}" if subject else named
        return _Piece(f"{lexicon.article(named)} {named}")
    if subject:
        named = f"{scheme} {level}"
        return _Piece(f"{lexicon.article(named)} {named} in {subject}")
    return _Piece(f"{scheme} {level}")


def _programme(chunk: str) -> _Piece | None:
    """ "Fortinet NSE 4", "CCNP Enterprise", "Security+": a programme of the table, with the
    vendor before it and its track or level after it."""
    if _EXAM.fullmatch(chunk):  # "SC-200", "AZ-104": a certification named by its exam
        return _Piece(chunk, noun="certification")
    found = _PROGRAMME.fullmatch(chunk)
    if found is None or found["name"] not in PROGRAMMES:
        return None
    if found["vendor"] and found["vendor"].lower() in FUNCTION_WORDS:
        return None
    return _Piece(chunk, noun=PROGRAMMES[found["name"]])


def _ticket(chunk: str) -> _Piece | None:
    """ "NPORS telehandler" -> "an NPORS telehandler ticket": a card scheme of the table and the
    machine or task it covers, in known words."""
    name, _, what = chunk.partition(" ")
    if PROGRAMMES.get(name) not in ("ticket", "card") or not what or len(what.split()) > 2:
        return None
    if what.split()[-1] in CERTIFICATE_HEADS:
        return None  # "CSCS black card": its own head (`_headed`)
    if not all(w.islower() and (lexicon.known(w) or len(w) >= 6) for w in what.split()):
        return None  # a machine the tables may lack ("telehandler"), but no note word
    return _Piece(f"{lexicon.article(name)} {chunk} {PROGRAMMES[name]}")


def _coded(chunk: str) -> _Piece | None:
    """ "S-100 fire suppression": a course named by its code and what it trains."""
    found = _CODE.fullmatch(chunk)
    if found is None or not all(lexicon.known(w) for w in found["what"].split()):
        return None
    return _Piece(chunk, noun="certificate")


def _headed(chunk: str) -> _Piece | None:
    """ "SIA door supervisor licence" -> "an SIA door supervisor licence"; "level 3 early yrs
    diploma" -> "a Level 3 early years diploma": a credential named before its head noun, each
    word a known one, a name's capitals or initials, or a level."""
    words = chunk.split()
    if len(words) < 2:
        return None
    head = _SHORT_HEADS.get(words[-1].lower(), words[-1].lower())
    if head not in CERTIFICATE_HEADS | {"ticket", "apprenticeship"} or head in _NOT_HEADS:
        return None
    text = " ".join([*words[:-1], head if words[-1].islower() else words[-1]])
    text = re.sub(r"\byrs\b", "years", _LEVEL.sub(lambda m: f"Level {m[1]}", text))
    for word in text.split()[:-1]:
        plain = word.lower() in FUNCTION_WORDS or lexicon.known(word) or word[:1].isdigit()
        if not (plain or word[:1].isupper()):
            return None  # "yin cert": a word no table knows, typed in lower case
    if words[0].lower() in ("a", "an", "the", "my"):
        return _Piece(text)
    return _Piece(f"{lexicon.article(text)} {text}")


def _state(chunk: str) -> _Piece | None:
    """ "xero certified" -> "am Xero certified": a standing after the things held."""
    found = _STATE.fullmatch(chunk)
    if found is None:
        return None
    who = found["who"]
    if who.islower():
        if any(lexicon.known(w) for w in who.split()):
            return None  # "fully certified": a describing word, not a body's name
        who = " ".join(w.capitalize() for w in who.split())
    return _Piece(f"{who} {found['state']}", verb="am")


def _toward(chunk: str) -> _Piece | None:
    """ "working on RHCE" -> "am working towards the RHCE"."""
    found = _TOWARD.fullmatch(chunk)
    if found is None:
        return None
    what = _programme(found["what"]) or _levelled(found["what"])
    if what is None:
        return None
    named = f"the {what.text}" if what.noun == "certification" else what.text
    return _Piece(f"working towards {named}", verb="am")


def _span(chunk: str) -> _Piece | None:
    """ "8 yrs line maintenance" -> "have eight years of line maintenance experience"."""
    if not _SPAN.match(chunk):
        return None
    found = cvspans.span(clean(chunk))
    if found is None or found[1].verb != "have":
        return None
    return _Piece(found[1].rest, verb="have")
