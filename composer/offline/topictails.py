"""The head of a topic typed with its tail: what the interviewer talked about, without the
note-taker's detail, aside or comment.

People type a topic with what they want to remember about it: a number ("overtime ~15 hrs/wk,
wants < 8"), a version ("relativity upgrade 10.3 -> 12"), a range ("busy season staffing
Jan-Mar"), a comment about the company ("dispensing errors, they're behind on the audit"), a
state ("no SLOs on the billing API yet"). `head_of` reads what the tail is and keeps the
subject: "overtime", "relativity upgrade", "busy season staffing", "dispensing errors", "SLOs on
the billing API". A second topic after a comma is split off by `topicparts.second_topic`; a named
aside ("esp. the tenant clinic") stays; what another tail adds is read by `topicdetail`.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.topicothers import reported_thing
from composer.offline.topicshapes import commented, counted_detail, without_ratio
from composer.offline.words import ORDINAL_NUMBERS, PREPOSITIONS, SMALL_NUMBERS

_MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June",
    "jul": "July", "aug": "August", "sep": "September", "sept": "September", "oct": "October",
    "nov": "November", "dec": "December",
}  # fmt: skip
# A tail after a comma that names a part of the subject: it stays ("..., esp. the clinic").
_ASIDE = re.compile(r"^(?:esp\.?|especially|including|incl\.?|e\.g\.|such as|notably)\s")
# A count or measure typed as a note: "about 15 hours/wk", "~$1.2M/yr", "2/wk", "< 8".
_MEASURE = re.compile(
    r"\s(?:(?:about|around|approx\.?|roughly|~)\s?[$£€]?\d|[<>≤≥]\s?\d|\d[\d.,]*\s?%?\s?(?:/|per\b)"
    r"|[$£€]\d)",
    re.IGNORECASE,
)
# The same typed as a note and said in words by the cleaning: "~ 9 wks" -> "about nine weeks".
_SPELLED_MEASURE = re.compile(
    r"\s(?:about|around|approx\.?|roughly) (?:{}|ten|eleven|twelve) (?:weeks?|days?|months?"
    r"|hours?|years?|minutes?|nights?|shifts?)\b".format("|".join(SMALL_NUMBERS)),
    re.IGNORECASE,
)
# A project's value before what it is: "£42m hospital extension", "$3M rebuild".
_VALUE = re.compile(
    r"^[$£€]\d[\d.,]*\s?(?:m|bn|k|million|billion)\s+[a-z]+\s+[a-z]+", re.IGNORECASE
)
# A version or a change typed with an arrow: "10.3 -> 12", "1.10 -> 2.7", "5 days -> 3".
_VERSION_CHANGE = re.compile(r"\s*v?\d[\w.]*\s*(?:->|=>|→)\s*v?\d[\w.]*")
_ARROW = re.compile(r"\s*(?:->|=>|→).*$")
# A range of months or years at the end: "Jan-Mar", "2021-2023".
_RANGE_TAIL = re.compile(
    r"\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\s?[-–]\s?[a-z]+"
    r"|(?:19|20)\d\d\s?[-–]\s?(?:19|20)?\d\d)$",
    re.IGNORECASE,
)
# Words that say a note is unsettled: "approval tbc" is no part of the subject.
_UNSETTLED = re.compile(r"[\s,]+(?:tbc|tbd|tba|pending|ongoing|tbh)\b.*$", re.IGNORECASE)
# A part of a named rollout typed after it: "Workday rollout phase 2".
_PART = re.compile(r"^(?P<what>.+?)\s+(?P<part>(?:phase|stage|wave|part)\s+\d+)$", re.IGNORECASE)
# A state in place of a subject: "no SLOs on the billing API yet" -> "SLOs on the billing API".
_NONE_YET = re.compile(r"^no\s+(?P<what>.+?)(?:\s+(?:yet|so far|at the moment|atm))?$", re.I)
# "chat re onboarding", "re the new rota": what was talked about follows "re".
_ABOUT = re.compile(
    r"^(?:(?:a\s+)?(?:chat|talk|discussion|q|qs|question|questions)\s+)?(?:re:?|about|regarding)\s+(?![\d~$£€])",
    re.IGNORECASE,
)
TIME_WORDS = frozenset(
    [
        *("nights", "days", "weekends", "weekdays", "mornings", "evenings", "lates", "earlies"),
        *("summer", "winter", "spring", "autumn", "fall"),
    ]
)


_RATE_CHANGE = re.compile(
    r"(?<=\w)\s+(?:went\s+|is\s+|are\s+|was\s+|were\s+)?(?:up|down)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|~)?\d[\d.,]*\s?%.*$"
)


# How a measure moved, or the state it is in, typed as a clause after its subject: "NPS
# dropped on the LGW routes", "PPH rates went up", "CI slow", "climbing team short staffed".
# A closed class of words: a verb outside it ("patients discharged without meds") is no
# movement of a measure, and the phrase stays whole.
_MOVES = (
    "dropped|fell|rose|grew|doubled|tripled|halved|spiked|slipped|declined|increased|decreased"
    "|dipped|jumped|climbed|plateaued|stalled|slumped|soared|crashed|tanked|surged|slowed"
)
_STATES = "up|down|slow|behind|late|low|high|flat|short[- ]staffed|understaffed|stretched"
# The verbs that put their object into a state ("keeping flower waste down", "getting the
# backlog under control"): the state word after their object is the verb's, not a measure's.
_CAUSATIVE = frozenset(["keeping", "getting", "bringing", "driving", "pushing", "holding"])
# A relative clause after a comma belongs to the noun before it and is never the topic:
# "wedding and funeral orders, which bring in most of the shop's income".
_RELATIVE = re.compile(r"(?:which|who|whom|whose|where)\s", re.IGNORECASE)
# What a subject needs, typed after it: "plated desserts on the tasting menu need a rethink".
_NEEDS = r"needs?(?=\s+(?:a|an|more|some|work|fixing|attention)\b)"
_MOVED = re.compile(
    rf"^(?P<what>[\w'&/.-]+(?:\s+[\w'&/.-]+)*?)\s+(?:(?:went|has gone|have gone|is|are|was|were"
    rf"|has been|have been|keeps?|getting|running)\s+)?"
    rf"(?P<verb>{_MOVES}|{_STATES}|{_NEEDS})(?![\w-])(?P<rest>.*)$",
    re.IGNORECASE,
)
# Where the movement happened, said with its subject ("NPS on the LGW routes"); a time after
# it ("this year", "since Covid", "after the new system") is the note-taker's.
_WHERE = re.compile(
    r"^\s+(?:by\s+\S+\s+)?(?P<place>(?:on|at|across|among|within|in)\s+(?!\d)(?!(?:jan|feb|mar|apr"
    r"|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|the last|the past)\w*\b)"
    r"[\w'&-]+(?:\s+(?!this\b|last\b|next\b|since\b|after\b|over\b|by\b)[\w'&-]+)*)",
    re.IGNORECASE,
)
# A time typed at the end of a subject as a note: "spring '27", "'27", "opening spring '27".
_TIME_END = re.compile(
    r"(?:\s+(?:opening|launching|starting|due|from|in))?\s+(?:(?:spring|summer|autumn|fall"
    r"|winter)\s+)?(?:'\d\d|(?:spring|summer|autumn|fall|winter)\s+(?:19|20)\d\d)$",
    re.IGNORECASE,
)


# "CI slow, ~40 min builds": a state of the subject, and the thing a measure counts.
_SLOW = re.compile(
    r"^(?P<what>[\w-]+(?: [\w-]+)?) (?P<how>slow|long|late), (?:about |around |~)?[\d.,-]+ ?"
    r"(?:min|mins|minutes?|hrs?|hours?|s|secs?|seconds?|days?|wks?|weeks?)? (?P<things>[a-z]+s)$",
    re.IGNORECASE,
)
_PER = re.compile(r"\s+per\s+(?:day|week|wk|month|shift|hour|night|year|yr)\b.*$", re.IGNORECASE)
# Words a figure is said after as part of the subject: "a caseload of around 20", "falls below
# 2 per month".
_FIGURE_AFTER = PREPOSITIONS | frozenset(["below", "above", "beyond", "than"])
# A figure and what it counts, then "per": a rate typed in full ("30 moves per hour", "below 2
# per month"), never a note's tail ("pick rate 8 vs 12 per hour").
_FIGURE = r"(?:\d[\d,.]*|{})".format("|".join(SMALL_NUMBERS))
_RATE = re.compile(
    rf"\b{_FIGURE}\s+[a-z]+\s+per\s|\b(?:below|above|under|over|than)\s+{_FIGURE}\s+per\s",
    re.IGNORECASE,
)
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven)"
_ROTA = re.compile(rf"\s+{_COUNT}\s+on\s*[,/]?\s*{_COUNT}\s+off\b.*$", re.IGNORECASE)
_SPLIT_WEEK = re.compile(
    rf"\s+with\s+{_COUNT}\s+(?:days?|hours?|shifts?|nights?|sessions?)\s+(?:in|at|on)\b.*$",
    re.IGNORECASE,
)


_NUMBER = r"(?:\d+|{}|ten|eleven|twelve)".format("|".join(SMALL_NUMBERS))
# How long a thing takes or where a measure stands, typed after it: "month-end close takes 9
# business days", "DSO sits at 52 days": the subject is the thing.
_TAKES = re.compile(
    rf"^(?P<what>.+?) (?:takes|took|is taking|averages|sits at|stands at|runs at|is at|is|are"
    rf"|was|were|currently)(?: currently| now)? (?:about |around |roughly |over |under |~\s?"
    rf"|approx(?:imately)?\.? |c\. )?(?:\d|{_NUMBER}\b).*$",
    re.IGNORECASE,
)


# "... type approval under Regulation": a law's number cut away (its year read as a time, its
# "(EU)" as an aside), the law's kind left hanging; what it was under is the notes' detail.
_HANGING_LAW = re.compile(
    r"\s+(?:under|per|in\s+line\s+with)\s+(?:the\s+)?(?:EU\s+|EC\s+)?(?:Regulation|Directive"
    r"|Standard|Act|Article|Section|Annex)$"
)


def timeless(text: str) -> str:
    """`text` without a time typed at its end ("premium cabin service relaunch spring '27")."""
    shorter = _HANGING_LAW.sub("", _TIME_END.sub("", text))
    return shorter if shorter.strip() else text


def moved_subject(text: str) -> str | None:
    """The subject of a clause that says how a measure moved or what state it is in, with
    where it happened: "NPS dropped on the LGW routes this year" -> "NPS on the LGW routes",
    "tube feeding referrals doubled since September" -> "tube feeding referrals"; None when
    `text` is no such clause."""
    found = _MOVED.match(text)
    if found is None or found.group("verb")[:1].isupper():
        return None  # "how they use White Rose": a verb typed with a capital is part of a name
    what = found.group("what").split()
    if what[0].lower() in ("how", "what", "why", "when", "where", "whether"):
        return None  # "how I'd build the team back up": the clause's own verb and particle
    if any(w.lower() in ("who", "that", "which") for w in what):
        return None  # "kids who fall behind in reading": the state is the clause's own
    last = what[-1]
    named = last.isupper() or lexicon.is_noun(last.lower()) or lexicon.is_plural_noun(last.lower())
    state = re.fullmatch(_STATES, found.group("verb"), re.IGNORECASE) is not None
    if (state and any(w.lower() in PREPOSITIONS for w in what)) or not named:
        return None  # "training for staff down the road": no subject before the verb
    if lexicon.is_gerund(what[0].lower()) and len(what) == 1:
        return None
    if what[0].lower() in _CAUSATIVE and state:
        return None  # "keeping flower waste down": the state is what the keeping does
    place = _WHERE.match(found.group("rest"))
    said = " ".join(what)
    return f"{said} {place.group('place')}" if place else said


def _describing(word: str) -> bool:
    """ "repetitive": a describing word only (no noun, no verb reading)."""
    found = lexicon.classes(word.lower())
    return "adj" in found and "noun" not in found and "verb" not in found


def head_of(text: str) -> str:
    """The subject of a topic typed with its tail (see the module's notes); "" when nothing
    of a subject is left."""
    text = reported_thing(_ABOUT.sub("", text).strip())  # "guest reviews mention slow X"
    taken = _TAKES.match(text)
    if taken and not _after_preposition(taken.group("what")):
        text = taken.group("what")  # "month-end close takes 9 business days"
    # "summer reading numbers down 20%" (said "went down by 20%"): the subject, not the figure
    text = _RATE_CHANGE.sub("", text)
    text = re.sub(r"\s+re:?\s+", " on ", text)  # "client education re flea prevention"
    text = _slashed(text)  # "sprint planning / retros"
    slow = _SLOW.match(text)
    # "CI slow, ~40 min builds": the slow thing the measure counts ("deploys slow" names none)
    if slow and not re.search(r"[^s]s$", slow.group("what")):
        return f"{slow.group('how').lower()} {slow.group('what')} {slow.group('things')}"
    if not _RATE.search(text):  # "above 30 moves per hour": the rate is the question's own
        text = _PER.sub("", text)  # "hearing aid fittings per day about 8"
    text = _ROTA.sub("", text)  # "shift pattern 4 on 4 off"
    text = _SPLIT_WEEK.sub("", text)  # "caseload management with two days in clinic ..."
    head, comma, tail = text.partition(", ")
    # "repetitive, detailed work": two describing words before one noun, never a head and a tail
    paired = bool(head.split()) and _describing(head.split()[-1]) and bool(tail.split())
    paired = paired and "adj" in lexicon.classes(tail.split()[0].lower())  # "detailed"
    if (
        comma
        and not paired
        and (
            commented(tail)
            or counted_detail(tail)
            or (" and " not in tail and not _ASIDE.match(tail))
            or _RELATIVE.match(tail)
        )
    ):
        # "X, they're behind", "X, wants < 5", "X, Y branch behind target", and a tail led by
        # a count even with an "and" in it ("the on-call rota, two weeks on and one off")
        text = head
    text = without_ratio(text)  # "OOH rota 1 in 6 nights"
    text = _UNSETTLED.sub("", text)
    text = _VERSION_CHANGE.sub("", text)
    # a version change the cleaning has already said in words: "upgrade from 10.3 to 12"
    text = re.sub(r"\s+from\s+v?\d[\d.]*\s+to\s+v?\d[\d.]*(?=$|\s+[a-z])", _version, text)
    text = re.sub(r"(\bfrom\s+\S+)\s*(?:->|=>|→)(?!\s*(?:he|she|they|we)\b)\s*", r"\1 to ", text)
    # "kafka -> kinesis migration": a move named before what it is
    text = re.sub(
        r"^(\S+)\s*(?:->|=>|→)\s*(\S+)\s+(migration|move|switch|transition|conversion|cutover)$",
        r"the \3 from \1 to \2",
        text,
    )
    cause, arrow, effect = (*re.split(r"\s*(->|=>|→)\s*", text, maxsplit=1), "", "")[:3]
    gerund = bool(effect) and lexicon.is_gerund(effect.split()[0].lower())
    if cause and arrow and gerund and not re.search(r"\d", effect):
        # "new 787s arriving next yr -> crewing the long haul routes": what it leads to is
        # what was discussed
        text = effect
    head = _ARROW.sub("", text)  # "dbt pipeline migration -> snowflake": the head is the move
    if head != text and re.fullmatch(r"[A-Z]+-?\d[\w-]*", head.strip()):
        return ""  # "Q400 -> Dash 8-100 fleet mix": a model's code alone names no subject
    text = head
    in_words = _SPELLED_MEASURE.search(text)
    if in_words and in_words.start() and not _after_preposition(text[: in_words.start()]):
        text = text[: in_words.start()]  # "waiting list for home assessments about nine weeks"
    for found in _MEASURE.finditer(" " + text):
        before = (" " + text)[: found.start()].split()
        if before and before[-1].lower() not in _FIGURE_AFTER:
            text = " ".join(before)  # "overtime about 15 hours/wk", not "a caseload of around 20"
            break
        if not before and not _VALUE.match(text):
            return ""
    ranged = _RANGE_TAIL.search(text)
    if ranged and text[: ranged.start()].split()[-1].lower() not in PREPOSITIONS:
        text = text[: ranged.start()]  # "claims audit Apr-Jun" ("cover for may-june" stays)
    text = spelled(text)
    text = uncounted(text)
    # "new Siemens scanner going in in March": a thing put in place at a time is arriving then
    text = re.sub(
        r"(?<=\w) (?:going|coming) in (?=(?:in|by|from|next|this|early|late)\b)", " arriving ", text
    )
    moved = moved_subject(text)
    if moved is not None:
        text = moved
    text = timeless(text)
    none = _NONE_YET.match(text)
    if none:
        text = none.group("what")
        if len(text.split()) > 1 and _countable_head(text):
            text = "a " + text  # "no formal QA process yet" -> "a formal QA process"
    part = _PART.match(text)
    # "Workday rollout phase 2" (never "... patients with CKD stage 4": a stage of what ends it)
    things = part and lexicon.is_plural_noun(part["what"].split()[-1].lower())
    if part and things and part["part"][:1].isupper():  # "wet holes Stage 4": things in a Stage
        text = f"{part['what']} in {part['part']}"
    elif part and not set(part["what"].lower().split()) & PREPOSITIONS:
        what = part.group("what")
        if what.split()[0].lower() not in ("the", "a", "an", "my", "your", "our", "their"):
            what = "the " + what
        text = f"{part.group('part')} of {what}"
    revised = re.match(r"^(?P<what>.+?)\s+(?P<how>revised|updated|amended)$", text, re.I)
    if revised:
        text = f"the {revised.group('how').lower()} {revised.group('what')}"
    return text.strip(" ,;:-")


# A topic typed as a count of the interviewer's people or things, with a count of more of them
# after it ("2 EHCP pupils in the class + 1 awaiting assessment"): the subject is the things.
_COUNTED = re.compile(
    rf"^{_NUMBER} (?P<what>.+?)(?: and {_NUMBER} (?P<more>\S+)\b.*)?$", re.IGNORECASE
)


def uncounted(text: str) -> str:
    """ "2 EHCP pupils in the class and 1 awaiting assessment" -> "the EHCP pupils in the
    class"; `text` when it is no count of things, or the count after it names things of its
    own ("two vacancies and three TAs")."""
    found = _COUNTED.match(text)
    if found is None:
        return text
    number = text.split(" ", 1)[0]
    if len(number) >= 3 and number.isdigit() and int(number) % 10:
        return text  # "504 plans", "911 calls": an exact number that names, not a count
    more = found.group("more")
    if more and (lexicon.is_noun(more.lower()) or more[:1].isupper()):
        return text
    words = found.group("what").split()
    lead = next((i for i, w in enumerate(words) if lexicon.is_plural_noun(w.lower())), None)
    if lead is None or any(w.lower() in PREPOSITIONS for w in words[:lead]):
        return text  # "2 of the sites": no things counted before a preposition
    return "the " + found.group("what")


def _slashed(text: str) -> str:
    """ "sprint planning / retros" -> "sprint planning and retros": two subjects a note joins
    with a spaced slash. After a list already joined with "and" the slash adds the last item
    ("A and B / C": "A, B and C"); a subject with a clause of its own goes last, so the clause
    does not take the other in ("kids who shut down in class / anxiety": "anxiety and kids who
    shut down in class")."""
    parts = _SLASH.split(text, maxsplit=1)
    if len(parts) != 2:
        return text
    first, second = parts
    clause = re.compile(r"\b(?:who|that|which)\b")
    if clause.search(first) and not clause.search(second):
        return f"{second} and {first}"
    if first.count(" and ") == 1 and " and " not in second:
        first = first.replace(" and ", ", ")
    return f"{first} and {second}"


# A slash with a space each side, between words: "daily QC / Westgard rules".
_SLASH = re.compile(r"(?<=[A-Za-z])\s+/\s+(?=[A-Za-z])")


def _after_preposition(text: str) -> bool:
    """True when `text` ends in a preposition: "a caseload of" counts what follows."""
    words = text.split()
    return bool(words) and words[-1].lower() in PREPOSITIONS


def _version(found: re.Match[str]) -> str:
    """ "from 10.3 to 12" at the end, or "from 1.10 to 2.7" anywhere, is a version: dropped;
    "from 3 to 5 sites" is a count and stays."""
    said = found.group()
    return "" if "." in said or found.end() == len(found.string) else said


def spelled(text: str) -> str:
    """Month and quarter shorthand a letter says in full: "in Jan" -> "in January", "q2" ->
    "in Q2", "2nd-yr" -> "second-year"."""
    text = re.sub(
        r"\b(in|by|through|until|till|from|since|over|before|after|to|early|late|mid|the)\s+"
        r"(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?(?!\s?\d)",
        lambda m: f"{m.group(1)} {_MONTHS[m.group(2).lower()]}",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(
        r"(?<=\s)(\w+\s+)?[qQ]([1-4])$",  # "migration Q2" as "migration q2"
        lambda m: f"{m.group(1) or ''}{'' if _placed(m.group(1)) else 'in '}Q{m.group(2)}",
        text,
    )
    text = re.sub(  # "EHR go-live in march", "the Feb restructure"
        r"\b(in|by|through|until|from|since|before|after|early|late|mid)\s+(january|february|march"
        r"|april|may|june|july|august|september|october|november|december)\b",
        lambda m: f"{m.group(1)} {m.group(2).capitalize()}",
        text,
    )

    text = re.sub(r"\bQ([1-4])\b", r"Q\1", text)
    return re.sub(
        r"\b([1-5])(?:st|nd|rd|th)-(?=year)",
        lambda m: ORDINAL_NUMBERS[int(m.group(1)) - 1] + "-",
        text,
    )


def _placed(word: str | None) -> bool:
    """True when `word` (before a quarter, "by q1") already places it in time."""
    return word is not None and word.strip().lower() in PREPOSITIONS


def _countable_head(text: str) -> bool:
    last = text.split()[-1].lower()
    return lexicon.is_noun(last) and not lexicon.is_plural_noun(last) and last not in ("data",)


# A measure named alone once its figure is left aside ("volume ~30/hr"): what it counts is not
# said, unless its figure's unit says it (`counted_measure`).
MEASURES = frozenset(["volume", "volumes", "numbers", "figures", "count", "levels", "rate"])


def counted_measure(words: list[str], typed: str) -> str:
    """ "volume ~18-22 pts/day" -> "patient volume": a measure named alone, whose figure counts
    things ("patients", "calls"), is the measure of those things; "" for any other topic."""
    if len(words) != 1 or words[0].lower() not in MEASURES:
        return ""
    found = re.search(r"\d\s*([a-z]+)(?:/|\s+(?:a|per)\s+)[a-z]+\b", typed)
    unit = found.group(1) if found else ""
    if not lexicon.is_plural_noun(unit) or unit in _TIME_UNITS:
        return ""
    measure = words[0].lower()
    if measure == "numbers":
        return f"the number of {unit}"  # "numbers - approx 30 kids a day"
    one = lexicon.classes(unit).get("noun", ("",))[0]
    return f"{one} {measure}" if measure.startswith("volume") and one and one != unit else ""


_TIME_UNITS = frozenset(["days", "weeks", "months", "years", "hours", "minutes", "shifts"])
