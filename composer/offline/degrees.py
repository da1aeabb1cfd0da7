"""Degree lines read into their parts and said as the candidate (split out of `credentials`,
which re-exports `degree`, `Degree`, `names_degree`, `school_name` and `definite`).

People type a degree as a CV line: "J.D. Fordham Law 2021, cum laude", "PhD in History,
Edinburgh, 2022", "MSc Public Policy (Bristol)". Said as it is typed ("I hold a J.D. Fordham
Law 2021, cum laude") it breaks the sentence, so the line is read into degree, subject, school,
year and honours, and said again: "I earned a J.D. at Fordham Law in 2021, graduating cum
laude". A line with a part that fits none of these is not a degree line this module can say
(None), and the caller goes on to other readings.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.degreefocus import specialism
from composer.offline.schools import HONOURS as _HONOURS
from composer.offline.schools import SUBJECT_INITIALS as _SUBJECT_INITIALS
from composer.offline.schools import campus, definite, initials_school, school_name
from composer.offline.words import (
    LANGUAGES,
    MONTH_NAMES,
    SCHOOL_FIRST,
    SCHOOL_WORDS,
    SUBJECT_IN_NAME,
)
from composer.shortforms import DEGREE_WORDS

# Degree abbreviations as people type them, dotted or not: "J.D.", "BSc", "PhD", "M.Eng".
_DEGREE = re.compile(
    r"^(?:(?:a|an|my)\s+)?(?P<degree>(?:M\.?Arch|B\.?Arch|(?i:master'?s|bachelor'?s)(?: degree)?"
    r"|J\.?D|LL\.?[BM]|M\.?A\.?Sc|B\.?A\.?Sc|B\.?A|B\.?Sc|M\.?A|M\.?Sc|MBA|Ph\.?D|D\.?Phil"
    r"|M\.?D|B\.?Eng|M\.?Eng|M\.?Phil|PGCE|PGDip|B\.?Ed|M\.?Ed|B\.?S|M\.?S|BFA|MFA|BSN|MSN|DNP"
    r"|Ed\.?D|Pharm\.?D|MPharm|DDS|DVM|BBA|MPA|MPP|MPH|MSW|BSW|HND|HNC|MRes|LLD|B\.?Arch"
    r"|M\.?Arch|AAS|AS|AA|BJ|FdSc|FdA|DipHE|CertHE|MLIS|MLS|MSLS|O\.?D|DPT|AuD|PsyD|MBChB|MBBS|BDS"
    r"|BAMS|BHMS|BUMS"  # Indian medicine: Ayurveda, homoeopathy, Unani
    # divinity, health science, nursing, letters and music degrees, and other common masters
    r"|M\.?Div|Th\.?M|D\.?Min|B\.?Th|M\.?Th|MHSc|BHSc|BScN|MScN|M\.?St|M\.?Litt|B\.?Mus|M\.?Mus"
    r"|DBA|MAT|MHA|MFin|MAcc|MPhys|MChem|MMath|BVSc|BVetMed|PGCert|PgCert|PgDip|BPharm"
    r"|B\.?Comm?|M\.?Comm?|BCA|MCA|B\.?Tech|M\.?Tech"  # commerce, computing, technology
    r"|BMS|BBus|BSocSci|BAppSc"  # management studies, business, social and applied sciences
    r"|(?i:licenciatura|laurea|bacharelado|bacharel|mestrado|maestr[ií]a)"  # by their own names
    r"|[BM][A-Z][a-z]{2,6}"  # "BAgric", "MEcon": a bachelor's or master's by its field's short name
    r"|(?:Adv(?:anced)?\.? |Grad(?:uate)?\.? )?Dip(?:loma)?"
    r"|(?:Bachelor|Master|Doctor) of (?:[A-Z][a-z]+ ?)+)\.?)"
    r"(?=[\s,(]|$)"
)
# The degrees the table above names; one matched only by the short name of its field
# ("BAgric", "MEcon") names its subject in itself, as "MLIS" does.
_LISTED = re.compile(_DEGREE.pattern.replace(r"|[BM][A-Z][a-z]{2,6}", "", 1))
_YEAR = re.compile(r"\(?\b(?:class of\s+)?((?:19|20)\d\d)\)?")
# A grade or date still to come: the degree is under way, not held.
_PROSPECT = re.compile(
    r"^\(?(?:(?:final )?results? (?:due|pending|expected)|on track for|predicted|expected"
    r"|anticipated|projected|due|in progress|ongoing)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Degree:
    """A degree line read into its parts; any part but the degree may be missing."""

    degree: str  # as typed: "J.D.", "BSc"
    subject: str = ""
    school: str = ""
    year: str = ""
    honours: str = ""
    focus: str = ""  # "a concentration in archives", "a minor in computer science"
    aside: str = ""  # "IHO Category A recognised": a standing typed in brackets
    manner: str = ""  # "part time", "by distance learning": how it was studied

    def named(self) -> str:
        """ "a J.D.", "an MSc in Public Policy"."""
        # a degree said letter by letter: "an FdSc", "an MEng"
        spelled = " of " not in self.degree and re.match(r"[AEFHILMNORSX][^aeiou]", self.degree)
        text = f"{'an' if spelled else lexicon.article(self.degree)} {self.degree}"
        # "Diploma of Stage and Screen Management": a subject typed with its own "of" keeps it
        link = " " if re.match(r"(?:of|in) ", self.subject) else " in "
        text = f"{text}{link}{self.subject}" if self.subject else text
        # a minor goes with the subject it is beside: "a BA in English, with a minor in X,"
        return f"{text}, with {self.focus}," if self.focus.startswith("a minor") else text

    def said(self) -> tuple[str, str]:
        """The verb and the rest: ("earned", "a J.D. at Fordham Law in 2021, ...")."""
        verb, rest = self._said()
        return verb, rest.rstrip(",")

    def _said(self) -> tuple[str, str]:
        honours, focus = self.honours, "" if self.focus.startswith("a minor") else self.focus
        aside = f" ({self.aside})" if self.aside else ""
        latin = "laude" in honours.lower()
        if self.school.startswith("of "):  # "Diploma of the Royal College of Music": its body
            return Degree(f"{self.degree} {self.school}", self.subject, "", self.year, self.honours,
                          self.focus, self.aside, self.manner)._said()  # fmt: skip
        if self.year:
            where = f" at {definite(self.school)}" if self.school else ""
            rest = f"{self.named()}{where} in {self.year}{aside}"
            rest += f", studying {self.manner}" if self.manner else ""
            if honours:
                rest += f", graduating {honours}" if latin else f", {with_honours(honours)}"
            return "earned", rest + (f", with {focus}" if focus else "")
        rest = self.named() + (f" from {definite(self.school)}" if self.school else "") + aside
        rest += f", which I completed {self.manner}" if self.manner else ""
        if honours:
            named_only = not (self.school or self.aside or self.manner)
            rest += f", awarded {honours}" if latin else _honoured(honours, named_only)
        return "hold", rest + (f", with {focus}" if focus else "")


# A part of a degree named after its school: its concentration ("archives concentration").
_FOCUS = re.compile(
    r"(?P<what>[a-z][a-z]+(?: (?:and|[a-z]+))*) (?P<kind>concentration|specialism|specialization"
    r"|specialisation|emphasis|pathway|focus)"
)
# A field of study typed bare after a degree's subject and school: "hydrodynamics", "marine
# ecology", "structural engineering" (a name of a science or a discipline, by its ending).
_FIELD = re.compile(r"(?:[a-z]+ )?[a-z]+(?:ics|ology|ography|istry|engineering|science)")


def _field_word(word: str) -> bool:
    """A word naming a field: a noun, or a science no word list has ("hydrodynamics")."""
    return lexicon.is_noun(word) or not lexicon.known(word)


# A month before a degree's year: "June 2025", "june 2026".
_MONTH_YEAR = re.compile(
    r"(?i)\b(?P<month>january|february|march|april|may|june|july|august|september|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? "
    r"(?P<year>(?:19|20)\d\d)\b"
)
# A month typed short ("nov 2026"), said in full ("November 2026").
_MONTHS = {name[:3]: said for name, said in MONTH_NAMES.items()}  # "nov": "November"


def _honoured(honours: str, named_only: bool) -> str:
    """The honours after the degree: "with Honours" right after its name (`named_only`) as
    part of it, no comma ("a Bachelor of Physiotherapy with Honours"); else after a comma
    (", with a 2:1", "from TU Dublin, with honours")."""
    said = with_honours(honours)
    return f" {said}" if named_only and said.lower() == "with honours" else f", {said}"


def with_honours(honours: str) -> str:
    """ "with distinction", "with a 2:1", "with first-class honours"."""
    lower = honours.lower()
    if lower.startswith("with "):
        return honours
    if lower in ("first", "a first", "2:1", "2:2", "2.1", "a 2:1", "a 2:2"):
        return "with " + (honours if lower.startswith("a ") else f"a {honours}")
    if lower in ("first class", "first-class", "1st class"):
        return "with first-class honours"
    second = re.match(r"(?:2nd|second)[- ]class (upper|lower)", lower)
    if second:  # "2nd class upper": "with second-class honours (upper division)"
        return f"with second-class honours ({second[1]} division)"
    if lower in ("hons", "honours", "honors"):
        return "with honours"
    if lower in ("distinction", "merit"):
        return f"with {lower}"
    return f"with {honours}" if "honou" in lower else f"with {honours} honours"


# How a degree was studied, typed as a part of its line: "part time", "distance learning".
_MANNER = re.compile(
    r"(?i)(?:(?:by |via )?(?P<distance>distance learning)|(?P<part>part[- ]time)|online"
    r"|(?:in the )?evenings|full[- ]time)"
)
# A word typed before the year a degree was finished: "finished 2022", "grad 2021".
_FINISHED = re.compile(r"(?i)(?:finished|completed|graduated|grad)(?: in)?")
_FINISHED_IN = re.compile(
    r"(?i)(?:finished|completed|graduated)(?: in)? (?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov"
    r"|dec)[a-z]*|(?:just|recently) (?:finished|completed|graduated)"  # ", just finished": held
)


def _manner(part: str) -> str:
    """ "distance learning" -> "by distance learning", "evenings" -> "in the evenings"; "full
    time", which says nothing, -> ""."""
    found = _MANNER.fullmatch(part)
    assert found is not None
    if found["distance"]:
        return "by distance learning"
    lower = part.lower()
    if lower.startswith("full"):
        return ""
    return f"in the {lower.removeprefix('in the ')}" if lower.endswith("evenings") else part


def _school_like(text: str) -> bool:
    """A place of study: "Central Saint Martins", "Fordham Law", "Edinburgh" (all capitals)."""
    words = [w for w in text.split() if w.lower() not in ("of", "the", "and", "for", "&")]
    return bool(words) and all(w[:1].isupper() for w in words)


_LIBRARY = frozenset(["mlis", "mls", "msls"])  # degrees that name their subject: "an MLIS"


def names_degree(text: str) -> bool:
    """True when the text starts with a degree's name ("MA archives ...", "BSc")."""
    return _DEGREE.match(text) is not None


def degree(text: str) -> Degree | None:
    """The degree line read into parts, or None when it is not one (or a part is unclear)."""
    found = _DEGREE.match(text)
    if found is None:
        return None
    name = found.group("degree").strip()
    diploma = re.fullmatch(r"(?:(?P<kind>Adv|Grad)[a-z]*\.? )?Dip(?:loma)?\.?", name)
    if diploma:  # "Dip", "Adv Dip": a diploma, said in full
        kind = {"Adv": "Advanced ", "Grad": "Graduate "}.get(diploma["kind"] or "", "")
        name = f"{kind}Diploma"
    plain = name.lower().replace("'", "")
    if plain in ("masters", "bachelors"):
        name = plain[:-1] + "'s"  # "Masters in Social Work" -> "a master's in Social Work"
    elif plain in ("masters degree", "bachelors degree"):
        name = plain[:-8] + "'s degree"  # "a master's degree in nursing": the degree's own word
    rest = text[found.end() :].strip()
    rest, special = specialism(rest)  # "Agriculture (Viticulture and Oenology), ...": a field
    if any(_PROSPECT.match(part.strip()) for part in re.split(r"[,(]", rest)):
        return None  # under way: said elsewhere ("I am completing ...")
    year = ""
    month = _MONTH_YEAR.search(rest)  # "June 2025", "june 2026": said "in June 2025"
    if month is not None:
        rest = rest[: month.start()] + month["year"] + rest[month.end() :]
    years = _YEAR.findall(rest)
    if len(years) > 1:
        return None
    if years:
        said = "" if month is None else _MONTHS[month["month"].lower()[:3]]
        year = years[0] if month is None else f"{said} {years[0]}"
        # "(finished 2026) + honours": the bracket a year closes stays closed
        rest = _YEAR.sub(lambda m: ")" if m.group()[-1:] + m.group()[:1] == ")2" else "", rest)
    parts = [p.strip(" .-–") for p in re.split(r"[,()]|\s[-–]\s", rest) if p.strip(" .-–")]
    # "UQ (finished nov 2026) + honours": honours typed after a plus, as one more part
    parts = [p[2:] if p.startswith("+ ") and _HONOURS.match(p[2:]) else p for p in parts]
    if year:  # "(part-time, finished 2022)": the year is read, its verb says nothing more
        parts = [p for p in parts if not _FINISHED.fullmatch(p)]
    # ", finished nov": held now; the month says nothing a letter needs (no year to say it in)
    parts = [p for p in parts if not _FINISHED_IN.fullmatch(p)]
    studied = [_manner(p) for p in parts if _MANNER.fullmatch(p)]
    if len(studied) > 1:
        return None
    parts = [p for p in parts if not _MANNER.fullmatch(p)]
    # "BCom, Unisa": a name no dictionary knows, typed after a comma and no subject, is a school
    after_comma = rest.lstrip().startswith(",")
    in_name = name.lower().rstrip(".") in SUBJECT_IN_NAME | _LIBRARY or " of " in name
    in_name = in_name or _LISTED.match(text) is None  # "MEcon, LSE": the school alone
    # "MSc X NTNU june 2026, hydrodynamics": a field of study typed bare after the subject
    fields = [p for p in parts[1:] if _FIELD.fullmatch(p) and _field_word(p.split()[-1])]
    parts = [p for p in parts if p not in fields[:1]]
    parts = [school_name(p, alone=in_name or i > 0) for i, p in enumerate(parts)]
    # "U of M": a school named by one initial, which no reader can spell out: left unsaid
    parts = [p for i, p in enumerate(parts) if not (i and re.fullmatch(r"U ?of ?[A-Z]{1,2}", p))]
    subject = school = honours = aside = ""
    focus = f"a focus on {fields[0] if fields else special}" if fields or special else ""
    first = True  # the first part that is not honours may be the subject
    for i, part in enumerate(parts):
        if _HONOURS.match(part):
            honours = part
            continue
        graced = re.match(r"^(?P<h>with .+?) (?:from|at) (?P<school>[A-Z].+)$", part)
        if graced and _HONOURS.match(graced["h"]) and not honours:  # "with honours from Y"
            honours, school = graced["h"], school or graced["school"]
            first = False
            continue
        minor = _MINOR.fullmatch(part)
        if minor and not focus:  # "english + CS minor", "minor in CS": a minor beside the subject
            subject = subject or (minor["subject"] or "")
            named = minor["minor"] or minor["minor_"]
            focus = f"a minor in {_MINORS.get(named.lower(), named)}"
            first = False
            continue
        if _ASIDE.fullmatch(part) and not first and not aside:
            aside = part  # "(IHO Category A recognised)": a standing the degree has, as typed
            continue
        focused = _FOCUS.fullmatch(part)
        if focused and not focus and not first:  # "MLIS Simmons, archives concentration"
            kind = focused["kind"]
            link = "on" if kind == "focus" else "in"  # "a focus on hydrodynamics"
            focus = f"{lexicon.article(kind)} {kind} {link} {focused['what']}"
            continue
        placed = re.match(r"^(?:in\s+)?(?P<subj>.*?)\s*\b(?:from|at)\s+(?P<school>.+)$", part)
        if placed is None and part.startswith("in "):
            placed = re.match(r"^in\s+(?P<subj>.+)$()", part)
        if placed:
            subject = subject or placed.group(1)
            school = school or (placed.group(2) or "")
            first = False
            continue
        split = _subject_school(part) if first and not subject and not school else None
        split = split or (initials_school(part) if first and not subject else None)
        if split is not None:  # "MS PA studies Duke 2022", "MS EE georgia tech": subject, school
            subject, school = split
            first = False
            continue
        if not _school_like(part):
            plus = first and part.islower() and " + " in part
            part = part.replace(" + ", " and ") if plus else part  # "fashion buying + merch"
            plain = part.islower() and "degree" not in part.split()
            joins = {"and"} if plus else set()
            known = all(lexicon.known(w) or w in _SUBJECT_WORDS or w in joins for w in part.split())
            if first and not subject and plain and known:  # "aircraft eng": spelled out below
                subject, first = part, False  # "MEng civil", "BSc physics": a subject
                continue
            return None
        words = part.split()
        if words[0] in ("Univ", "Uni"):
            part = "University " + " ".join(words[1:])  # "Univ of Oregon"
        named_school = (
            len(words) > 1
            and (
                words[-1].lower() in SCHOOL_WORDS
                or words[0] in ("University", "Univ", "Uni")
                or words[0].lower() in SCHOOL_FIRST  # "Universidad de Sevilla"
                or any(  # "Royal Northern College of Music": a school's word and what it is of
                    w[:1].isupper() and w.lower() in SCHOOL_WORDS and after == "of"
                    for w, after in itertools.pairwise(words[1:])
                )
            )
        )
        implied = in_name and (
            part.isupper()
            or len([p for p in parts if not _HONOURS.match(p) and not _FOCUS.fullmatch(p)]) == 1
        )
        unknown = after_comma and i == 0 and part.istitle() and not lexicon.known(part.lower())
        if first and not (subject or school or named_school or implied or unknown):
            subject = part  # "BA Graphic Design, Central Saint Martins": the subject first
        elif not school and len(words) == 1 and lexicon.is_adjective_only(part.lower()):
            # "Master of Medical Sonography (Vascular)", "MSc Nursing (Clinical)": its branch
            name, subject = (name, f"{subject} ({part})") if subject else (f"{name} ({part})", "")
        elif not school:
            school = part
        elif campus(part, school):  # "University of Eastern Finland (Joensuu)": its town
            school = f"{school} in {part}"
        else:
            return None
        first = False
    short = re.fullmatch(r"(?P<subject>[A-Z][\w&' ]+?) (?P<school>[A-Z]{2,5})", subject)
    if short and not school:  # "BSc Nutrition & Dietetics KCL 2019": the school's initials last
        subject, school = short["subject"], short["school"]
    place = re.fullmatch(
        r"(?P<subject>[A-Z]{2,5}) (?P<school>[A-Z][a-z]+(?: [A-Z][a-z]+)*)", subject
    )
    if place and not school and not any(map(lexicon.known, place["school"].lower().split())):
        subject, school = place["subject"], place["school"]  # "BSc OT Northumbria": a place last
    if subject and not _school_like(subject) and subject != subject.lower():
        return None
    subject = _subject_in_full(subject, name)
    if diploma and re.fullmatch(r"[A-Z]{2,5}", subject):
        return None  # "Dip FD": a diploma's subject by initials, which no table spells out
    joined = re.search(r"^(?:and|&|\+) | (?:and|&|\+)$", subject) or re.match(r"(?:and|&) ", school)
    if _SUBJECT_SHORT.intersection(subject.split()) or joined:
        return None  # "BSc + PGCE", "BA History + QTS": a second credential, not a subject
    manner = studied[0] if studied else ""
    return Degree(name, subject, school, year, honours, focus, aside, manner)


# A minor typed after its subject or on its own: "english + CS minor", "minor in history".
_MINOR = re.compile(
    r"(?:(?P<subject>[\w ]+?) (?:\+|&|and|w/|with) )?(?P<minor>[\w ]+?) minor"
    r"|(?:an? )?minor in (?P<minor_>[\w ]+)"
)
# Subjects typed by their initials that are said one way: "CS minor".
_MINORS = {short: full for short, full in DEGREE_WORDS if " " in full}
# A standing a degree has, typed in brackets: "(IHO Category A recognised)", "(BPS accredited)".
_ASIDE = re.compile(r"[A-Z][\w ]*? (?:recogni[sz]ed|accredited|approved|validated)")


def _subject_school(part: str) -> tuple[str, str] | None:
    """ "PA studies Duke" -> ("PA Studies", "Duke"): a subject whose last word is a known word in
    lower case, then a school's name in capitals, typed with no comma between; a subject named
    from its initials takes the capitals of a course's name. None for any other part."""
    words = part.split()
    low = [i for i, w in enumerate(words) if w[:1].islower()]
    if not low or low[-1] == len(words) - 1:
        return None
    subject, school = words[: low[-1] + 1], words[low[-1] + 1 :]
    if len(school) > 3 or not all(w.isalpha() and w[:1].isupper() for w in school):
        return None
    # "english + history UCD": two subjects joined, said with "and"
    subject = [
        "and" if w in ("+", "&") and 0 < i < len(subject) - 1 else w for i, w in enumerate(subject)
    ]
    if not all(w.isupper() or lexicon.known(w) or w in LANGUAGES or w == "and" for w in subject):
        return None
    if not lexicon.is_noun(subject[-1].lower()) or subject[-1] in _NOT_SUBJECTS:
        return None
    if subject[0].isupper() and len(subject[0]) > 1:  # "PA studies" -> "PA Studies"
        subject = [w if w in ("of", "and", "in") else w[:1].upper() + w[1:] for w in subject]
    return " ".join(subject), " ".join(school)


# Lower-case words before a school's name that are no subject: "degree from", "hons".
_NOT_SUBJECTS = frozenset(["degree", "hons", "honours", "honors", "grad", "graduate", "at", "from"])


# Subjects typed short that a person spells out the one way: "BSc Physio" -> "Physiotherapy",
# "FdSc Vet Nursing" -> "Veterinary Nursing", "MEng Civil Eng" -> "Civil Engineering".
_SUBJECT_WORDS = {short: full for short, full in DEGREE_WORDS if " " not in full} | {"&": "and"}
# A branch of engineering typed alone after an engineering degree: "MEng civil".
_BRANCHES = frozenset(
    ["civil", "mechanical", "electrical", "chemical", "structural", "software", "aerospace"]
)
# Short forms no one reading could spell out with confidence: the line is left out.
_SUBJECT_SHORT = frozenset(["Admin"])


def _subject_in_full(subject: str, degree_name: str) -> str:
    """ "Mech Eng" -> "Mechanical Engineering"; "civil" after "MEng" -> "civil engineering";
    "EE", typed as initials alone, -> "Electrical Engineering"."""
    if subject.isupper() and " " in _SUBJECT_INITIALS.get(subject.lower(), ""):
        return _SUBJECT_INITIALS[subject.lower()].title()
    words = []
    for word in subject.split():
        full = _SUBJECT_WORDS.get(word.lower())
        words.append(word if full is None else full.capitalize() if word[0].isupper() else full)
    said = " ".join(LANGUAGES.get(w, w) for w in words)  # "english" -> "English"
    engineering = re.fullmatch(r"[BM]\.?Eng", degree_name)
    if engineering and said.lower() in _BRANCHES:
        said += " Engineering" if said[0].isupper() else " engineering"
    return said
