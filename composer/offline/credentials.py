"""Degree lines and named certificates, read into their parts and said as the candidate.

A degree line ("J.D. Fordham Law 2021, cum laude") is read by `degrees`, re-exported here.
A named certificate ("IOSH Managing Safely", "Lean Six Sigma Green Belt") is held or completed,
never "experience with".
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon, pointwords
from composer.offline.degrees import Degree as Degree
from composer.offline.degrees import degree as degree
from composer.offline.degrees import names_degree as names_degree
from composer.offline.dictionary import clipped
from composer.offline.schools import definite as definite
from composer.offline.schools import school_name as school_name
from composer.offline.words import (
    CERTIFICATE_HEADS,
    CERTIFIED_HEADS,
    COURSE_SHORTHAND,
    COURSE_WORDS,
    CREDENTIAL_NOUNS,
    DETERMINERS,
    FUNCTION_WORDS,
    PLAIN_WORDS,
    SCHOOL_FIRST,
    SCHOOL_WORDS,
)


def certificate(text: str) -> tuple[str, str] | None:
    """A named certificate said as held or completed, or None when the name is no certificate.

    "Lean Six Sigma Green Belt" -> ("hold", "a Lean Six Sigma Green Belt"); "IOSH Managing
    Safely" (a course title: a gerund or an adverb among its words) -> ("have completed",
    "IOSH Managing Safely"). A list of names ("Go and Rust") is not one certificate.
    """
    if all(_COURSE_NAME.fullmatch(part) for part in text.split(" and ")):
        return "have completed", text  # "GWO Basic Safety Training and Advanced Rescue Training"
    words = text.split()
    # "Level 5 Diploma in Leadership for Health and Social Care": the head before "in" names
    # what is held; its subject may have an "and" ("Health and Social Care")
    head = words[words.index("in") - 1].lower() if "in" in words[1:] else ""
    named = words[: words.index("in")] if head in CERTIFICATE_HEADS else words
    if len(words) < 2 or "," in text or any(w.lower() in ("and", "or", "&") for w in named):
        return None
    small = ("of", "at", "in") if named is words else ("of", "at", "in", "and", "for", "the")
    if not all(w[:1].isupper() or w[:1].isdigit() or w in small for w in words):
        return None
    last = words[-1].lower()
    if last in CERTIFICATE_HEADS or head in CERTIFICATE_HEADS:
        return "hold", f"{lexicon.article(text)} {text}"
    course = any(
        w.lower() in COURSE_WORDS or lexicon.is_gerund(w) or "adv" in lexicon.classes(w.lower())
        for w in words[1:]
        if w not in small  # "Szkoła Podstawowa in Kartuzy": "in" no adverb (round 56, h1505)
    )
    if course:
        return "have completed", text
    return None


# A course named in capitals by what it trains: "Advanced Rescue Training" (no article).
_COURSE_NAME = re.compile(r"(?:[A-Z][\w/-]* )+Training")


def initials_only(listed: str) -> bool:
    """ "CAMS and CRCM", "CeMAP": names that are initials and nothing else, which may be
    credentials held or tools used; the line does not say which."""
    names = re.split(r",\s*|\s+(?:and|&|\+)\s+", listed.strip())
    return all(
        re.fullmatch(r"[A-Z][A-Za-z]{1,6}(?:/[A-Z]{1,3})?", n) and sum(c.isupper() for c in n) >= 3
        for n in names  # "CIPP/E": a credential's variant after a slash
    )


_FROM_SCHOOL = re.compile(
    r"^(?P<what>.+\b(?:degree|diploma|certificate)), (?P<school>(?i:academy|university|college"
    r"|institute|conservatory|conservatoire|polytechnic) of [^,]+)$"
)


def held(listed: str) -> str:
    """What is held, each thing with its article: "valid ATCO licence, APS and ADI ratings" ->
    "a valid ATCO licence and APS and ADI ratings"; "SMSTS and CSCS black card" -> "SMSTS and
    a CSCS black card" (a licence or a card is one thing; a rating's initials name it)."""
    # "conservation degree, academy of fine arts kraków": where it was earned, after a comma
    earned = _FROM_SCHOOL.match(listed)
    if earned and (named := school_name(earned["school"]))[:1].isupper():
        return f"{held(earned['what'])} from {definite(named)}"
    # "Current First Aid certificate": a standing typed first in the line, not part of the name
    listed = re.sub(r"^(an? )?(Current|Valid|Full|Clean|Active) (?=[A-Z])", _standing, listed)
    # "Diploma of the Royal Carillon School 'Jef Denyn', Mechelen": the school's town, no item
    listed = re.sub(
        r"(\b(?:School|College|University|Institute|Academy|Conservatoire|Conservatory)\b[^,]*)"
        r", ([A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?)$",
        r"\1 in \2",
        listed,
    )
    parts = re.split(r"(, | and )", listed)
    shared = (
        len(parts) == 3 and parts[1] == " and " and re.fullmatch(r"[a-z]+(?: [a-z]+)?", parts[0])
    )
    head = parts[2].split()[-1] if shared and parts[2].split() else ""
    own_head = parts[0].split()[-1] if parts[0].split() else ""
    if shared and head.lower() in CERTIFICATE_HEADS and own_head not in CERTIFICATE_HEADS:
        # "forklift + scissor lift licence": one head for both, "forklift and scissor lift
        # licences" (never "forklift and a scissor lift licence")
        return f"{parts[0]} and {parts[2]}s"
    for i in range(0, len(parts), 2):
        # "NVQ Level 3 in rail ops", "pool plant ops certificate": the clipped word spelled out
        parts[i] = " ".join(COURSE_SHORTHAND.get(w, w) for w in parts[i].split(" "))
        course = level_course(re.sub(r"^an? ", "", parts[i]))
        if course is not None:  # "... and lvl 3 dip clinical healthcare support": a course
            parts[i] = course
            continue
        # "DAS certificate (SAA)", "IBD general certificate in brewing": the head before what
        # names its body or subject
        parts[i] = re.sub(r"(?<=[A-Z] )part (?=\d)", "Part ", parts[i])  # "EASA part 66"
        # "... licence with A320": what it is held with follows the head
        named = re.sub(r" \([^()]*\)$| in [^()]*$", "", parts[i])
        words = re.sub(rf"\b({_HEADS}) with .*$", r"\1", named, flags=re.I).split()
        bare = words[1:] if words and words[0] in ("a", "an") else words
        owner = pointwords.owner(bare)
        if owner:  # "agents representative certificate": an agent's, its apostrophe not typed
            named = parts[i].split(" ", len(words) - len(bare))[-1]
            parts[i] = f"{owner}'s{named[len(bare[0]) :]}"
            words = parts[i].split()
        if (
            len(words) > 1
            and words[0].lower() not in DETERMINERS
            and words[-1].lower() in CERTIFICATE_HEADS
            and not words[0][:1].isdigit()
        ):
            parts[i] = f"{lexicon.article(parts[i])} {parts[i]}"
    two = parts[1::2] in ([", "], [", ", " and "])  # "a licence, APS and ADI ratings"
    if two and len(parts) == 3 and school(parts[2]):  # "Level 3 Diploma in X, Askham Bryan
        parts[1:] = [" from ", definite(parts[2])]  # College": where it is from, not a second
    elif two and re.search(r"(?:licence|license|permit)$", parts[0]) and _one_place(parts[2:]):
        parts[1] = " for "  # "an unlimited pilotage licence, Lyttelton": the port it is for
    elif two and _SCHOOL_LAST.search(parts[0]) and _one_place(parts[2:]):
        parts[1] = " in "  # "a diploma in textile art from La Cambre, Brussels": its town
    elif two and _EARNED.search(parts[0]) and _one_place(parts[2:]):
        parts[1] = " from "  # "veterinary technician diploma, Córdoba": where it was earned
    elif two and len(parts) == 3 and re.match(r"(?:completed|finished|gained|earned)\b", parts[2]):
        parts[1] = ", which I "  # "..., completed at night in 2030": when and how it was done
    elif two and _AWARDED.search(parts[0]) and _named_body(parts[2:]):
        parts[1] = " from "  # "a certificate in Horticulture, Teagasc Ballyhaise": its college
    elif two and not re.match(r"(?:with|from|in|at|since|for|by|and|as)\b", parts[2]):
        parts[1] = " and "
    # "an HACCP certificate and ISO 22000 internal auditor course": a course is done, not held
    return re.sub(
        r"\b(?P<head>certificate|licence|license|permit|diploma|ticket|card) and "
        r"(?!(?:a|an|the|my)\b)(?P<course>[A-Za-z0-9][\w -]*? course)$",
        lambda m: f"{m['head']} and have completed {lexicon.article(m['course'])} {m['course']}",
        "".join(parts),
    )


_HEADS = "|".join(sorted(CERTIFICATE_HEADS))
_SCHOOL_LAST = re.compile(r"\b(?:from|at) (?:the )?[A-Z][\w'’-]+(?: (?:of )?[A-Z][\w'’-]+)*$")
_EARNED = re.compile(r"(?:diploma|degree)(?: in [a-z ]+)?$")  # earned at a place, "from" it


# A credential and its subject, awarded by a body named after a comma.
_AWARDED = re.compile(r"(?i)\b(?:certificate|diploma|degree)(?: in [A-Za-z ]+)?$")


def _named_body(rest: list[str]) -> bool:  # "Teagasc Ballyhaise": two or three names
    # ("Istituto d'Arte Sorrento": a name's "d'", "di", "de" between its words)
    joined = r"(?:(?:of|de|di|da|del|della|der|van|von) |d['’](?=[A-ZÀ-Þ]))?"
    return (
        len(rest) == 1
        and re.fullmatch(rf"[A-ZÀ-Þ][\w'’-]+(?: {joined}[A-ZÀ-Þ][\w'’-]+){{1,2}}", rest[0])
        is not None
    )


def _one_place(rest: list[str]) -> bool:  # a place's one name: "Lyttelton"
    return len(rest) == 1 and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]{3,}", rest[0]) is not None


def _standing(found: re.Match[str]) -> str:
    return f"{found[1] or ''}{found[2].lower()} "


def school(name: str) -> bool:
    """ "Askham Bryan College", "TAFE NSW", "University of Leeds": a school's name; its short
    form may follow in brackets ("Universidade Federal de Lavras (UFLA)")."""
    words = re.sub(r" \([A-Z]{2,8}\)$", "", name).split()
    joins = ("of", "and", "&", "de", "di", "da", "do", "del", "della", "van", "von", "der")
    if len(words) < 2 or not all(w[:1].isupper() or w in joins for w in words):
        return False
    named = words[-1].lower() in SCHOOL_WORDS or words[0] in ("University", "TAFE")
    named = named or words[0].lower() in SCHOOL_FIRST  # "Universidad de Sevilla"
    return named or bool(re.search(r"\b(?:College|University|Institute|School) of ", name))


# A Level course typed short: "level 3 dip mgmt of zoo animals", "Lvl 2 cert in food safety".
_COURSE = re.compile(
    r"(?i:level|lvl) ?(?P<n>\d) (?P<kind>dip|diploma|certificate|cert|award)"
    r"(?: in)? (?P<what>[a-z][a-z ]+)"
)


def course_subject(subject: str) -> str | None:
    """ "maint planning" -> "maintenance planning": a credential's subject with the words a note
    clips spelled out (`COURSE_SHORTHAND`); None when a word still reads as clipped ("hosp")."""
    words = [COURSE_SHORTHAND.get(w, w) for w in subject.split()]
    for word in words:
        plain = not word.isalpha() or not word.islower() or word in PLAIN_WORDS | FUNCTION_WORDS
        if not plain and not lexicon.known(word) and (lexicon.note_speak(word) or clipped(word)):
            return None
    return " ".join(words)


def level_course(text: str) -> str | None:
    """ "a Level 3 diploma in the management of zoo and aquarium animals", or None."""
    course = _COURSE.fullmatch(text)
    what = course_subject(course["what"]) if course else None
    if course is None or what is None:
        return None
    if not all(lexicon.known(w) or w in FUNCTION_WORDS for w in what.split()):
        return None
    kind = {"dip": "diploma", "cert": "certificate"}.get(course["kind"], course["kind"])
    if re.match(r"[a-z]+ of ", what):  # "in the management of zoo animals"
        what = f"the {what}"
    return f"a Level {course['n']} {kind} in {what}"


# A credential named by what it lets the holder do: "working at heights ticket", "manual
# handling certificate": a gerund, up to three words of no determiner, then its noun. A trade
# ticket is one too, whatever it is named by: "confined spaces ticket", "coxswain ticket".
_HELD_NOUNS = "|".join(sorted(CREDENTIAL_NOUNS | {"ticket"}))
_NAMED_BY_DOING = re.compile(
    rf"^(?P<doing>[A-Za-z]+ing)(?P<rest>(?: [A-Za-z]+){{0,3}}) (?:{_HELD_NOUNS})$"
)
_TICKET = re.compile(r"^(?P<rest>[A-Za-z][\w-]*(?: [\w-]+){0,3}) ticket$")
# Tickets that are no one's credential: "a support ticket", "a season ticket".
_OTHER_TICKETS = frozenset(
    [
        *("support", "service", "helpdesk", "help", "jira", "season", "raffle", "parking"),
        *("train", "flight", "concert", "lottery", "bug", "issue", "golden"),
    ]
)


# The same, for readers of other modules (`credshape`).
OTHER_TICKETS = _OTHER_TICKETS


def named_by_doing(line: str) -> str | None:
    """ "working at heights ticket" -> "a working at heights ticket": a credential whose name
    opens on what it lets the holder do, or a trade ticket, with its article; None for any
    other line ("leading the permit scheme", "NVQ lvl 3 + G3 ticket": a list)."""
    found = _NAMED_BY_DOING.match(line)
    if found is None or not lexicon.is_gerund(found["doing"].lower()):
        found = _TICKET.match(line)
    words = found["rest"].lower().split() if found else []
    if found is None or any(w in DETERMINERS or w in _OTHER_TICKETS for w in words):
        return None
    return f"{lexicon.article(line)} {line}"


# A card or licence named by its body's initials and the categories held: "IPAF 3a 3b",
# "IPAF 1b + 3b", "CPCS A40, A59".
_CODE = r"(?:\d{1,2}[a-z]|[A-Z]\d{1,2}[a-z]?)"
_CATEGORIES = re.compile(
    rf"^(?P<body>[A-Z]{{2,6}}) (?P<codes>{_CODE}(?:(?:,? (?:and |\+ |& )?|/){_CODE})+)$"
)


def categories_held(line: str) -> str | None:
    """ "IPAF 3a 3b" -> "IPAF 3a and 3b": the categories of a card held, listed; None for
    any other line (one code alone may be a version: "Revit 2024", "Level 3")."""
    found = _CATEGORIES.match(line.strip())
    if found is None:
        return None
    codes = re.findall(_CODE, found["codes"])
    return f"{found['body']} {', '.join(codes[:-1])} and {codes[-1]}"


def named_held(line: str) -> str | None:
    """What a credential line names as held, with its article where it takes one, or None:
    a credential named by what it lets the holder do or a trade ticket (`named_by_doing`), a
    card's categories (`categories_held`), a qualification named with its level ("Cytech
    Technical 3"), or initials joined by "+" with an issuer in brackets ("CPC (AAPC) + CRC")."""
    line = line.strip()
    found = named_by_doing(line) or categories_held(line)
    graded = _GRADED.fullmatch(line)
    if found is None and graded:  # "Enhanced DBS": a check held, of the grade named first
        head = graded["head"] or "check"
        grade = graded["grade"].lower()
        return f"{lexicon.article(grade)} {grade} {graded['body']} {head}"
    if found is None and _LEVELLED.fullmatch(line):
        return line  # "Cytech Technical 3": a scheme's level is held by its name, no article
    if found is None and _ISSUED.fullmatch(line) and "(" in line:
        parts = [p.strip() for p in line.split("+")]
        return " and ".join(f"the {part}" for part in parts)
    return found


# A qualification named by its scheme and a level word with its number: "Cytech Technical 3",
# "HACCP Level 3", "ILM Stage 2" (a product's version has no level word: "Revit 2024").
_LEVELLED = re.compile(
    r"(?:[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}) (?:Technical|Level|Stage|Grade|Tier|Part|Class)"
    r" (?:\d{1,2}[a-z]?|[IVX]{1,4})"
)
# A background check named by its grade and body: "Enhanced DBS", "enhanced DBS check".
_GRADED = re.compile(
    r"(?P<grade>[Ee]nhanced|[Ss]tandard|[Bb]asic) (?P<body>DBS|CRB)(?: (?P<head>check))?"
)
# Credentials named by initials, joined by "+", with the body that issued one in brackets
# ("CPC (AAPC) + CRC", "HTL (ASCP) + QIHC"): a tool is never typed with its issuer.
_INITIALS = r"[A-Z][A-Za-z]{0,2}[A-Z][A-Z0-9-]{0,5}(?: \([A-Z][A-Za-z&]{1,9}\))?"
_ISSUED = re.compile(rf"{_INITIALS}(?: \+ {_INITIALS})+")


# A standing with its credential's code in brackets: "Pragmatic Institute certified (PMC-III)".
_CODED = re.compile(
    r"(?P<what>[A-Z][\w&-]*(?: [A-Z][\w&-]*)* (?:certified|qualified|accredited|registered"
    r"|licensed|chartered)) \((?P<code>[A-Z][A-Za-z0-9/-]{1,11})\)"
)


def coded(line: str) -> tuple[str, str] | None:
    """ "Pragmatic Institute certified (PMC-III)" -> ("Pragmatic Institute certified",
    "PMC-III"): a standing named by its body, and the code of the credential in brackets, to
    be said after it; None for any other line."""
    found = _CODED.fullmatch(line.strip())
    return None if found is None else (found["what"], found["code"])


def code_fits(said: str, standing: str, code: str = "") -> bool:
    """Whether a credential's code in brackets may follow `said`, the clause of `standing`: it
    ends with the standing's word ("... certified (PMC-III)") or with its body's name
    ("accredited by the Family Mediation Council (FMCA)"). `code` is the code itself."""
    words = standing.split()
    if code and code in said:
        return False  # the code is said already
    return said.endswith(words[-1]) or (len(words) > 1 and said.endswith(words[-2]))


# A title a body certifies, named in capitals: "Certified Scrum Product Owner", "EDB Certified
# PostgreSQL Professional", "SAS Certified Specialist: Base Programming" (its area after a colon).
_CERTIFIED = re.compile(
    r"(?:[A-Z][\w&]* )?Certified(?: [A-Z][\w+/-]*)+(?:: (?P<area>[A-Z][\w+]*(?: [A-Z][\w+]*)*))?"
)
# A credential's initials and its name spelled out in brackets, either way round: "CPHC
# (certified passive house consultant)", "Neonatal Resuscitation Program (NRP) provider".
_SPELLED = re.compile(
    r"(?P<initials>[A-Z]{2,6}) \((?P<name>[A-Za-z][a-z]*(?: [A-Za-z][a-z]*)+)\)"
    r"|(?P<name_>[A-Z][a-z]+(?: [A-Z][a-z]+)+) \((?P<initials_>[A-Z]{2,6})\)(?P<head> [a-z]+)"
)


def titled(line: str) -> str | None:
    """A title held, with its article, said after "I am": "a Certified Scrum Product Owner",
    "a SAS Certified Specialist in Base Programming", "a Certified Passive House Consultant
    (CPHC)", "a Neonatal Resuscitation Program (NRP) provider"; None when the line is no title
    whose last word names a person (a certificate named like a post, "ServSafe Manager", is
    not read here: it has no "Certified" and no initials spelled out)."""
    line = " ".join(line.split()).rstrip(".")
    found = _CERTIFIED.fullmatch(line)
    if found:
        title = line[: found.start("area") - 2] if found["area"] else line
        if title.split()[-1].lower() not in CERTIFIED_HEADS:
            return None
        said = f"{title} in {found['area']}" if found["area"] else title
        return f"{lexicon.article(said)} {said}"
    spelled = _SPELLED.fullmatch(line)
    if spelled is None:
        return None
    initials = spelled["initials"] or spelled["initials_"]
    name = spelled["name"] or spelled["name_"]
    if "".join(w[0] for w in name.split()).upper() != initials:
        return None  # the bracket is no spelling-out of the initials
    if spelled["initials"]:  # "certified passive house consultant": said as the title it is
        if name.split()[-1].lower() not in CERTIFIED_HEADS:
            return None
        said = f"{' '.join(w.capitalize() for w in name.split())} ({initials})"
    else:
        if spelled["head"].strip() not in CERTIFIED_HEADS:
            return None
        said = line
    return f"{lexicon.article(said)} {said}"
