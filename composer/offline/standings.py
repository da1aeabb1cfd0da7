"""Standings and counted units of study, typed as CV lines, said as the candidate.

- A standing participle with the body that grants it typed straight after, no preposition:
  "ordained PC(USA)" -> "I am ordained in the PC(USA)", "registered HCPC" -> "I am registered
  with the HCPC", "certified TX 2019" -> "I have been certified in TX since 2019" (a standing is
  a state the candidate is in, never a deed: not "I ordained PC(USA)"). The preposition is the
  participle's own (a table: ordained in, registered with, accredited by ...); a region's postal
  code takes "in". Only a body typed as initials is read: a name of words ("certified Scrum
  Master") could be a title, and is left to the phrase reader.
- A count of units of study or service with what they are of: "4 units CPE" -> "I have
  completed four units of CPE", "40 hrs CME" -> "I have completed 40 hours of CME" (a count, a
  unit noun and a noun need "of"); a count of things typed with "done" after it: "36 CME
  credits done for 2025" -> "I have completed 36 CME credits for 2025".
- A course typed in lower case with its year: "high voltage mgmt course done 2024" -> "I
  completed a high voltage management course in 2024".
- A standing held at a measure: "225 wpm certified" -> "I am certified at 225 wpm".
- A certificate named by its body's initials and its level typed in lower case: "ISTQB
  foundation" -> "I hold the ISTQB Foundation certificate", "ITIL 4 foundation" -> "I hold the
  ITIL 4 Foundation certificate" (the level is part of the certificate's name, so it takes a
  capital). Only "foundation" is read: "advanced", "intermediate" after initials may be a level
  of skill ("SQL intermediate"), and "practitioner" is a person ("I am a PRINCE2 practitioner").
- A certification's own name with its level after a dash: "AWS Certified Machine
  Learning - Specialty" -> "I hold the AWS Certified Machine Learning - Specialty certification".
(Years in a post, "5 yrs trauma chaplain", are `fields.years_said`'s.)
`read` takes the line after `cleaning.clean` and `cvlines.tidy` ("four", "hours").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.cvresults import NUMBER
from composer.offline.realise import Clause
from composer.offline.words import (
    COURSE_SHORTHAND,
    DETERMINERS,
    FUNCTION_WORDS,
    ORDINAL_NUMBERS,
    PREPOSITIONS,
    REGION_CODES,
)

# The preposition each standing takes before the body that grants it (a closed class).
STANDING_BY = {
    "ordained": "in",
    "registered": "with",
    "accredited": "by",
    "certified": "by",
    "licensed": "by",
    "chartered": "with",
    "admitted": "to",
    "insured": "with",
    "bonded": "with",
    "commissioned": "in",
    "endorsed": "by",
}
# A body's initials: two capitals or more, brackets and a slash allowed ("PC(USA)", "HCPC").
_BODY = r"(?=(?:[^A-Z\s]*[A-Z]){2})[A-Z][A-Za-z&/]*(?:\([A-Za-z&/]+\))?"
_STANDING = re.compile(
    rf"^(?P<state>{'|'.join(STANDING_BY)}) (?P<body>{_BODY})"
    r"(?:,? \(?(?:since )?(?P<year>(?:19|20)\d\d)\)?)?$"
)
# Units a course of study or service is counted in: "four units of CPE", "40 hours of CME".
UNITS = frozenset(
    ["units", "hours", "credits", "modules", "semesters", "terms", "courses", "sessions",
     "rotations", "placements", "credit hours", "contact hours", "CEUs", "CPD hours"]
)  # fmt: skip
_UNITS = "|".join(sorted(UNITS, key=len, reverse=True))
_COUNTED = re.compile(rf"^(?P<n>{NUMBER}) (?P<unit>{_UNITS}) (?P<what>(?!of\b)[\w(][^,;]*)$")
# A count of things done, typed with "done" after them: "36 CME credits done for 2025".
_COUNT_DONE = re.compile(
    rf"^(?P<what>{NUMBER}(?:-[a-z]+)? [\w -]+?) (?:done|completed|finished)"
    r"(?P<when> (?:for|in|this|last|by|since) [\w ]+)?$"
)


def read(text: str) -> tuple[str, Clause] | None:
    """The kind ("held") and clause of a standing or of counted units, else None."""
    return (
        _standing(text)
        or _count_done(text)
        or _course_done(text)
        or _counted(text)
        or _rated(text)
        or _levelled(text)
        or _named_level(text)
    )


# A certification's own name in capitals with "Certified" in it and its level after a dash, as
# the body writes it: "AWS Certified Machine Learning - Specialty". (A name with a colon, as in
# "Microsoft Certified: Azure Administrator", reads like a note's label and is left out.)
_NAMED_LEVEL = re.compile(
    r"^(?P<name>(?:[A-Z][\w+.&]*\s)+Certified(?:\s[A-Z][\w+.&]*)+\s[-–]\s[A-Z][a-z]+)$"
)


def _named_level(text: str) -> tuple[str, Clause] | None:
    found = _NAMED_LEVEL.match(text)
    return (
        None
        if found is None
        else ("held", Clause("I", "hold", f"the {found['name']} certification"))
    )


# A certificate by its body's initials (a version may follow) and its foundation level.
_LEVELLED = re.compile(
    r"^(?P<body>[A-Z][A-Z0-9]{2,}(?: v?\d(?:\.\d)?)?) foundation"
    r"(?: (?:level|cert|certificate|certification))?$"
)


def _levelled(text: str) -> tuple[str, Clause] | None:
    found = _LEVELLED.match(text)
    body = found["body"] if found else ""
    if not body or lexicon.classes(body.split()[0].lower()):
        return None  # "BASIC foundation": a word in capitals, not a body's initials
    return "held", Clause("I", "hold", f"the {body} Foundation certificate")


def _count_done(text: str) -> tuple[str, Clause] | None:
    found = _COUNT_DONE.match(text)
    if found is None:
        return None
    what, when = found["what"], found["when"] or ""
    # "150-hour shadowing" (as the hours are typed before a noun): "150 hours of shadowing"
    what = re.sub(r"^(\S+)-(\w+) (?=[a-z])", lambda m: f"{m[1]} {m[2]}s ", what)
    units = _counted(what)  # "200 hrs volunteering done": "200 hours of volunteering"
    if units is not None:
        return "held", Clause("I", "have completed", f"{units[1].rest}{when}")
    things = what.split()[-1]
    if not (lexicon.is_plural_noun(things.lower()) or re.fullmatch(r"[A-Z]{2,}s", things)):
        return None  # "4 done": no things named
    return "held", Clause("I", "have completed", f"{what}{when}")


# A course typed in lower case with the year it was done: "high voltage mgmt course done 2024".
_COURSE_DONE = re.compile(
    r"^(?P<what>[a-z][a-z ]*?) course,? (?:done|completed|passed|finished)?,? ?(?:in )?"
    r"(?P<year>(?:19|20)\d\d)$"
)


def _course_done(text: str) -> tuple[str, Clause] | None:
    """ "high voltage mgmt course done 2024" -> "I completed a high voltage management course in
    2024": each word of what it trains a plain word of the dictionary, clips spelled out."""
    found = _COURSE_DONE.match(text)
    if found is None:
        return None
    words = [COURSE_SHORTHAND.get(w, w) for w in found["what"].split()]
    if not all(
        w in ORDINAL_NUMBERS  # "first aid course"
        or (lexicon.known(w) and w not in FUNCTION_WORDS and not lexicon.note_speak(w))
        for w in words
    ):
        return None
    what = " ".join([*words, "course"])
    return "held", Clause("I", "completed", f"{lexicon.article(what)} {what} in {found['year']}")


# A standing held at a measure: "225 wpm certified", "40 m dive qualified".
_RATED = re.compile(r"^(?P<measure>\d[\d,.]* ?[a-z]+(?: [a-z]+)?) (?P<state>certified|qualified)$")


def _rated(text: str) -> tuple[str, Clause] | None:
    found = _RATED.match(text)
    if found is None:
        return None
    return "held", Clause("I", "am", f"{found['state']} at {found['measure']}")


def _standing(text: str) -> tuple[str, Clause] | None:
    found = _STANDING.match(text)
    if found is None:
        return None
    state, body = found["state"], found["body"]
    if body in REGION_CODES:
        where = f"in {body}"
    else:
        the = "" if lexicon.said_as_a_word(body) else "the "
        where = f"{STANDING_BY[state]} {the}{body}"
    if found["year"]:
        return "held", Clause("I", "have been", f"{state} {where} since {found['year']}")
    return "held", Clause("I", "am", f"{state} {where}")


def _counted(text: str) -> tuple[str, Clause] | None:
    found = _COUNTED.match(text)
    if found is None:
        return None
    what = found["what"]
    first = what.split()[0].strip("()")
    if first.lower() in PREPOSITIONS | DETERMINERS:
        return None  # "four units at Mass General": where, not what of
    if not (first.isupper() or lexicon.is_noun(first) or lexicon.is_gerund(first)):
        return None
    return "held", Clause("I", "have completed", f"{found['n']} {found['unit']} of {what}")
