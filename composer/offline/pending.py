"""A credential still being earned: typed with its state ("CEC accreditation in progress",
"CIPD level 7 (ongoing)") or after a verb of progress ("completing a BSc in Economics",
"studying for CFA level 2"), or a degree with when it will be finished ("MSc X, Univ of Y -
graduating dec", "doing X, finish 2027"). It is said as under way ("I am working towards CEC
accreditation", "I am completing a BSc in Economics"), never as held, and never in the
experience frame ("I have experience completing a BSc ..."). What is being earned is read by
the points reader as if it were held; a line whose rest reads as no credential is not this
module's (it falls back to the other readers)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.itemkinds import Kind
from composer.offline.realise import Clause
from composer.offline.shorthand import expand

# The state typed after the credential: "in progress", "(ongoing)", "- pending".
_STATE = re.compile(
    r"(?i)^(?P<what>.+?)\s*(?:[-–,(:]\s*)?(?:currently\s+)?(?:in progress|under ?way|ongoing"
    r"|(?:(?P<awaited>licen[cs]e|registration|results?|accreditation) )?pending"
    r"|awaiting (?P<awaited_>licen[cs]e|results?|registration)|part[- ]way through"
    r"|nearly (?:done|finished)|almost (?:done|finished))\)?\s*\.?$"
)
# A verb of progress before it, said as the candidate's present: "studying for CFA level 2".
_PROGRESS = re.compile(
    r"(?i)^(?:currently\s+|now\s+)?(?P<verb>completing|finishing|studying for|working towards?"
    r"|pursuing|undertaking|doing|taking|sitting)\s+(?P<what>.+?)\s*\.?$"
)
# When it is due, typed after it: "sitting AAT level 4 in march", "... by summer 2027".
_WHEN = re.compile(
    r"(?i)\s+(?P<when>(?:in|by|this|next)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov"
    r"|dec)[a-z]*|spring|summer|autumn|fall|winter|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?)$"
)


# When it will be finished, typed after a comma or a dash: "finish 2027", "graduating dec",
# "finish jun 27". A verb of finishing still to come says the credential is under way.
_MONTHS = (
    {m.lower(): m for m in calendar.month_name if m}
    | {
        m.lower(): full
        for m, full in zip(calendar.month_abbr, calendar.month_name, strict=True)
        if m
    }
    | {"sept": "September"}
)
_FINISH = re.compile(
    r"(?i)\s*(?:,|\s[-–]|\()\s*(?P<verb>finish(?:ing)?|graduating|graduate|grad\.?|due to finish"
    r"|done|expected|due|completing|complete|completion|graduation)\s*:?\s+"
    r"(?:(?P<this>(?:this|next)\s+(?:month|year|term|semester|spring|summer|autumn|fall|winter))"
    r"|(?:in\s+|by\s+)?(?:(?P<month>[a-z]+)\.?(?:\s+(?P<year_>(?:20)?\d\d))?|(?P<year>20\d\d)))"
    r"\)?\.?$"
)
# A qualification and its exam still to sit, typed after it: "AWS SAA - sitting the exam in jan",
# "CPA (exam in May)": said as "I am sitting the X exam in January".
_EXAM = re.compile(
    r"(?i)^(?P<what>[^,()]+?)\s*(?:,|\s[-–]|\()\s*(?:(?:sitting|taking|doing|booked for)\s+)?"
    r"(?:the\s+)?(?:final\s+)?exams?\s+(?P<when>(?:in|on|by|this|next)\s+[a-z]+(?:\s+(?:20)?\d\d)?)"
    r"\)?\.?$"
)


_SEASONS = {s: s for s in ("spring", "summer", "autumn", "fall", "winter")}
# A finish typed as expected rather than done by the candidate: a degree's is its graduation.
_EXPECTED = re.compile(
    r"(?i)(?:,|\s[-–]|\()\s*(?:expected|due(?! to finish)|completion|graduation)\b"
)


def _finish(line: str) -> tuple[str, str] | None:
    """ "doing X, finish 2027" -> ("doing X", ", finishing in 2027"); "X - graduating dec" ->
    ("X", ", graduating in December"); None when no such tail ends the line."""
    found = _FINISH.search(line)
    if found is None:
        return None
    when = found["year"]
    if found["this"]:
        verb = "graduating" if found["verb"].lower().startswith("grad") else "finishing"
        return line[: found.start()], f", {verb} {found['this'].lower()}"
    if found["month"]:
        month = _MONTHS.get(found["month"].lower()) or _SEASONS.get(found["month"].lower())
        if month is None:
            return None
        year = found["year_"] or ""
        when = f"{month} {'20' + year if len(year) == 2 else year}".strip()
    verb = "graduating" if found["verb"].lower().startswith("grad") else "finishing"
    return line[: found.start()], f", {verb} in {when}"


# A finish typed as still to come: "due to finish in May", "expected 2027", "graduating June".
_SURE = re.compile(
    r"(?i)(?:,|\s[-–]|\()\s*(?:due to finish|expected|due|graduating|completing|completion)\b"
).search


def _awaited(state: re.Match[str] | None, what: str) -> Clause | None:
    """ "LMSW (licence pending)" -> "I am awaiting my LMSW licence": a credential passed whose
    licence, registration or results are still to come; None for any other line."""
    if state is None:
        return None
    noun = state["awaited"] or state["awaited_"]
    what = re.sub(r"(?i)^(?:an?|the|my)\s+", "", what.strip(" ,-–("))
    passed = re.match(r"(?i)^(?P<exam>[A-Z][\w -]{1,30}?)\s+passed$", what)
    if noun and passed:  # "NCLEX passed, awaiting license"
        said = f"the {passed['exam']} and am awaiting my {noun.lower()}"
        return Clause("I", "have passed", said)
    if (
        not noun
        or not what
        or len(what.split()) > 5
        or re.search(r"[,+&/]|\b(?:passed|sat|done)\b", what)
    ):
        return None
    if what.lower().split()[-1] in (noun.lower(), noun.lower().rstrip("s")):
        what = " ".join(what.split()[:-1])  # "RN licence (licence pending)": one "licence"
    return Clause("I", "am awaiting", f"my {what} {noun.lower()}".replace("  ", " "))


def _verb(progress: re.Match[str], *, mine: bool = False) -> str:
    verb = progress["verb"].lower()
    if verb == "doing" and not mine:  # "doing an MSc": "studying for an MSc"
        return "studying for"
    return "working towards" if verb.startswith("working toward") else verb


# What a credential is said with when held: the points reader's verbs for it.
_HELD_VERBS = frozenset(["hold", "have", "have completed", "earned", "completed"])
_CREDENTIALS = frozenset([Kind.DEGREE, Kind.HELD, Kind.CERTIFICATE])
# What "my ..." names when it is a course being earned: "completing my apprenticeship".
_OWN_COURSES = frozenset(
    [
        *("apprenticeship", "degree", "diploma", "masters", "master's", "phd", "doctorate"),
        *("training", "qualification", "certificate", "certification", "course", "studies"),
        *("dissertation", "thesis", "placement", "internship", "residency", "fellowship"),
    ]
)


# A degree's student or candidate: "PhD candidate in marine biology (submitting in March)",
# "MSc student, data science", "MBA candidate at Kellogg": a degree under way, never held.
_STUDENT = re.compile(
    r"^(?P<degree>PhD|DPhil|EdD|DBA|MSc|MA|MBA|MPhil|MRes|MEd|MPH|MSW|LLM|BSc|BA|BEng|MEng|LLB|JD"
    r"|MD|DVM|master'?s|doctoral|undergraduate|postgraduate) (?P<who>candidate|student)"
    r"(?:,? (?P<rest>(?:in|at|with) [^()]+?|[a-z][^(),]*?))?"
    r"(?: \((?P<aside>(?:submitting|finishing|graduating|due|defending|viva)[^()]*)\))?$",
    re.IGNORECASE,
)


# A degree done whose results are still to come, typed after it: "(results due in August)".
_RESULTS_DUE = re.compile(
    r"(?:\s*\(|,\s*|\s[-–]\s*)(?P<due>(?:final )?results? (?:due|expected|pending)\b[^()]*?)\)?\.?$"
)


def student(line: str) -> Clause | None:
    """ "PhD candidate in marine biology (submitting in March)" -> "I am a PhD candidate in
    marine biology, submitting in March"; None for any other line."""
    found = _STUDENT.match(line)
    if found is None:
        return None
    degree = found["degree"]
    degree = "master's" if degree.lower().rstrip("'s") == "master" else degree
    rest = found["rest"] or ""
    if rest and not re.match(r"(?:in|at|with) ", rest):
        rest = f"in {rest}"  # "PhD student, marine biology"
    named = " ".join(filter(None, [degree, found["who"].lower(), rest]))
    aside = f", {found['aside']}" if found["aside"] else ""
    return Clause("I", "am", f"{lexicon.article(named)} {named}{aside}")


def read(item: str, point: Callable[[str], tuple[Kind, Clause | None]]) -> Clause | None:
    """How the candidate says `item` as under way (Kind.UNDER_WAY), or None when it is not one;
    `point` reads a line as the points reader does (what is being earned, as if held): its
    kind and clause."""
    line = " ".join(item.split())
    if (studying := student(line)) is not None:
        return studying
    if (due := _RESULTS_DUE.search(line)) is not None:  # "MSc X, Univ of Y (results due in
        kind, said = point(line[: due.start()])  # August)": completed, its results to come
        if kind is Kind.DEGREE and said is not None and said.verb in _HELD_VERBS:
            rest = said.rest.replace(" from ", " at ", 1)
            months = "|".join(calendar.month_name[1:])
            when = re.sub(rf"(?<=due) (?=(?:{months})\b)", " in ", due["due"])  # "due August"
            return Clause("I", "have completed", f"{rest}, with {when.replace('; ', ' and ')}")
    exam = _EXAM.match(line)
    if exam and exam["what"].split()[0][:1].isupper():
        when = expand(exam["when"])
        if (
            when.split()[-1].lower() in _MONTHS
            or re.search(r"\d", when)
            or when.startswith(("this", "next"))
        ):
            what = re.sub(r"(?i)\s+exams?$", "", exam["what"])
            return Clause("I", "am sitting", f"the {what} exam {when}")
    finish = _finish(line)
    line = finish[0] if finish else line
    state = _STATE.match(line)
    progress = None if state else _PROGRESS.match(line)
    found = state or progress
    if found is None and finish is None:
        return None
    what = found["what"] if found else line
    if state is not None and (state["awaited"] or state["awaited_"]):
        return _awaited(state, what)  # "licence pending": awaited, or not this module's
    due = _WHEN.search(what) if progress else None
    what = what[: due.start()] if due else what
    mine = what.lower().startswith("my ")  # "completing my CIPD level 5": read without "my"
    tail = f" {expand(due['when'])}" if due else ""  # "in march": "in March"
    tail += finish[1] if finish else ""
    if progress and mine and what.split()[-1].lower() in _OWN_COURSES:
        return Clause("I", f"am {_verb(progress, mine=True)}", what + tail)  # "my apprenticeship"
    kind, said = point(what[3:] if mine else what)
    if said is None or said.whole is not None:
        return None
    if "," in what and kind is not Kind.DEGREE:
        return None  # "NC license + DEA, SC pending": which of them is pending cannot be told
    rest = said.rest
    if kind is Kind.DEGREE:  # "an MSc ... from X": studied at X while under way
        rest = rest.replace(" from ", " at ", 1).replace(", which I completed ", ", studying ")
        if _EXPECTED.search(item):  # "MSc X, expected 2027": graduating then
            tail = tail.replace(", finishing ", ", graduating ", 1)
    if found is None and kind is not Kind.DEGREE and not (kind in _CREDENTIALS and _SURE(item)):
        return None  # "X, finish 2027" with no verb of progress: only a degree is surely one
    if mine:  # "my MSc in data science", as typed
        rest = "my " + re.sub(r"(?i)^(?:an?|the) ", "", rest)
    verb = _verb(progress) if progress else "working towards" if state else "completing"
    if kind in _CREDENTIALS and said.verb in _HELD_VERBS:
        return Clause("I", f"am {verb}", rest + tail)
    if kind is Kind.ROLE and said.verb == "am" and state:  # "PRINCE2 practitioner pending"
        return Clause("I", "am working towards becoming", said.rest)
    return None


# A finish said with its month and year: ", finishing in June 2026", ", graduating in May 2027".
_SAID_FINISH = re.compile(
    r"\b(?:finishing|graduating|completing it) in "
    rf"(?P<month>{'|'.join(calendar.month_name[1:])}) (?P<year>20\d\d)\b"
)


def finish_passed(text: str, day: dt.date) -> bool:
    """True when `text` says a degree or course finishes in a month before `day`'s (the
    interview): "I am completing an MSc ..., finishing in June 2026", sent in December 2026,
    says what is no longer true; the candidate has finished it, or typed the year wrong."""
    found = _SAID_FINISH.search(text)
    if found is None:
        return False
    month = list(calendar.month_name).index(found["month"])
    return (int(found["year"]), month) < (day.year, day.month)


# A degree said as under way with its finish: "I am (also) completing X, finishing in June 2026".
_UNDER_WAY = re.compile(
    r"\bI am (?P<also>also )?completing (?P<what>[^.;:]+?), (?:finishing|graduating) in "
    rf"(?P<when>(?:{'|'.join(calendar.month_name[1:])}) 20\d\d)(?=[.,;]|$)"
)


def finished_since(text: str) -> str | None:
    """ "I am completing an MSc in X at Y, finishing in June 2026." -> "I completed an MSc in X
    at Y in June 2026.": a degree typed with its finish ("finish june 2026") that the interview
    came after (`finish_passed`) is said as done then; None for a sentence of another shape."""
    found = _UNDER_WAY.search(text)
    if found is None:
        return None
    done = f"I {found['also'] or ''}completed {found['what']} in {found['when']}"
    return text[: found.start()] + done + text[found.end() :]
