"""CV lines as people type them in notes, read by what they say and said by that.

"LPC completed 2023 (Distinction)", "Gas Safe reg. since 2014", "QTS 2019", "approx 12 yrs
domestic + commercial", "5 yrs KS2 incl. 2 as maths lead", "sepsis 6 compliance from 54% to
88%", "Licensed journeyman electrician, Ohio, 2019": each shape has its own sentence ("I
completed my LPC in 2023, with Distinction", "I have been Gas Safe registered since 2014").
`read` gives the kind ("held", "role", "skill", "achievement") and the clause, or None when
the line is none of these shapes; `items.read_point` then reads it as a phrase.
"""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.realise import Clause
from composer.offline.words import DETERMINERS, PERSON_HEADS, SMALL_NUMBERS, WORKPLACES

_YEAR = r"(?:19|20)\d\d"
_STATE = r"(?:registered|licensed|certified|qualified|chartered|accredited)"
_GRADE = re.compile(
    r"^(?:distinction|merit|pass|first|first class|1st|2:1|2:2|honours|(?:magna |summa )?cum"
    r" laude|with (?:distinction|merit|honours))$",
    re.IGNORECASE,
)
# A bracketed aside that is a note about the interview, not a fact: "(she asked)", "(mention)".
_ASIDE = re.compile(
    r"^(?:she|he|they|you|I|we)\b|\b(?:asked|mention(?:ed)?|check|tbc|tbd|todo|maybe)\b",
    re.IGNORECASE,
)
_FOLD = {"2": "twofold", "3": "threefold", "4": "fourfold", "5": "fivefold", "10": "tenfold"}
_CHANGE = re.compile(
    r"^(?:cut|reduced|increased|grew|improved|boosted|raised|sped up|lowered|halved)\b", re.I
)


def tidy(text: str) -> str:
    """A trailing bracket said in the sentence or dropped: "(Distinction)" -> ", with
    Distinction"; "(she asked)" is the candidate's note and goes; "cut latency 3x" ->
    "cut latency threefold". Anything else is left for the reader to judge."""
    found = re.search(r"\s*\((?P<aside>[^()]+)\)$", text)
    if found:
        aside = found.group("aside").strip()
        if _GRADE.match(aside):
            grade = aside if aside.lower().startswith("with ") else f"with {aside}"
            text = f"{text[: found.start()]}, {grade}"
        elif _ASIDE.search(aside):
            text = text[: found.start()]
    if _CHANGE.match(text):
        text = re.sub(r"\b(\d+)x\b", lambda m: _FOLD.get(m.group(1), m.group()), text)
    # "reads Polish, German and Russian" (typed of oneself in the third person)
    text = re.sub(r"^(speak|read|write)s (?=[A-Z])", r"\1 ", text)
    text = _OWN_TAIL.sub("", text)  # "I hold OSHA 30, and I would be glad to build on that here"
    # "33% -> 29%": a change typed with an arrow is a change "from 33% to 29%"
    text = re.sub(rf"(?:down|up) (?={_AMOUNT} ?(?:->|=>|→))", "", text)
    text = re.sub(rf"{_AMOUNT} ?(?:->|=>|→) ?{_AMOUNT}(?= (?:in|over|within|across) |$)",
                  r"from \1 to \2", text)  # fmt: skip
    # "trained 6 commis, 4 still there": the ones still there are "four of whom"
    still = re.search(r", (\w+) still (there|with (?:us|the team|the company))$", text)
    if still:
        count, where = still.groups()
        text = f"{text[: still.start()]}, {_spelled(count)} of whom are still {where}"
    text = re.sub(r"\bsous\b(?! chef)", "sous chef", text)
    text = re.sub(r"\b(\d+)-cover place\b", r"\1-cover restaurant", text)
    text = _PLACE.sub(_placed, text)
    return re.sub(r"\breg\.?(?= since|$)", "registered", text)


_AMOUNT = r"(\d[\d.,]*%|\d[\d.,]*(?=\s?(?:->|=>|→)))"
# A stock tail the candidate typed after the fact: the letter says the fact, plainly.
_OWN_TAIL = re.compile(
    r",? (?:and|which) I (?:would|will|'d|hope to|want to|am keen to)\b[^,]*"
    r"\b(?:here|in the role|in this role|to the (?:role|position|team)|with me)$",
    re.IGNORECASE,
)
# A workplace named with no article: "on ledger service", "at mid-size firm".
_PLACE = re.compile(
    r"\b(?P<prep>on|at|for|in) (?P<what>(?:[a-z][\w-]* ){0,2}(?P<head>[a-z]+))"
    r"(?=$|,| (?:in|over|at|for|with|from|during)\b)"
)


def _spelled(count: str) -> str:
    return SMALL_NUMBERS[int(count) - 1] if re.fullmatch("[1-9]", count) else count


def _placed(found: re.Match[str]) -> str:
    """ "on ledger service" -> "on the ledger service"; "at mid-size firm" -> "at a mid-size
    firm" (a place named by what it is, not by name)."""
    prep, what, head = found.group("prep", "what", "head")
    first = what.split()[0]
    if head not in WORKPLACES or first in DETERMINERS or first[:1].isdigit():
        return found.group()
    if len(what.split()) == 1 and prep == "in":
        return found.group()  # "in service", "in school"
    unnamed = prep == "at" and len(what.split()) > 1
    article = lexicon.article(what) if unnamed else "the"
    return f"{prep} {article} {what}"


_NUMBER = (
    r"(?:about |over |more than |nearly |almost |around )?(?:\d+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
)
_LEADING = re.compile(rf"^(?P<n>{_NUMBER})\+? (?P<unit>years?|months?) (?P<what>.+)$", re.I)
_TRAILING = re.compile(rf"^(?P<what>[a-z][^,]+?) (?P<n>{_NUMBER})\+? (?P<unit>years?)$")
_PART = re.compile(
    r"^(?P<what>.+?)(?:,? (?:including|incl\.?|the last|last)|,) (?P<n>\w+) as (?P<as>.+)$"
)


def read(text: str) -> tuple[str, Clause] | None:
    """The kind and clause of a CV line of a known shape, else None."""
    for reader in (
        _completed,
        _since,
        _held_year,
        _current,
        _vocational,
        _licensed,
        _registered,
        _certified,
        _done_to,
        _span,
        _change,
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
    if re.search(rf"\b{_STATE}$", what):
        return "held", Clause("I", "have been", f"{what} since {year}")
    head = what.split()[-1].lower()
    if head in PERSON_HEADS and what[:1].islower():
        return "role", Clause("I", "have been", f"{lexicon.article(what)} {what} since {year}")
    if re.fullmatch(r"[A-Z][A-Za-z0-9]{1,6}(?: [A-Z0-9][A-Za-z0-9]*)*", what):
        return "held", Clause("I", "have held", f"{what} since {year}")
    return None


def _held_year(text: str) -> tuple[str, Clause] | None:
    """ "QTS 2019": a credential's initials and the year it came."""
    found = re.fullmatch(rf"(?P<what>[A-Z]{{2,6}}),? (?P<year>{_YEAR})", text)
    if found is None:
        return None
    return "held", Clause("I", "have held", f"{found.group('what')} since {found.group('year')}")


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
    """ "NVQ L3 plumbing and heating" -> "an NVQ Level 3 in plumbing and heating"."""
    found = re.fullmatch(
        r"(?P<name>NVQ|SVQ|BTEC|RQF|QCF)\s+(?:L|Level\s?)(?P<level>\d)(?:\s+in)?\s+(?P<what>[a-z].+)",
        text,
    )
    if found is None:
        return None
    name, level, what = found.group("name", "level", "what")
    return "held", Clause("I", "hold", f"{lexicon.article(name)} {name} Level {level} in {what}")


def _licensed(text: str) -> tuple[str, Clause] | None:
    """ "Licensed journeyman electrician, Ohio, 2019": a licence to practise, where and since."""
    found = re.fullmatch(
        rf"(?P<role>[A-Za-z][a-z]+(?: [a-z]+)*), (?P<place>[A-Z][\w .]+), (?P<year>{_YEAR})", text
    )
    if found is None:
        return None
    role = found.group("role")
    role = role[0].lower() + role[1:]
    words = role.split()
    licence = re.search(rf"\b(?:{_STATE[3:-1]}|master|journeyman)\b", role)
    if words[-1] not in PERSON_HEADS or not licence:
        return None
    said = f"{lexicon.article(role)} {role} in {found.group('place')} since {found.group('year')}"
    return "role", Clause("I", "have been", said)


def _registered(text: str) -> tuple[str, Clause] | None:
    """ "RGN, NMBI registered": a professional title and the body it is registered with."""
    found = re.fullmatch(r"(?:(?P<what>[A-Z]{2,6}), )?(?P<body>[A-Z]{2,8}) registered", text)
    if found is None:
        return None
    body = f"registered with {found.group('body')}"
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
    if dated:
        what = dated.group("what")
        return "held", Clause(
            "I", "earned", f"{lexicon.article(what)} {what} in {dated.group('year')}"
        )
    level = re.fullmatch(
        r"(?:Level (?P<a>\d) (?P<what>[a-z][a-z ]+?)(?<!certificate)"
        r"|(?P<what2>[a-z][a-z ]+?) certificate,? (?:L|Level ?)(?P<b>\d))",
        text,
    )
    if level:
        number, what = (
            level.group("a") or level.group("b"),
            level.group("what") or level.group("what2"),
        )
        return "held", Clause("I", "hold", f"a Level {number} qualification in {what}")
    return None


_PEOPLE_VERBS = (
    r"trained|mentored|hired|coached|onboarded|supervised|recruited|taught|inducted|upskilled"
)


def _done_to(text: str) -> tuple[str, Clause] | None:
    """People counted, then what was done with them: "200+ staff trained on new triage" ->
    "I trained more than 200 staff on new triage"; "managed review of 80k docs" -> "I managed
    the review of 80,000 documents"."""
    people = re.fullmatch(
        rf"(?P<n>{_NUMBER}) (?P<who>[a-z][\w-]*(?: [a-z][\w-]*)?) (?P<verb>{_PEOPLE_VERBS})"
        r"(?P<rest> (?:on|in|at|for|as|across|through) .+)?",
        text,
    )
    if people:
        count = _spelled(people.group("n"))
        rest = people.group("rest") or ""
        return "achievement", Clause(
            "I", people.group("verb"), f"{count} {people.group('who')}{rest}"
        )
    task = re.fullmatch(
        r"(?P<verb>managed|led|ran|coordinated|oversaw|ran) (?P<what>[a-z][\w-]*(?: [a-z][\w-]*)?)"
        r" of (?P<rest>(?:about |over |more than )?\d.+)",
        text,
    )
    if task and lexicon.is_noun(task.group("what").split()[-1]):
        said = f"the {task.group('what')} of {task.group('rest')}"
        return "achievement", Clause("I", task.group("verb"), said)
    return None


def _span(text: str) -> tuple[str, Clause] | None:
    """Years of a skill or a post: "about 12 years domestic and commercial" -> "about 12
    years of domestic and commercial experience"."""
    found = _LEADING.match(text) or _TRAILING.match(text)
    if found is None:
        return None
    what, tail = found.group("what"), ""
    part = _PART.match(what)
    if part:
        count = _spelled(part.group("n"))
        said = what[part.end("what") : part.start("n")]
        last = "the last" if re.search(r"\blast\b", said) else "including" if said != ", " else ""
        tail = f", {last} {count} as" if last else f", {count} of them as"
        what, tail = part.group("what"), f"{tail} {part.group('as')}"
    first = what.split()[0].lower()
    if first in ("in", "at", "on", "with") and tail and "(" not in what:
        # "eight years on the line, the last three as junior sous chef"
        return "skill", Clause(
            "I", "have spent", f"{found.group('n')} {found.group('unit')} {what}{tail}"
        )
    if first in ("in", "at", "on", "as", "with") or lexicon.is_gerund(first) or "(" in what:
        return None  # "five years on a busy ward": the phrase reader says it
    what = re.sub(r"(?<=[A-Za-z])/(?=[A-Za-z])", " and ", what)  # "Go/Postgres"
    years = f"{found.group('n')} {found.group('unit')}"
    words = [w for w in what.split() if w not in ("and", "&")]
    at = what.split(" at ")[0].split()
    if at and at[-1].lower() in PERSON_HEADS:  # "paralegal at Knight & Co"
        return "skill", Clause(
            "I", "have", f"{years} of experience as {lexicon.article(what)} {what}{tail}"
        )
    if all("adj" in lexicon.classes(w) for w in words):  # "domestic and commercial"
        return "skill", Clause("I", "have", f"{years} of {what} experience{tail}")
    if all(w[:1].isupper() or w[:1].isdigit() for w in words):
        link = "with" if len(words) > 1 else "in"  # "with Go and Postgres", "in ED"
        return "skill", Clause("I", "have", f"{years} of experience {link} {what}{tail}")
    if what.split()[-1].lower() in ("work", "experience"):
        return "skill", Clause("I", "have", f"{years} of {what}{tail}")
    if all(lexicon.is_noun(w.lower()) or w[:1].isupper() for w in words):
        return "skill", Clause("I", "have", f"{years} of experience in {what}{tail}")
    return None


def _change(text: str) -> tuple[str, Clause] | None:
    """A result typed as a change: "sepsis 6 compliance from 54% to 88%", "shrink down by a
    third in one year": said with its own subject."""
    moved = re.fullmatch(
        r"(?P<what>[a-zA-Z][^,]*?) from (?P<a>\d[\d.,]*)%? to"
        r" (?P<b>\d[\d.,]*)(?P<unit>%?)(?P<rest> (?:in|over|within|across) [^,]+)?",
        text,
    )
    if moved and not any(lexicon.is_past(w) for w in moved.group("what").lower().split()):
        a, b = (float(moved.group(n).replace(",", "")) for n in ("a", "b"))
        verb = "rose" if b > a else "fell" if b < a else None
        if verb is None:
            return None
        unit = moved.group("unit")
        what = _common_start(moved.group("what"))
        since, until = moved.group("a"), moved.group("b")
        said = f"{what} {verb} from {since}{unit} to {until}{unit}{moved.group('rest') or ''}"
        return "achievement", Clause("", "", "", whole=said)
    went = re.fullmatch(
        r"(?P<what>[A-Za-z][^,]*?) (?P<way>up|down) (?:by )?(?P<n>(?:about )?\d[\d.,]*(?:%| \w+)"
        r"|a third|half|a quarter|two thirds)(?P<rest> (?:in|over|within|across) [^,]+)?",
        text,
    )
    if went is None or any(lexicon.is_past(w) for w in went.group("what").lower().split()):
        return None
    what = _common_start(went.group("what"))
    rest = went.group("rest") or ""
    said = f"{what} went {went.group('way')} by {went.group('n')}{rest}"
    return "achievement", Clause("", "", "", whole=said)


def _common_start(text: str) -> str:
    """ "Falls on my ward" -> "falls on my ward": an ordinary first word typed with a capital
    (a name or initials keep it: "KS2 maths results"); one rate takes "the" ("the pass rate")."""
    words = text.split()
    if words[-1].lower() in _RATES and words[0].lower() not in DETERMINERS and len(words) < 4:
        text = f"the {text[0].lower()}{text[1:]}" if words[0][1:].islower() else f"the {text}"
    first = text.split()[0]
    if first[:1].isupper() and first[1:].islower() and lexicon.is_noun(first.lower()):
        return text[0].lower() + text[1:]
    return text


_RATES = frozenset(["rate", "score", "ratio", "average", "percentage"])
# What came of an action, typed after a dash: "- 140 covers, nothing sent back".
_FIXED = re.compile(r"^(?:on time|under budget|on budget|on schedule|ahead of schedule)$")
_COUNTED = re.compile(
    r"^(?:more than |about |over |nearly )?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|twelve|twenty|thirty)%? [a-z][a-z-]*(?: (?:in|over|a|per|within|across|every|each)"
    r" [\w ]+)?$"
)
_OFTEN = re.compile(r"^(?:every|each|a|per) (?:day|week|month|term|shift|night|year)$|^weekly$")
_NONE = re.compile(r"^(?:nothing|none|zero|no) [a-z][a-z -]*$")


def result(text: str) -> str | None:
    """The result after a dash said after the action's clause: "overtime down about 20%" ->
    ", which cut overtime by about 20%"; "140 covers, nothing sent back" -> ", with 140 covers
    and nothing sent back"; None when it is none of these shapes."""
    went = re.fullmatch(
        r"(?P<what>[a-z][a-z -]*?) (?:went )?(?P<way>up|down) (?:by )?"
        r"(?P<n>(?:about )?\d[\d.,]*(?:%| \w+)|a third|half|a quarter|two thirds)"
        r"(?P<rest> (?:in|over|within|across) [^,]+)?",
        text,
    )
    if went is not None and not any(lexicon.is_past(w) for w in went.group("what").split()):
        verb = "cut" if went.group("way") == "down" else "raised"
        return f", which {verb} {went.group('what')} by {went.group('n')}{went.group('rest') or ''}"
    parts = [p.strip() for p in re.split(r",| and ", text) if p.strip()]
    if len(parts) > 1 and _OFTEN.match(parts[-1]) and _COUNTED.match(parts[-2]):
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]  # "20 kids, every week" -> "20 kids every week"
    if not parts or len(parts) > 3:
        return None
    if all(_FIXED.match(p) for p in parts):  # "on time, under budget"
        return f", which came in {_joined(parts)}"
    if not all(_NONE.match(p) or _COUNTED.match(p) for p in parts):
        return None
    # "140 covers, nothing sent back" -> ", with 140 covers and nothing sent back"
    return f", with {_joined(parts)}"


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
