"""Note syntax in a sentence: spelled out where its reading is certain, else the sentence stopped.

Notes typed the evening after an interview carry marks prose never has: a times sign glued to a
figure ("nights 3x12h", "2x half days"), a figure glued to a unit of time ("12h", "10min",
"4on/4off"), a rate typed with a slash ("~40/day", "picks/hr"), days typed short and paired
("Mon/Thu": "and" or "or"?), a slash between two phrases or two words in lower case
("academy/intranet", "merged team / shorter queues"). `spelled` (run by `shorthand.expand` on
every note item) writes the shapes with one reading as a person writes them: "three 12-hour
nights", "two half days", "twice a year", "about 40 a day", "picks per hour". `note_syntax` (the
last gate, `lastgate.last_gate`) names what is left, so the sentence is left out and its line
asked for, never printed as typed. Pairs English writes with a slash ("and/or", "win/loss",
"lockout/tagout", "24/7", "TCP/IP") are no note's.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, SMALL_NUMBERS

# Days typed short ("Mon/Thu" late hours: both days; "trial next tues/wed": either), never
# spelled here: the slash means "and" or "or"
_DAY = "thurs|tues|thur|mon|tue|wed|thu|fri|sat|sun"
# "Sat queue ~35 -> ~15 min": a day typed short before the measure of a change is the day's
# ("I sat queue" is no reading of a line typed as a measure and its figures)
_DAY_MEASURE = re.compile(
    r"^(?P<day>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.? (?=[a-z]+(?: [a-z]+)? ~?\d[\d.,]*%?"
    r" ?(?:[a-z]+ )?(?:->|=>|→))"
)
_DAY_NAMES = {
    "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday",
    "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday",
}  # fmt: skip
# "check the pattern 1st", "call them 1st, then ...": "first" as an adverb, typed as a figure
# (before a noun it is a name's or a rank's: "1st XV", "the 1st floor")
_FIRST = re.compile(r"(?<=[a-z] )1st(?=\s*(?:[.,;:()]|$| then\b| and\b| before\b))")
# The units of time a note glues to a figure, and what a letter says
_TIME = {
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour", "min": "minute",
    "mins": "minute", "minute": "minute", "minutes": "minute", "d": "day", "day": "day",
    "days": "day", "wk": "week", "wks": "week", "week": "week", "weeks": "week",
}  # fmt: skip
_TIME_UNIT = "|".join(sorted(_TIME, key=len, reverse=True))
# "nights 3x12h", "3x12h nights": a count of shifts of a length; the thing counted is the plural
# noun beside it
_SHIFTS_AFTER = re.compile(
    rf"(?<![\w-])(?P<noun>[a-z]+s) (?P<n>[1-9])x ?(?P<m>\d{{1,2}}) ?(?P<unit>{_TIME_UNIT})\b"
    r"(?![\w/])"
)
_SHIFTS_BEFORE = re.compile(
    rf"(?<![\w.-])(?P<n>[1-9])x ?(?P<m>\d{{1,2}}) ?(?P<unit>{_TIME_UNIT})\b ?(?P<noun>[a-z]+s)\b"
)
# "2x half days", "3x a week": a count typed with a times sign before what is counted
_TIMES_BEFORE = re.compile(
    r"(?<![\w.$£€-])(?P<n>[1-9]) ?x (?P<what>a (?:day|week|month|year)\b|half days?\b)"
)
# "~40/day", "15/wk", "200/shift": a rate after its figure; "picks/hr": a rate of a plural
PER_UNITS = {
    "day": "day", "d": "day", "wk": "week", "week": "week", "shift": "shift", "mo": "month",
    "month": "month", "hr": "hour", "h": "hour", "hour": "hour", "yr": "year", "year": "year",
}  # fmt: skip
_PER_UNIT = "|".join(sorted(PER_UNITS, key=len, reverse=True))
_RATE = re.compile(rf"(?<=\d) ?/ ?({_PER_UNIT})\b(?![\w/])")
_PLURAL_PER = re.compile(rf"(?<![\w/-])([a-z][a-z-]{{2,}}s)/({_PER_UNIT})\b(?![\w/])")

# Pairs English writes with a slash, lower case (a pair in capitals is a name's own)
_PAIRS = frozenset(
    ["and/or", "either/or", "win/loss", "lockout/tagout", "on/off", "in/out", "pass/fail",
     "his/her", "he/she", "s/he", "yes/no", "read/write", "input/output", "go/no-go",
     "check-in/check-out", "stop/start", "start/stop", "km/h", "m/s"]
)  # fmt: skip
_SYNTAX: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![\w.])(?!4x4\b)\d+x(?=\d|\s+[a-z])"), "a times sign glued to a figure"),
    (
        re.compile(r"(?<![\w.$£€,-])\d+(?:\.\d+)?(?:h|hrs?|mins?|wks?|d|on|off)(?![\w-])"),
        "a figure glued to its unit",
    ),
    (re.compile(r"(?<=[A-Za-z0-9)]) / (?=[A-Za-z0-9(])"), "a '/' between two phrases"),
    (re.compile(rf"(?i)(?<![\w/])(?:{_DAY})\.?/(?:{_DAY})\b"), "days typed short"),
    (
        # "40 km/h", "11 m/s" (round 58, h1532): units of speed, never a note's rate
        re.compile(rf"(?<=\d)/(?:{_PER_UNIT})\b|(?<=[a-z])(?<!\bkm)(?<!\bm)/(?:{_PER_UNIT})\b"),
        "a rate typed with '/'",
    ),
)
# "the climb test 80m tower", "daily huddle 10min": a measure straight after a noun, with no
# word to join them ("on the 80 m tower", "a 10-minute huddle")
_MEASURE = re.compile(
    r"(?:(?P<pre>[A-Za-z'’]+) )?(?P<noun>[a-z]{3,}) \d[\d,.]* ?(?:minutes?|hours?|days?|weeks?"
    r"|months?|years?|m|km|k|kg|ft|t|mm|cm|miles?|metres?|meters?)\b"
    # "a huddle 10 minutes before the shift", "a wall 2 m high": the measure said of the noun
    r"(?! (?:before|after|earlier|later|early|late|long|old|tall|high|wide|deep|thick|away|ago"
    r"|from|apart|each|per|a|an|of|in|into|to|or|and)\b)"
)
# What makes the word before a measure a verb's or a clause's ("I test 80 samples")
_CLAUSE = frozenset(
    ["i", "we", "you", "he", "she", "they", "to", "will", "would", "can", "could", "and", "also",
     "never", "always"]
)  # fmt: skip
_WORD_SLASH = re.compile(r"(?<![\w/.:@-])([a-z][a-z'-]*)/([a-z][a-z'-]*)(?![\w/@-]|\.\w)")


def _bare_noun(word: str) -> bool:
    """True when `word` can only be a noun before a measure ("test", "huddle", "tower")."""
    closed = word in FUNCTION_WORDS or word in PREPOSITIONS or word in DETERMINERS
    verb = lexicon.is_past(word) or lexicon.is_gerund(word)
    return not closed and not verb and lexicon.is_noun(word)


_ONCE = {"1": "once", "2": "twice"}


def _count(n: str) -> str:
    return SMALL_NUMBERS[int(n) - 1] if n.isdigit() and 1 <= int(n) <= 9 else n


def _shifts(found: re.Match[str]) -> str:
    unit = _TIME[found["unit"].lower()]
    return f"{_count(found['n'])} {found['m']}-{unit} {found['noun']}"


def _times(found: re.Match[str]) -> str:
    if found["what"].startswith("half"):  # "two half days"
        return f"{_count(found['n'])} {found['what']}"
    return f"{_ONCE.get(found['n']) or _count(found['n']) + ' times'} {found['what']}"


def spelled(text: str) -> str:
    """`text` with the note syntax whose reading is certain written as prose: "nights 3x12h" ->
    "three 12-hour nights", "2x half days" -> "two half days", "~40/day" -> "~40 a day",
    "picks/hr" -> "picks per hour", "Sat queue ~35 -> ~15 min" -> "Saturday queue ...", "check
    the pattern 1st" -> "check the pattern first". Anything
    else stays as typed, for the gate (`note_syntax`) to judge."""
    text = _DAY_MEASURE.sub(lambda m: f"{_DAY_NAMES[m['day']]} ", text)
    text = _FIRST.sub("first", text)
    if not re.search(r"[x/~]", text):
        return text
    text = _SHIFTS_AFTER.sub(_shifts, text)
    text = _SHIFTS_BEFORE.sub(_shifts, text)
    text = _TIMES_BEFORE.sub(_times, text)
    text = _RATE.sub(
        lambda m: f" {lexicon.article(PER_UNITS[m[1].lower()])} {PER_UNITS[m[1].lower()]}", text
    )
    return _PLURAL_PER.sub(_per, text)


# A count before a plural: "5-6 calls/day", "~12 scans/wk" (a count's rate, "a day", is said
# where the figures are read)
_COUNTED = re.compile(r"\d[\d,.]*(?:\s?(?:-|–|to)\s?\d[\d,.]*)?\+? (?:[a-z-]+ )?$")


def _per(found: re.Match[str]) -> str:
    """ "picks/hr": picks per hour; "12 scans/wk" is left to the readers of counts."""
    if _COUNTED.search(found.string[: found.start()]):
        return found.group()
    return f"{found[1]} per {PER_UNITS[found[2].lower()]}"


def note_syntax(text: str) -> str:
    """Why the sentence `text` still carries a note's syntax, or "": a times sign or a unit
    glued to a figure ("3x12h", "10min", "4on"), a '/' between two phrases ("merged team /
    shorter queues") or two words in lower case that English never pairs so ("academy/intranet"),
    a rate typed with a slash ("15/wk")."""
    for pattern, why in _SYNTAX:
        found = pattern.search(text)
        if found:
            return f"it has {why} ('{found.group().strip()}')"
    for found in _MEASURE.finditer(text):
        if _bare_noun(found["noun"]) and (found["pre"] or "").lower() not in _CLAUSE:
            return f"a measure follows '{found['noun']}' with no word to join them"
    for found in _WORD_SLASH.finditer(text):
        if found.group().lower() not in _PAIRS:
            return f"it has a '/' between words ('{found.group()}')"
    return ""
