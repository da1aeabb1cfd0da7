"""Heads of a typed topic that lose their sense when named alone, said with what makes them a
subject, or left out.

- A noun that names a way of doing things, typed with what that way is after a dash
  ("strategy - fewer bigger events vs lots of small ones"), is said with it: "the strategy of
  fewer, bigger events rather than lots of small ones"; with a tail it cannot say that way,
  it is left out, never named bare ("the strategy"). A kind of tool named by its initials,
  typed with a choice of two tools after a dash ("RTOS - zephyr vs freertos, they're on
  freertos"), is that choice: "the choice between Zephyr and FreeRTOS", when both names can
  be said with their capitals.
- "social" typed as a noun, before what it is for ("social for events"), is social media;
  "ops" in a topic is operations ("radio protocol w/ lift ops"), "f/u" follow-up, "pt" before
  a noun or a clause a patient.
- A record of how a person has worked ("safety record", "track record"), discussed at an
  interview with no owner typed, is the candidate's: "my safety record".
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, TOOL_NAMES

# Nouns of a way of doing things: named alone they say nothing of what was discussed.
_WAYS = frozenset(["strategy", "approach", "philosophy", "vision", "thinking", "direction"])


def _comparatives(words: list[str]) -> list[str]:
    """ "fewer bigger events" -> "fewer, bigger events": two comparatives before one noun."""
    out = list(words)
    for index in range(len(out) - 2):
        a, b = out[index].lower(), out[index + 1].lower()
        if all(_comparative(w) for w in (a, b)) and lexicon.is_plural_noun(out[index + 2].lower()):
            out[index] += ","
    return out


def _comparative(word: str) -> bool:
    adjective = lexicon.classes(word).get("adj", ())
    return word.endswith("er") and bool(adjective) and adjective[0] != word


def _bare_plural(words: list[str]) -> bool:
    """A noun phrase with no article whose head is plural: "fewer bigger events",
    "lots of small ones"."""
    if not words or words[0].lower() in DETERMINERS or words[0].lower() in FUNCTION_WORDS:
        return False
    if not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words):
        return False
    stop = next((i for i, w in enumerate(words) if w in PREPOSITIONS), len(words))
    head = words[stop - 1] if stop else ""
    return head == "ones" or lexicon.is_plural_noun(head)


def way_of_doing(text: str) -> str | None:
    """ "strategy - fewer bigger events versus lots of small ones" -> "the strategy of fewer,
    bigger events rather than lots of small ones"; "" when the head is such a noun and its tail
    is no way it can be said of; None for any other topic."""
    head, dash, tail = text.partition(" - ")
    if dash and re.fullmatch(r"[A-Z]{2,6}s?", head.strip()):
        return _choice(tail)
    if not dash or head.strip().lower() not in _WAYS:
        return None
    choice, versus, other = tail.strip().partition(" versus ")
    options = [choice.split()] + ([other.split()] if versus else [])
    if not all(_bare_plural(option) for option in options):
        return ""
    said = " ".join(_comparatives(options[0]))
    if versus:
        said += " rather than " + " ".join(_comparatives(options[1]))
    return f"the {head.strip().lower()} of {said}"


def _choice(tail: str) -> str | None:
    """ "zephyr versus Freertos, they're on freertos" -> "the choice between Zephyr and
    FreeRTOS"; None when a name is not one word said with its capitals (typed so, or a tool the
    tables know), or no choice is typed."""
    found = re.match(r"(?P<one>[\w.+-]+) versus (?P<two>[\w.+-]+)(?:$|,| -)", tail.strip())
    if found is None:
        return None
    names = []
    for typed in (found["one"], found["two"]):
        known = TOOL_NAMES.get(typed.lower())
        capitals = typed[:1].isupper() and not typed[1:].islower()  # "HubSpot", "SAP"
        if known is None and not capitals:
            return None  # "Freertos": a name capitalised by the cleaning, not as typed
        names.append(known or typed)
    return f"the choice between {names[0]} and {names[1]}"


# A gerund of checking one thing by another, typed with "vs": "reconciling iTrent vs the
# ledger" is reconciling it against the ledger; "comparing" takes "with".
_CHECKED = re.compile(
    r"^(?P<verb>reconciling|checking|benchmarking|matching|auditing|testing|comparing) "
    r"(?P<one>[^,;]+?) versus (?=\S)"
)


def versus_said(text: str) -> str:
    """ "reconciling iTrent versus the ledger monthly" -> "reconciling iTrent against the
    ledger monthly"; "raw milk versus pasteurised for the hard cheeses" -> "the choice between
    raw and pasteurised milk for the hard cheeses" (two words that only qualify, the noun typed
    once, after the first); other topics as they are."""
    checked = _CHECKED.match(text)
    if checked:
        by = "with" if checked["verb"] == "comparing" else "against"
        return f"{checked['verb']} {checked['one']} {by} {text[checked.end() :]}"
    found = re.match(
        r"^(?P<a>[a-z]+) (?P<noun>[a-z]+) versus (?P<b>[a-z]+)(?P<rest>(?: .*)?)$", text
    )
    if found is None or (found["rest"] and found["rest"].split()[0] not in PREPOSITIONS):
        return text
    qualifies = [lexicon.is_adjective_only(found["a"])]
    qualifies.append(lexicon.is_adjective_only(found["b"]) or lexicon.is_participle(found["b"]))
    if not all(qualifies) or not lexicon.is_noun(found["noun"]) or lexicon.is_noun(found["b"]):
        return text
    return f"the choice between {found['a']} and {found['b']} {found['noun']}{found['rest']}"


# Shorthand of a topic the shared tables lack: a reference ("API ref", "ref checks"), the
# executives a finding is reported to.
_TOPIC_SHORTHAND = (
    ("refs", "references"),
    ("ref", "reference"),
    ("execs", "executives"),
    ("diags", "diagnostics"),
    ("champs", "championships"),  # "running the regional champs in feb"
    ("mids", "midwives"),  # "preceptorship for newly qualified mids"
    ("calcs", "calculations"),
    ("stds", "standards"),
    ("spec(?= (?:writing|sheets?|documents?))", "specification"),  # "spec writing for ..."
    ("conv rate", "conversion rate"),
)
# Shorthand that names a kind of thing before the noun it qualifies, and something else when
# it is the head: "cert submission" is a certification's, "my class 3 cert" a certificate (and
# so is the thing renewed or expiring); "diag laptop" is a diagnostic one.
_MODIFIERS = {"cert": "certification", "diag": "diagnostic"}
_CERTIFICATE_NOUNS = frozenset(["renewal", "renewals", "expiry", "number", "holder", "holders"])
# "lab to ops comms": communication between two groups, said as one compound before its noun.
_BETWEEN = re.compile(r"\b([a-z]+) to ([a-z]+) comms\b")
# "apps" after what one applies for are applications ("grant apps"), not software ("mobile apps").
_APPLIED = re.compile(
    r"\b(grant|job|funding|visa|planning|college|university|scholarship|fellowship|loan|permit)"
    r" apps\b",
    re.IGNORECASE,
)


def typed_shorthand(item: str) -> str:
    """ "post-op f/u + how i handle pt calls" -> "post-op follow-up + how i handle patient
    calls": read on the line as typed, where "pt" in lower case (a patient) is still apart
    from "PT" (physical therapy)."""
    item = re.sub(r"(?<![\w./-])f/u\b", "follow-up", item)
    item = re.sub(r"(?<![\w./-])w/out\b", "without", item)  # "upselling w/out being pushy"
    item = _BETWEEN.sub(lambda m: f"{m[1]}-to-{_operations(m[2])} communication", item)
    item = re.sub(r"(?<![\w./-])(cert|diag)(?= ([a-z]+))", _modifier, item)
    # "kids frames", "kids menu": what is made for children (not "kids who ...", "kids in")
    item = re.sub(r"(?<![\w'-])kids(?= (?!who\b|that\b|and\b|or\b)[a-z]+\b)", _kids, item)
    for short, full in _TOPIC_SHORTHAND:  # "API ref for the SDK", "non-technical execs"
        item = re.sub(rf"(?<![\w./-]){short}\b(?![/-])", full, item)
    item = _APPLIED.sub(r"\1 applications", item)  # "budgets in grant apps"
    item = re.sub(r"(?<= of )[$£€](?= |$)", "funding", item)  # "60% of $ from 2 funders"
    # "scenario q", "the STAR q about conflict": a question asked, typed as its first letter
    item = re.sub(r"(?<=[A-Za-z] )q(?=$| - |, | about\b| on\b| re\b)", "question", item)
    return re.sub(r"(?<![\w./-])pt(?= (?:who|that|[a-z]+s)\b)", "patient", item)


def _modifier(found: re.Match[str]) -> str:
    """ "cert" or "diag" before a noun it qualifies, spelled as that kind of thing."""
    after = found[2]
    if after in PREPOSITIONS or after in FUNCTION_WORDS or not lexicon.is_noun(after):
        return found[0]  # "cert in welding", "cert and licence": the head, left to the tables
    if after in _CERTIFICATE_NOUNS:  # "cert renewals": a certificate's, which
        return found[0]  # `shorthand.expand` spells in every field
    return _MODIFIERS[found[1]]


def _kids(found: re.Match[str]) -> str:
    after = found.string[found.end() + 1 :].split(" ", 1)[0]
    if after in PREPOSITIONS or after in FUNCTION_WORDS or not lexicon.is_noun(after):
        return found[0]
    return "children's"


def _operations(word: str) -> str:
    return "operations" if word == "ops" else word


# "social for events", "social and email": the word typed as a noun, before a preposition,
# "and", or the end of the topic (not "the summer social", not "social value").
_SOCIAL = re.compile(r"^social(?= (?:for|on|at|around|and|with|in)\b| -|$)", re.IGNORECASE)


def note_words(text: str) -> str:
    """ "social for events - tiktok?" -> "social media for events - tiktok?"; "lift ops" ->
    "lift operations" (a topic names the work; a line of the candidate's may keep "ops" as
    part of a title, "the ops HR lead"); "2 days/wk" -> "two days a week"; "1 wknd/6wks" ->
    "one weekend every six weeks"; "for 400 wheels/wk" -> "for 400 wheels a week"."""
    text = re.sub(r"(?<=[a-z] )ops\b(?!-)", "operations", text)  # (at the start, note-speak)
    text = _FOR_RATE.sub(_for_rate, _SLOTS.sub(_slots, text))
    text = re.sub(r"(?i)\boncall\b", "on-call", text)  # "oncall rota": the on-call rota
    # "on call from home", "on call 1 wknd in 3", "on call - 24h shifts": the state of being on
    # call, when no noun follows that it names a kind of ("the on-call rota")
    text = _ON_CALL.sub("being on call", text)
    return _SOCIAL.sub("social media", text)


# Slots of a working pattern typed as a rate: "clinic 2 days/wk", "on call 1 wknd/mo". (A
# measure typed so, "~15 hrs/wk", is the note's tail, and `topictails` sets it aside. A week
# split between two places, "OR 2 days/wk, clinic 3", is left as typed: its other half is not
# said by the rate alone.)
_SLOTS = re.compile(
    r"\b(?P<count>[1-9]|10|one|two|three) ?(?P<slot>days?|wknds?|weekends?|nights?|shifts?"
    r"|mornings?|afternoons?|evenings?|sessions?|clinics?|lists?)\s*/\s*"
    r"(?:(?P<every>[2-9]|1[0-2]) ?)?(?P<per>wk|week|mo|mth|month|yr|year)(?(every)s?)\b"
    r"(?!\s*,\s*[a-z][\w ]* \d+\b)"
)
# A count of things a piece of work is for, typed as a rate: "affinage for 400 wheels/wk".
_FOR_RATE = re.compile(r"\bfor (?P<count>\d[\d,]*) (?P<things>[a-z]+s)\s*/\s*(?P<per>wk|mo|yr)\b")
_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_PERIODS = {"wk": "week", "mo": "month", "mth": "month", "yr": "year"}
_ON_CALL = re.compile(
    rf"^on[ -]call(?=$|\s+(?:\d|(?:{'|'.join(_COUNTS)}|from|for|at|in|on|over"
    r"|during|every|with|across|out of|after|overnight)\b))",
    re.IGNORECASE,
)


def _slots(found: re.Match[str]) -> str:
    typed = found["count"]
    count = int(typed) if typed.isdigit() else _COUNTS.index(typed) + 1
    slot = found["slot"].replace("wknd", "weekend")
    slot = slot.rstrip("s") if count == 1 else (slot if slot.endswith("s") else f"{slot}s")
    per = _PERIODS.get(found["per"], found["per"])
    if found["every"]:  # "1 wknd/6wks": one weekend every six weeks
        return f"{_COUNTS[count - 1]} {slot} every {_COUNTS[int(found['every']) - 1]} {per}s"
    return f"{_COUNTS[count - 1]} {slot} a {per}"


def _for_rate(found: re.Match[str]) -> str:
    if not lexicon.is_plural_noun(found["things"]):
        return found[0]
    return f"for {found['count']} {found['things']} a {_PERIODS[found['per']]}"


# Records of how a person has worked: discussed with them at an interview, theirs.
_RECORDS = frozenset(
    ["safety", "track", "attendance", "sickness", "driving", "disciplinary", "sales"]
)


def own_record(said: str) -> str:
    """ "the safety record" (typed "safety record") -> "my safety record"."""
    words = said.split()
    bare = words[1:] if words[:1] == ["the"] else words
    if len(bare) == 2 and bare[0].lower() in _RECORDS and bare[1].lower() == "record":
        return f"my {' '.join(bare)}"
    return said


# A sum set for something, its figure typed after it and what it covers after the figure:
# "income target £1.2m community and events, down 8% last year".
_SCOPED = re.compile(
    r"^(?P<what>(?:[a-z-]+ )?(?:target|budget|quota))\s+(?P<figure>[£$€]\d[\d.,]*(?:k|m|bn)?)"
    r"\s+(?P<scope>[a-z][a-z-]*(?: (?:and|&) [a-z][a-z-]*| [a-z][a-z-]*){0,3})(?:,.*)?$",
    re.IGNORECASE,
)


def scoped_sum(text: str) -> str:
    """ "income target £1.2m community and events, down 8% last year" -> "the £1.2m income
    target for community and events"; other topics as they are."""
    found = _SCOPED.match(text)
    if found is None or any(w in PREPOSITIONS for w in found["scope"].split()):
        return text
    return f"the {found['figure']} {found['what']} for {found['scope']}"
