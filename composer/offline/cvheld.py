"""Credentials typed as CV lines, read and said as a letter says them.

"LPC completed 2023 (Distinction)", "Gas Safe reg. since 2014", "QTS 2019", "ALS and PALS
current", "NVQ L3 plumbing", "Licensed journeyman electrician, Ohio, 2019", "RGN, NMBI
registered", "CDL Class A": each has its own sentence ("I completed my LPC in 2023, with
Distinction", "I have been Gas Safe registered since 2014"). `read` gives the kind and clause,
or None (`cvlines.read` then tries a history or a result).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import credentials, cvstates, fields, lexicon
from composer.offline.qualshort import course_title, titled_course
from composer.offline.realise import Clause
from composer.offline.words import (
    CERTIFIED_INITIALS,
    CREDENTIAL_NOUNS,
    PERSON_HEADS,
    TITLE_INITIALS,
)

_YEAR = r"(?:19|20)\d\d"
_STATE = r"(?:registered|licensed|certified|qualified|chartered|accredited)"
_PRESENT = r"(?:present|now|current|date|today)"


def read(text: str) -> tuple[str, Clause] | None:
    """The kind ("held" or "role") and clause of a credential line, else None."""
    for reader in (
        _completed,
        _state_year,
        _part_state,
        _role_range,
        _initials,
        _titled,
        _permits,
        _described_post,
        _language,
        _since,
        _on_list,
        _on_body,
        cvstates.held_year,
        _current,
        _vocational,
        _named_level,
        _towards,
        _licensed,
        _registered,
        _certified,
    ):
        found = reader(text)
        if found is not None:
            return found
    return None


def _completed(text: str) -> tuple[str, Clause] | None:
    found = re.fullmatch(
        rf"(?P<what>[A-Z][\w -]*?) (?:completed|passed|achieved|awarded)(?: in)?"
        rf"(?: (?P<year>{_YEAR}))?(?:, (?P<grade>with .+))?",
        text,
    )
    if found is None or not (found.group("year") or found.group("grade")):
        return None
    when = f" in {found.group('year')}" if found.group("year") else ""
    grade = f", {found.group('grade')}" if found.group("grade") else ""
    return "held", Clause("I", "completed", f"my {found.group('what')}{when}{grade}")


def _since(text: str) -> tuple[str, Clause] | None:
    found = re.fullmatch(rf"(?P<what>.+?),? since (?P<year>{_YEAR})", text)
    if found is None:
        return None
    what, year = found.group("what"), found.group("year")
    if ", " in what or what[:1].isdigit():
        return None  # "five years KS2, maths lead since 2022": a span and a role (cvlines)
    if what.lower() in TITLE_INITIALS:  # "RVN since 2019"
        return "role", Clause("I", "have been", f"{lexicon.article(what)} {what} since {year}")
    if re.search(rf"\b{_STATE}(?: (?:with|by) the [A-Z]{{2,8}}| in [A-Z][\w ]*)?$", what):
        return "held", Clause("I", "have been", f"{what} since {year}")
    head = what.split()[-1].lower()
    if head in PERSON_HEADS and what[:1].islower():
        return "role", Clause("I", "have been", f"{lexicon.article(what)} {what} since {year}")
    post = re.fullmatch(r"(?P<role>[a-z][\w -]*?) at (?P<place>.+)", what)
    if post and post["role"].split()[-1].lower() in PERSON_HEADS:
        # "maths lead at current school since 2022": a post held somewhere
        role, place = post["role"], re.sub(r"^(?=(?:current|present)\b)", "my ", post["place"])
        said = f"{lexicon.article(role)} {role} at {place} since {year}"
        return "role", Clause("I", "have been", said)
    if re.fullmatch(r"[A-Z][A-Za-z0-9]{1,6}(?: [A-Z0-9][A-Za-z0-9]*)*", what):
        return "held", Clause("I", "have held", f"{what} since {year}")
    if re.fullmatch(r"[A-Z]{2,6}-[A-Z]{1,4}", what):  # "FNP-C", "SHRM-SCP": a board's certificate
        return "held", Clause("I", "have been", f"{what} certified since {year}")
    return None


def _current(text: str) -> tuple[str, Clause] | None:
    """ "ALS and PALS current": certificates in date."""
    names = r"(?P<what>[A-Z][A-Za-z0-9]+(?: and [A-Z][A-Za-z0-9]+)*)"
    found = re.fullmatch(rf"{names} (?:current|in date)", text)
    if found is None:
        return None
    what = found.group("what")
    many = " and " in what
    noun, verb = ("certificates", "are") if many else ("certificate", "is")
    return "held", Clause("", "", "", whole=f"My {what} {noun} {verb} current")


def _vocational(text: str) -> tuple[str, Clause] | None:
    """ "NVQ L3 plumbing and heating" -> "an NVQ Level 3 in plumbing and heating"; "NVQ 3 in
    care" and "BTEC in public services" likewise."""
    found = re.fullmatch(
        r"(?P<name>NVQ|SVQ|BTEC|RQF|QCF)(?:\s+(?:[Ll]|[Ll]evel\s?|[Ll]vl\s?)?(?P<level>\d))?(?P<in>\s+in)?"
        r"\s+(?P<what>(?![Ll](?:evel|vl)?\s?\d)(?!in\s)(?(in)[a-zA-Z]|[a-z]).+)",  # "in Thatching"
        text,
    )
    if found is None:
        return None
    name, level, what = found.group("name", "level", "what")
    if not level and not found["in"]:
        return None  # "BTEC national diploma dental technology": its award not read
    if re.search(r"(?:\band|\+|,)\s+[A-Z]{2,}", what):
        return None  # "NVQ 2 sports turf + LANTRA strimmer": two credentials, not one subject
    named = f"{name} Level {level}" if level else name  # "NVQ 3 in ...", "BTEC in ..."
    return "held", Clause("I", "hold", f"{lexicon.article(name)} {named} in {what}")


def _named_level(text: str) -> tuple[str, Clause] | None:
    """A named award at a level: "ICAO English level 6" -> "ICAO English Level 6"; "JNC level
    3 youth work" -> "a JNC Level 3 in youth work" (the award, then its subject)."""
    found = re.fullmatch(
        r"(?P<name>[A-Z]{2,6}(?: [A-Z][a-z]+)?) (?:level|Level|lvl|Lvl|L) ?(?P<level>\d)"
        r"(?: (?:in )?(?P<what>[a-z][a-z ]+))?",
        text,
    )
    if found is None:
        return None
    name, level, what = found.group("name", "level", "what")
    if not level and not found["in"]:
        return None  # "BTEC national diploma dental technology": its award not read
    if what is None:
        return "held", Clause("I", "hold", f"{name} Level {level}")
    last = what.split()[-1]  # "IRATA level 2 rope access technician", "ski instructor": a post
    if lexicon.is_agent_noun(last) or fields.is_post(last):
        post = f"{name} Level {level} {what}"
        return "held", Clause("I", "am", f"{lexicon.article(post)} {post}")
    return "held", Clause("I", "hold", f"{lexicon.article(name)} {name} Level {level} in {what}")


def _towards(text: str) -> tuple[str, Clause] | None:
    """A qualification still being taken, typed by its initials: "CMB in progress, done by
    spring prob" -> "I am working towards my CMB, which I expect to finish by spring"."""
    found = re.fullmatch(
        r"(?P<what>[A-Z][A-Za-z]{1,6}) (?:in progress|under way|underway|ongoing)"
        r"(?:,? (?:done|finished|complete|completed|due) (?P<when>(?:by|in) [\w ]+?)"
        r"(?: prob(?:ably)?| hopefully| all being well)?)?",
        text,
    )
    if found is None or sum(c.isupper() for c in found["what"]) < 2:
        return None
    when = f", which I expect to finish {found['when']}" if found["when"] else ""
    return "held", Clause("I", "am", f"working towards my {found['what']}{when}")


def _licensed(text: str) -> tuple[str, Clause] | None:
    """ "Licensed journeyman electrician, Ohio, 2019": a licence to practise, where and since."""
    found = re.fullmatch(
        rf"(?P<role>[A-Za-z][a-z]+(?: [a-z]+)*), (?P<place>[A-Z][\w .]+?)(?:,| and)"
        rf" (?:since )?(?P<year>{_YEAR})",  # the cleaning's "and" before the last part
        text,
    )
    if found is None:
        return None
    role = found.group("role")
    role = role[0].lower() + role[1:]
    words = role.split()
    licence = re.search(rf"\b(?:{_STATE[3:-1]}|master|journeyman)\b", role)
    doer = lexicon.is_agent_noun(words[-1]) or lexicon.is_base_verb(words[-1][:-1])  # apprais|er
    if not (words[-1] in PERSON_HEADS or doer) or not licence:
        return None
    said = f"{lexicon.article(role)} {role} in {found['place']} since {found.group('year')}"
    return "role", Clause("I", "have been", said)


def _registered(text: str) -> tuple[str, Clause] | None:
    """ "RGN, NMBI registered", "RN, registered with NMC": a professional title and the body
    it is registered with; a body named by its initials takes "the" ("with the NMC")."""
    found = re.fullmatch(
        r"(?:(?P<what>[A-Z]{2,6}),? )?(?:(?P<body>[A-Z]{2,8}) registered"
        r"|registered with (?:the )?(?P<with>[A-Z]{2,8}))",
        text,
    )
    if found is None:
        return None
    body = f"registered with the {found.group('body') or found.group('with')}"  # "the NMC"
    what = found.group("what")
    if what is None:
        return "held", Clause("I", "am", body)
    return "held", Clause("I", "am", f"{lexicon.article(what)} {what}, {body}")


def _certified(text: str) -> tuple[str, Clause] | None:
    """A named credential typed the short way: "CDL Class A" -> "a Class A CDL", "Relativity
    Certified Admin" -> "a Relativity Certified Administrator", "ABA-approved paralegal cert,
    2019" -> "earned an ... certificate in 2019", "Level 3 food hygiene" -> "a Level 3
    qualification in food hygiene"."""
    cdl = re.fullmatch(r"(?:CDL,? Class (?P<a>[A-C])|Class (?P<b>[A-C]) CDL)(?: licen[cs]e)?", text)
    if cdl:
        return "held", Clause("I", "hold", f"a Class {cdl.group('a') or cdl.group('b')} CDL")
    named = re.fullmatch(
        r"(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*)*) Certified (?P<role>Admin|Administrator"
        r"|Associate|Professional|Developer|Engineer|Trainer|Specialist|Consultant|Educator)",
        text,
    )
    if named:
        name, role = named.group("name"), named.group("role")
        role = "Administrator" if role == "Admin" else role
        return "held", Clause("I", "am", f"{lexicon.article(name)} {name} Certified {role}")
    dated = re.fullmatch(
        rf"(?P<what>[A-Za-z][\w-]*(?: [a-z][\w-]*)* (?:certificate|diploma|certification)),?"
        rf" (?:in )?(?P<year>{_YEAR})",
        text,
    )
    dated = dated or titled_course(text, _YEAR)  # "Certificate in Wound Care (RCN), 2022"
    if dated:
        what = course_title(dated.group("what"))
        return "held", Clause(
            "I", "earned", f"{lexicon.article(what)} {what} in {dated.group('year')}"
        )
    course = credentials.level_course(text)  # "level 3 dip mgmt of zoo + aquarium animals"
    if course is not None:
        return "held", Clause("I", "hold", course)
    level = re.fullmatch(
        r"(?:Level (?P<a>\d) (?P<what>[a-z][a-z ]+?)(?<!certificate)"
        r"|(?P<what2>[a-z][a-z ]+?) certificate,? (?:L|Level ?)(?P<b>\d))",
        text,
    )
    heads = ("diploma", "dip", "cert", "certificate", "award")
    if level and not any(w in heads for w in (level["what"] or "").split()):
        number, what = (
            level.group("a") or level.group("b"),
            level.group("what") or level.group("what2"),
        )  # "Level 3 diploma in X", "Level 3 arb diploma": a diploma, never "a qualification in"
        return "held", Clause("I", "hold", f"a Level {number} qualification in {what}")
    return None


def _state_year(text: str) -> tuple[str, Clause] | None:
    """ "ACCA qualified 2018", "PMP certified 2020", "chartered 2017": a standing held since the
    year typed after it -> "I have been ACCA qualified since 2018"."""
    found = re.fullmatch(
        rf"(?P<what>(?:[A-Z][\w-]*(?: [A-Z][\w-]*)* )?(?:part-)?{_STATE}),? (?:in )?"
        rf"(?P<year>{_YEAR})",
        text,
    )
    if found is None:
        return None
    return "held", Clause("I", "have been", f"{found.group('what')} since {found.group('year')}")


def _part_state(text: str) -> tuple[str, Clause] | None:
    """ "ACCA part-qualified" -> "I am ACCA part-qualified"."""
    found = re.fullmatch(rf"[A-Z][\w-]*(?: [A-Z0-9][\w-]*)* (?:part-|fully ){_STATE}", text)
    return None if found is None else ("held", Clause("I", "am", text))


def _role_range(text: str) -> tuple[str, Clause] | None:
    """A post with its years: "postdoc at Bodega Marine Lab 2021-present" -> "I have been a
    postdoc at Bodega Marine Lab since 2021"; "paralegal at Hart & Cole 2019-2023" -> "I was a
    paralegal at Hart & Cole from 2019 to 2023"."""
    found = re.fullmatch(
        rf"(?P<role>[a-z][a-z -]*?)(?P<at> (?:at|with|for) [A-Z][\w&' .-]*?)?,? "
        rf"\(?(?P<start>{_YEAR})\s?[-–]\s?(?P<end>(?i:{_PRESENT})|{_YEAR})\)?",
        text,
    )
    if found is None or found.group("role").split()[-1].lower() not in PERSON_HEADS:
        return None
    role, at, start, end = found.group("role", "at", "start", "end")
    post = f"{lexicon.article(role)} {role}{at or ''}"
    if re.fullmatch(_PRESENT, end, re.IGNORECASE):
        return "role", Clause("I", "have been", f"{post} since {start}")
    if end < start:
        return None
    return "role", Clause("I", "was", f"{post} from {start} to {end}")


def _initials(text: str) -> tuple[str, Clause] | None:
    """A bare certification's initials: "SHRM-SCP", "PMP" -> "I am SHRM-SCP certified"; a
    professional title's: "RVN" -> "I am an RVN"."""
    if text.lower() in TITLE_INITIALS:
        return "role", Clause("I", "am", f"{lexicon.article(text)} {text}")
    hyphened = re.fullmatch(r"[A-Z]{2,6}(?:-[A-Z]{2,6})+", text)
    if hyphened or text.lower() in CERTIFIED_INITIALS:
        return "held", Clause("I", "am", f"{text} certified")
    return None


def _titled(text: str) -> tuple[str, Clause] | None:
    """A title and where it is licensed: "RDH, licensed in WA" -> "I am an RDH, licensed in
    WA"; "CPA, licensed in Illinois since 2016"."""
    found = re.fullmatch(
        rf"(?P<who>[A-Z]{{2,5}}),? (?P<how>{_STATE} in [A-Z][\w ]*?(?: since {_YEAR})?)", text
    )
    if found is None or found.group("who").lower() not in TITLE_INITIALS:
        return None
    who = found.group("who")
    return "role", Clause("I", "am", f"{lexicon.article(who)} {who}, {found.group('how')}")


def _permits(text: str) -> tuple[str, Clause] | None:
    """Licences or permits named by what they cover: "local anesthesia + nitrous permits" ->
    "I hold local anesthesia and nitrous permits"."""
    found = re.fullmatch(
        r"(?P<what>[a-z][a-z -]*?(?:(?: \+ | and | & )[a-z][a-z -]*?)+) (?P<head>\w+s)", text
    )
    if found is None or found.group("head")[:-1] not in CREDENTIAL_NOUNS:
        return None
    what = re.sub(r" (?:\+|&) ", " and ", found.group("what"))
    return "held", Clause("I", "hold", f"{what} {found.group('head')}")


_LEVELS = {
    "fluent": "fluent in {}",
    "native": "a native {} speaker",
    "bilingual": "bilingual in {}",
}


def _language(text: str) -> tuple[str, Clause] | None:
    """A language and how well: "Spanish - fluent" -> "I am fluent in Spanish"."""
    found = re.fullmatch(r"(?P<lang>[A-Z][a-z]+)\s*(?:[-–:(]|,)\s*(?P<level>[a-z]+)\)?", text)
    if found is None or found.group("level") not in _LEVELS:
        return None
    if not found.group("lang").endswith(("ish", "ese", "an", "ian", "ch", "ic", "ai", "ew")):
        return None  # "Spanish", "Japanese", "German", "French", "Arabic", "Thai", "Hebrew"
    return "skill", Clause("I", "am", _LEVELS[found.group("level")].format(found.group("lang")))


def _described_post(text: str) -> tuple[str, Clause] | None:
    """A post named with the standing that makes it: "coded welder", "qualified electrician"
    -> "I am a coded welder" (not "I coded welder")."""
    found = re.fullmatch(r"(?P<how>[a-z]+ed) (?P<who>[a-z]+)", text)
    if found is None or found["who"] not in PERSON_HEADS or not lexicon.is_past(found["how"]):
        return None
    return "role", Clause("I", "am", f"{lexicon.article(text)} {text}")


# A list or rota the candidate is on, for a span: "on the cardiac CT list at Frimley ~ 2 yrs".
_ON_LIST = re.compile(
    r"^(?P<on>on (?:the|a|an) [^,]+?) "
    r"(?P<span>(?:about |over |nearly |almost )?\w+ (?:years?|months?))"
    r"(?:, (?P<rate>(?:about |around )?\d[\d,]* [a-z]+s a (?:day|week|month|shift|night)))?$"
)


def _on_list(text: str) -> tuple[str, Clause] | None:
    found = _ON_LIST.match(text)
    if found is None:
        return None
    rate = f", with {found['rate']}" if found["rate"] else ""
    return "role", Clause("I", "have been", f"{found['on']} for {found['span']}{rate}")


# A named body the candidate sits on: "PROMPT faculty", "NICE guideline committee".
_BODY = re.compile(
    r"^(?P<name>[A-Z][\w&-]*(?: [\w&-]+){0,3}) (?P<body>faculty|committee|panel|board)$"
)


def _on_body(text: str) -> tuple[str, Clause] | None:
    found = _BODY.match(text)
    if found is None or not found["name"].split()[0].isupper():
        return None  # "Advisory board": whose board is not said
    if found["body"] == "faculty":  # "I am PROMPT faculty", as the course's teachers say it
        return "role", Clause("I", "am", f"{found['name']} faculty")
    return "role", Clause("I", "am", f"on the {found['name']} {found['body']}")


# A post at a named place: "MLA at Kettering General, blood sciences", "SE at Rockline
# Automation (SCADA/MES)", "deputy clerk, Delaware County Court of Common Pleas".
_AT_ORG = re.compile(
    r"(?P<role>[A-Z]{2,5}|[a-z][a-z -]*[a-z])(?P<sep> at|,) (?P<org>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*"
    r"| of)*(?: \([A-Z][A-Z/]+\))?)(?:, (?P<unit>[a-z]+(?: [a-z]+)?))?"
)


def at_org(what: str, years: str) -> tuple[str, Clause] | None:
    """A post at a named place after its span (`years`): "MLA at Kettering General" -> years of
    MLA experience there (initials may be a post or a field); "deputy clerk, Delaware County
    Court" -> years spent as one there; None for any other shape."""
    found = _AT_ORG.fullmatch(what)
    if found is None:
        return None
    role, org, unit = found["role"], found["org"], found["unit"]
    tail = f", in {unit}" if unit else ""
    if role.isupper():
        return "skill", Clause("I", "have", f"{years} of {role} experience at {org}{tail}")
    if found["sep"] != "," or role.split()[-1] not in PERSON_HEADS or org.endswith(" of"):
        return None  # "paralegal at Knight & Co" is read below
    the = "the " if " of " in org else ""
    return "role", Clause(
        "I", "have spent", f"{years} as {lexicon.article(role)} {role} at {the}{org}{tail}"
    )
